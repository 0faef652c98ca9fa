// A table of contents printed at the top of a long report ("目 录：" and the
// chapter titles) repeats the section headings; kept, it doubles every
// heading and feeds the summary a list of titles. The run ends where the
// report itself begins: at the second appearance of the first entry ("导 言"
// in the contents, then "导 言" opening the text), or failing that at the
// first line of prose.
import type { RawParagraph } from './paragraphs.ts';
import { stripWhitespace } from '../text/normalize.ts';

const TOC_HEADING = /^目\s*录\s*[:：]?$/u;
/** Contents entries are titles: short, no full stop. */
const MAX_ENTRY_CHARS = 40;
const MAX_ENTRIES = 120;

function isEntry(p: RawParagraph): boolean {
  return p.text.length <= MAX_ENTRY_CHARS && !/[。！？]$/u.test(p.text);
}

/** Indices [start, end) of a table of contents among the first paragraphs, or null. */
export function findTableOfContents(paragraphs: readonly RawParagraph[]): [number, number] | null {
  const start = paragraphs.findIndex((p, i) => i < 10 && TOC_HEADING.test(p.text));
  if (start < 0) return null;
  const first = paragraphs[start + 1];
  if (first === undefined || !isEntry(first)) return null;
  const firstKey = stripWhitespace(first.text);
  let end = start + 2;
  while (end < paragraphs.length && end - start <= MAX_ENTRIES) {
    const p = paragraphs[end]!;
    if (stripWhitespace(p.text) === firstKey || !isEntry(p)) break;
    end += 1;
  }
  return [start, end];
}
