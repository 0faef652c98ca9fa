// The export formats. Imported by the manager page and the popup only: never
// by the content script (STYLE.md: keep its import graph small).
export type { Library, PageGroup } from './library.ts';
export { filterLibrary, groupByPage, pageLibrary } from './library.ts';
export type { ExportFile } from './export-file.ts';
export { exportMarkdown, type MarkdownExportOptions } from './markdown.ts';
export type { StudyNotesGrouping } from './excerpt-sections.ts';
export { exportJson, buildExportDocument, type JsonExportOptions } from './json.ts';
export { exportCsv, CSV_HEADERS, type CsvExportOptions } from './csv.ts';
export { exportHtml, type HtmlExportOptions } from './html.ts';
