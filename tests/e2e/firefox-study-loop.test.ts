// The popup's study loop (issue 10, section 3) in a real Firefox (Debian's
// firefox-esr, headless, under `web-ext run`), as firefox.test.ts runs the
// badge: Playwright cannot drive stock Firefox, so an instrumented copy of
// the build does the steps and reports to the test's local server (127.0.0.1
// only). The copy's background drives: it selects text in the article (the
// content-script hook selectHook, as a mouse drag would), saves it with the
// message the shortcut sends, and opens the popup page for a tab as
// popup.html?tab=<id>&dj=<step> (Firefox opens the real popup only on a
// click); a driver prepended to popup.js does that step in the popup and
// reports. The background waits for each report by reading them back from
// the server (/reports).
//
// Covered: the one-line hint with the browser's shortcut when the page has no
// highlights; 我的标注 before the analysis once it has, no 未注明 rows; the
// same passage saved twice stores no copy, and the popup's 保存选中内容 says
// it is already highlighted; the popup's tag editor (placeholder naming the
// separators, the same split as the page form and the manager); 原文已变
// with the stored quote beside the text the highlight covers now; a 404 page
// said to be not Chinese; the browser's error page said to be one.
// Not covered in Firefox: the page's toolbar and popover (已标注 — 编辑
// offered in the toolbar, a highlight inside a link opened without following
// it): they act only on trusted input, which nothing here can produce in
// stock Firefox (study-loop.test.ts covers them in Chromium); about: pages
// other than the error page (no extension page can open a popup for them
// here without a click).
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './support/build.ts';
import {
  addPermissions, copyFirefoxBuild, driverPrelude, firefoxBinary as firefox, noFirefoxNote, prependToScript, runWebExt, selectHook, startReportServer, tearDownFirefox,
} from './support/firefox.ts';
import { fixturesDir } from './support/server.ts';

const SAVED_SENTENCE = '勇于担当、善于作为，以党建工作的新成效推动学院事业高质量发展';
const CHANGED_SENTENCE = SAVED_SENTENCE.replace('以党建工作的新成效', '以党建工作的崭新成效');

/** Prepended to the copy's background.js: the steps, in order. */
function backgroundDriver(reportUrl: string, origin: string): string {
  return `{${driverPrelude(reportUrl)}
  const origin = ${JSON.stringify(origin)};
  const reported = async (step) => (await (await fetch(origin + '/reports')).json()).find((r) => r.step === step || r.step === 'error');
  const stored = async () => Object.entries(await browser.storage.local.get(null)).filter(([key]) => key.startsWith('anno:')).map(([, value]) => value);
  // A new tab is 'complete' on about:blank before it starts loading its URL: wait for both.
  const loaded = (tabId, url) => waitUntil(async () => {
    const tab = await browser.tabs.get(tabId);
    return tab.url === url && tab.status === 'complete';
  }, url + ' loaded');
  const popup = async (tabId, step) => {
    const page = await browser.tabs.create({ url: browser.runtime.getURL('popup.html?tab=' + tabId + '&dj=' + step), active: false });
    const done = await waitUntil(() => reported(step), 'the popup step ' + step);
    await browser.tabs.remove(page.id);
    if (done.step === 'error') throw new Error('stopped');
  };
  const select = (tabId, text) => browser.tabs.sendMessage(tabId, { type: 'dj-test-select', text });
  const save = async (tabId, text) => {
    await select(tabId, text);
    return browser.tabs.sendMessage(tabId, { type: 'save-selection' }, { frameId: 0 });
  };
  (async () => {
    try {
      const tab = await waitUntil(async () => (await browser.tabs.query({})).find((t) => t.url === origin + '/party.html'), 'the article tab');
      await loaded(tab.id, tab.url);
      await popup(tab.id, 'hint');

      await save(tab.id, '两个确立');
      await waitUntil(async () => (await stored()).length === 1, 'the first save');
      await save(tab.id, ${JSON.stringify(SAVED_SENTENCE)});
      await waitUntil(async () => (await stored()).length === 2, 'the second save');
      await popup(tab.id, 'order');

      // The same passage again, by the shortcut's message: nothing more is stored.
      const again = await save(tab.id, '两个确立');
      report({ step: 'saved-again', outcome: again, stored: (await stored()).length });
      // Selected once more for the popup's own 保存选中内容.
      await select(tab.id, '两个确立');
      await popup(tab.id, 'twice-and-tags');

      // The site edits a sentence: the page is served changed from now on.
      await fetch(origin + '/change-text');
      const reloaded = new Promise((resolve) => {
        const seen = (tabId, change) => {
          if (tabId === tab.id && change.status === 'complete') { browser.tabs.onUpdated.removeListener(seen); resolve(); }
        };
        browser.tabs.onUpdated.addListener(seen);
      });
      await browser.tabs.reload(tab.id);
      await reloaded;
      await popup(tab.id, 'changed');

      const missing = await browser.tabs.create({ url: origin + '/no-such-article.html', active: false });
      await loaded(missing.id, origin + '/no-such-article.html');
      await popup(missing.id, 'not-chinese');

      // Connection refused: Firefox shows its error page.
      const unreachable = await browser.tabs.create({ url: 'http://127.0.0.1:9/unreachable-article.html', active: false });
      await loaded(unreachable.id, 'http://127.0.0.1:9/unreachable-article.html');
      await popup(unreachable.id, 'error-page');
      report({ step: 'finished' });
    } catch (error) {
      report({ step: 'error', error: 'background: ' + String(error) });
    }
  })();
}\n`;
}

