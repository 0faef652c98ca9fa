// Han ideographs by character code. Every part of the analysis measures
// Chinese text in Han characters (detection, page kind, summary), and the
// summary pairs them into two-character words; a regex over \p{Script=Han}
// runs allocates a match object and a string per run, which profiled at up
// to a fifth of the analysis on long bodies. A table lookup per UTF-16 unit
// does the same job without garbage.
//
// The table covers the Basic Multilingual Plane only. Ideographs outside it
// (CJK Extension B and later, written as surrogate pairs) are rare on real
// pages (rare personal and place names); callers send text with surrogates to
// the regex, so their counts stay exact.

/**
 * BMP ranges with Script=Han (Unicode 15): CJK radicals, Kangxi radicals,
 * 々, 〇, Hangzhou numerals, 〸-〻, Extension A, the unified block and the
 * compatibility ideographs. tests/unit/core/han.test.ts checks them against
 * the engine's own \p{Script=Han} for every BMP code.
 */
const HAN_RANGES: readonly (readonly [number, number])[] = [
  [0x2e80, 0x2e99], [0x2e9b, 0x2ef3], [0x2f00, 0x2fd5], [0x3005, 0x3005], [0x3007, 0x3007],
  [0x3021, 0x3029], [0x3038, 0x303b], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfa6d], [0xfa70, 0xfad9],
];

/**
 * 0 for a code that is not a Han ideograph; otherwise its 1-based rank among
 * the BMP ideographs (28,400 of them). The rank lets two ideographs pack into
 * one small integer (see hanPairKey). 128 KB, filled once when the engine loads.
 */
const HAN_RANK = new Uint16Array(0x10000);
let rank = 0;
for (const [from, to] of HAN_RANGES) for (let c = from; c <= to; c += 1) HAN_RANK[c] = ++rank;

/** Ranks fit in 15 bits, so a pair of ranks stays below 2^30: a small integer in V8, no heap number. */
const RANK_SPAN = 0x8000;

export function isHanCode(code: number): boolean {
  return HAN_RANK[code]! !== 0;
}

const SURROGATE = /[\uD800-\uDFFF]/;
const HAN_RUN = /\p{Script=Han}+/gu;
const SURROGATE_PAIR = /[\uD800-\uDFFF][\uDC00-\uDFFF]/g;

/** Number of Han ideographs, an ideograph outside the BMP counted once. */
export function countHanChars(text: string): number {
  if (SURROGATE.test(text)) return countHanCharsByRegex(text);
  let count = 0;
  for (let i = 0; i < text.length; i += 1) if (HAN_RANK[text.charCodeAt(i)]! !== 0) count += 1;
  return count;
}

function countHanCharsByRegex(text: string): number {
  let count = 0;
  for (const match of text.matchAll(HAN_RUN)) {
    const run = match[0];
    count += run.length;
    const pairs = run.match(SURROGATE_PAIR);
    if (pairs) count -= pairs.length;
  }
  return count;
}

/**
 * UTF-16 units inside Han runs: the summary's sentence length, which counts
 * an ideograph outside the BMP as two (it always has; key points are chosen
 * by it, so it stays).
 */
export function hanUnits(text: string): number {
  if (SURROGATE.test(text)) {
    let n = 0;
    for (const run of text.matchAll(HAN_RUN)) n += run[0].length;
    return n;
  }
  let n = 0;
  for (let i = 0; i < text.length; i += 1) if (HAN_RANK[text.charCodeAt(i)]! !== 0) n += 1;
  return n;
}

/**
 * The two-character words of a text: every pair of adjacent UTF-16 units
 * inside one Han run, as numbers (no string per pair). Two BMP ideographs
 * pack their ranks into a small integer; a pair with a surrogate half gets a
 * key above 2^32, so the keys of different pairs never collide.
 */
export function hanBigrams(text: string): number[] {
  const grams: number[] = [];
  if (SURROGATE.test(text)) {
    for (const run of text.matchAll(HAN_RUN)) {
      const s = run[0];
      for (let i = 0; i + 1 < s.length; i += 1) grams.push(hanPairKey(s.charCodeAt(i), s.charCodeAt(i + 1)));
    }
    return grams;
  }
  let previous = 0;
  for (let i = 0; i < text.length; i += 1) {
    const r = HAN_RANK[text.charCodeAt(i)]!;
    if (r !== 0 && previous !== 0) grams.push(previous * RANK_SPAN + r);
    previous = r;
  }
  return grams;
}

function hanPairKey(a: number, b: number): number {
  const ra = HAN_RANK[a]!;
  const rb = HAN_RANK[b]!;
  if (ra !== 0 && rb !== 0) return ra * RANK_SPAN + rb;
  return 0x100000000 + a * 0x10000 + b;
}
