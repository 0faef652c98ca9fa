// Printable HTML: one standalone document, the same structure as the Markdown
// study notes, laid out for A4: per article its facts, the reader's excerpts
// first (what they print it for), then every key formulation and the key
// points, then the GB/T 7714 reference. Articles follow one another on the
// page (11 excerpts from 5 articles print on 2 A4 pages); `pagePerArticle`
// starts each on a new page instead. No scripts, no external resources, and
// a CSP that forbids both, so the file is inert whatever a note contains.
import { HIGHLIGHT_COLORS, type HighlightColor, type StoredAnnotation } from '../model.ts';
import { colorOf, COLOR_NAMES_ZH, noteOf, quoteOf, tagsOf } from './annotation-fields.ts';
import { exportFilename, type ExportFile } from './export-file.ts';
import { articleNotesOf, notesGlossary, type ArticleNotes, type GlossaryOf } from './article-notes.ts';
import { excerptSections, type StudyNotesGrouping } from './excerpt-sections.ts';
import { html, trustedConstantMarkup, type SafeHtml } from './html-template.ts';
import { groupByPage, type Library } from './library.ts';
import { chineseDate } from './reader-dates.ts';

export interface HtmlExportOptions {
  now: Date;
  groupBy?: StudyNotesGrouping;
  /** Start each article on a new page (off: articles follow one another). */
  pagePerArticle?: boolean;
  filenameHint?: string | null;
  /** The whole file name, when the caller names it (a library export: export-file.ts libraryFilename). */
  filename?: string;
  /** When given, the notes end with 术语释义: the formulations' 释义. */
  glossaryOf?: GlossaryOf;
}


/** Printed highlight tints: light enough to read through, distinct in greyscale too via the border. */
const PRINT_TINTS: Record<HighlightColor, string> = {
  yellow: '#fff3b0',
  red: '#ffd6d6',
  green: '#d5f5d5',
  blue: '#d6e8ff',
  purple: '#ead9ff',
};

const PRINT_CSS = `
@page { size: A4; margin: 14mm 15mm; }
html { font-family: "Songti SC", "STSong", "SimSun", "宋体", "Noto Serif CJK SC", "Source Han Serif SC", serif; font-size: 10.5pt; line-height: 1.4; color: #111; background: #fff; }
body { max-width: 180mm; margin: 0 auto; padding: 6mm 0; }
@media print { body { padding: 0; } }
h1, h2, h3, h4 { font-family: "Heiti SC", "STHeiti", "SimHei", "黑体", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; font-weight: normal; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 1mm; }
.export-meta { text-align: center; color: #555; margin: 0 0 4mm; font-size: 9.5pt; }
article { margin: 0 0 4mm; }
.page-per-article article + article { break-before: page; page-break-before: always; }
h2 { font-size: 13pt; margin: 0 0 0.5mm; border-bottom: 1px solid #999; }
h3 { font-size: 10.5pt; margin: 1.5mm 0 0.5mm; }
h4 { font-size: 10pt; margin: 1.5mm 0 0.5mm; color: #333; }
h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
.facts { color: #444; margin: 0 0 1.5mm; font-size: 9pt; overflow-wrap: anywhere; }
.facts span + span::before { content: "｜"; color: #999; padding: 0 0.3em; }
.excerpt { break-inside: avoid; page-break-inside: avoid; margin: 0 0 1.5mm; }
blockquote { margin: 0; padding: 0.3mm 2mm; border-left: 3pt solid #888; white-space: pre-wrap; }
.color-label { font-family: "Heiti SC", "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 9pt; }
.note, .tags { display: inline; margin: 0; padding-left: 2.6mm; white-space: pre-wrap; font-size: 9.5pt; }
.note { font-family: "FangSong", "STFangsong", "仿宋", serif; }
.tags { color: #555; }
/* Formulations and key points run in after their heading: a dozen short
   phrases take two lines, not twelve; three points take the lines their text needs. */
.run-in { margin: 0.5mm 0 0; }
.run-in h3 { display: inline; margin: 0; }
.run-in h3::after { content: "："; }
ul.slogans, ol.key-points { display: inline; margin: 0; padding: 0; list-style: none; counter-reset: point; }
ul.slogans li, ol.key-points li { display: inline; }
ul.slogans li + li::before { content: "；"; }
ol.key-points li { counter-increment: point; }
ol.key-points li::before { content: "（" counter(point) "）"; }
.citation { margin: 1mm 0 0; font-size: 9pt; color: #333; overflow-wrap: anywhere; }
${HIGHLIGHT_COLORS.map((c) => `.color-${c} blockquote { background: ${PRINT_TINTS[c]}; }`).join('\n')}
.glossary dt { font-weight: bold; margin-top: 1.5mm; }
.glossary dd { margin: 0 0 0 2em; }
@media print { a { color: inherit; text-decoration: none; } }
`;

