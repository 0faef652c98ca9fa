// The bytes of an import file to text. A file picked by the user is not
// always UTF-8: Windows Notepad saves "Unicode" as UTF-16 with a byte-order
// mark, and older Chinese tools save GBK. `File.text()` would decode GBK as
// UTF-8 with replacement characters and the notes would be imported as
// garbage without a word; decoding strictly lets us say what is wrong.
import { IssueLog, Location } from './import-issues.ts';
import { MAX_IMPORT_BYTES, MAX_REPORTED_ERRORS } from './import-limits.ts';
import { megabytes } from './parse-json.ts';
import type { ImportIssue } from './import-issues.ts';

export type DecodedImportFile = { ok: true; text: string } | { ok: false; errors: ImportIssue[] };

export function decodeImportFile(bytes: Uint8Array, maxBytes: number = MAX_IMPORT_BYTES): DecodedImportFile {
  const log = new IssueLog(MAX_REPORTED_ERRORS);
  const at = Location.root();
  if (bytes.byteLength > maxBytes) {
    log.error(at, 'TooLarge', megabytes(maxBytes));
    return { ok: false, errors: log.errors };
  }
  const encoding = bomEncoding(bytes) ?? 'utf-8';
  try {
    // TextDecoder drops the BOM it recognises (ignoreBOM defaults to false).
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    log.error(at, 'NotUtf8');
    return { ok: false, errors: log.errors };
  }
}

function bomEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}
