// Turning the file's text into a JSON value, refusing what is too large or
// too deep before JSON.parse spends memory or stack on it.
import { IssueLog, Location } from './import-issues.ts';
import { MAX_IMPORT_BYTES, MAX_NESTING_DEPTH } from './import-limits.ts';

export interface ParseLimits {
  maxBytes: number;
  maxDepth: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxBytes: MAX_IMPORT_BYTES, maxDepth: MAX_NESTING_DEPTH };

/**
 * Parses import text. A leading byte-order mark is dropped: Windows editors
 * (Notepad) add one when they save UTF-8, and JSON.parse rejects it.
 * Returns `{ value }` or logs an error and returns null.
 */
export function parseImportJson(text: string, log: IssueLog, limits: ParseLimits = DEFAULT_PARSE_LIMITS): { value: unknown } | null {
  const at = Location.root();
  // A string's UTF-16 length never exceeds its UTF-8 byte length, so this is
  // a sound lower bound; the UI also checks File.size before reading.
  if (text.length > limits.maxBytes) {
    log.error(at, 'TooLarge', megabytes(limits.maxBytes));
    return null;
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    log.error(at, 'EmptyFile');
    return null;
  }
  const depth = maxNestingDepth(body, limits.maxDepth);
  if (depth > limits.maxDepth) {
    log.error(at, 'TooDeep', limits.maxDepth);
    return null;
  }
  try {
    return { value: JSON.parse(body) as unknown };
  } catch (error) {
    reportJsonError(error, body, at, log);
    return null;
  }
}

/**
 * Deepest `[`/`{` nesting outside strings, stopping as soon as it passes
 * `limit`. One pass over the characters; strings are skipped with their
 * escapes so that brackets inside quotes and notes do not count.
 */
export function maxNestingDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i += 1;
      else if (c === 0x22 /* " */) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      depth += 1;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth -= 1;
  }
  return deepest;
}

/** Not JSON, with where parsing failed when the engine tells: truncated, or near a line and column. */
function reportJsonError(error: unknown, text: string, at: Location, log: IssueLog): void {
  const message = error instanceof Error ? error.message : '';
  if (/end of (JSON )?input|Unterminated/i.test(message)) return log.error(at, 'NotJsonTruncated');
  const position = /position (\d+)/.exec(message);
  if (position) {
    const offset = Number(position[1]);
    if (offset >= text.trimEnd().length) return log.error(at, 'NotJsonTruncated');
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return log.error(at, 'NotJsonNear', line, column);
  }
  log.error(at, 'NotJson');
}

/** The import limit in whole megabytes, as the messages state it. */
export function megabytes(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}
