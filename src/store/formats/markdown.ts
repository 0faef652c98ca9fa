// Markdown study notes (学习笔记): per article a heading, its facts, the
// reader's quotes and notes grouped by colour or by tag, then every key
// formulation and the key points, then the GB/T 7714 reference. Meant to be
// pasted into a study report as it is: dates as readers write them, and only
// what would change the rendering escaped (markdown-escape.ts).
import type { StoredAnnotation } from '../model.ts';
import { colorOf, COLOR_NAMES_ZH, noteOf, quoteOf, tagsOf } from './annotation-fields.ts';
import { articleNotesOf, notesGlossary, type ArticleNotes, type GlossaryOf } from './article-notes.ts';
import { excerptSections, type StudyNotesGrouping } from './excerpt-sections.ts';
import { exportFilename, type ExportFile } from './export-file.ts';
import { groupByPage, type Library } from './library.ts';
import { chineseDate } from './reader-dates.ts';
import { escapeMarkdownInline, escapeMarkdownLine, markdownParagraphLines, splitLines } from './markdown-escape.ts';

export type { StudyNotesGrouping } from './excerpt-sections.ts';

export interface MarkdownExportOptions {
  now: Date;
  groupBy?: StudyNotesGrouping;
  filenameHint?: string | null;
  /** The whole file name, when the caller names it (a library export: export-file.ts libraryFilename). */
  filename?: string;
  /** When given, the notes end with 术语释义: the formulations' 释义. */
  glossaryOf?: GlossaryOf;
}


export function exportMarkdown(library: Library, options: MarkdownExportOptions): ExportFile {
  const groups = groupByPage(library);
  const quoteCount = groups.reduce((n, g) => n + g.annotations.length, 0);
  const lines: string[] = [
    '# 党建学习笔记',
    '',
    `导出日期：${chineseDate(options.now.toISOString())}　共 ${groups.length} 篇文章、${quoteCount} 条标注`,
    '',
  ];
  const articles = groups.map((group) => articleNotesOf(group, options.now));
  for (const article of articles) lines.push(...articleSection(article, options.groupBy ?? 'color'));
  const glossary = notesGlossary(articles, options.glossaryOf);
  if (glossary.length > 0) {
    lines.push('## 术语释义', '');
    for (const entry of glossary) lines.push(`- **${singleLine(entry.text)}**：${singleLine(entry.gloss)}（${singleLine(entry.sourceTitle)}）`);
    lines.push('');
  }
  return {
    filename: options.filename ?? exportFilename('md', options.now, options.filenameHint),
    mimeType: 'text/markdown;charset=utf-8',
    content: `${lines.join('\n').trimEnd()}\n`,
  };
}

function articleSection(article: ArticleNotes, groupBy: StudyNotesGrouping): string[] {
  const lines = [`## ${singleLine(article.title)}`, '', factsLine(article), ''];
  if (article.excerpts.length > 0) {
    lines.push('### 标注与批注', '');
    for (const section of excerptSections(article.group.annotations, groupBy)) {
      if (section.heading !== null) lines.push(`#### ${singleLine(section.heading)}（${section.annotations.length} 条）`, '');
      for (const annotation of section.annotations) lines.push(...annotationBlock(annotation, section.heading === null));
    }
  }
  if (article.formulations.length > 0) {
    lines.push('### 核心提法', '');
    for (const s of article.formulations) lines.push(`- ${singleLine(s.text)} ×${s.count}`);
    lines.push('');
  }
  if (article.keyPoints.length > 0) {
    lines.push('### 内容摘要', '');
    article.keyPoints.forEach((point, i) => lines.push(`${i + 1}. ${singleLine(point)}`));
    lines.push('');
  }
  lines.push(`引用格式：${singleLine(article.citation)}`, '');
  return lines;
}

/** 来源、作者、发布时间、链接 on one line; facts the page lacks are left out. */
function factsLine(article: ArticleNotes): string {
  const parts: string[] = [];
  if (article.source) parts.push(`来源：${singleLine(article.source)}`);
  if (article.author) parts.push(`作者：${singleLine(article.author)}`);
  if (article.published) parts.push(`发布时间：${singleLine(article.published)}`);
  parts.push(`链接：${markdownLink(article.url)}`);
  return parts.join('　｜　');
}

/** An autolink when the URL can be one (no blanks, no angle brackets), escaped text otherwise. */
function markdownLink(url: string): string {
  return /^https?:\/\/[^\s<>]+$/.test(url) ? `<${url}>` : escapeMarkdownInline(url);
}

/** A quote as a blockquote (led by its colour in page order, where no heading names it), then its note and tags. */
function annotationBlock(annotation: StoredAnnotation, namesColor: boolean): string[] {
  const quote = quoteOf(annotation);
  const quoteLines = quote.trim() === '' ? ['（无标注原文）'] : markdownParagraphLines(quote);
  if (namesColor) quoteLines[0] = `【${COLOR_NAMES_ZH[colorOf(annotation)]}】${quoteLines[0] ?? ''}`;
  const lines = quoteLines.map((l) => (l === '' ? '>' : `> ${l}`));
  lines.push('');
  const note = noteOf(annotation);
  if (note.trim() !== '') {
    const [first = '', ...rest] = markdownParagraphLines(note);
    lines.push(`批注：${first}`, ...rest, '');
  }
  const tags = tagsOf(annotation);
  if (tags.length > 0) lines.push(`标签：${tags.map(singleLine).join('、')}`, '');
  return lines;
}

/**
 * Text that must stay on one line (headings, list items): line breaks become
 * spaces, and block markers are escaped too, since `- - x` would nest a list.
 */
function singleLine(text: string): string {
  return escapeMarkdownLine(splitLines(text).map((l) => l.trim()).filter(Boolean).join(' '));
}
