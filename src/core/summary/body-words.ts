// The two-character words (Han bigrams) of a body, numbered densely in the
// order they first appear, with their body frequency. Salience scoring reads
// every sentence's distinct words and their frequencies, and compares chosen
// points word by word; with dense numbers those are typed-array reads instead
// of a Map lookup per word and a Set built per sentence (the summary's
// largest cost on long news bodies, in profiles of the content script). The
// numbering itself is an open-addressing table in typed arrays: a Map keyed
// by numbers was still the top entry of the summary's profile.
import { hanBigrams } from '../text/han.ts';

export interface BodyWords {
  /** Uses of each word in the whole body, by word number. */
  frequency: Int32Array;
  /** Every sentence's distinct words, in the order they first appear in it, sentence after sentence. */
  words: Int32Array;
  /** Sentence i's words are words[start[i]] up to words[start[i + 1]]. */
  start: Int32Array;
}

/** Word keys that fit the table (two BMP ideographs: below 2^30, see han.ts). */
const MAX_TABLE_KEY = 0x3fffffff;

/** Numbers word keys 0, 1, 2, … in order of first sight. */
class WordNumbers {
  /** key + 1 in each used slot; 0 is an empty slot, so a new table needs no filling. */
  private readonly keys: Int32Array;
  private readonly numbers: Int32Array;
  private readonly mask: number;
  /** Pairs with an ideograph outside the BMP (rare): their keys exceed 32 bits. */
  private readonly wide = new Map<number, number>();
  count = 0;

  constructor(maxWords: number) {
    let capacity = 16;
    while (capacity < maxWords * 2) capacity *= 2;
    this.keys = new Int32Array(capacity);
    this.numbers = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  numberOf(key: number): number {
    if (key > MAX_TABLE_KEY) {
      let n = this.wide.get(key);
      if (n === undefined) this.wide.set(key, (n = this.count++));
      return n;
    }
    // Fibonacci hashing spreads neighbouring keys (same first character) over the table.
    const stored = key + 1;
    for (let slot = Math.imul(key, 0x9e3779b1) & this.mask; ; slot = (slot + 1) & this.mask) {
      const k = this.keys[slot]!;
      if (k === stored) return this.numbers[slot]!;
      if (k === 0) {
        this.keys[slot] = stored;
        this.numbers[slot] = this.count;
        return this.count++;
      }
    }
  }
}

export function bodyWords(sentences: readonly string[]): BodyWords {
  const grams = sentences.map(hanBigrams);
  let total = 0;
  for (const list of grams) total += list.length;
  const table = new WordNumbers(total);
  const frequency = new Int32Array(total);
  const words = new Int32Array(total);
  const start = new Int32Array(sentences.length + 1);
  // A word's last sentence seen (+ 1, so a new array means "none"): each
  // sentence keeps one copy of each word, first place first.
  const seenIn = new Int32Array(total);
  let n = 0;
  for (let sentence = 0; sentence < grams.length; sentence += 1) {
    start[sentence] = n;
    const list = grams[sentence]!;
    for (let i = 0; i < list.length; i += 1) {
      const id = table.numberOf(list[i]!);
      frequency[id]! += 1;
      if (seenIn[id] === sentence + 1) continue;
      seenIn[id] = sentence + 1;
      words[n++] = id;
    }
  }
  start[grams.length] = n;
  return { frequency: frequency.subarray(0, table.count), words, start };
}
