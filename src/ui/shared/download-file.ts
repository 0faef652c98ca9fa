// Saving an export through the browser's own download mechanism from an
// extension page: a link with `download` and the file as its URL. This needs
// no "downloads" permission; the browser asks or saves as the reader
// configured it.
//
// Two kinds of URL, by where the link is clicked:
// - a tab (the manager): a Blob behind an object URL (the Blob encodes the
//   string as UTF-8, so the CSV's BOM becomes EF BB BF), any size;
// - the popup: a data: URL. When Firefox asks where to save, its popup
//   closes and takes its object URLs with it, so a blob download from the
//   popup fails after the reader picks a folder; a data: URL carries the
//   file itself. One page's annotations are a few kilobytes.
import type { DownloadableFile } from '../../store/formats/export-file.ts';

export function downloadExportFile(file: DownloadableFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  clickDownloadLink(doc, url, file.filename);
  // Revoked later, not at once: some browsers start reading the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** For pages that may close while the browser asks where to save (the popup). */
export function downloadExportFileInline(file: DownloadableFile, doc: Document = document): void {
  clickDownloadLink(doc, dataUrlOf(file), file.filename);
}

/** Text percent-encoded as UTF-8; bytes (a .docx) in base64. */
export function dataUrlOf(file: DownloadableFile): string {
  if (typeof file.content !== 'string') return `data:${file.mimeType};base64,${base64Of(file.content)}`;
  const type = /;\s*charset=/i.test(file.mimeType) ? file.mimeType : `${file.mimeType};charset=utf-8`;
  return `data:${type},${encodeURIComponent(file.content)}`;
}

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode takes its bytes as arguments, and engines cap argument counts.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function clickDownloadLink(doc: Document, url: string, filename: string): void {
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
}