/** Prepended to the copy's popup.js: the step named by ?dj=, in this popup. */
function popupDriver(reportUrl: string): string {
  return `{${driverPrelude(reportUrl)}
  const step = new URLSearchParams(location.search).get('dj');
  const text = (selector) => document.querySelector(selector)?.textContent ?? null;
  const count = (selector) => document.querySelectorAll(selector).length;
  const stored = async () => Object.entries(await browser.storage.local.get(null)).filter(([key]) => key.startsWith('anno:')).map(([, value]) => value);
  const quoteOf = (a) => a.target.selector.find((s) => s.type === 'TextQuoteSelector').exact;
  if (step) window.addEventListener('load', async () => {
    try {
      const main = await waitFor('main.popup:not([data-view="analysing"])');
      if (step === 'hint') {
        await waitFor('[data-field="highlight-hint"]');
        const shortcut = (await browser.commands.getAll()).find((c) => c.name === 'save-highlight')?.shortcut ?? '';
        report({ step, hint: text('[data-field="highlight-hint"]'), shortcut, sections: count('.highlights') });
      } else if (step === 'order') {
        await waitUntil(() => count('li.highlight') === 2, 'two highlights listed');
        const section = document.querySelector('.highlights');
        const article = document.querySelector('article.article');
        const first = section.compareDocumentPosition(article) & Node.DOCUMENT_POSITION_FOLLOWING ? 'highlights' : 'analysis';
        report({ step, first, hints: count('[data-field="highlight-hint"]'), unnamed: main.innerText.includes('未注明') });
      } else if (step === 'twice-and-tags') {
        await waitUntil(() => count('li.highlight') === 2, 'two highlights listed');
        document.querySelector('[data-action="save-selection"]').click();
        const message = await waitUntil(() => text('.highlights__message'), 'the save message');
        const afterSave = (await stored()).length;
        const item = [...document.querySelectorAll('li.highlight')].find((li) => li.querySelector('[data-field="quote"]').textContent === '两个确立');
        item.querySelector('[data-action="edit"]').click();
        const input = await waitUntil(() => item.querySelector('[data-field="tags-input"]'), 'the tags field');
        input.value = '作风，纪律、建设;调研';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        // Preact re-renders in a microtask after the input event: a task later the save button's handler holds the new tags.
        await new Promise((resolve) => setTimeout(resolve, 0));
        item.querySelector('[data-action="save"]').click();
        const tagsOf = async () => (await stored()).find((a) => quoteOf(a) === '两个确立').body.filter((b) => b.purpose === 'tagging').map((b) => b.value);
        const tags = await waitUntil(async () => { const now = await tagsOf(); return now.length ? now : null; }, 'the tags stored');
        report({ step, message, listed: count('li.highlight'), stored: afterSave, placeholder: input.placeholder, tags });
      } else if (step === 'changed') {
        const changed = await waitFor('li.highlight[data-changed="true"]');
        report({
          step, quote: changed.querySelector('[data-field="quote"]').textContent,
          label: changed.querySelector('[data-field="changed"]').innerText, now: changed.querySelector('[data-field="current-text"]').textContent,
          unchanged: count('li.highlight:not([data-changed])'),
        });
      } else {
        report({
          step, view: main.dataset.view, reason: document.querySelector('[data-reason]')?.dataset.reason ?? null,
          heading: text('[data-state] h2'), install: /安装|install/i.test(main.innerText),
        });
      }
    } catch (error) {
      report({ step: 'error', error: step + ': ' + String(error) });
    }
  });
}\n`;
}

