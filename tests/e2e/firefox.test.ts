// The Firefox build in a real Firefox (Debian's firefox-esr), loaded as a
// temporary add-on by `web-ext run`, headless. Playwright cannot drive stock
// Firefox, so this test instruments a copy of the build: its background script
// reports every badge change to the test's local server (127.0.0.1 only; the
// shipped build makes no requests). Checks that the event-page background,
// the content script, the injected engine and the badge work in Firefox.
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './support/build.ts';
import { copyFirefoxBuild, firefoxBinary as firefox, noFirefoxNote, prependToScript, runWebExt, startReportServer, tearDownFirefox } from './support/firefox.ts';
import { fixturesDir } from './support/server.ts';

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

describe.skipIf(!firefox)(`Firefox${noFirefoxNote}`, () => {
  let server: http.Server | undefined;
  let webExt: ChildProcess | undefined;
  const cleanups: (() => void)[] = [];

  afterAll(() => tearDownFirefox(webExt, server, cleanups));

  it('lights the badge on the party-building fixture and not on the everyday article', async () => {
    ensureBuilt();
    const reports: BadgeReport[] = [];
    const reporting = await startReportServer(reports, (url, response) => {
      const name = url.includes('everyday') ? 'everyday-article.html' : 'party-commentary.html';
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(readFileSync(path.join(fixturesDir, name)));
    });
    server = reporting.server;
    const origin = reporting.origin;

    const copy = copyFirefoxBuild('dangjian-firefox-', cleanups);
    prependToScript(copy, 'background.js', instrumentation(reporting.reportUrl));

    const partyUrl = `${origin}/party.html`;
    const everydayUrl = `${origin}/everyday.html`;
    webExt = runWebExt(copy, firefox!, ['--start-url', partyUrl, '--start-url', everydayUrl]);

    await expect
      .poll(() => new Set(reports.map((report) => report.url)).size, { timeout: 90_000, interval: 200 })
      .toBe(2);
    expect(reports.find((report) => report.url === partyUrl)?.badge).toBe('党');
    expect(reports.find((report) => report.url === everydayUrl)?.badge).toBe('');
  });
});
