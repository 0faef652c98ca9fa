// The side panel in a real Firefox (Debian's firefox-esr, headless, under
// `web-ext run`), as firefox.test.ts runs the badge: Playwright cannot drive
// stock Firefox, so an instrumented copy of the build does the steps and
// reports to the test's local server (127.0.0.1 only).
//
// The copy opens the real sidebar (sidebar_action, sidepanel.html) at
// install: nobody can click the sidebar button of a headless Firefox, and
// sidebarAction.open() needs a click. The panel then follows the window's
// active tab by itself (the article given as the start URL). A driver
// prepended to the copy's sidepanel.js reports what the panel shows; a
// few lines prepended to content.js select text in the page, as a reader's
// mouse would (selectHook).
//
// Covered: the panel loads in the sidebar, shows the article's analysis and
// (none, then) its highlights; it follows another tab activated and back; a highlight saved on the page (the
// save-selection message the shortcut, context menu and toolbar send to the
// content script) appears in the panel; an edit and a delete sent to the
// background as the manager and the page's popover send them (update-highlight,
// delete-highlight) repaint the panel. Not covered in Firefox (Chromium's
// sidepanel.test.ts and highlights tests cover them): what is painted in the
// page (Firefox keeps the painter's CSS.highlights entries from a test hook's
// sandbox: "Permission denied to access object"), the page popover's own buttons
// (they act only on trusted input, which nothing here can produce in stock
// Firefox), the panel following a navigation, and a click in the panel
// scrolling the page (the fixture fits the first screen).
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './support/build.ts';
import {
  copyFirefoxBuild, driverPrelude, editManifest, firefoxBinary as firefox, noFirefoxNote, prependToScript, runWebExt, selectHook, startReportServer, tearDownFirefox,
} from './support/firefox.ts';
import { fixturesDir } from './support/server.ts';

const TITLE = '以高质量党建引领学院事业高质量发展';
const QUOTE = '四个自信';
const EVERYDAY_TITLE = '初夏时节，如何做一碗清爽的凉面';

/** Prepended to the copy's sidepanel.js: the steps, each reported. */
function panelDriver(reportUrl: string, everydayUrl: string): string {
  return `{${driverPrelude(reportUrl)}
  const main = () => document.querySelector('main.popup');
  const title = () => main()?.dataset.view === 'analysed' ? document.querySelector('.article__title')?.textContent : null;
  const quotes = () => [...document.querySelectorAll('li.highlight .highlight__quote')].map((quote) => quote.textContent);
  const noteOf = (id) => document.querySelector('li.highlight[data-id="' + id + '"] .highlight__note')?.textContent ?? null;
  window.addEventListener('load', async () => {
    try {
      const sidebar = await browser.sidebarAction.isOpen({});
      await waitUntil(() => title() === ${JSON.stringify(TITLE)}, 'the article in the panel');
      // With no highlights yet, the hint line once the (empty) list has loaded.
      await waitFor('[data-field="highlight-hint"]');
      const [tab] = await browser.tabs.query({ active: true, windowId: (await browser.windows.getCurrent()).id });
      report({
        step: 'shown', sidebar, search: location.search, host: main().dataset.host, title: title(), quotes: quotes(),
        hint: document.querySelector('[data-field="highlight-hint"]')?.textContent ?? null,
        detected: document.querySelectorAll('.verdict--detected').length,
        formulations: document.querySelectorAll('button.formulation').length,
        keyPoints: document.querySelectorAll('.key-points li').length,
        openPanelButton: document.querySelectorAll('[data-action="open-side-panel"]').length,
      });

      // Another tab activated: the panel follows it; the article's tab activated again: back to the article.
      const other = await browser.tabs.create({ url: ${JSON.stringify(everydayUrl)}, active: true });
      await waitUntil(() => title() === ${JSON.stringify(EVERYDAY_TITLE)}, 'the other tab in the panel');
      const otherTitle = title();
      await browser.tabs.update(tab.id, { active: true });
      await waitUntil(() => title() === ${JSON.stringify(TITLE)}, 'the article again in the panel');
      report({ step: 'followed', otherTitle, backTo: title() });
      await browser.tabs.remove(other.id);

      // Saved on the page: the selection, then the message the shortcut sends to the content script.
      const selected = await browser.tabs.sendMessage(tab.id, { type: 'dj-test-select', text: ${JSON.stringify(QUOTE)} });
      await browser.tabs.sendMessage(tab.id, { type: 'save-selection' }, { frameId: 0 });
      await waitUntil(() => quotes().includes(${JSON.stringify(QUOTE)}), 'the saved quote in the panel');
      const id = document.querySelector('li.highlight').dataset.id;
      report({ step: 'saved', selected, quotes: quotes() });

      // Edited elsewhere (as the manager or the page's popover send it): the panel repaints the note.
      const edited = await browser.runtime.sendMessage({ type: 'update-highlight', id, note: '火狐里写的批注' });
      await waitUntil(() => noteOf(id) === '火狐里写的批注', 'the edited note in the panel');
      report({ step: 'edited', ok: Boolean(edited && edited.ok), note: noteOf(id) });

      // Deleted elsewhere: gone from the panel and from the page.
      const deleted = await browser.runtime.sendMessage({ type: 'delete-highlight', id });
      await waitUntil(() => quotes().length === 0, 'the deleted highlight gone from the panel');
      report({ step: 'deleted', ok: Boolean(deleted && deleted.ok), quotes: quotes(), hint: document.querySelector('[data-field="highlight-hint"]')?.textContent ?? null });
    } catch (error) {
      report({ step: 'error', error: String(error) });
    }
  });
}\n`;
}

