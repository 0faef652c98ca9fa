// The two-character words (Han bigrams) of a body, numbered densely in the
// order they first appear, with their body frequency. Salience scoring reads
// every sentence's distinct words and their frequencies, and compares chosen
// points word by word; with dense numbers those are typed-array reads instead
// of a Map lookup per word and a Set built per sentence (the summary's
// largest cost on long news bodies, in profiles of the content script).
import { hanBigrams } from '../text/han.ts';

export interface BodyWords {
  /** Uses of each word in the whole body, by word number. */
  frequency: Int32Array;
  /** Each sentence's distinct words, in the order they first appear in it. */
  distinct: Int32Array[];
}

export function bodyWords(sentences: readonly string[]): BodyWords {
  const numbers = new Map<number, number>();
  const grams = sentences.map(hanBigrams);
  let total = 0;
  for (const list of grams) total += list.length;
  const frequency = new Int32Array(total);
  const words: Int32Array[] = grams.map((list) => {
    const ids = new Int32Array(list.length);
    for (let i = 0; i < list.length; i += 1) {
      const g = list[i]!;
      let id = numbers.get(g);
      if (id === undefined) {
        id = numbers.size;
        numbers.set(g, id);
      }
      frequency[id]! += 1;
      ids[i] = id;
    }
    return ids;
  });
  // A word's last sentence seen, so each sentence keeps one copy of each word, first place first.
  const seenIn = new Int32Array(numbers.size).fill(-1);
  const distinct = words.map((ids, sentence) => {
    let n = 0;
    const unique = new Int32Array(ids.length);
    for (let i = 0; i < ids.length; i += 1) {
      const id = ids[i]!;
      if (seenIn[id] === sentence) continue;
      seenIn[id] = sentence;
      unique[n++] = id;
    }
    return n === ids.length ? unique : unique.slice(0, n);
  });
  return { frequency: frequency.subarray(0, numbers.size), distinct };
}
