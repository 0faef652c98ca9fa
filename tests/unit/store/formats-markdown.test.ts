import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { glossaryOf } from '../../../src/core/slogans/glossary.ts';
import { exportMarkdown } from '../../../src/store/formats/markdown.ts';
import { HIGHLIGHT_COLORS, type StoredAnnotation } from '../../../src/store/model.ts';
import { AWKWARD_TEXTS, EXPORT_NOW, sampleAnnotation, samplePage } from './formats-sample-library.ts';

const md = new MarkdownIt('commonmark');
type Token = ReturnType<typeof md.parse>[number];

/** [level, text] of every heading, read by a CommonMark parser. */
function headings(tokens: Token[]): [number, string][] {
  const out: [number, string][] = [];
  tokens.forEach((t, i) => {
    if (t.type === 'heading_open') out.push([Number(t.tag.slice(1)), tokens[i + 1]?.content ? inlineText(tokens[i + 1]!) : '']);
  });
  return out;
}

/** The text a reader sees in an inline token; fails on anything but plain text and line breaks. */
function inlineText(inline: Token): string {
  return (inline.children ?? [])
    .map((c) => {
      if (c.type === 'text') return c.content;
      if (c.type === 'hardbreak' || c.type === 'softbreak') return '\n';
      if (c.type === 'link_open' || c.type === 'link_close') return '';
      throw new Error(`unexpected inline token ${c.type} in ${JSON.stringify(inline.content)}`);
    })
    .join('');
}

/** Each blockquote's text, paragraphs joined by a line break. */
function blockquotes(tokens: Token[]): string[] {
  const quotes: string[] = [];
  let current: string[] | null = null;
  for (const t of tokens) {
    if (t.type === 'blockquote_open') current = [];
    else if (t.type === 'blockquote_close' && current) {
      quotes.push(current.join('\n'));
      current = null;
    } else if (t.type === 'inline' && current) current.push(inlineText(t));
  }
  return quotes;
}

/** What the reader should see of a quote: its lines, ASCII indentation and blank lines dropped. */
function visibleLines(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/^[ \t]+|[ \t]+$/g, ''))
    .filter((l) => l !== '')
    .join('\n');
}

function smallLibrary() {
  const pages = [samplePage(0), samplePage(2)];
  const annotations: StoredAnnotation[] = [];
  // One annotation per awkward text, spread over both pages and all colours.
  AWKWARD_TEXTS.forEach((_, n) => annotations.push(sampleAnnotation(n % 2 === 0 ? 0 : 2, n, pages[n % 2]!.url)));
  return { pages, annotations };
}

