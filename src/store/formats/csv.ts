// CSV export for spreadsheets: one row per annotation.
// - UTF-8 with a byte-order mark: without it Excel on Windows reads the file
//   in the system code page and shows Chinese as mojibake.
// - RFC 4180: CRLF line ends; a field holding `,` `"` CR or LF is quoted and
//   its quotes doubled.
// - Times as a spreadsheet reader reads them: 2020-01-03 18:13, Beijing time
//   (the JSON export keeps the exact ISO instants).
// - Formula injection (OWASP "CSV Injection"): a cell that starts with
//   = + - @ (or their full-width forms ＝ ＋ － ＠, which spreadsheets with a
//   Chinese input method accept), TAB, CR or LF, or reaches one of those
//   triggers after leading white space or quotes (spreadsheets skip both:
//   ` =1`, `\n=1`, `"=1`), is prefixed with `'`, so a spreadsheet shows it as
//   text instead of evaluating it. This changes those cells; CSV is a view for
//   people, the JSON export is the lossless one.
import type { StoredAnnotation } from '../model.ts';
import { colorOf, COLOR_NAMES_ZH, noteOf, quoteOf, tagsOf } from './annotation-fields.ts';
import { exportFilename, type ExportFile } from './export-file.ts';
import { groupByPage, type Library, type PageGroup } from './library.ts';
import { numericDateTime } from './reader-dates.ts';

export const CSV_HEADERS = [
  '标题',
  '来源',
  '作者',
  '发布时间',
  '链接',
  '标注',
  '批注',
  '标签',
  '颜色',
  '创建时间',
  '修改时间',
  'id',
] as const;

/** Tags share one cell; the ideographic comma is how a Chinese list is written. */
export const CSV_TAG_SEPARATOR = '、';

const BOM = '\uFEFF';
/** Leading white space (any width), line breaks and quotes, then a trigger; or a cell opening with TAB, CR or LF. */
const FORMULA_TRIGGER = /^(?:[\s\u3000"\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r\n])/u;

export interface CsvExportOptions {
  now: Date;
  filenameHint?: string | null;
  /** The whole file name, when the caller names it (a library export: export-file.ts libraryFilename). */
  filename?: string;
}

export function exportCsv(library: Library, options: CsvExportOptions): ExportFile {
  const rows: string[][] = [[...CSV_HEADERS]];
  for (const group of groupByPage(library)) {
    for (const annotation of group.annotations) rows.push(csvRowOf(group, annotation));
  }
  return {
    filename: options.filename ?? exportFilename('csv', options.now, options.filenameHint),
    mimeType: 'text/csv;charset=utf-8',
    content: BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n',
  };
}

/**
 * The cells of one annotation's row, before quoting (neutralisation included).
 * Article facts come from the page record, and where it lacks one, from the
 * snapshot this annotation kept when it was saved.
 */
export function csvRowOf(group: PageGroup, annotation: StoredAnnotation): string[] {
  const meta = group.page?.metadata;
  const snapshot = annotation.page;
  return [
    meta?.title ?? snapshot?.title ?? group.url,
    meta?.source ?? snapshot?.source ?? '',
    meta?.author ?? snapshot?.author ?? '',
    numericDateTime(meta?.publishedAt ?? snapshot?.publishedAt ?? ''),
    group.url,
    quoteOf(annotation),
    noteOf(annotation),
    tagsOf(annotation).join(CSV_TAG_SEPARATOR),
    COLOR_NAMES_ZH[colorOf(annotation)],
    numericDateTime(annotation.created),
    numericDateTime(annotation.modified),
    annotation.id,
  ].map(neutralizeFormula);
}

/** Prefixes `'` to a cell a spreadsheet would otherwise run as a formula. */
export function neutralizeFormula(cell: string): string {
  return FORMULA_TRIGGER.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180 field: quoted when it holds a comma, a quote, CR or LF; quotes doubled. */
export function csvField(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
