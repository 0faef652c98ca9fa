// Saving an export through the browser's own download mechanism from an
// extension page: a Blob (which encodes the string as UTF-8, so the CSV's
// BOM becomes EF BB BF) behind an object URL and a link with `download`.
// This needs no "downloads" permission; the browser asks or saves as the
// reader configured it.
import type { ExportFile } from '../../store/formats/export-file.ts';

export function downloadExportFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start reading the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
