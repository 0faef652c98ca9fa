import { describe, expect, it } from 'vitest';
import { DOCX_MIME_TYPE, exportDocx } from '../../../src/store/formats/docx.ts';
import { pageLibrary } from '../../../src/store/formats/library.ts';
import type { StoredAnnotation } from '../../../src/store/model.ts';
import { readDocx, type DocxParagraph } from '../../support/docx-reader.ts';
import { EXPORT_NOW, sampleAnnotation, samplePage } from './formats-sample-library.ts';

const COLOR_ZH: Record<string, string> = { yellow: '黄', red: '红', green: '绿', blue: '蓝', purple: '紫' };
const FILL: Record<string, string> = { yellow: 'FFF3B0', red: 'FFD6D6', green: 'D5F5D5', blue: 'D6E8FF', purple: 'EAD9FF' };

const body = (a: StoredAnnotation, purpose: string) => a.body.filter((b) => b.purpose === purpose).map((b) => b.value);
const quoteOf = (a: StoredAnnotation) => {
  const s = a.target.selector.find((x) => x.type === 'TextQuoteSelector');
  return s && s.type === 'TextQuoteSelector' ? s.exact : '';
};
const startOf = (a: StoredAnnotation) => {
  const s = a.target.selector.find((x) => x.type === 'TextPositionSelector');
  return s && s.type === 'TextPositionSelector' ? s.start : Infinity;
};

/** Two articles; the second gets 20 formulations (all must be listed) and annotations saved out of page order. */
function library() {
  const pages = [samplePage(0), samplePage(1)];
  pages[1]!.slogans = Array.from({ length: 20 }, (_, i) => ({ text: `提法${i + 1}`, count: 20 - i, kind: 'lexicon' as const }));
  const annotations = [...Array.from({ length: 6 }, (_, n) => sampleAnnotation(0, n, pages[0]!.url)), ...Array.from({ length: 5 }, (_, n) => sampleAnnotation(1, n, pages[1]!.url))];
  return { pages, annotations };
}

describe('Word study notes (.docx)', async () => {
  const lib = library();
  const file = await exportDocx(lib, { now: EXPORT_NOW });
  const doc = readDocx(file.content);
  const texts = doc.paragraphs.map((p) => p.text);

  it('is a Word document named with the date, or with the page title for one page', async () => {
    expect(file.mimeType).toBe(DOCX_MIME_TYPE);
    expect(file.filename).toBe('党建批注-2026-11-24.docx');
    expect(doc.parts).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    const one = await exportDocx(pageLibrary(lib, lib.pages[0]!.url), { now: EXPORT_NOW, filenameHint: lib.pages[0]!.metadata.title });
    expect(one.filename).toBe('党建批注-以党的自我革命引领社会革命（第 1 篇）-2026-11-24.docx');
  });

  it('lays out A4 with Chinese fonts by name and Word heading styles the navigation pane lists', () => {
    expect(doc.pageSize).toEqual({ width: 11906, height: 16838 });
    expect(doc.defaultEastAsiaFont).toBe('宋体');
    for (const [id, level] of [['Heading1', 0], ['Heading2', 1]] as const) {
      expect(doc.styles.get(id)).toMatchObject({ name: `Heading ${level + 1}`, eastAsiaFont: '黑体', outlineLevel: level });
    }
    expect(doc.styles.get('Title')?.eastAsiaFont).toBe('黑体');
    expect(doc.styles.get('ReaderNote')?.eastAsiaFont).toBe('仿宋');
    const headings = doc.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(headings).toEqual(lib.pages.map((p) => p.metadata.title));
    expect(doc.paragraphs[0]).toMatchObject({ style: 'Title', text: '党建学习笔记' });
  });

  it('gives each article its facts, excerpts in page order with colour, notes and tags, then formulations, points and the reference', () => {
    for (const page of lib.pages) {
      const start = texts.indexOf(page.metadata.title ?? '');
      const next = doc.paragraphs.findIndex((p, i) => i > start && p.style === 'Heading1');
      const section: DocxParagraph[] = doc.paragraphs.slice(start + 1, next === -1 ? undefined : next);
      const sectionTexts = section.map((p) => p.text);
      // Facts the record lacks come from the snapshot a highlight kept.
      const snapshot = lib.annotations.find((a) => a.target.source === page.url && a.page)?.page;
      const author = page.metadata.author ?? snapshot?.author;
      const expectedFacts = [
        page.metadata.source ? `来源：${page.metadata.source}` : null,
        author ? `作者：${author}` : null,
        page.metadata.publishedAt === '2021-05-10' ? '发布时间：2021年5月10日' : '发布时间：2022年7月1日 10:20',
        `链接：${page.url}`,
      ].filter((x) => x !== null);
      expect(section.filter((p) => p.style === 'ArticleFacts').map((p) => p.text)).toEqual(expectedFacts);

      const mine = lib.annotations.filter((a) => a.target.source === page.url).sort((a, b) => startOf(a) - startOf(b));
      const expectedExcerpts: string[] = [];
      for (const a of mine) {
        const color = body(a, 'highlighting')[0] ?? 'yellow';
        expectedExcerpts.push(`【${COLOR_ZH[color]}】${quoteOf(a).trim()}`);
        const excerpt = section.find((p) => p.style === 'Excerpt' && p.text === `【${COLOR_ZH[color]}】${quoteOf(a).trim()}`.replace(/\r\n|\r/g, '\n'));
        expect(excerpt?.shading).toContain(FILL[color]);
        const note = body(a, 'commenting')[0];
        if (note) expectedExcerpts.push(`批注：${note.trim()}`);
        const tags = body(a, 'tagging');
        if (tags.length > 0) expectedExcerpts.push(`标签：${tags.map((t) => t.replace(/\s+/g, ' ').trim()).join('、')}`);
      }
      const shownExcerpts = section.filter((p) => p.style === 'Excerpt' || p.style === 'ReaderNote').map((p) => p.text);
      expect(shownExcerpts).toEqual(expectedExcerpts.map((t) => t.replace(/\r\n|\r/g, '\n')));

      const h2 = section.filter((p) => p.style === 'Heading2').map((p) => p.text);
      expect(h2).toEqual([`标注与批注（${mine.length} 条）`, '核心提法', '内容摘要']);
      const formulations = section.filter((p) => p.listItem).map((p) => p.text);
      expect(formulations).toEqual(page.slogans.map((s) => `${s.text} ×${s.count}`));
      expect(sectionTexts.at(-1)).toMatch(/^引用格式：.*\[EB\/OL\]\. .*\[2026-01-0\d\]\. https:\/\/news\.example\.cn\/.*\.$/);
      expect(section.at(-1)?.style).toBe('Citation');
      const order = ['标注与批注', '核心提法', '内容摘要', '引用格式'].map((label) => sectionTexts.findIndex((t) => t.startsWith(label)));
      expect([...order].sort((a, b) => a - b)).toEqual(order);
    }
    expect(doc.hyperlinks).toEqual(lib.pages.map((p) => p.url));
  });

  it('keeps markup and control characters as text', async () => {
    const page = samplePage(0);
    const a = sampleAnnotation(0, 3, page.url);
    a.target.selector = [{ type: 'TextQuoteSelector', exact: '<w:p>&amp;</w:t>]]><script>x</script>', prefix: '', suffix: '' }];
    const read = readDocx((await exportDocx({ pages: [page], annotations: [a] }, { now: EXPORT_NOW })).content);
    expect(read.paragraphs.some((p) => p.text.endsWith('<w:p>&amp;</w:t>]]><script>x</script>'))).toBe(true);
  });
});
