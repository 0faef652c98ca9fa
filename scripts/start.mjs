#!/usr/bin/env node
// `npm start`: install dependencies if node_modules is missing, build, and
// open Chromium with the extension loaded on the bundled sample article
// (served on 127.0.0.1). With a display the browser window stays open (close
// it or press Ctrl+C to stop); without one it runs headless, opens the popup
// for the sample's tab, saves a screenshot under artifacts/ and prints where.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowsers } from './ensure-browsers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const samplePage = path.join(root, 'tests/fixtures/extension/party-commentary.html');
const distDir = path.join(root, 'dist/chrome');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// A fresh machine: install Chromium (as root with apt-get) or say how, before anything slow.
if (!ensureBrowsers('start')) process.exit(1);

if (!existsSync(path.join(root, 'node_modules'))) {
  console.log('node_modules missing: installing dependencies…');
  run('npm', ['install', '--no-audit', '--no-fund']);
}
run(process.execPath, [path.join(root, 'scripts/build.mjs')]);

// Imported only now: before the install above, these modules may not exist.
const { chromiumPath, QUIET_CHROMIUM_ARGS } = await import('./chromium.mjs');
const { chromium } = await import('playwright-core');

let executablePath;
try {
  executablePath = chromiumPath();
} catch (error) {
  console.error(String(error.message ?? error));
  process.exit(1);
}

const server = http.createServer((request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end(readFileSync(samplePage));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const sampleUrl = `http://127.0.0.1:${server.address().port}/sample-article.html`;

const headless = !process.env.DISPLAY;
const userDataDir = mkdtempSync(path.join(tmpdir(), 'dangjian-start-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: false, // the new headless mode is chosen by the flag below: the old one cannot load extensions
  ignoreDefaultArgs: ['--disable-extensions'],
  viewport: headless ? { width: 1200, height: 900 } : null,
  args: [
    ...(headless ? ['--headless=new'] : []),
    ...QUIET_CHROMIUM_ARGS,
    `--disable-extensions-except=${distDir}`,
    `--load-extension=${distDir}`,
  ],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;

const page = context.pages()[0] ?? (await context.newPage());
await page.goto(sampleUrl);
await page.bringToFront();
const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
console.log(`sample article: ${sampleUrl} (extension ${extensionId})`);

if (headless) {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('main.popup:not([data-view="analysing"])');
  // The badge is set by the background after the content script's report: allow it a moment.
  let badge = '';
  for (let attempt = 0; attempt < 40 && badge === ''; attempt += 1) {
    badge = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    if (badge === '') await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const screenshot = path.join(root, 'artifacts/popup-sample.png');
  mkdirSync(path.dirname(screenshot), { recursive: true });
  await popup.screenshot({ path: screenshot });
  console.log(`badge on the sample tab: "${badge}"`);
  console.log(`popup screenshot: ${screenshot}`);
  await context.close();
  server.close();
  rmSync(userDataDir, { recursive: true, force: true });
} else {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await page.bringToFront();
  console.log('Chromium is open with the extension; the popup for the sample tab is in the second tab. Close the browser or press Ctrl+C to stop.');
  const stop = async () => {
    server.close();
    rmSync(userDataDir, { recursive: true, force: true });
    process.exit(0);
  };
  context.on('close', stop);
  process.on('SIGINT', () => void context.close().then(stop));
}
