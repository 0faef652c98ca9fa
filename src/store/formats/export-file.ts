// What every exporter returns, and how export files are named.

export interface ExportFile {
  filename: string;
  mimeType: string;
  content: string;
}

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
