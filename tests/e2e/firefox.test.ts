// The Firefox build in a real Firefox (Debian's firefox-esr), loaded as a
// temporary add-on by `web-ext run`, headless. Playwright cannot drive stock
// Firefox, so this test instruments a copy of the build: its background script
// reports every badge change to the test's local server (127.0.0.1 only; the
// shipped build makes no requests). Checks that the event-page background,
// the content script, the injected engine and the badge work in Firefox.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureBuilt, repoRoot } from './support/build.ts';
import { fixturesDir } from './support/server.ts';

const firefox = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((candidate) => existsSync(candidate));

interface BadgeReport {
  badge: string;
  url: string;
}

/** Prepended to the copy's background.js: reports badge changes with the tab's URL. */
function instrumentation(reportUrl: string): string {
  return `{
  const report = (what) => fetch(${JSON.stringify(reportUrl)} + '?' + encodeURIComponent(JSON.stringify(what))).catch(() => {});
  const setBadgeText = browser.action.setBadgeText.bind(browser.action);
  browser.action.setBadgeText = async (details) => {
    const result = await setBadgeText(details);
    const tab = await browser.tabs.get(details.tabId);
    report({ badge: details.text, url: tab.url });
    return result;
  };
}\n`;
}

describe.skipIf(!firefox)(`Firefox${firefox ? '' : ' (skipped: no firefox-esr or firefox in /usr/bin)'}`, () => {
  let server: http.Server | undefined;
  let webExt: ChildProcess | undefined;
  const cleanups: (() => void)[] = [];

  afterAll(async () => {
    // web-ext and the Firefox it started share a process group: end exactly that group.
    if (webExt?.pid) {
      try {
        process.kill(-webExt.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    for (const cleanup of cleanups) cleanup();
  });

  it('lights the badge on the party-building fixture and not on the everyday article', async () => {
    ensureBuilt();
    const reports: BadgeReport[] = [];
    server = http.createServer((request, response) => {
      const url = request.url ?? '';
      if (url.startsWith('/report?')) {
        reports.push(JSON.parse(decodeURIComponent(url.slice('/report?'.length))) as BadgeReport);
        response.end('ok');
        return;
      }
      const name = url.includes('everyday') ? 'everyday-article.html' : 'party-commentary.html';
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(readFileSync(path.join(fixturesDir, name)));
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const copy = mkdtempSync(path.join(tmpdir(), 'dangjian-firefox-'));
    cleanups.push(() => rmSync(copy, { recursive: true, force: true }));
    cpSync(path.join(repoRoot, 'dist/firefox'), copy, { recursive: true });
    const background = path.join(copy, 'background.js');
    writeFileSync(background, instrumentation(`${origin}/report`) + readFileSync(background, 'utf8'));

    const partyUrl = `${origin}/party.html`;
    const everydayUrl = `${origin}/everyday.html`;
    webExt = spawn(
      path.join(repoRoot, 'node_modules/.bin/web-ext'),
      ['run', '--source-dir', copy, '--firefox', firefox!, '--arg=--headless', '--no-reload', '--no-input',
        '--no-config-discovery', '--start-url', partyUrl, '--start-url', everydayUrl],
      { detached: true, stdio: 'ignore', env: { ...process.env, MOZ_HEADLESS: '1' } },
    );

    await expect
      .poll(() => new Set(reports.map((report) => report.url)).size, { timeout: 90_000, interval: 200 })
      .toBe(2);
    expect(reports.find((report) => report.url === partyUrl)?.badge).toBe('党');
    expect(reports.find((report) => report.url === everydayUrl)?.badge).toBe('');
  });
});