describe.skipIf(!firefox)(`Firefox side panel${noFirefoxNote}`, () => {
  let server: http.Server | undefined;
  let webExt: ChildProcess | undefined;
  const cleanups: (() => void)[] = [];

  afterAll(() => tearDownFirefox(webExt, server, cleanups));

  it('opens in the sidebar with the article\'s analysis and repaints as a highlight is saved, edited and deleted', async () => {
    ensureBuilt();
    const reports: Record<string, unknown>[] = [];
    const reporting = await startReportServer(reports, (url, response) => {
      const name = url.includes('everyday') ? 'everyday-article.html' : 'party-commentary.html';
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(readFileSync(path.join(fixturesDir, name)));
    });
    server = reporting.server;

    const copy = copyFirefoxBuild('dangjian-firefox-panel-', cleanups);
    editManifest(copy, (manifest) => {
      (manifest.sidebar_action as Record<string, unknown>).open_at_install = true;
    });
    prependToScript(copy, 'content.js', selectHook);
    prependToScript(copy, 'sidepanel.js', panelDriver(reporting.reportUrl, `${reporting.origin}/everyday.html`));
    webExt = runWebExt(copy, firefox!, ['--start-url', `${reporting.origin}/party.html`]);

    await expect.poll(() => reports.find((r) => r.step === 'deleted' || r.step === 'error'), { timeout: 90_000, interval: 200 }).toBeDefined();
    const all = JSON.stringify(reports);
    expect(reports.find((r) => r.step === 'error'), all).toBeUndefined();
    const shown = reports.find((r) => r.step === 'shown')!;
    // The real sidebar: no ?window= (the panel follows its own window), and Firefox says the sidebar is open.
    expect(shown, all).toMatchObject({ sidebar: true, search: '', host: 'panel', title: TITLE, quotes: [] });
    expect(shown.hint, all).toEqual(expect.any(String));
    expect(shown.detected).toBe(1);
    expect(shown.formulations).toBeGreaterThan(0);
    expect(shown.keyPoints).toBeGreaterThan(2);
    expect(shown.openPanelButton).toBe(0);
    expect(reports.find((r) => r.step === 'followed'), all).toMatchObject({ otherTitle: EVERYDAY_TITLE, backTo: TITLE });
    expect(reports.find((r) => r.step === 'saved'), all).toMatchObject({ selected: QUOTE, quotes: [QUOTE] });
    expect(reports.find((r) => r.step === 'edited'), all).toMatchObject({ ok: true, note: '火狐里写的批注' });
    expect(reports.find((r) => r.step === 'deleted'), all).toMatchObject({ ok: true, quotes: [] });
  });
});
