// Malformed and hostile import files: each is refused as a whole, with a
// Chinese message saying what and where, and the store stays as it was.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportJson } from '../../../src/store/formats/json.ts';
import * as limits from '../../../src/store/import/import-limits.ts';
import { EXPORT_NOW, sampleLibrary } from './formats-sample-library.ts';
import { importInto, memoryStore } from './import-test-store.ts';
import { issuesText, issueText } from './import-issue-text.ts';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/imports');

// The store already holds a library that shares ids and URLs with the base
// file, so an accepted file would change it.
const storedLibrary = sampleLibrary(3, 4);
const baseLibrary = sampleLibrary(2, 3);
const baseText = exportJson(baseLibrary, { now: EXPORT_NOW }).content;

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The base export with one change applied. */
function mutated(change: (doc: Doc, item: Doc) => void): string {
  const doc = JSON.parse(baseText) as Doc;
  change(doc, doc.first.items[0]);
  return JSON.stringify(doc);
}

/** A bare W3C annotation, valid until changed. */
function bare(change: (a: Doc) => void = () => {}): string {
  const annotation: Doc = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'urn:uuid:44444444-4444-4444-8444-444444444444',
    type: 'Annotation',
    created: '2026-01-05T08:00:00+08:00',
    body: { type: 'TextualBody', value: '学习体会' },
    target: { source: 'https://news.example.cn/a.html', selector: { type: 'TextQuoteSelector', exact: '自我革命' } },
  };
  change(annotation);
  return JSON.stringify(annotation);
}

interface HostileCase {
  name: string;
  /** Text, or the bytes of a file as the manager page reads them. */
  text: () => string | Uint8Array;
  /** JSONPath the first error must point at. */
  path: string;
  /** A fragment the message must contain. */
  says: string;
  maxBytes?: number;
}

const ITEM = '$.first.items[0]';
const PAGE = '$.pages[0]';

