// Text normalisation shared by every part of the analysis. Real pages mix
// NBSP (&nbsp;), the ideographic space U+3000 used for paragraph indents,
// zero-width characters left by editors, and ASCII/full-width punctuation.

/** Zero-width and BOM characters that editors leave inside Chinese text. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
/** Any run of white space, including NBSP and U+3000. */
const WHITESPACE_RUN = /[\s\u00A0\u3000]+/g;

/** Collapse all white space (NBSP and U+3000 included) to one ASCII space and trim. */
export function collapseWhitespace(text: string): string {
  return text.replace(INVISIBLE, '').replace(WHITESPACE_RUN, ' ').trim();
}

/** Remove all white space: for comparing Chinese text where spacing is layout only. */
export function stripWhitespace(text: string): string {
  return text.replace(INVISIBLE, '').replace(WHITESPACE_RUN, '');
}

// Counted by character code (see han.ts): detection, page kind, the prefilter
// and the summary all measure text this way.
export { countHanChars } from './han.ts';
