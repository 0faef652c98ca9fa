// The text the formulation detectors read. Real bodies write the same phrase
// with ASCII or full-width punctuation (the seed article uses ASCII commas),
// with straight or curly quotes, and with layout spaces between Han
// characters; every detector works on one compact, canonical form so that a
// span found by one is comparable with a span found by another.

/** ASCII punctuation mapped to the full-width form Chinese typesetting uses. */
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

const WHITESPACE = /[\s\u00A0\u3000\u200B-\u200D\u2060\uFEFF]/;

/**
 * Canonical compact text of one paragraph: white space removed (it is layout
 * between Han characters), ASCII punctuation made full-width, straight double
 * quotes paired into “…”, corner brackets read as quotes.
 */
export function toMatchingText(text: string): string {
  let out = '';
  let straightQuoteOpen = false;
  for (const ch of text) {
    if (WHITESPACE.test(ch)) continue;
    if (ch === '"' || ch === '＂') {
      out += straightQuoteOpen ? '”' : '“';
      straightQuoteOpen = !straightQuoteOpen;
      continue;
    }
    out += FULL_WIDTH[ch] ?? ch;
  }
  return out;
}

/**
 * Characters a formulation may be written with or without: the enumeration
 * comma (“完整、准确、全面贯彻新发展理念” / “完整准确全面贯彻新发展理念”),
 * the comma some editors put in its place, quotes and book-title marks around
 * a part of it, the middle dot.
 */
const OPTIONAL_SEPARATORS = new Set(['、', '，', '“', '”', '‘', '’', '《', '》', '〈', '〉', '·', '・', "'"]);

/** A formulation's identity: its text without optional separators. */
export function formulationKey(text: string): string {
  let key = '';
  for (const ch of toMatchingText(text)) if (!OPTIONAL_SEPARATORS.has(ch)) key += ch;
  return key;
}

/** A matching text reduced to its key, with each key index mapped back to the matching text. */
export interface KeyedText {
  key: string;
  /** toMatching[i] = index in the matching text of key character i. */
  toMatching: number[];
}

export function keyedText(matching: string): KeyedText {
  let key = '';
  const toMatching: number[] = [];
  for (let i = 0; i < matching.length; i += 1) {
    const ch = matching[i] as string;
    if (OPTIONAL_SEPARATORS.has(ch)) continue;
    key += ch;
    toMatching.push(i);
  }
  return { key, toMatching };
}
