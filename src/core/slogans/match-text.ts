// The text the formulation detectors read. Real bodies write the same phrase
// with ASCII or full-width punctuation (the seed article uses ASCII commas),
// with straight or curly quotes, and with layout spaces between Han
// characters; every detector works on one compact, canonical form so that a
// span found by one is comparable with a span found by another.

/** ASCII punctuation mapped to the full-width form Chinese typesetting uses; corner brackets read as quotes. */
const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
  '「': '“',
  '」': '”',
  '『': '“',
  '』': '”',
  '﹃': '“',
  '﹄': '”',
};
const TO_FULL_WIDTH = /[,:;!?()「」『』﹃﹄]/g;
const WHITESPACE = /[\s\u00A0\u3000\u200B-\u200D\u2060\uFEFF]+/g;
const STRAIGHT_QUOTE = /["＂]/g;

/**
 * Canonical compact text of one paragraph: white space removed (it is layout
 * between Han characters), ASCII punctuation made full-width, straight double
 * quotes paired into “…”, corner brackets read as quotes.
 */
export function toMatchingText(text: string): string {
  let open = false;
  return text
    .replace(WHITESPACE, '')
    .replace(TO_FULL_WIDTH, (ch) => FULL_WIDTH[ch] ?? ch)
    .replace(STRAIGHT_QUOTE, () => {
      open = !open;
      return open ? '“' : '”';
    });
}

/**
 * Characters a formulation may be written with or without: the enumeration
 * comma (“完整、准确、全面贯彻新发展理念” / “完整准确全面贯彻新发展理念”),
 * the comma some editors put in its place, quotes and book-title marks around
 * a part of it, the middle dot.
 */
export const OPTIONAL_SEPARATORS: ReadonlySet<string> = new Set(['、', '，', '“', '”', '‘', '’', '《', '》', '〈', '〉', '·', '・', "'"]);

/** A formulation's identity: its text without optional separators. */
export function formulationKey(text: string): string {
  let key = '';
  for (const ch of toMatchingText(text)) if (!OPTIONAL_SEPARATORS.has(ch)) key += ch;
  return key;
}

/** Are text[start, end) exactly the content of a pair of quotation marks (“两个维护”)? */
export function isQuotedSpan(matching: string, start: number, end: number): boolean {
  return matching[start - 1] === '“' && matching[end] === '”';
}
