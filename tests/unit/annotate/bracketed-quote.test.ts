import { describe, expect, it } from 'vitest';
import { bracketedCandidates, editDistance } from '../../../src/annotate/bracketed-quote.ts';

/** Plain Levenshtein, the whole matrix: the reference for the banded version. */
function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    previous = current;
  }
  return previous[b.length]!;
}

const PREFIX = '会议强调，各级党组织要坚持问题导向，';
const QUOTE = '把主题教育成果转化为推动发展的强大动力';
const SUFFIX = '，以实际行动迎接党的二十大胜利召开。';

describe('editDistance', () => {
  it('agrees with the full Levenshtein matrix within the limit, and says "over" beyond it', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = '党的建设学习教育发展';
    const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    for (let trial = 0; trial < 300; trial++) {
      const a = word(Math.floor(random() * 30));
      const b = word(Math.floor(random() * 30));
      const limit = Math.floor(random() * 12);
      const exact = levenshtein(a, b);
      expect(editDistance(a, b, limit), `${a} / ${b} / ${limit}`).toBe(exact <= limit ? exact : limit + 1);
    }
  });
});

describe('bracketedCandidates', () => {
  it('finds the quote edited in place between the stored prefix end and suffix start', () => {
    const edited = QUOTE.replace('强大动力', '强大精神动力');
    const text = '前文。' + PREFIX + edited + SUFFIX + '后文。';
    const { candidates, deleted } = bracketedCandidates(text, QUOTE, { prefix: PREFIX, suffix: SUFFIX }, 9);
    const start = text.indexOf(edited);
    expect(deleted).toBe(false);
    expect(candidates).toContainEqual({ start, end: start + edited.length, errors: 2 });
  });

  it('reports a deletion when prefix and suffix now stand side by side', () => {
    const text = '前文。' + PREFIX + SUFFIX + '后文。';
    expect(bracketedCandidates(text, QUOTE, { prefix: PREFIX, suffix: SUFFIX }, 9)).toEqual({ candidates: [], deleted: true });
  });

  it('offers the closest match inside the bracket when characters were inserted at the quote edge', () => {
    const text = PREFIX + '要' + QUOTE + SUFFIX;
    const { candidates } = bracketedCandidates(text, QUOTE, { prefix: PREFIX, suffix: SUFFIX }, 9);
    const start = PREFIX.length;
    expect(candidates).toContainEqual({ start, end: start + QUOTE.length + 1, errors: 1 });
    expect(candidates).toContainEqual({ start: start + 1, end: start + 1 + QUOTE.length, errors: 0 });
  });

  it('brackets a quote that itself contains the start of the suffix (a reference list repeating a title)', () => {
    const title = '在学习贯彻党的二十大精神研讨班开班式上的讲话';
    const quote = `${title}》，新华社，2023年2月7日。[8]《习近平`;
    const text = `[7]《习近平${title}》，新华社，2023年2月之日。[8]《习近平${title}》，新华社，2023年2月8日。`;
    const start = text.indexOf(title);
    const { candidates } = bracketedCandidates(text, quote, { prefix: '[7]《习近平', suffix: `${title}》，新华社` }, 10);
    expect(candidates).toContainEqual({ start, end: start + quote.length, errors: 1 });
  });

  it('needs enough context to bracket anything', () => {
    const text = PREFIX + QUOTE + SUFFIX;
    expect(bracketedCandidates(text, QUOTE, { prefix: '，', suffix: SUFFIX }, 9).candidates).toEqual([]);
  });
});