const generated: HostileCase[] = [
  // Not JSON, or not ours
  { name: 'empty file', text: () => '', path: '$', says: '文件是空的' },
  { name: 'whitespace only', text: () => ' \n\t ', path: '$', says: '文件是空的' },
  { name: 'export cut in half', text: () => baseText.slice(0, baseText.length / 2), path: '$', says: '不是有效的 JSON' },
  { name: 'garbage after the JSON', text: () => `${baseText} 多余内容`, path: '$', says: '不是有效的 JSON' },
  { name: 'root is a number', text: () => '42', path: '$', says: '顶层应为对象或数组' },
  { name: 'root is a string', text: () => '"标注"', path: '$', says: '顶层应为对象或数组' },
  { name: 'root is null', text: () => 'null', path: '$', says: '顶层应为对象或数组' },
  { name: 'root object without type', text: () => '{}', path: '$', says: '不是可导入的格式' },
  { name: 'root of another type', text: () => '{"type":"Feed","items":[]}', path: '$', says: '不是可导入的格式' },
  // Collection structure
  { name: 'first is only a link', text: () => mutated((d) => (d.first = 'https://a.example/page1')), path: '$.first', says: '只是指向标注页的链接' },
  { name: 'first missing although total > 0', text: () => mutated((d) => delete d.first), path: '$.first', says: '缺失' },
  { name: 'first is not an AnnotationPage', text: () => mutated((d) => (d.first = { type: 'Other', items: [] })), path: '$.first', says: 'AnnotationPage' },
  { name: 'items is an object', text: () => mutated((d) => (d.first.items = { 0: d.first.items[0] })), path: '$.first.items', says: '应为数组' },
  { name: 'a next page that is not in the file', text: () => mutated((d) => (d.first.next = 'https://a.example/page2')), path: '$.first.next', says: '内容不完整' },
  { name: 'total does not match the items', text: () => mutated((d) => (d.total += 1)), path: '$.total', says: '文件可能不完整' },
  { name: 'format from a newer version', text: () => mutated((d) => (d.formatVersion = 99)), path: '$.formatVersion', says: '更新版本' },
  { name: 'format version is a string', text: () => mutated((d) => (d.formatVersion = '1')), path: '$.formatVersion', says: '正整数' },
  { name: 'pages is an object', text: () => mutated((d) => (d.pages = {})), path: '$.pages', says: '应为数组' },
  { name: 'too many annotations', text: () => `[${new Array(limits.MAX_ANNOTATIONS + 1).fill('0').join(',')}]`, path: '$', says: '标注过多' },
  // Annotation: wrong types and missing fields
  { name: 'item is a string', text: () => mutated((d) => (d.first.items[0] = 'annotation')), path: ITEM, says: '应为标注对象' },
  { name: 'item is null', text: () => mutated((d) => (d.first.items[0] = null)), path: ITEM, says: '应为标注对象' },
  { name: 'id missing', text: () => mutated((_, a) => delete a.id), path: `${ITEM}.id`, says: '缺失' },
  { name: 'id is a number', text: () => mutated((_, a) => (a.id = 7)), path: `${ITEM}.id`, says: '应为字符串' },
  { name: 'id empty', text: () => mutated((_, a) => (a.id = '  ')), path: `${ITEM}.id`, says: '不能为空' },
  { name: 'id with a NUL character', text: () => mutated((_, a) => (a.id = 'urn:x\u0000y')), path: `${ITEM}.id`, says: '控制字符' },
  { name: 'id with a line break', text: () => mutated((_, a) => (a.id = 'urn:x\ny')), path: `${ITEM}.id`, says: '控制字符' },
  { name: 'id absurdly long', text: () => mutated((_, a) => (a.id = 'x'.repeat(limits.MAX_ID_LENGTH + 1))), path: `${ITEM}.id`, says: '过长' },
  { name: 'type is not Annotation', text: () => mutated((_, a) => (a.type = 'Note')), path: `${ITEM}.type`, says: 'Annotation' },
  { name: 'motivation is a number', text: () => mutated((_, a) => (a.motivation = 3)), path: `${ITEM}.motivation`, says: '应为字符串' },
  // Dates
  { name: 'created missing', text: () => mutated((_, a) => delete a.created), path: `${ITEM}.created`, says: '缺失' },
  { name: 'created is prose', text: () => mutated((_, a) => (a.created = '昨天')), path: `${ITEM}.created`, says: 'ISO 8601' },
  { name: 'created is not a calendar day', text: () => mutated((_, a) => (a.created = '2026-02-30T10:00:00Z')), path: `${ITEM}.created`, says: 'ISO 8601' },
  { name: 'created has no time zone', text: () => mutated((_, a) => (a.created = '2026-02-03T10:00:00')), path: `${ITEM}.created`, says: '时区' },
  { name: 'modified is a number', text: () => mutated((_, a) => (a.modified = 1767225600000)), path: `${ITEM}.modified`, says: '应为字符串' },
  // Bodies
  { name: 'body is a number', text: () => mutated((_, a) => (a.body = 5)), path: `${ITEM}.body`, says: '应为对象' },
  { name: 'body is an external link', text: () => mutated((_, a) => (a.body = ['https://a.example/note'])), path: `${ITEM}.body[0]`, says: '外部链接' },
  { name: 'body is an image', text: () => mutated((_, a) => (a.body[0] = { type: 'Image', id: 'https://a.example/x.png' })), path: `${ITEM}.body[0].type`, says: 'TextualBody' },
  { name: 'body purpose not supported', text: () => mutated((_, a) => (a.body[0].purpose = 'replying')), path: `${ITEM}.body[0].purpose`, says: '不支持' },
  { name: 'note in HTML format', text: () => mutated((_, a) => (a.body[0].format = 'text/html')), path: `${ITEM}.body[0].format`, says: 'text/plain' },
  { name: 'note value is an object', text: () => mutated((_, a) => (a.body[0].value = { text: 'x' })), path: `${ITEM}.body[0].value`, says: '应为字符串' },
  { name: 'note absurdly long', text: () => mutated((_, a) => (a.body[0].value = '长'.repeat(limits.MAX_NOTE_LENGTH + 1))), path: `${ITEM}.body[0].value`, says: '过长' },
  { name: 'empty tag', text: () => mutated((_, a) => a.body.unshift({ type: 'TextualBody', purpose: 'tagging', value: ' ' })), path: `${ITEM}.body[0].value`, says: '不能为空' },
  { name: 'tag with a line break', text: () => mutated((_, a) => a.body.unshift({ type: 'TextualBody', purpose: 'tagging', value: '学\n习' })), path: `${ITEM}.body[0].value`, says: '换行' },
  { name: 'tag absurdly long', text: () => mutated((_, a) => a.body.unshift({ type: 'TextualBody', purpose: 'tagging', value: '标'.repeat(limits.MAX_TAG_LENGTH + 1) })), path: `${ITEM}.body[0].value`, says: '过长' },
  {
    name: 'too many tags',
    text: () => mutated((_, a) => a.body.unshift(...Array.from({ length: limits.MAX_TAGS + 1 }, (_, i) => ({ type: 'TextualBody', purpose: 'tagging', value: `标签${i}` })))),
    path: `${ITEM}.body`,
    says: '标签过多',
  },
  { name: 'two notes', text: () => mutated((_, a) => a.body.unshift({ type: 'TextualBody', purpose: 'commenting', value: '另一条' })), path: `${ITEM}.body`, says: '多条批注' },
  { name: 'colour is a number', text: () => mutated((_, a) => (a.body[a.body.length - 1].value = 5)), path: `${ITEM}.body[${'$LAST'}].value`, says: '应为字符串' },
  // Target and URLs
  { name: 'target missing', text: () => mutated((_, a) => delete a.target), path: `${ITEM}.target`, says: '缺失' },
  { name: 'target is only a URL', text: () => mutated((_, a) => (a.target = 'https://a.example/')), path: `${ITEM}.target`, says: '缺少选择器' },
  { name: 'two targets', text: () => mutated((_, a) => (a.target = [a.target, a.target])), path: `${ITEM}.target`, says: '只有一个目标' },
  { name: 'javascript: source', text: () => mutated((_, a) => (a.target.source = 'javascript:alert(document.domain)')), path: `${ITEM}.target.source`, says: '只接受 http 和 https' },
  { name: 'data: source', text: () => mutated((_, a) => (a.target.source = 'data:text/html,<script>alert(1)</script>')), path: `${ITEM}.target.source`, says: '只接受 http 和 https' },
  { name: 'file: source', text: () => mutated((_, a) => (a.target.source = 'file:///etc/passwd')), path: `${ITEM}.target.source`, says: '只接受 http 和 https' },
  { name: 'source is not a URL', text: () => mutated((_, a) => (a.target.source = '人民网首页')), path: `${ITEM}.target.source`, says: '不是有效的网址' },
  { name: 'source with surrounding blanks', text: () => mutated((_, a) => (a.target.source = ` ${a.target.source}`)), path: `${ITEM}.target.source`, says: '空白' },
  { name: 'source absurdly long', text: () => mutated((_, a) => (a.target.source = `https://a.example/${'x'.repeat(limits.MAX_URL_LENGTH)}`)), path: `${ITEM}.target.source`, says: '过长' },
  // Selectors
  { name: 'selector missing', text: () => mutated((_, a) => delete a.target.selector), path: `${ITEM}.target.selector`, says: '缺失' },
  { name: 'only selectors this tool cannot use', text: () => mutated((_, a) => (a.target.selector = [{ type: 'CssSelector', value: '#main' }])), path: `${ITEM}.target.selector`, says: 'TextQuoteSelector' },
  { name: 'selector is a number', text: () => mutated((_, a) => (a.target.selector = [1])), path: `${ITEM}.target.selector[0]`, says: '选择器对象' },
  { name: 'selector type missing', text: () => mutated((_, a) => delete a.target.selector[0].type), path: `${ITEM}.target.selector[0].type`, says: '缺失' },
  { name: 'quote empty', text: () => mutated((_, a) => (a.target.selector[0].exact = '')), path: `${ITEM}.target.selector[0].exact`, says: '不能为空' },
  { name: 'quote absurdly long', text: () => mutated((_, a) => (a.target.selector[0].exact = '字'.repeat(limits.MAX_QUOTE_LENGTH + 1))), path: `${ITEM}.target.selector[0].exact`, says: '过长' },
  { name: 'quote prefix is a number', text: () => mutated((_, a) => (a.target.selector[0].prefix = 0)), path: `${ITEM}.target.selector[0].prefix`, says: '应为字符串' },
  { name: 'negative position', text: () => mutated((_, a) => (a.target.selector[1].start = -1)), path: `${ITEM}.target.selector[1].start`, says: '整数' },
  { name: 'fractional position', text: () => mutated((_, a) => (a.target.selector[1].end = 10.5)), path: `${ITEM}.target.selector[1].end`, says: '整数' },
  { name: 'position ends before it starts', text: () => mutated((_, a) => Object.assign(a.target.selector[1], { start: 10, end: 5 })), path: `${ITEM}.target.selector[1].end`, says: '小于 start' },
  { name: 'range without a start', text: () => mutated((_, a) => delete a.target.selector[2].startSelector), path: `${ITEM}.target.selector[2].startSelector`, says: 'XPathSelector' },
  { name: 'range refined by a quote', text: () => mutated((_, a) => (a.target.selector[2].startSelector.refinedBy = { type: 'TextQuoteSelector', exact: 'x' })), path: `${ITEM}.target.selector[2].startSelector.refinedBy`, says: 'TextPositionSelector' },
  { name: 'too many selectors', text: () => mutated((_, a) => (a.target.selector = Array.from({ length: limits.MAX_SELECTORS + 1 }, () => a.target.selector[0]))), path: `${ITEM}.target.selector`, says: '条目过多' },
  // Page snapshot and page records
  { name: 'page snapshot is an array', text: () => mutated((_, a) => (a.page = ['标题'])), path: `${ITEM}.page`, says: '应为对象' },
  { name: 'snapshot published date not ISO', text: () => mutated((_, a) => (a.page = { title: 't', source: null, author: null, publishedAt: '15/05/2021' })), path: `${ITEM}.page.publishedAt`, says: 'ISO 8601' },
  { name: 'page record is a string', text: () => mutated((d) => (d.pages[0] = 'https://a.example/')), path: PAGE, says: '页面记录对象' },
  { name: 'page url javascript:', text: () => mutated((d) => (d.pages[0].url = 'javascript:void(0)')), path: `${PAGE}.url`, says: '只接受 http 和 https' },
  { name: 'page metadata missing', text: () => mutated((d) => delete d.pages[0].metadata), path: `${PAGE}.metadata`, says: '缺失' },
  { name: 'page title is a number', text: () => mutated((d) => (d.pages[0].metadata.title = 12)), path: `${PAGE}.metadata.title`, says: '应为字符串' },
  { name: 'page party-building flag is a string', text: () => mutated((d) => (d.pages[0].partyBuilding = '是')), path: `${PAGE}.partyBuilding`, says: '布尔值' },
  { name: 'formulation count negative', text: () => mutated((d) => (d.pages[0].slogans[0].count = -2)), path: `${PAGE}.slogans[0].count`, says: '非负整数' },
  { name: 'formulation without text', text: () => mutated((d) => delete d.pages[0].slogans[1].text), path: `${PAGE}.slogans[1].text`, says: '缺失' },
  { name: 'absurdly many key points', text: () => mutated((d) => (d.pages[0].keyPoints = Array.from({ length: limits.MAX_KEY_POINTS + 1 }, () => '要点'))), path: `${PAGE}.keyPoints`, says: '条目过多' },
  { name: 'key point is a number', text: () => mutated((d) => (d.pages[0].keyPoints[0] = 1)), path: `${PAGE}.keyPoints[0]`, says: '应为字符串' },
  { name: 'page saved date not ISO', text: () => mutated((d) => (d.pages[0].firstSavedAt = '2026年1月1日')), path: `${PAGE}.firstSavedAt`, says: 'ISO 8601' },
  // Duplicates
  {
    name: 'two annotations with one id and different notes',
    text: () => mutated((d, a) => d.first.items.push({ ...structuredClone(a), body: [{ type: 'TextualBody', purpose: 'commenting', value: '不同的批注' }] }) && (d.total += 1)),
    path: '$.first.items[6]',
    says: 'id 相同，但内容不同',
  },
  {
    name: 'two page records with one URL and different titles',
    text: () => mutated((d) => d.pages.push({ ...structuredClone(d.pages[0]), metadata: { ...d.pages[0].metadata, title: '另一个标题' } })),
    path: '$.pages[2]',
    says: 'url 相同，但内容不同',
  },
  // Bare W3C variants
  { name: 'bare annotation with a data: URL', text: () => bare((a) => (a.target.source = 'data:,x')), path: '$.target.source', says: '只接受 http 和 https' },
  { name: 'bare annotation array with a bad item', text: () => `[${bare()},${bare((a) => (a.id = 'urn:uuid:5' ) && delete a.created)}]`, path: '$[1].created', says: '缺失' },
  // Size and depth
  { name: 'nesting deeper than any annotation', text: () => bare((a) => (a.junk = JSON.parse('['.repeat(40) + ']'.repeat(40)))), path: '$', says: '嵌套层数' },
  { name: '10 MB file over a 5 MB limit', text: () => bare((a) => (a.padding = ' '.repeat(10 * 1024 * 1024))), path: '$', says: '文件过大', maxBytes: 5 * 1024 * 1024 },
  { name: 'file over the default limit', text: () => ' '.repeat(limits.MAX_IMPORT_BYTES + 1), path: '$', says: '文件过大' },
];

