// Printable HTML: one standalone document, the same structure as the Markdown
// study notes, laid out for A4. No scripts, no external resources, and a CSP
// that forbids both, so the file is inert whatever a note contains.
import { HIGHLIGHT_COLORS, type HighlightColor, type StoredAnnotation } from '../model.ts';
import { colorOf, noteOf, quoteOf, tagsOf } from './annotation-fields.ts';
import { exportFilename, localDateStamp, type ExportFile } from './export-file.ts';
import { excerptSections, MAX_STUDY_NOTE_SLOGANS, type StudyNotesGrouping } from './excerpt-sections.ts';
import { html, trustedConstantMarkup, type SafeHtml } from './html-template.ts';
import { groupByPage, pageFactsOf, pageTitleOf, type Library, type PageGroup } from './library.ts';

export interface HtmlExportOptions {
  now: Date;
  groupBy?: StudyNotesGrouping;
  filenameHint?: string | null;
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
@page { size: A4; margin: 20mm 18mm; }
html { font-family: "Songti SC", "STSong", "SimSun", "Noto Serif CJK SC", "Source Han Serif SC", serif; font-size: 11pt; line-height: 1.7; color: #111; background: #fff; }
body { max-width: 170mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 20pt; text-align: center; margin: 0 0 4mm; }
.export-meta { text-align: center; color: #555; margin: 0 0 10mm; }
article { margin: 0 0 10mm; }
article + article { break-before: page; page-break-before: always; }
h2 { font-size: 15pt; margin: 0 0 2mm; border-bottom: 1px solid #999; padding-bottom: 1mm; }
h3 { font-size: 12pt; margin: 6mm 0 2mm; }
h4 { font-size: 11pt; margin: 4mm 0 2mm; color: #333; }
h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
.facts { color: #444; margin: 0 0 3mm; overflow-wrap: anywhere; }
.facts span + span::before { content: "｜"; color: #999; padding: 0 0.5em; }
.excerpt { break-inside: avoid; page-break-inside: avoid; margin: 0 0 4mm; }
blockquote { margin: 0 0 1mm; padding: 1mm 3mm; border-left: 3pt solid #888; white-space: pre-wrap; }
.note { margin: 0 0 1mm; white-space: pre-wrap; }
.tags { margin: 0; color: #555; font-size: 10pt; }
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
<title>党建学习笔记 ${localDateStamp(options.now)}</title>
<style>${trustedConstantMarkup(PRINT_CSS)}</style>
</head>
<body>
<h1>党建学习笔记</h1>
<p class="export-meta">导出日期：${localDateStamp(options.now)}　共 ${groups.length} 篇文章、${quoteCount} 条摘录</p>
${groups.map((g) => articleSection(g, groupBy))}
</body>
</html>
`;
  return {
    filename: exportFilename('html', options.now, options.filenameHint),
    mimeType: 'text/html;charset=utf-8',
    content: doc.toString(),
  };
}

function articleSection(group: PageGroup, groupBy: StudyNotesGrouping): SafeHtml {
  return html`<article>
<h2>${pageTitleOf(group)}</h2>
${factsLine(group)}
${slogansSection(group)}${keyPointsSection(group)}${excerptsSection(group, groupBy)}</article>
`;
}

/** 来源、作者、发布时间、链接; facts the page lacks are left out. */
function factsLine(group: PageGroup): SafeHtml {
  const facts = pageFactsOf(group);
  const fact = (label: string, value: string | null): SafeHtml | null => (value ? html`<span>${label}：${value}</span>` : null);
  return html`<p class="facts">${fact('来源', facts.source)}${fact('作者', facts.author)}${fact('发布时间', facts.publishedAt)}<span>链接：${linkTo(group.url)}</span></p>`;
}

function slogansSection(group: PageGroup): SafeHtml | null {
  const slogans = group.page?.slogans.slice(0, MAX_STUDY_NOTE_SLOGANS) ?? [];
  if (slogans.length === 0) return null;
  return html`<h3>核心提法</h3>
<ul class="slogans">${slogans.map((s) => html`<li>${s.text} ×${s.count}</li>`)}</ul>
`;
}

function keyPointsSection(group: PageGroup): SafeHtml | null {
  const keyPoints = group.page?.keyPoints ?? [];
  if (keyPoints.length === 0) return null;
  return html`<h3>内容摘要</h3>
<ol class="key-points">${keyPoints.map((p) => html`<li>${p}</li>`)}</ol>
`;
}

function excerptsSection(group: PageGroup, groupBy: StudyNotesGrouping): SafeHtml | null {
  const sections = excerptSections(group.annotations, groupBy);
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
