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
    log.error(at, `文件过大：超过 ${formatMegabytes(limits.maxBytes)} 的导入上限`);
    return null;
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    log.error(at, '文件是空的');
    return null;
  }
  const depth = maxNestingDepth(body, limits.maxDepth);
  if (depth > limits.maxDepth) {
    log.error(at, `嵌套层数超过 ${limits.maxDepth} 层，不是本程序或 W3C 标注格式的文件`);
    return null;
  }
  try {
    return { value: JSON.parse(body) as unknown };
  } catch (error) {
    log.error(at, `不是有效的 JSON${describeJsonError(error, body)}`);
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

/** "（第 3 行第 14 列附近）" when the engine tells where parsing failed. */
function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : '';
  if (/end of (JSON )?input|Unterminated/i.test(message)) return '（文件在中途截断）';
  const position = /position (\d+)/.exec(message);
  if (position) {
    const offset = Number(position[1]);
    if (offset >= text.trimEnd().length) return '（文件在中途截断）';
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return `（第 ${line} 行第 ${column} 列附近）`;
  }
  return '';
}

function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
