// Escaping user and page text for Markdown (CommonMark + GFM), so that a quote
// or a note never changes the structure of the study notes around it: a quote
// that starts with `#` must not become a heading, `<script>` must not become
// raw HTML, `1.` must not start a list, a `|` line must not start a table.

/**
 * Inline characters that open emphasis, code, links, raw HTML, entities,
 * strikethrough or table cells. Each is escaped with a backslash, which
 * CommonMark defines for every ASCII punctuation character. Chinese text uses
 * full-width punctuation, so in practice these backslashes are rare.
 */
const INLINE_SPECIAL = /[\\`*_[\]<>&|~#]/g;

export function escapeMarkdownInline(text: string): string {
  return text.replace(INLINE_SPECIAL, (c) => `\\${c}`);
}

/**
 * One line of user text placed where a block could start. Besides the inline
 * escapes: leading blanks are dropped (four spaces would open a code block;
 * ASCII indentation carries no meaning in Chinese prose, which indents with
 * U+3000), and a leading list, quote or setext marker is escaped.
 */
export function escapeMarkdownLine(line: string): string {
  const escaped = escapeMarkdownInline(line.replace(/^[ \t]+/, ''));
  return escaped
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2');
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
