// Markdown study notes (学习笔记): per article a heading, its facts, its key
// formulations and key points, then the reader's quotes and notes grouped by
// colour or by tag. Meant to be pasted into a study report as it is.
import type { StoredAnnotation } from '../model.ts';
import { noteOf, quoteOf, tagsOf } from './annotation-fields.ts';
import { excerptSections, MAX_STUDY_NOTE_SLOGANS, type StudyNotesGrouping } from './excerpt-sections.ts';
import { exportFilename, localDateStamp, type ExportFile } from './export-file.ts';
import { groupByPage, pageFactsOf, pageTitleOf, type Library, type PageGroup } from './library.ts';
import { escapeMarkdownInline, escapeMarkdownLine, markdownParagraphLines, splitLines } from './markdown-escape.ts';

export type { StudyNotesGrouping } from './excerpt-sections.ts';

export interface MarkdownExportOptions {
  now: Date;
  groupBy?: StudyNotesGrouping;
  filenameHint?: string | null;
}


export function exportMarkdown(library: Library, options: MarkdownExportOptions): ExportFile {
  const groups = groupByPage(library);
  const quoteCount = groups.reduce((n, g) => n + g.annotations.length, 0);
  const lines: string[] = [
    '# 党建学习笔记',
    '',
    `导出日期：${localDateStamp(options.now)}　共 ${groups.length} 篇文章、${quoteCount} 条摘录`,
    '',
  ];
  for (const group of groups) lines.push(...articleSection(group, options.groupBy ?? 'color'));
  return {
    filename: exportFilename('md', options.now, options.filenameHint),
    mimeType: 'text/markdown;charset=utf-8',
    content: `${lines.join('\n').trimEnd()}\n`,
  };
}

function articleSection(group: PageGroup, groupBy: StudyNotesGrouping): string[] {
  const lines = [`## ${singleLine(pageTitleOf(group))}`, '', factsLine(group), ''];
  const slogans = group.page?.slogans.slice(0, MAX_STUDY_NOTE_SLOGANS) ?? [];
  if (slogans.length > 0) {
    lines.push('### 核心提法', '');
    for (const s of slogans) lines.push(`- ${singleLine(s.text)} ×${s.count}`);
    lines.push('');
  }
  const keyPoints = group.page?.keyPoints ?? [];
  if (keyPoints.length > 0) {
    lines.push('### 内容摘要', '');
    keyPoints.forEach((point, i) => lines.push(`${i + 1}. ${singleLine(point)}`));
    lines.push('');
  }
  if (group.annotations.length > 0) {
    lines.push('### 摘录与批注', '');
    for (const section of excerptSections(group.annotations, groupBy)) {
      lines.push(`#### ${singleLine(section.heading)}（${section.annotations.length} 条）`, '');
      for (const annotation of section.annotations) lines.push(...annotationBlock(annotation));
    }
  }
  return lines;
}

/** 来源、作者、发布时间、链接 on one line; facts the page lacks are left out. */
function factsLine(group: PageGroup): string {
  const facts = pageFactsOf(group);
  const parts: string[] = [];
  if (facts.source) parts.push(`来源：${singleLine(facts.source)}`);
  if (facts.author) parts.push(`作者：${singleLine(facts.author)}`);
  if (facts.publishedAt) parts.push(`发布时间：${singleLine(facts.publishedAt)}`);
  parts.push(`链接：${markdownLink(group.url)}`);
  return parts.join('　｜　');
}

/** An autolink when the URL can be one (no blanks, no angle brackets), escaped text otherwise. */
function markdownLink(url: string): string {
  return /^https?:\/\/[^\s<>]+$/.test(url) ? `<${url}>` : escapeMarkdownInline(url);
}

function annotationBlock(annotation: StoredAnnotation): string[] {
  const quote = quoteOf(annotation);
  const quoteLines = quote.trim() === '' ? ['（无摘录原文）'] : markdownParagraphLines(quote);
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
