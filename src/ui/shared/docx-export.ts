// The Word export (the `docx` library, ~300 KB minified) is its own bundle,
// export-docx.js, loaded by the manager or the popup the first time the
// reader asks for a .docx (shared/lazy-bundle.ts).
import type { exportDocx } from '../../store/formats/docx.ts';
import { lazyBundle, publishBundle } from './lazy-bundle.ts';

export type ExportDocx = typeof exportDocx;

export const DOCX_EXPORT_FILE = 'export-docx.js';
const DOCX_EXPORT_GLOBAL = '__dangjianAnnotatorDocx';

export function publishDocxExport(entry: ExportDocx): void {
  publishBundle(DOCX_EXPORT_GLOBAL, entry);
}

export const loadDocxExport: (doc?: Document) => Promise<ExportDocx> = lazyBundle<ExportDocx>(DOCX_EXPORT_FILE, DOCX_EXPORT_GLOBAL);