/**
 * Hand-written files in tests/fixtures/imports, read as bytes like the manager
 * page reads a picked file, with what must be said about each.
 */
const fixtureExpectations: Record<string, { path: string; says: string }> = {
  'bom-then-text.json': { path: '$', says: '不是有效的 JSON' },
  'constructor-prototype-item.json': { path: '$.id', says: '缺失' },
  'deep-nesting-junk.json': { path: '$', says: '嵌套层数' },
  'double-bom.json': { path: '$.id', says: '缺失' },
  'gbk-encoded-note.json': { path: '$', says: '不是 UTF-8 编码' },
  'html-page-saved-as-json.json': { path: '$', says: '不是有效的 JSON' },
  'hypothesis-api-rows.json': { path: '$', says: '不是可导入的格式' },
  'javascript-url-target.json': { path: '$.target.source', says: '只接受 http 和 https' },
  'jsonc-comments.json': { path: '$', says: '不是有效的 JSON' },
  'nan-literal.json': { path: '$', says: '不是有效的 JSON' },
  'proto-item-target.json': { path: '$[0].target', says: '缺失' },
  'proto-root-type.json': { path: '$', says: '不是可导入的格式' },
  'single-quoted.json': { path: '$', says: '不是有效的 JSON' },
  'truncated-export.json': { path: '$', says: '截断' },
  'utf16le-export.json': { path: '$.created', says: '缺失' },
};

