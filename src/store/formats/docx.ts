// Word (.docx) study notes, for readers who write 学习笔记 and 心得体会 in
// Word or WPS. Built with the `docx` library, which writes valid OOXML
// (styles, numbering, the zip) that we would otherwise hand-roll; it weighs
// ~300 KB minified, so this module is NOT exported from ./index.ts: only
// the lazily loaded export-docx.js bundle imports it (ui/shared/docx-export.ts).
//
// Layout: A4, Chinese fonts named as Word and WPS install them (黑体 for
// headings, 宋体 for text, 仿宋 for the reader's notes; Times New Roman for
// Latin text), and Word's own Title / Heading 1 / Heading 2 styles so the
// navigation pane lists the articles. Per article: title, 来源, 作者, 发布时间,
// 链接, the reader's excerpts in page order (each with its colour as shading
// and in words, for black-and-white printers), notes and tags, then the key
// formulations and key points, then the GB/T 7714 reference.
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  TextRun,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { HighlightColor } from '../model.ts';
import { COLOR_NAMES_ZH } from './annotation-fields.ts';
import { libraryNotesOf, notesGlossary, type ArticleNotes, type ExcerptNotes, type GlossaryOf } from './article-notes.ts';
import { exportFilename, type BinaryExportFile } from './export-file.ts';
import type { Library } from './library.ts';
import { chineseDate } from './reader-dates.ts';
import { splitLines } from './markdown-escape.ts';

export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface DocxExportOptions {
  now: Date;
  /** One page's title (export-file.ts exportFilename). */
  filenameHint?: string | null;
  /** The whole file name, when the caller names it (a library export: export-file.ts libraryFilename). */
  filename?: string;
  /** When given, the notes end with 术语释义: the formulations' 释义. */
  glossaryOf?: GlossaryOf;
}

/** Font families by the names Word and WPS know them by on Chinese systems. */
export const DOCX_FONTS = { heading: '黑体', body: '宋体', note: '仿宋', latin: 'Times New Roman' } as const;

/** The document's own paragraph styles (ids), so a reader can restyle every excerpt at once. */
export const DOCX_STYLES = { excerpt: 'Excerpt', note: 'ReaderNote', facts: 'ArticleFacts', citation: 'Citation' } as const;

/** Shading behind an excerpt: the print tints of the HTML export, light enough to read through. */
const SHADING: Record<HighlightColor, string> = {
  yellow: 'FFF3B0',
  red: 'FFD6D6',
  green: 'D5F5D5',
  blue: 'D6E8FF',
  purple: 'EAD9FF',
};

/** Half-points (docx's unit for sizes): 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt. */
const SIZE = { title: 44, heading1: 32, heading2: 28, body: 24, small: 21 } as const;

const font = (eastAsia: string) => ({ ascii: DOCX_FONTS.latin, hAnsi: DOCX_FONTS.latin, eastAsia });

/** A4 in twips, with Word's default Chinese margins (2.54 cm top/bottom, 3.17 cm left/right). */
const A4 = { width: 11906, height: 16838 } as const;

export async function exportDocx(library: Library, options: DocxExportOptions): Promise<BinaryExportFile> {
  const articles = libraryNotesOf(library, options.now);
  const excerptCount = articles.reduce((n, a) => n + a.excerpts.length, 0);
  const doc = new Document({
    creator: '党建文章批注助手',
    title: '党建学习笔记',
    styles: documentStyles(),
    sections: [
      {
        properties: {
          page: { size: A4, margin: { top: 1440, bottom: 1440, left: 1800, right: 1800 } },
        },
        footers: { default: pageNumberFooter() },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun('党建学习笔记')] }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun(`导出日期：${chineseDate(options.now.toISOString())}　共 ${articles.length} 篇文章、${excerptCount} 条标注`)],
          }),
          ...articles.flatMap(articleParagraphs),
          ...glossaryParagraphs(articles, options.glossaryOf),
        ],
      },
    ],
  });
  const bytes = await Packer.toArrayBuffer(doc);
  return {
    filename: options.filename ?? exportFilename('docx', options.now, options.filenameHint),
    mimeType: DOCX_MIME_TYPE,
    content: new Uint8Array(bytes),
  };
}