describe.skipIf(!firefox)(`Firefox popup study loop${noFirefoxNote}`, () => {
  let server: http.Server | undefined;
  let webExt: ChildProcess | undefined;
  const cleanups: (() => void)[] = [];

  afterAll(() => tearDownFirefox(webExt, server, cleanups));

  it('hint, 我的标注 first, no stacked copy, one tag syntax, 原文已变, and truthful messages on a 404 and an error page', async () => {
    ensureBuilt();
    const reports: Record<string, unknown>[] = [];
    const article = readFileSync(path.join(fixturesDir, 'party-commentary.html'), 'utf8');
    let textChanged = false;
    const reporting = await startReportServer(reports, (url, response) => {
      if (url === '/reports') {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(reports));
      } else if (url === '/change-text') {
        textChanged = true;
        response.end('ok');
      } else if (url === '/party.html') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(textChanged ? article.replace(SAVED_SENTENCE, CHANGED_SENTENCE) : article);
      } else {
        response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
        response.end('<!DOCTYPE html><title>404 Not Found</title><h1>Not Found</h1><p>The requested URL was not found on this server.</p>');
      }
    });
    server = reporting.server;
    expect(article).toContain(SAVED_SENTENCE);

    const copy = copyFirefoxBuild('dangjian-firefox-study-', cleanups);
    // \`tabs\` stands in for the activeTab grant a click on the toolbar button gives the real popup (the tab's URL).
    addPermissions(copy, ['tabs']);
    prependToScript(copy, 'content.js', selectHook);
    prependToScript(copy, 'background.js', backgroundDriver(reporting.reportUrl, reporting.origin));
    prependToScript(copy, 'popup.js', popupDriver(reporting.reportUrl));
    webExt = runWebExt(copy, firefox!, [
      '--start-url', `${reporting.origin}/party.html`,
      // The background drives for longer than Firefox lets an idle event page live.
      '--pref', 'extensions.background.idle.timeout=600000',
    ]);

    await expect.poll(() => reports.find((r) => r.step === 'finished' || r.step === 'error'), { timeout: 110_000, interval: 200 }).toBeDefined();
    const all = JSON.stringify(reports);
    const step = (name: string) => reports.find((r) => r.step === name);
    expect(step('error'), all).toBeUndefined();

    // Firefox's UI language (English in a bare profile) picks the catalogue.
    const hint = step('hint') as { hint: string; shortcut: string; sections: number };
    expect(hint.shortcut, all).not.toBe('');
    expect([`选中文字，点浮动工具栏上的颜色或按 ${hint.shortcut} 即可标注。`, `Select text and pick a colour, or press ${hint.shortcut}.`]).toContain(hint.hint);
    expect(hint.sections).toBe(0);
    expect(step('order'), all).toMatchObject({ first: 'highlights', hints: 0, unnamed: false });

    expect(step('saved-again'), all).toMatchObject({ stored: 2 });
    const twice = step('twice-and-tags') as { message: string; listed: number; stored: number; placeholder: string; tags: string[] };
    expect(['这段文字已经标注过，没有重复保存。', 'This text is already highlighted; it was not saved again.']).toContain(twice.message);
    expect(twice).toMatchObject({ listed: 2, stored: 2, tags: ['作风', '纪律', '建设', '调研'] });
    expect(['标签：用逗号、顿号、分号或空格分隔', 'Tags: separate with commas, semicolons or spaces']).toContain(twice.placeholder);

    const changed = step('changed') as { quote: string; label: string; now: string; unchanged: number };
    expect(changed.quote, all).toBe(SAVED_SENTENCE);
    expect(changed.label).toMatch(/原文已变|Text changed/);
    expect([`现在的原文：${CHANGED_SENTENCE}`, `Now on the page: ${CHANGED_SENTENCE}`]).toContain(changed.now);
    expect(changed.unchanged).toBe(1);

    expect(step('not-chinese'), all).toMatchObject({ view: 'not-candidate', install: false });
    expect(['这不是中文页面', 'This is not a Chinese page']).toContain(step('not-chinese')!.heading);
    expect(step('error-page'), all).toMatchObject({ view: 'cannot-read', reason: 'error-page', install: false });
  });
});
