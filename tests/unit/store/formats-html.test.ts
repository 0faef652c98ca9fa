import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { glossaryOf } from '../../../src/core/slogans/glossary.ts';
import { exportHtml } from '../../../src/store/formats/html.ts';
import { escapeHtml, html } from '../../../src/store/formats/html-template.ts';
import type { StoredAnnotation } from '../../../src/store/model.ts';
import { EXPORT_NOW, sampleLibrary, samplePage } from './formats-sample-library.ts';

/** The HTML parser turns CR and CRLF into LF before anything else; that is all that may change. */
const asParsed = (text: string) => text.replace(/\r\n?/g, '\n');

const OUR_ELEMENTS = new Set(
  'html head meta title style body h1 p article h2 span a h3 ul li ol section h4 div blockquote'.split(' '),
);

function noteOf(a: StoredAnnotation): string {
  return a.body.find((b) => b.purpose === 'commenting')?.value ?? '';
}

describe('printable HTML export', () => {
  const library = sampleLibrary(4, 18);
  const file = exportHtml(library, { now: EXPORT_NOW });
  const { document } = new JSDOM(file.content).window;

  it('is a standalone UTF-8 document with a strict CSP and a dated name', () => {
    expect(file.filename).toBe('党建批注-2026-11-24.html');
    expect(file.content.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(document.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'",
    );
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.querySelector('style')?.textContent).toContain('@page');
  });

  it('contains no element or attribute that user text could have injected', () => {
    const tags = new Set([...document.querySelectorAll('*')].map((e) => e.localName));
    expect([...tags].filter((t) => !OUR_ELEMENTS.has(t))).toEqual([]);
    const handlers = [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')));
    expect(handlers).toEqual([]);
    for (const a of document.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https:\/\//);
  });

  it('shows every quote and note, markup included, as text', () => {
    // Each quote is led by its colour's name (for black-and-white printers).
    const quotes = [...document.querySelectorAll('blockquote')].map((b) => (b.textContent ?? '').replace(/^【[黄红绿蓝紫]】/, ''));
    const notes = [...document.querySelectorAll('p.note')].map((p) => p.textContent);
    for (const a of library.annotations) {
      const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector');
      expect(quotes).toContain(asParsed(quote && quote.type === 'TextQuoteSelector' ? quote.exact : ''));
      if (noteOf(a)) expect(notes).toContain(`批注：${asParsed(noteOf(a))}`);
    }
    expect(notes.some((n) => n?.includes('<script>alert("x")</script>'))).toBe(true);
  });

  it('shows page titles with markup as text, one article per page', () => {
    const titles = [...document.querySelectorAll('article > h2')].map((h) => h.textContent);
    expect(titles).toEqual(library.pages.map((p) => p.metadata.title));
    expect(titles).toContain('标题含 <i>标记</i>、"引号"与 # 号');
  });

  it('lists the formulations and key points of each article', () => {
    const first = document.querySelector('article');
    expect([...(first?.querySelectorAll('ul.slogans li') ?? [])].map((li) => li.textContent)).toEqual(
      library.pages[0]!.slogans.map((s) => `${s.text} ×${s.count}`),
    );
    expect([...(first?.querySelectorAll('ol.key-points li') ?? [])].map((li) => li.textContent)).toEqual(library.pages[0]!.keyPoints);
  });
});

describe('printable HTML grouped by tag', () => {
  it('has one section per tag with its count, untagged last, escaped tag names', () => {
    const library = sampleLibrary(1, 12);
    const { document } = new JSDOM(exportHtml(library, { now: EXPORT_NOW, groupBy: 'tag' }).content).window;
    const headings = [...document.querySelectorAll('section > h4')].map((h) => h.textContent ?? '');
    const tags = [...new Set(library.annotations.flatMap((a) => a.body.filter((b) => b.purpose === 'tagging').map((b) => b.value)))];
    expect(headings.filter((h) => h.startsWith('标签：')).map((h) => h.replace(/^标签：|（\d+ 条）$/g, '')).sort()).toEqual(tags.sort());
    expect(headings[headings.length - 1]).toMatch(/^未加标签（\d+ 条）$/);
    expect(document.querySelectorAll('b')).toHaveLength(0);
  });
});

describe('html tagged template', () => {
  it('escapes every interpolated value, including inside attributes', () => {
    const hostile = `"><script>alert('x')</script>&`;
    const out = html`<a title="${hostile}">${hostile}</a>`.toString();
    expect(out).toBe(`<a title="${escapeHtml(hostile)}">${escapeHtml(hostile)}</a>`);
    expect(out).not.toContain('<script>');
    expect(escapeHtml(hostile)).toBe('&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;');
  });

  it('nests templates without escaping them twice and flattens arrays', () => {
    const items = ['<1>', '<2>'].map((t) => html`<li>${t}</li>`);
    expect(html`<ul>${items}</ul>`.toString()).toBe('<ul><li>&lt;1&gt;</li><li>&lt;2&gt;</li></ul>');
  });

  it('ends with 术语释义 after the last article: each formulation with a 释义, and its document', () => {
    const { document } = new JSDOM(exportHtml({ pages: [samplePage(0), samplePage(1)], annotations: [] }, { now: EXPORT_NOW, glossaryOf }).content).window;
    const glossary = document.querySelector('body > section.glossary');
    expect(glossary?.previousElementSibling?.tagName).toBe('ARTICLE');
    expect(glossary?.querySelector('h2')?.textContent).toBe('术语释义');
    expect([...glossary!.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual(['两个确立']);
    expect(glossary!.querySelector('dd')?.textContent).toMatch(/^党确立习近平同志党中央的核心、全党的核心地位.*（党的百年奋斗重大成就和历史经验的决议（2021年））$/);
  });
});
