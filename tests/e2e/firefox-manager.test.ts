// The manager in a real Firefox (Debian's firefox-esr, headless, loaded by
// `web-ext run`), as firefox.test.ts runs the badge: Playwright cannot drive
// stock Firefox, so an instrumented copy of the build does the steps and
// reports to the test's local server (127.0.0.1 only; the shipped build makes
// no requests). The copy's background opens the options page; the manager
// seeds a library through the background's library messages, reloads, and
// reports what it lists; then exports Markdown with the page's own button and
// reports the download once Firefox says it is complete, then deletes one
// passage with its own button and undoes it from the toast (the copy is granted
// `downloads` to see that). The file is read only then: Firefox creates it
// under its final name, empty, before it writes it, so a file that has
// appeared may still be empty (this test once read '' that way).
import type { ChildProcess } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './support/build.ts';
import {
  addPermissions, copyFirefoxBuild, firefoxBinary as firefox, noFirefoxNote, prependToScript, runWebExt, startReportServer, tearDownFirefox, temporaryFolder,
} from './support/firefox.ts';
import { studyLibrary } from './support/manager.ts';

/** Prepended to the copy's manager.js: seed once, reload, report the counts, export. */
function managerInstrumentation(reportUrl: string, library: unknown): string {
  return `{
  const report = (what) => fetch(${JSON.stringify(reportUrl)} + '?' + encodeURIComponent(JSON.stringify(what))).catch(() => {});
  const waitFor = (selector) => new Promise((resolve) => {
    const poll = () => { const found = document.querySelector(selector); found ? resolve(found) : setTimeout(poll, 100); };
    poll();
  });
  window.addEventListener('load', async () => {
    try {
      if (!sessionStorage.getItem('seeded')) {
        const library = ${JSON.stringify(library)};
        const reply = await browser.runtime.sendMessage({ type: 'library-import-batch', annotations: library.annotations, pages: library.pages });
        await report({ step: 'seeded', ok: Boolean(reply && reply.ok) });
        sessionStorage.setItem('seeded', '1');
        location.reload();
        return;
      }
      const counts = await waitFor('.library__counts');
      report({ step: 'listed', counts: counts.textContent, articles: document.querySelectorAll('li.article').length });
      const finished = new Promise((resolve) => {
        browser.downloads.onChanged.addListener((delta) => {
          const state = delta.state && delta.state.current;
          if (state === 'complete' || state === 'interrupted') browser.downloads.search({ id: delta.id }).then(([item]) => resolve(item));
        });
      });
      // Word is the first format now; pick Markdown as a reader would. Preact
      // re-renders in a microtask after the change event, so once a task
      // later the export button's handler holds the new format.
      const format = document.querySelector('fieldset.export select');
      format.value = 'markdown';
      format.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
      document.querySelector('fieldset.export button.button--primary').click();
      const item = await finished;
      report({ step: 'downloaded', state: item.state, error: item.error || null, filename: item.filename, bytes: item.fileSize });

      // One passage deleted by its own button, then 撤销 in the toast.
      const stored = async () => (await browser.runtime.sendMessage({ type: 'library-get' })).value.annotations.map((a) => a.id);
      const waitUntil = (check) => new Promise((resolve) => {
        const poll = () => (check() ? resolve() : setTimeout(poll, 100));
        poll();
      });
      document.querySelector('button[data-action="expand-all"]').click();
      const remove = await waitFor('li.passage button[data-action="delete-passage"]');
      const id = remove.closest('li.passage').dataset.id;
      const shown = () => [...document.querySelectorAll('li.passage')].some((li) => li.dataset.id === id);
      remove.click();
      const undo = await waitFor('.toast .toast__action');
      await waitUntil(() => !shown());
      report({ step: 'deleted', toast: document.querySelector('.toast__text').textContent, stored: (await stored()).includes(id) });
      undo.click();
      await waitUntil(shown);
      report({ step: 'restored', stored: (await stored()).includes(id) });
    } catch (error) {
      report({ step: 'error', error: String(error) });
    }
  });
}\n`;
}

describe.skipIf(!firefox)(`Firefox manager${noFirefoxNote}`, () => {
  let server: http.Server | undefined;
  let webExt: ChildProcess | undefined;
  const cleanups: (() => void)[] = [];

  afterAll(() => tearDownFirefox(webExt, server, cleanups));

  it('lists a seeded library, downloads a Markdown export, deletes one passage and undoes it', async () => {
    ensureBuilt();
    const reports: Record<string, unknown>[] = [];
    const reporting = await startReportServer(reports);
    server = reporting.server;

    const copy = copyFirefoxBuild('dangjian-firefox-manager-', cleanups);
    const downloads = temporaryFolder('dangjian-firefox-downloads-', cleanups);
    prependToScript(copy, 'background.js', 'browser.runtime.openOptionsPage();\n');
    addPermissions(copy, ['downloads']);
    const library = studyLibrary();
    prependToScript(copy, 'manager.js', managerInstrumentation(reporting.reportUrl, library));

    webExt = runWebExt(copy, firefox!, [
      // Save downloads into our folder without asking.
      '--pref', 'browser.download.folderList=2', '--pref', `browser.download.dir=${downloads}`,
      '--pref', 'browser.download.useDownloadDir=true', '--pref', 'browser.download.always_ask_before_handling_new_types=false',
    ]);

    await expect.poll(() => reports.find((r) => r.step === 'restored' || r.step === 'error'), { timeout: 90_000, interval: 200 }).toBeDefined();
    expect(reports.find((r) => r.step === 'error'), JSON.stringify(reports)).toBeUndefined();
    expect(reports.find((r) => r.step === 'seeded')?.ok).toBe(true);
    // Firefox's UI language (English in a bare profile) picks the catalogue.
    expect(reports.find((r) => r.step === 'listed'), JSON.stringify(reports)).toMatchObject({
      counts: expect.stringMatching(/^(共 3 篇文章、6 条标注|3 articles, 6 highlights)$/),
      articles: 3,
    });
    const download = reports.find((r) => r.step === 'downloaded') as { state: string; error: string | null; filename: string; bytes: number };
    expect(download, JSON.stringify(reports)).toMatchObject({ state: 'complete', error: null });
    expect(path.dirname(download.filename)).toBe(realpathSync(downloads));
    expect(path.basename(download.filename)).toMatch(/^党建批注-\d{4}-\d{2}-\d{2}(至\d{4}-\d{2}-\d{2})?\.md$/);
    const bytes = readFileSync(download.filename);
    expect(bytes.byteLength).toBe(download.bytes);
    const text = bytes.toString('utf8');
    for (const page of library.pages) expect(text).toContain(page.metadata.title!);
    // Deleted at once by the passage's own button (gone from the list and the store), then back with 撤销.
    expect(reports.find((r) => r.step === 'deleted'), JSON.stringify(reports)).toMatchObject({
      toast: expect.stringMatching(/^(已删除 1 条|Deleted 1 )/),
      stored: false,
    });
    expect(reports.find((r) => r.step === 'restored'), JSON.stringify(reports)).toMatchObject({ stored: true });
  });
});
