// A single-page site: the page swaps its article and changes the URL with
// history.pushState (and back with popstate), never loading a new document.
// The content script must analyse the new article (badge, popup) and paint
// that URL's highlights instead of the previous article's.
import { describe, expect, it } from 'vitest';
import { allPaintedTexts, dispatchCommand, selectText, storedAnnotations, waitFor } from './support/highlights.ts';
import { readPopup } from './support/popup-reader.ts';
import { activateTab, openSidePanel, panelTitle, windowOf } from './support/side-panel.ts';
import { useExtensionSession } from './support/session.ts';
import { LONGEST_PAGE_CHANGE_MS } from '../../src/extension/content/page-change-watch.ts';

const { browser, server } = useExtensionSession({ clearStorageBeforeEach: true });

const PARTY = {
  path: 'spa-party.html',
  title: '坚持党的全面领导 以党的自我革命引领社会革命',
  paragraphs: [
    '党的二十大报告指出，坚持和加强党的全面领导，是新时代党和国家事业取得历史性成就、发生历史性变革的根本保证。全面从严治党永远在路上，党的自我革命永远在路上。',
    '深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”，以高质量党建引领高质量发展，推进中国式现代化。',
    '各级党组织要认真学习贯彻习近平新时代中国特色社会主义思想，落实新时代党的建设总要求，把党的政治建设摆在首位，锻造忠诚干净担当的高素质干部队伍。',
    '要坚持以人民为中心的发展思想，践行全过程人民民主，持之以恒正风肃纪反腐，巩固拓展主题教育成果，为全面建设社会主义现代化国家提供坚强政治保证。',
  ],
};

const GARDEN = {
  path: 'spa-garden.html',
  title: '春季家庭菜园种植指南',
  paragraphs: [
    '春天气温回升，是在阳台和小院里开辟家庭菜园的好时节。选择光照充足的位置，准备疏松透气、富含有机质的土壤，是蔬菜长得好的前提。',
    '番茄、辣椒和黄瓜喜欢温暖，最好在夜间气温稳定在十度以上后再移栽。生菜、菠菜和小白菜比较耐寒，可以早一些播种，出苗后注意间苗。',
    '浇水要见干见湿，早晚各看一次土壤的湿度。盆栽的蔬菜根系浅，夏天容易缺水，可以在土面铺一层稻草或树叶，减少水分蒸发。',
    '施肥以腐熟的有机肥为主，少量多次。发现叶片发黄或者生了蚜虫，可以用稀释的草木灰水喷洒，既安全又省钱，收获的蔬菜也更放心。',
  ],
};