describe('Markdown study notes', () => {
  const library = smallLibrary();
  const file = exportMarkdown(library, { now: EXPORT_NOW });
  const tokens = md.parse(file.content, {});

  it('is named with the date', () => {
    expect(file.filename).toBe('党建批注-2026-11-24.md');
    expect(file.mimeType).toContain('text/markdown');
  });

  it('has the study-notes structure: title, then per article the excerpts (one heading per colour used), then formulations and points', () => {
    const expected: [number, string][] = [[1, '党建学习笔记']];
    for (const page of library.pages) {
      expected.push([2, page.metadata.title ?? ''], [3, '标注与批注']);
      const onPage = library.annotations.filter((a) => a.target.source === page.url);
      for (const color of HIGHLIGHT_COLORS) {
        const n = onPage.filter((a) => a.body.some((b) => b.purpose === 'highlighting' && b.value === color)).length;
        const name = { yellow: '黄', red: '红', green: '绿', blue: '蓝', purple: '紫' }[color];
        if (n > 0) expected.push([4, `${name}色（${n} 条）`]);
      }
      expected.push([3, '核心提法'], [3, '内容摘要']);
    }
    expect(headings(tokens)).toEqual(expected);
  });

  it('shows every quote as a blockquote of its own text: no quote turns into a heading, list, code, link or HTML', () => {
    expect(tokens.filter((t) => ['html_block', 'code_block', 'fence', 'hr'].includes(t.type))).toEqual([]);
    const shown = blockquotes(tokens).sort();
    const expected = library.annotations
      .map((a) => a.target.selector.find((s) => s.type === 'TextQuoteSelector'))
      .map((s) => visibleLines(s && s.type === 'TextQuoteSelector' ? s.exact : ''))
      .sort();
    expect(shown).toEqual(expected);
  });

  it('puts the facts line and the formulations with their counts under each article', () => {
    const html = md.render(file.content);
    expect(html).toContain('来源：某某大学党委宣传部');
    expect(html).toContain('作者：张三, 李四');
    expect(html).toContain('<a href="https://news.example.cn/dangjian/2023/article-2.html?id=2">');
    expect(html).toContain('<li>全面从严治党 ×5</li>');
    expect(html).toContain('<li>*自我革命* ×1</li>');
    expect(html).toContain('<li>要点二：- 以破折号开头</li>');
  });

  it('keeps multi-line notes as lines and paragraphs', () => {
    const paragraphs = tokens.filter((t) => t.type === 'inline').map(inlineText);
    const notes = library.annotations.flatMap((a) => a.body.filter((b) => b.purpose === 'commenting').map((b) => b.value));
    expect(notes.some((n) => n.includes('第一行\n第二行'))).toBe(true);
    for (const note of notes) {
      const [first = '', ...rest] = note.split('\n\n');
      expect(paragraphs).toContain(`批注：${visibleLines(first)}`);
      for (const paragraph of rest) expect(paragraphs).toContain(visibleLines(paragraph));
    }
  });

  it('groups by tag when asked: one section per tag in order of first use, untagged last', () => {
    const byTag = md.parse(exportMarkdown(library, { now: EXPORT_NOW, groupBy: 'tag' }).content, {});
    const firstPageUrl = library.pages[0]!.url;
    const onFirstPage = library.annotations
      .filter((a) => a.target.source === firstPageUrl)
      .sort((a, b) => (a.target.selector[1] as { start: number }).start - (b.target.selector[1] as { start: number }).start);
    const tagsInOrder = [...new Set(onFirstPage.flatMap((a) => a.body.filter((b) => b.purpose === 'tagging').map((b) => b.value)))];
    const untagged = onFirstPage.filter((a) => !a.body.some((b) => b.purpose === 'tagging')).length;
    const expected = tagsInOrder.map((tag) => {
      const n = onFirstPage.filter((a) => a.body.some((b) => b.purpose === 'tagging' && b.value === tag)).length;
      return `标签：${tag}（${n} 条）`;
    });
    if (untagged > 0) expected.push(`未加标签（${untagged} 条）`);
    const all = headings(byTag);
    const secondArticle = all.findIndex(([level], i) => level === 2 && i > 1);
    const level4 = all.slice(0, secondArticle).filter(([level]) => level === 4).map(([, text]) => text);
    expect(expected.length).toBeGreaterThan(2);
    expect(level4).toEqual(expected);
  });

  it('ends with 术语释义: the 释义 of the formulations that have one, each once, after the last article', () => {
    const library = { pages: [samplePage(0), samplePage(1)], annotations: [] };
    const text = exportMarkdown(library, { now: EXPORT_NOW, glossaryOf }).content;
    const tokens = md.parse(text, {});
    expect(headings(tokens).at(-1)).toEqual([2, '术语释义']);
    const glossary = text.slice(text.indexOf('## 术语释义'));
    // 两个确立 has a 释义 (both pages list it: once); 全面从严治党 and the quoted coinage have none.
    expect(glossary.match(/两个确立/g)).toHaveLength(1);
    expect(md.render(glossary)).toContain('<li><strong>两个确立</strong>：党确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的指导地位（党的百年奋斗重大成就和历史经验的决议（2021年））</li>');
    expect(glossary).not.toContain('全面从严治党');
    expect(exportMarkdown(library, { now: EXPORT_NOW }).content).not.toContain('术语释义');
  });

  it('lists every formulation, however many the page has', () => {
    const page = samplePage(0);
    page.slogans = Array.from({ length: 30 }, (_, i) => ({ text: `提法${i + 1}`, count: 30 - i, kind: 'lexicon' as const }));
    const rendered = md.render(exportMarkdown({ pages: [page], annotations: [] }, { now: EXPORT_NOW }).content);
    for (let i = 1; i <= 30; i += 1) expect(rendered).toContain(`<li>提法${i} ×${31 - i}</li>`);
  });

  it('escapes only what would change the rendering: Chinese text with stray marks keeps no backslash', () => {
    const page = samplePage(0);
    const plain = ['a * b 与 #号、R&D、1 > 0、约1~3天、重点*、snake_case、a|b、C:\\路径', '-1 反对；1.5倍'];
    const texts = [...plain, '*重点*', '# 标题', '<b>x</b>', '[链接](x)'];
    const annotations = texts.map((text, n) => {
      const a = sampleAnnotation(0, n, page.url);
      a.target.selector = [{ type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: n * 100, end: n * 100 + text.length }];
      a.body = a.body.filter((b) => b.purpose === 'highlighting');
      return a;
    });
    const content = exportMarkdown({ pages: [page], annotations }, { now: EXPORT_NOW }).content;
    for (const text of plain) expect(content).toContain(`> ${text}`);
    // What would render differently is escaped, and reads back as typed.
    expect(content).toContain('> \\*重点\\*');
    expect(blockquotes(md.parse(content, {})).sort()).toEqual([...texts].sort());
  });

  it('ends each article with its GB/T 7714 reference and writes dates as readers do', () => {
    const html = md.render(file.content);
    expect(html).toContain('发布时间：2021年5月10日');
    expect(html).toContain('引用格式：张三, 李四. 以党的自我革命引领社会革命（第 1 篇）[EB/OL]. 2021-05-10[2026-01-01]. https://news.example.cn/dangjian/2021/article-0.html?id=0.');
  });
});
