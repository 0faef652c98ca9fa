// Printable HTML: one standalone document, the same structure as the Markdown
// study notes, laid out for A4: per article its facts, the reader's excerpts
// first (what they print it for), then every key formulation and the key
// points, then the GB/T 7714 reference. Articles follow one another on the
// page (11 excerpts from 5 articles print on 2 A4 pages); `pagePerArticle`
// starts each on a new page instead. No scripts, no external resources, and
// a CSP that forbids both, so the file is inert whatever a note contains.
import { HIGHLIGHT_COLORS, type HighlightColor, type StoredAnnotation } from '../model.ts';
import { colorOf, noteOf, quoteOf, tagsOf } from './annotation-fields.ts';
import { exportFilename, type ExportFile } from './export-file.ts';
import { articleNotesOf, type ArticleNotes } from './article-notes.ts';
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
@page { size: A4; margin: 18mm 18mm; }
html { font-family: "Songti SC", "STSong", "SimSun", "宋体", "Noto Serif CJK SC", "Source Han Serif SC", serif; font-size: 11pt; line-height: 1.6; color: #111; background: #fff; }
body { max-width: 174mm; margin: 0 auto; padding: 6mm 0; }
@media print { body { padding: 0; } }
h1, h2, h3, h4 { font-family: "Heiti SC", "STHeiti", "SimHei", "黑体", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; font-weight: normal; }
h1 { font-size: 18pt; text-align: center; margin: 0 0 2mm; }
.export-meta { text-align: center; color: #555; margin: 0 0 6mm; }
article { margin: 0 0 7mm; }
.page-per-article article + article { break-before: page; page-break-before: always; }
h2 { font-size: 14pt; margin: 0 0 1mm; border-bottom: 1px solid #999; padding-bottom: 0.5mm; }
h3 { font-size: 11.5pt; margin: 3mm 0 1mm; }
h4 { font-size: 10.5pt; margin: 2mm 0 1mm; color: #333; }
h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
.facts { color: #444; margin: 0 0 2mm; font-size: 10pt; overflow-wrap: anywhere; }
.facts span + span::before { content: "｜"; color: #999; padding: 0 0.5em; }
.excerpt { break-inside: avoid; page-break-inside: avoid; margin: 0 0 2mm; }
blockquote { margin: 0 0 0.5mm; padding: 0.5mm 2.5mm; border-left: 3pt solid #888; white-space: pre-wrap; }
.note { margin: 0 0 0.5mm; padding-left: 3mm; white-space: pre-wrap; font-family: "FangSong", "STFangsong", "仿宋", serif; }
.tags { margin: 0; padding-left: 3mm; color: #555; font-size: 9.5pt; }
ul.slogans { margin: 0; padding: 0; list-style: none; }
ul.slogans li { display: inline; }
ul.slogans li + li::before { content: "；"; }
ol.key-points { margin: 0; padding-left: 6mm; }
.citation { margin: 2mm 0 0; font-size: 9.5pt; color: #333; overflow-wrap: anywhere; }
${HIGHLIGHT_COLORS.map((c) => `.color-${c} blockquote { background: ${PRINT_TINTS[c]}; }`).join('\n')}
@media print { a { color: inherit; text-decoration: none; } }
`;

export function exportHtml(library: Library, options: HtmlExportOptions): ExportFile {
  const groups = groupByPage(library);
  const quoteCount = groups.reduce((n, g) => n + g.annotations.length, 0);
  const groupBy = options.groupBy ?? 'color';
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
<p class="export-meta">导出日期：${chineseDate(options.now.toISOString())}　共 ${groups.length} 篇文章、${quoteCount} 条摘录</p>
${groups.map((g) => articleSection(articleNotesOf(g, options.now), groupBy))}
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
${excerptsSection(article, groupBy)}${slogansSection(article)}${keyPointsSection(article)}<p class="citation">引用格式：${article.citation}</p>
</article>
`;
}

/** 来源、作者、发布时间、链接; facts the page lacks are left out. */
function factsLine(article: ArticleNotes): SafeHtml {
  const fact = (label: string, value: string | null): SafeHtml | null => (value ? html`<span>${label}：${value}</span>` : null);
  return html`<p class="facts">${fact('来源', article.source)}${fact('作者', article.author)}${fact('发布时间', article.published)}<span>链接：${linkTo(article.url)}</span></p>`;
}

/** Every key formulation, run together on as few lines as they need. */
function slogansSection(article: ArticleNotes): SafeHtml | null {
  if (article.formulations.length === 0) return null;
  return html`<h3>核心提法</h3>
<ul class="slogans">${article.formulations.map((s) => html`<li>${s.text} ×${s.count}</li>`)}</ul>
`;
}

function keyPointsSection(article: ArticleNotes): SafeHtml | null {
  if (article.keyPoints.length === 0) return null;
  return html`<h3>内容摘要</h3>
<ol class="key-points">${article.keyPoints.map((p) => html`<li>${p}</li>`)}</ol>
`;
}

function excerptsSection(article: ArticleNotes, groupBy: StudyNotesGrouping): SafeHtml | null {
  const sections = excerptSections(article.group.annotations, groupBy);
  if (sections.length === 0) return null;
  return html`<h3>摘录与批注</h3>
${sections.map(
  (section) => html`<section>
<h4>${section.heading}（${section.annotations.length} 条）</h4>
${section.annotations.map(excerpt)}</section>
`,
)}`;
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
<blockquote>${quote.trim() === '' ? '（无摘录原文）' : quote}</blockquote>
${noteLine}${tagLine}</div>
`;
}