function documentStyles() {
  // The outline level is what Word's and WPS's navigation pane list; the
  // built-in style ids (Title, Heading1, Heading2) are what they call 标题 1/2.
  const heading = (size: number, outlineLevel?: number) => ({
    run: { font: font(DOCX_FONTS.heading), size, bold: false, color: '000000' },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, ...(outlineLevel === undefined ? {} : { outlineLevel }) },
  });
  return {
    default: {
      document: { run: { font: font(DOCX_FONTS.body), size: SIZE.body }, paragraph: { spacing: { line: 360 } } },
      title: heading(SIZE.title),
      heading1: heading(SIZE.heading1, 0),
      heading2: heading(SIZE.heading2, 1),
    },
    paragraphStyles: [
      {
        id: DOCX_STYLES.facts,
        name: '文章信息',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: SIZE.small, color: '444444' },
        paragraph: { spacing: { after: 0 } },
      },
      {
        id: DOCX_STYLES.excerpt,
        name: '标注',
        basedOn: 'Normal',
        next: 'Normal',
        paragraph: { spacing: { before: 120, after: 40 }, indent: { left: 240 } },
      },
      {
        id: DOCX_STYLES.note,
        name: '批注',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font: font(DOCX_FONTS.note) },
        paragraph: { spacing: { after: 40 }, indent: { left: 240 } },
      },
      {
        id: DOCX_STYLES.citation,
        name: '参考文献',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: SIZE.small },
        paragraph: { spacing: { before: 120, after: 240 } },
      },
    ],
  };
}

function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页'], size: SIZE.small })],
      }),
    ],
  });
}

/** 术语释义 after the last article: each formulation in bold, its 释义, the document it is quoted from. */
function glossaryParagraphs(articles: readonly ArticleNotes[], glossaryOf: GlossaryOf | undefined): Paragraph[] {
  const glossary = notesGlossary(articles, glossaryOf);
  if (glossary.length === 0) return [];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('术语释义')] }),
    ...glossary.map(
      (e) => new Paragraph({ children: [new TextRun({ text: `${oneLine(e.text)}：`, bold: true }), new TextRun(`${oneLine(e.gloss)}（${oneLine(e.sourceTitle)}）`)] }),
    ),
  ];
}

function articleParagraphs(article: ArticleNotes): Paragraph[] {
  const out: Paragraph[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: lineRuns(oneLine(article.title)) })];
  const fact = (label: string, value: string | null) =>
    value ? [new Paragraph({ style: DOCX_STYLES.facts, children: [new TextRun(`${label}：${oneLine(value)}`)] })] : [];
  out.push(...fact('来源', article.source), ...fact('作者', article.author), ...fact('发布时间', article.published));
  out.push(new Paragraph({ style: DOCX_STYLES.facts, children: [new TextRun('链接：'), linkTo(article.url)] }));

  if (article.excerpts.length > 0) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`标注与批注（${article.excerpts.length} 条）`)] }));
    for (const excerpt of article.excerpts) out.push(...excerptParagraphs(excerpt));
  }
  if (article.formulations.length > 0) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('核心提法')] }));
    for (const f of article.formulations) out.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(`${oneLine(f.text)} ×${f.count}`)] }));
  }
  if (article.keyPoints.length > 0) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('内容摘要')] }));
    article.keyPoints.forEach((point, i) => out.push(new Paragraph({ children: [new TextRun(`${i + 1}. ${oneLine(point)}`)] })));
  }
  out.push(new Paragraph({ style: DOCX_STYLES.citation, children: [new TextRun({ text: '引用格式：', bold: true }), new TextRun(article.citation)] }));
  return out;
}

function excerptParagraphs(excerpt: ExcerptNotes): Paragraph[] {
  const quote = excerpt.quote.trim() === '' ? '（无标注原文）' : excerpt.quote.trim();
  const out = [
    new Paragraph({
      style: DOCX_STYLES.excerpt,
      children: [
        new TextRun({ text: `【${COLOR_NAMES_ZH[excerpt.color]}】`, bold: true }),
        ...lineRuns(quote, { shading: { type: ShadingType.CLEAR, color: 'auto', fill: SHADING[excerpt.color] } }),
      ],
    }),
  ];
  if (excerpt.note.trim() !== '') {
    out.push(new Paragraph({ style: DOCX_STYLES.note, children: [new TextRun({ text: '批注：', bold: true }), ...lineRuns(excerpt.note.trim())] }));
  }
  if (excerpt.tags.length > 0) {
    out.push(new Paragraph({ style: DOCX_STYLES.note, children: [new TextRun({ text: `标签：${excerpt.tags.map(oneLine).join('、')}`, color: '555555' })] }));
  }
  return out;
}

/** Text with its line breaks kept as Word line breaks (one run per line). */
function lineRuns(text: string, style: IRunOptions = {}): TextRun[] {
  return splitLines(text).map((line, i) => new TextRun({ ...style, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

/** Only http(s) URLs become links; anything else is shown as text. */
function linkTo(url: string): ParagraphChild {
  if (!/^https?:\/\//i.test(url)) return new TextRun(url);
  return new ExternalHyperlink({ link: url, children: [new TextRun({ text: url, style: 'Hyperlink' })] });
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
