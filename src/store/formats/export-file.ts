// What every exporter returns, and how export files are named.
import type { Library } from './library.ts';
import { isoDay } from './reader-dates.ts';

export interface ExportFile {
  filename: string;
  mimeType: string;
  content: string;
}

/** A file whose content is bytes (the Word export). */
export interface BinaryExportFile {
  filename: string;
  mimeType: string;
  content: Uint8Array<ArrayBuffer>;
}

/** What the download helpers accept. */
export type DownloadableFile = ExportFile | BinaryExportFile;

export const EXPORT_FILE_PREFIX = '党建批注';

/** YYYY-MM-DD in the user's local time zone: the day they see on their calendar. */
export function localDateStamp(now: Date): string {
  const y = String(now.getFullYear()).padStart(4, '0');
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * `党建批注-2026-11-24.md`, or with a hint (one page's title, a filter name)
 * `党建批注-<hint>-2026-11-24.md`. The hint loses characters that Windows,
 * macOS or the browser's download API refuse in file names.
 */
export function exportFilename(extension: string, now: Date, hint?: string | null): string {
  const cleanHint = hint ? sanitizeFilenamePart(hint) : '';
  const parts = [EXPORT_FILE_PREFIX, cleanHint, localDateStamp(now)].filter((p) => p !== '');
  return `${parts.join('-')}.${extension}`;
}

const MAX_HINT_LENGTH = 40;

function sanitizeFilenamePart(text: string): string {
  const cleaned = text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // A leading dot hides the file on Unix; trailing dots and spaces are dropped by Windows.
    .replace(/^[.\s]+|[.\s]+$/g, '');
  return Array.from(cleaned).slice(0, MAX_HINT_LENGTH).join('');
}

/**
 * A library export's name: what it holds, not when it was made. The filter's
 * words when one is active, then the days its passages were saved (Beijing
 * time): `党建批注-2026-01-05至2026-03-02.docx`,
 * `党建批注-筛选 钉钉子精神 红色-2026-02-01至2026-02-03.md`. A library with no
 * dates (nothing saved yet) is named by the export day.
 */
export function libraryFilename(extension: string, library: Library, now: Date, filterWords: readonly string[] = []): string {
  const filter = filterWords.length > 0 ? sanitizeFilenamePart(`筛选 ${filterWords.join(' ')}`) : '';
  const range = savedDayRange(library) ?? localDateStamp(now);
  return `${[EXPORT_FILE_PREFIX, filter, range].filter((p) => p !== '').join('-')}.${extension}`;
}

function savedDayRange(library: Library): string | null {
  const instants = library.annotations.map((a) => a.created);
  if (instants.length === 0) instants.push(...library.pages.map((p) => p.firstSavedAt));
  const days = instants.map(isoDay).filter((d): d is string => d !== null).sort();
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return null;
  return first === last ? first : `${first}至${last}`;
}
