// Shared harness of the Firefox e2e tests: Playwright cannot drive stock
// Firefox, so each test runs an instrumented copy of the Firefox build under
// `web-ext run` (headless) and the copy reports to a local server (127.0.0.1
// only; the shipped build makes no requests).
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIREFOX_CANDIDATES } from '../../../scripts/ensure-browsers.mjs';
import { repoRoot } from './build.ts';

/** Debian's firefox-esr or a plain firefox, when installed. */
export const firefoxBinary = FIREFOX_CANDIDATES.find((candidate) => existsSync(candidate));

export const noFirefoxNote = firefoxBinary ? '' : ' (skipped: no firefox-esr or firefox in /usr/bin)';

export interface ReportServer {
  server: http.Server;
  origin: string;
  reportUrl: string;
}

/**
 * Starts a server on 127.0.0.1: `/report?<json>` pushes the decoded JSON to
 * `reports`; any other request goes to `serve` (or gets a plain `ok`).
 */
export async function startReportServer<Report>(
  reports: Report[],
  serve: (url: string, response: http.ServerResponse) => void = (_url, response) => response.end('ok'),
): Promise<ReportServer> {
  const server = http.createServer((request, response) => {
    const url = request.url ?? '';
    if (url.startsWith('/report?')) {
      reports.push(JSON.parse(decodeURIComponent(url.slice('/report?'.length))) as Report);
      response.end('ok');
      return;
    }
    serve(url, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, origin, reportUrl: `${origin}/report` };
}

export function closeServer(server: http.Server | undefined): Promise<void> {
  return new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
}

/** A fresh temporary folder; its removal is pushed onto `cleanups`. */
export function temporaryFolder(prefix: string, cleanups: (() => void)[]): string {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/** Copies dist/firefox into a temporary folder for instrumenting. */
export function copyFirefoxBuild(prefix: string, cleanups: (() => void)[]): string {
  const copy = temporaryFolder(prefix, cleanups);
  cpSync(path.join(repoRoot, 'dist/firefox'), copy, { recursive: true });
  return copy;
}

/** Puts `code` in front of one script of the copied build. */
export function prependToScript(copy: string, script: string, code: string): void {
  const file = path.join(copy, script);
  writeFileSync(file, code + readFileSync(file, 'utf8'));
}

/** Grants the copy extra permissions its instrumentation uses (e.g. `downloads`, to see a download finish). */
export function addPermissions(copy: string, permissions: string[]): void {
  const file = path.join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { permissions?: string[] };
  manifest.permissions = [...(manifest.permissions ?? []), ...permissions];
  writeFileSync(file, JSON.stringify(manifest, null, 2));
}

/** `web-ext run` of the copy in headless Firefox, with extra web-ext arguments. */
export function runWebExt(copy: string, firefox: string, extraArgs: string[]): ChildProcess {
  return spawn(
    path.join(repoRoot, 'node_modules/.bin/web-ext'),
    ['run', '--source-dir', copy, '--firefox', firefox, '--arg=--headless', '--no-reload', '--no-input',
      '--no-config-discovery', ...extraArgs],
    // detached: web-ext and the Firefox it starts get their own process group, which stopWebExt ends.
    { detached: true, stdio: 'ignore', env: { ...process.env, MOZ_HEADLESS: '1' } },
  );
}

/**
 * Ends web-ext and the Firefox it started. They share a process group, and
 * killing only web-ext's pid would leave Firefox running: end exactly that group.
 */
export function stopWebExt(webExt: ChildProcess | undefined): void {
  if (!webExt?.pid) return;
  try {
    process.kill(-webExt.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

/** afterAll of a Firefox test: stop Firefox, close the server, then remove the temporary folders. */
export async function tearDownFirefox(webExt: ChildProcess | undefined, server: http.Server | undefined, cleanups: (() => void)[]): Promise<void> {
  stopWebExt(webExt);
  await closeServer(server);
  for (const cleanup of cleanups) cleanup();
}

/** Changes the copy's manifest.json (e.g. to open the sidebar at install, as the test's Firefox cannot be clicked). */
export function editManifest(copy: string, edit: (manifest: Record<string, unknown>) => void): void {
  const file = path.join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(manifest);
  writeFileSync(file, JSON.stringify(manifest, null, 2));
}

/**
 * The start of a driver prepended to one of the copy's scripts: `report(what)`
 * sends JSON to the test's server; `waitUntil(check, what)` polls `check`
 * (no fixed sleeps) and rejects naming `what` after 30 s; `waitFor(selector)`
 * waits for an element of this document.
 */
export function driverPrelude(reportUrl: string): string {
  return `
  const report = (what) => fetch(${JSON.stringify(reportUrl)} + '?' + encodeURIComponent(JSON.stringify(what))).catch(() => {});
  const waitUntil = (check, what) => new Promise((resolve, reject) => {
    const deadline = Date.now() + 30000;
    const poll = async () => {
      let value;
      try { value = await check(); } catch { value = undefined; }
      if (value) resolve(value);
      else if (Date.now() > deadline) reject(new Error('timed out waiting for ' + what));
      else setTimeout(poll, 50);
    };
    poll();
  });
  const waitFor = (selector) => waitUntil(() => document.querySelector(selector), selector);
`;
}

/** For the copy's content.js: a message `{ type: 'dj-test-select', text }` selects the first occurrence of a text, as a mouse drag would. */
export const selectHook = `{
  const find = (wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      return range;
    }
    return null;
  };
  browser.runtime.onMessage.addListener((message) => {
    if (message && message.type === 'dj-test-select') {
      const range = find(message.text);
      if (!range) return Promise.resolve(null);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      return Promise.resolve(getSelection().toString());
    }
    return undefined;
  });
}\n`;