/** The app: one document; show(article) swaps the article in and sets the title; links push the other URL, back/forward restore. */
function spaPage(): string {
  const articles = JSON.stringify({ [`/generated/${PARTY.path}`]: PARTY, [`/generated/${GARDEN.path}`]: GARDEN });
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${PARTY.title}</title></head>
<body><nav><a id="to-garden" href="/generated/${GARDEN.path}">菜园</a></nav><main id="app"></main>
<script>
const articles = ${articles};
function show(path) {
  const a = articles[path];
  document.title = a.title;
  // Rendered a moment after the URL changed, as frameworks do.
  setTimeout(() => {
    document.getElementById('app').innerHTML = '<article><h1>' + a.title + '</h1>' + a.paragraphs.map((p) => '<p>' + p + '</p>').join('') + '</article>';
  }, 50);
}
document.getElementById('to-garden').addEventListener('click', (event) => {
  event.preventDefault();
  history.pushState({}, '', event.currentTarget.getAttribute('href'));
  show(location.pathname);
});
addEventListener('popstate', () => show(location.pathname));
document.getElementById('app').innerHTML = '<article><h1>${PARTY.title}</h1>' + articles['/generated/${PARTY.path}'].paragraphs.map((p) => '<p>' + p + '</p>').join('') + '</article>';
</script></body></html>`;
}

const painted = allPaintedTexts;

/**
 * What follows a navigation waits for the content script's page-change
 * watcher, which by design notices a new address and lets the DOM settle for
 * up to LONGEST_PAGE_CHANGE_MS, then analyses and paints: expect.poll's 1 s
 * default is shorter than that on a busy machine.
 */
const AFTER_PAGE_CHANGE = { timeout: LONGEST_PAGE_CHANGE_MS + 10_000 };

describe('a single-page site changing article with pushState', () => {
  it('re-analyses the new article and paints only its highlights; back restores the first', async () => {
    const html = spaPage();
    const url = server.registerPage(PARTY.path, html);
    server.registerPage(GARDEN.path, html);
    const { page, tabId } = await browser.openTab(url);
    await browser.waitForBadge(tabId, (text) => text === '党');
    await selectText(page, '两个确立');
    await dispatchCommand(browser.worker, tabId);
    const [saved] = await waitFor(() => storedAnnotations(browser.worker), (list) => list.length === 1, 'saved on the first article');
    expect(saved!.source).toBe(url);
    await expect.poll(() => painted(page)).toEqual(['两个确立']);

    // The app navigates: same document, new URL, new article.
    await page.click('#to-garden');
    expect(page.url()).toBe(server.url(`/generated/${GARDEN.path}`));
    await expect.poll(() => painted(page), AFTER_PAGE_CHANGE).toEqual([]);
    await browser.waitForBadge(tabId, (text) => text === '');
    let popup = await browser.openPopup(tabId);
    expect(await popup.locator('main.popup').getAttribute('data-view')).toBe('analysed');
    expect((await readPopup(popup)).title).toBe(GARDEN.title);
    expect((await readPopup(popup)).detected).toBe(false);
    await popup.close();

    // A highlight saved here belongs to the new URL.
    await selectText(page, '家庭菜园');
    await dispatchCommand(browser.worker, tabId);
    const both = await waitFor(() => storedAnnotations(browser.worker), (list) => list.length === 2, 'saved on the second article');
    expect(both.find((a) => a.quote === '家庭菜园')?.source).toBe(server.url(`/generated/${GARDEN.path}`));
    await expect.poll(() => painted(page)).toEqual(['家庭菜园']);

    // Back (popstate): the first article, its analysis and its highlight again.
    await page.goBack();
    expect(page.url()).toBe(url);
    await expect.poll(() => painted(page), AFTER_PAGE_CHANGE).toEqual(['两个确立']);
    await browser.waitForBadge(tabId, (text) => text === '党');
    popup = await browser.openPopup(tabId);
    expect((await readPopup(popup)).title).toBe(PARTY.title);
    await Promise.all([popup.close(), page.close()]);
  });

  it('the side panel shows "analysing", never the last article, while the page moves to the next one', async () => {
    const html = spaPage();
    const url = server.registerPage(PARTY.path, html);
    server.registerPage(GARDEN.path, html);
    const { page, tabId } = await browser.openTab(url);
    await browser.waitForBadge(tabId, (text) => text === '党');
    await activateTab(browser.worker, tabId);
    const panel = await openSidePanel(browser, await windowOf(browser.worker, tabId), 400);
    await expect.poll(() => panelTitle(panel)).toBe(PARTY.title);
    // Every title the panel shows from here on (null: no article shown, e.g. analysing).
    await panel.evaluate(() => {
      const seen: (string | null)[] = [];
      (window as unknown as { seenTitles: (string | null)[] }).seenTitles = seen;
      const record = () => {
        const analysed = document.querySelector('main.popup')?.getAttribute('data-view') === 'analysed';
        const title = analysed ? (document.querySelector('.article__title')?.textContent ?? null) : null;
        if (seen[seen.length - 1] !== title) seen.push(title);
      };
      new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      record();
    });

    // The address changes at once; the article is rendered a moment later and re-analysed once the page settles.
    await page.click('#to-garden');
    await expect.poll(() => panelTitle(panel), AFTER_PAGE_CHANGE).toBe(GARDEN.title);
    const seen = await panel.evaluate(() => (window as unknown as { seenTitles: (string | null)[] }).seenTitles);
    expect(seen[0]).toBe(PARTY.title);
    expect(seen.at(-1)).toBe(GARDEN.title);
    // Between them only the loading state: the first article is not shown again under the new address.
    expect(seen.slice(1, -1).every((title) => title === null), JSON.stringify(seen)).toBe(true);
    await Promise.all([panel.close(), page.close()]);
  });
});
