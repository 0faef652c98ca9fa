// The manager page in the real extension: open it, talk to the background
// with the library messages it uses (chrome.runtime.sendMessage from an
// extension page, so the background's sender and shape checks apply), and a
// small library with known quotes, notes, tags, colours and formulations.
import type { Page } from 'playwright-core';
import type { LibraryReplyTo, LibraryRequest } from '../../../src/extension/library-messages.ts';
import type { Library } from '../../../src/store/formats/library.ts';
import { SCHEMA_VERSION, type HighlightColor, type PageRecord, type StoredAnnotation } from '../../../src/store/model.ts';
import type { StoreResult } from '../../../src/store/repository.ts';
import type { ExtensionBrowser } from './browser.ts';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/** manager.html in a new tab, once the library has loaded (or shows it is empty). */
export async function openManager(browser: ExtensionBrowser, hash = ''): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/manager.html${hash}`);
  if (!hash || hash === '#library') await page.waitForSelector('.library__counts, .library .notice, main .notice');
  return page;
}

/** One library message from an extension page; throws on a store error. */
export async function sendLibraryRequest<T extends LibraryRequest['type']>(
  page: Page,
  request: Extract<LibraryRequest, { type: T }>,
): Promise<LibraryReplyTo[T]> {
  const reply = (await page.evaluate((message) => chrome.runtime.sendMessage(message), request as unknown)) as StoreResult<LibraryReplyTo[T]>;
  if (!reply?.ok) throw new Error(`library request ${request.type} failed: ${JSON.stringify(reply)}`);
  return reply.value;
}

export const seedLibrary = (page: Page, library: Library) =>
  sendLibraryRequest(page, { type: 'library-import-batch', annotations: library.annotations, pages: library.pages });

/** The library's text content, for comparing two stores: ids, quotes, notes, tags and colours by id. */
export function contentOf(library: Library) {
  return library.annotations
    .map((a) => ({
      id: a.id,
      source: a.target.source,
      quote: a.target.selector.find((s) => s.type === 'TextQuoteSelector')?.exact,
      bodies: a.body.map((b) => `${b.purpose}:${b.value}`).sort(),
      modified: a.modified,
    }))
    .sort((x, y) => x.id.localeCompare(y.id));
}

export const URL_LEADERSHIP = 'https://news.example.cn/theory/2024/leadership.html';
export const URL_SELF_REFORM = 'https://www.example.org.cn/study/self-reform.html';
export const URL_PLAIN = 'https://blog.example.com/notes/reading.html';

function pageRecord(url: string, title: string, slogans: PageRecord['slogans'], partyBuilding: boolean, publishedAt: string): PageRecord {
  return {
    schemaVersion: SCHEMA_VERSION,
    url,
    metadata: { title, source: '示例日报', author: '理论评论员', editor: null, publishedAt, siteName: null, publisher: null },
    partyBuilding,
    slogans,
    keyPoints: ['要点：坚持党的全面领导。'],
    firstSavedAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-01T08:00:00.000Z',
  };
}

let serial = 0;
function passage(url: string, quote: string, color: HighlightColor, note: string | null, tags: string[]): StoredAnnotation {
  serial += 1;
  const created = `2026-11-0${1 + (serial % 8)}T09:00:0${serial % 10}.000Z`;
  return {
    id: `urn:uuid:e2e00000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    type: 'Annotation',
    motivation: note ? 'commenting' : 'highlighting',
    created,
    modified: created,
    body: [
      ...(note ? [{ type: 'TextualBody' as const, purpose: 'commenting' as const, value: note, format: 'text/plain' as const }] : []),
      ...tags.map((tag) => ({ type: 'TextualBody' as const, purpose: 'tagging' as const, value: tag })),
      { type: 'TextualBody', purpose: 'highlighting', value: color },
    ],
    target: {
      source: url,
      selector: [
        { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: serial * 100, end: serial * 100 + quote.length },
      ],
    },
    schemaVersion: SCHEMA_VERSION,
  };
}

/**
 * Three articles, six passages. Formulations: 全面从严治党 on two pages (2 + 4
 * occurrences, quoted by two passages), 两个确立 on one (3, one passage).
 */
export function studyLibrary(): Library {
  serial = 0;
  const pages = [
    pageRecord(URL_LEADERSHIP, '坚持和加强党的全面领导', [
      { text: '两个确立', count: 3, kind: 'numbered' },
      { text: '全面从严治党', count: 2, kind: 'lexicon' },
    ], true, '2024-03-01'),
    pageRecord(URL_SELF_REFORM, '以党的自我革命引领社会革命', [{ text: '全面从严治党', count: 4, kind: 'lexicon' }], true, '2024-05-20'),
    pageRecord(URL_PLAIN, '读书笔记：城市里的秋天', [], false, '2023-10-10'),
  ];
  const annotations = [
    passage(URL_LEADERSHIP, '深刻领悟“两个确立”的决定性意义', 'red', '第一次支部学习的重点', ['理论学习', '三会一课']),
    passage(URL_LEADERSHIP, '全面从严治党永远在路上', 'yellow', null, ['理论学习']),
    passage(URL_LEADERSHIP, '把党的领导落实到各领域各方面', 'blue', '联系本单位实际', []),
    passage(URL_SELF_REFORM, '勇于自我革命是我们党区别于其他政党的显著标志', 'red', '写进心得体会', ['主题教育']),
    passage(URL_SELF_REFORM, '坚定不移推进全面从严治党', 'green', null, []),
    passage(URL_PLAIN, '银杏叶落满了整条街道', 'yellow', '与党建无关的随手摘录', ['生活']),
  ];
  return { pages, annotations };
}