export function exportHtml(library: Library, options: HtmlExportOptions): ExportFile {
  const groups = groupByPage(library);
  const quoteCount = groups.reduce((n, g) => n + g.annotations.length, 0);
  const groupBy = options.groupBy ?? 'color';
  const articles = groups.map((g) => articleNotesOf(g, options.now));
  const doc = html`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>党建学习笔记 ${chineseDate(options.now.toISOString())}</title>
<style>${trustedConstantMarkup(PRINT_CSS)}</style>
</head>
<body${options.pagePerArticle ? html` class="page-per-article"` : null}>
<h1>党建学习笔记</h1>
<p class="export-meta">导出日期：${chineseDate(options.now.toISOString())}　共 ${groups.length} 篇文章、${quoteCount} 条标注</p>
${articles.map((article) => articleSection(article, groupBy))}${glossarySection(articles, options.glossaryOf)}
</body>
</html>
`;
  return {
    filename: options.filename ?? exportFilename('html', options.now, options.filenameHint),
    mimeType: 'text/html;charset=utf-8',
    content: doc.toString(),
  };
}

function articleSection(article: ArticleNotes, groupBy: StudyNotesGrouping): SafeHtml {
  return html`<article>
<h2>${article.title}</h2>
${factsLine(article)}
${excerptsSection(article, groupBy)}${slogansSection(article)}${keyPointsSection(article)}<p class="citation">引用格式：${citationWithLink(article)}</p>
</article>
`;
}

/** 来源、作者、发布时间 (facts the page lacks are left out); the link is the reference line's. */
function factsLine(article: ArticleNotes): SafeHtml | null {
  const fact = (label: string, value: string | null): SafeHtml | null => (value ? html`<span>${label}：${value}</span>` : null);
  if (!article.source && !article.author && !article.published) return null;
  return html`<p class="facts">${fact('来源', article.source)}${fact('作者', article.author)}${fact('发布时间', article.published)}</p>`;
}

/** Every key formulation, run together on as few lines as they need. */
function slogansSection(article: ArticleNotes): SafeHtml | null {
  if (article.formulations.length === 0) return null;
  return html`<div class="run-in"><h3>核心提法</h3><ul class="slogans">${article.formulations.map((s) => html`<li>${s.text} ×${s.count}</li>`)}</ul></div>
`;
}

/** 术语释义 after the last article: each formulation's 释义 and the document it is quoted from. */
function glossarySection(articles: readonly ArticleNotes[], glossaryOf: GlossaryOf | undefined): SafeHtml | null {
  const glossary = notesGlossary(articles, glossaryOf);
  if (glossary.length === 0) return null;
  return html`<section class="glossary"><h2>术语释义</h2><dl>${glossary.map((e) => html`<dt>${e.text}</dt><dd>${e.gloss}（${e.sourceTitle}）</dd>`)}</dl></section>
`;
}

function keyPointsSection(article: ArticleNotes): SafeHtml | null {
  if (article.keyPoints.length === 0) return null;
  return html`<div class="run-in"><h3>内容摘要</h3><ol class="key-points">${article.keyPoints.map((p) => html`<li>${p}</li>`)}</ol></div>
`;
}

function excerptsSection(article: ArticleNotes, groupBy: StudyNotesGrouping): SafeHtml | null {
  const sections = excerptSections(article.group.annotations, groupBy);
  if (sections.length === 0) return null;
  // In page order the excerpts follow the facts directly: each names its colour.
  return html`${groupBy === 'page' ? null : html`<h3>标注与批注</h3>
`}${sections.map(
  (section) => html`<section>
${section.heading === null ? null : html`<h4>${section.heading}（${section.annotations.length} 条）</h4>
`}${section.annotations.map(excerpt)}</section>
`,
)}`;
}

/** The reference line, its URL a link (the article's only one in print). */
function citationWithLink(article: ArticleNotes): SafeHtml {
  const at = article.citation.lastIndexOf(article.url);
  if (at < 0) return html`${article.citation}`;
  return html`${article.citation.slice(0, at)}${linkTo(article.url)}${article.citation.slice(at + article.url.length)}`;
}

/** Only http(s) URLs become links; anything else is shown as text. */
function linkTo(url: string): SafeHtml {
  return /^https?:\/\//i.test(url) ? html`<a href="${url}">${url}</a>` : html`${url}`;
}

function excerpt(annotation: StoredAnnotation): SafeHtml {
  const quote = quoteOf(annotation);
  const note = noteOf(annotation);
  const tags = tagsOf(annotation);
  const noteLine = note.trim() !== '' ? html`<p class="note">批注：${note}</p>\n` : null;
  const tagLine = tags.length > 0 ? html`<p class="tags">标签：${tags.join('、')}</p>\n` : null;
  return html`<div class="excerpt color-${colorOf(annotation)}">
<blockquote><span class="color-label">【${COLOR_NAMES_ZH[colorOf(annotation)]}】</span>${quote.trim() === '' ? '（无标注原文）' : quote}</blockquote>
${noteLine}${tagLine}</div>
`;
}