const fixtureFiles = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));
const fixtureCases: HostileCase[] = fixtureFiles.map((file) => ({
  name: `fixture ${file}`,
  text: () => new Uint8Array(readFileSync(path.join(FIXTURES, file))),
  path: fixtureExpectations[file]?.path ?? '(no expectation written)',
  says: fixtureExpectations[file]?.says ?? '(no expectation written)',
}));

const allCases = [...generated, ...fixtureCases];

describe('hostile and malformed import files', () => {
  it('has at least 50 distinct cases, every fixture file with an expectation', () => {
    expect(new Set(allCases.map((c) => c.name)).size).toBe(allCases.length);
    expect(allCases.length).toBeGreaterThanOrEqual(50);
    expect(fixtureFiles.filter((f) => !fixtureExpectations[f])).toEqual([]);
  });

  it('accepts the unmodified base file (so each refusal below is caused by its change)', async () => {
    const store = memoryStore({ pages: [], annotations: [] });
    const { result } = await importInto(store, baseText);
    expect(result.ok).toBe(true);
    expect(store.annotations.size).toBe(baseLibrary.annotations.length);
  });

  it.each(allCases)('$name: refused with a message, store unchanged', async (hostile) => {
    const store = memoryStore(storedLibrary);
    const before = structuredClone(store);
    const text = hostile.text();
    const { result, plan } = await importInto(store, text, hostile.maxBytes ? { limits: { maxBytes: hostile.maxBytes } } : {});
    expect(result.ok).toBe(false);
    expect(plan).toBeNull();
    if (result.ok) return;
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) expect(issueText(error)).toMatch(/[\u4e00-\u9fff]/);
    const expectedPath = hostile.path.replace('$LAST', String((JSON.parse(baseText).first.items[0].body as unknown[]).length - 1));
    const pointed = result.errors.find((e) => e.path === expectedPath);
    expect(pointed, `errors: ${issuesText(result.errors)}`).toBeDefined();
    expect(issueText(pointed)).toContain(hostile.says);
    expect(issueText(pointed)).toContain(`位置 ${expectedPath}`);
    expect(store).toStrictEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
