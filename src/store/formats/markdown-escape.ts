// Escaping user and page text for Markdown (CommonMark + GFM), so that a quote
// or a note never changes the structure of the study notes around it: a quote
// that starts with `#` must not become a heading, `<script>` must not become
// raw HTML, `1.` must not start a list, a `|` line must not start a table.

// Only what would change the rendering is escaped: a reader who pastes the
// notes into Word sees their text, not backslashes. `a * b`, `重点*`,
// `snake_case`, `#号`, `a|b`, `1 > 0`, `R&D` stay as typed; `*重点*` is
// escaped, since it would otherwise render in italics without its asterisks.

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const UNICODE_PUNCTUATION = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/u;

const isSpace = (c: string | undefined): boolean => c === undefined || WHITESPACE.test(c);
const isPunct = (c: string | undefined): boolean => c !== undefined && UNICODE_PUNCTUATION.test(c);

/**
 * Whether a run of `*`, `_` or `~` can open or close emphasis (CommonMark's
 * flanking rules, and GFM's for `~~`): a run with blanks on both sides, or an
 * underscore inside a word, cannot.
 */
function delimiterRunActs(char: string, before: string | undefined, after: string | undefined): boolean {
  const leftFlanking = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
  const rightFlanking = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
  if (char === '_' && leftFlanking && rightFlanking) return isPunct(before) || isPunct(after);
  return leftFlanking || rightFlanking;
}

interface DelimiterRun {
  start: number;
  end: number;
  acts: boolean;
}

/** Runs of `*`, `_`, `~` that could open or close; a run escapes only when another of its kind could pair with it. */
function delimiterRuns(chars: string[]): Map<number, DelimiterRun> {
  const runs = new Map<number, DelimiterRun>();
  const acting: Record<string, number> = {};
  for (let i = 0; i < chars.length; i += 1) {
    const c = chars[i] ?? '';
    if (c !== '*' && c !== '_' && c !== '~') continue;
    let end = i;
    while (chars[end + 1] === c) end += 1;
    const acts = (c !== '~' || end - i < 2) && delimiterRunActs(c, chars[i - 1], chars[end + 1]);
    runs.set(i, { start: i, end, acts });
    if (acts) acting[c] = (acting[c] ?? 0) + 1;
    i = end;
  }
  for (const run of runs.values()) run.acts &&= (acting[chars[run.start] ?? ''] ?? 0) >= 2;
  return runs;
}

export function escapeMarkdownInline(text: string): string {
  const chars = Array.from(text);
  const hasOpen = chars.includes('[');
  const hasClose = chars.includes(']');
  const runs = delimiterRuns(chars);
  let out = '';
  for (let i = 0; i < chars.length; i += 1) {
    const c = chars[i] ?? '';
    const next = chars[i + 1];
    const run = runs.get(i);
    if (run) {
      const delimiters = chars.slice(run.start, run.end + 1);
      out += run.acts ? delimiters.map((d) => `\\${d}`).join('') : delimiters.join('');
      i = run.end;
      continue;
    }
    const escape =
      c === '`' ||
      (c === '\\' && (next === undefined || ASCII_PUNCTUATION.test(next))) ||
      (c === '<' && next !== undefined && /[A-Za-z/!?]/.test(next)) ||
      ((c === '[' || c === ']') && hasOpen && hasClose) ||
      (c === '&' && /^#?[0-9A-Za-z]+;/.test(chars.slice(i + 1, i + 34).join('')));
    out += escape ? `\\${c}` : c;
  }
  return out;
}

/** A GFM table's delimiter row (`---|:---:`): its pipes are escaped so no table forms. */
const TABLE_DELIMITER_ROW = /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$|^\|\s*:?-+:?\s*\|?\s*$/;

/**
 * One line of user text placed where a block could start. Besides the inline
 * escapes: leading blanks are dropped (four spaces would open a code block;
 * ASCII indentation carries no meaning in Chinese prose, which indents with
 * U+3000), and a marker that would start a heading, quote, list, rule,
 * setext underline or fence is escaped.
 */
export function escapeMarkdownLine(line: string): string {
  const trimmed = line.replace(/^[ \t]+/, '');
  let escaped = escapeMarkdownInline(trimmed);
  if (TABLE_DELIMITER_ROW.test(trimmed)) escaped = escaped.replace(/\|/g, '\\|');
  if (/^#{1,6}(?:[ \t]|$)/.test(escaped) || /^>/.test(escaped)) return `\\${escaped}`;
  if (/^[-+*](?:[ \t]|$)/.test(escaped)) return `\\${escaped}`;
  // Rules and setext underlines: a line of only -, =, * or _ (and blanks).
  if (/^(?:[-=][-= \t]*|[*_][*_ \t]*)$/.test(trimmed) && /^[-=*_]/.test(escaped)) return `\\${escaped}`;
  if (/^~~~/.test(escaped)) return `\\${escaped}`;
  return escaped.replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, '$1\\$2');
}

/** Splits user text into lines on CRLF, CR or LF. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * Multi-line user text as Markdown paragraphs: line breaks inside a paragraph
 * become hard breaks (a trailing backslash, CommonMark's visible form of a
 * hard break that survives editors which strip trailing spaces); blank lines
 * stay paragraph breaks. Returns the Markdown lines.
 */
export function markdownParagraphLines(text: string): string[] {
  // Only ASCII blanks are trimmed: U+3000 indentation is part of Chinese text.
  const lines = splitLines(text.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '')).map((l) => escapeMarkdownLine(l.replace(/[ \t]+$/, '')));
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const next = lines[i + 1];
    if (line === '') {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      continue;
    }
    out.push(next !== undefined && next !== '' ? `${line}\\` : line);
  }
  return out;
}
