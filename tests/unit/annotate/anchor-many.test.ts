import { describe, expect, it } from 'vitest';
import { anchorMany, type Scheduler } from '../../../src/annotate/anchor-many.ts';
import { describe as describeRange } from '../../../src/annotate/selectors.ts';
import { documentOf, rangeOver } from './dom.ts';

/** A fake clock: every now() call advances 1 ms, so chunking is deterministic. */
function fakeScheduler(onYield: () => void = () => {}): Scheduler & { yields: number } {
  let time = 0;
  const scheduler = {
    yields: 0,
    now: () => (time += 1),
    yield: async () => {
      scheduler.yields += 1;
      onYield();
    },
  };
  return scheduler;
}

const sentences = Array.from({ length: 30 }, (_, i) => `第${i}条：坚持以人民为中心的发展思想，推进第${i}项工作。`);
const html = sentences.map((s) => `<p>${s}</p>`).join('');

function requests(doc: Document) {
  return sentences.map((_, i) => ({ id: `a${i}`, selectors: describeRange(doc.body, rangeOver(doc.body, `推进第${i}项工作`)) }));
}

describe('anchorMany', () => {
  it('anchors a batch and yields between chunks', async () => {
    const doc = documentOf(html);
    const scheduler = fakeScheduler();
    const result = await anchorMany(doc.body, requests(doc), { scheduler, chunkBudgetMs: 5 });
    expect(result.orphans).toEqual([]);
    expect(result.anchored.map((a) => a.range.toString())).toEqual(sentences.map((_, i) => `推进第${i}项工作`));
    expect(scheduler.yields).toBeGreaterThan(3);
    expect(result.chunks).toBe(scheduler.yields + 1);
  });

  it('yields early when the slowest annotation so far would not fit in what is left of the chunk', async () => {
    // A clock the annotations themselves advance: reading a request's
    // selectors costs 1 ms, or 6 ms (half the chunk budget) for the two slow
    // ones (a quote searched over the whole page).
    let time = 0;
    let chunkStart = 0;
    const chunkLengths: number[] = [];
    const scheduler: Scheduler = {
      now: () => time,
      yield: async () => {
        chunkLengths.push(time - chunkStart);
        chunkStart = time;
      },
    };
    const doc = documentOf(html);
    const slow = new Set([4, 18]);
    const chunkOf: number[] = [];
    const reqs = requests(doc).map((request, i) => ({
      id: request.id,
      get selectors() {
        chunkOf[i] = chunkLengths.length;
        time += slow.has(i) ? 6 : 1;
        return request.selectors;
      },
    }));
    const result = await anchorMany(doc.body, reqs, { scheduler, chunkBudgetMs: 12 });
    chunkLengths.push(time - chunkStart);
    expect(result.orphans).toEqual([]);
    // Cutting only when the budget is spent would put the second slow one
    // after 11 ms of its chunk (17 ms). Once a slow one has been seen, every
    // chunk fits the budget.
    expect(chunkLengths.slice(chunkOf[4]! + 1).every((ms) => ms <= 12)).toBe(true);
    expect(chunkLengths[chunkOf[18]!]).toBeLessThanOrEqual(12);
  });

  it('does not let one outlier cut every later chunk down to a single annotation', async () => {
    // One annotation takes 30 ms (a garbage collection, the machine busy
    // elsewhere); the others 1 ms.
    let time = 0;
    let chunks = 0;
    const scheduler: Scheduler = { now: () => time, yield: async () => void (chunks += 1) };
    const doc = documentOf(html);
    const chunkOf: number[] = [];
    const reqs = requests(doc).map((request, i) => ({
      id: request.id,
      get selectors() {
        chunkOf[i] = chunks;
        time += i === 2 ? 30 : 1;
        return request.selectors;
      },
    }));
    await anchorMany(doc.body, reqs, { scheduler, chunkBudgetMs: 10 });
    const perChunk = new Map<number, number>();
    for (const chunk of chunkOf.slice(3)) perChunk.set(chunk, (perChunk.get(chunk) ?? 0) + 1);
    const full = [...perChunk.values()].slice(0, -1); // the last chunk holds what was left
    expect(full.length).toBeGreaterThan(2);
    expect(full.every((n) => n >= 5)).toBe(true);
  });

  it('reports orphans in request order', async () => {
    const doc = documentOf(html);
    const reqs = requests(doc);
    const changed = documentOf(html.replace('推进第3项工作', '').replace('推进第7项工作', ''));
    const result = await anchorMany(changed.body, reqs, { scheduler: fakeScheduler() });
    expect(result.orphans).toEqual(['a3', 'a7']);
    expect(result.anchored).toHaveLength(28);
  });

  it('rebuilds the text model when the page changes while it yields', async () => {
    const doc = documentOf(html);
    const reqs = requests(doc);
    let inserted = false;
    const scheduler = fakeScheduler(() => {
      if (inserted) return;
      inserted = true;
      const p = doc.createElement('p');
      p.textContent = '新插入的段落文字。';
      doc.body.insertBefore(p, doc.body.firstChild);
    });
    const result = await anchorMany(doc.body, reqs, { scheduler, chunkBudgetMs: 3 });
    expect(result.orphans).toEqual([]);
    expect(result.anchored.map((a) => a.range.toString())).toEqual(sentences.map((_, i) => `推进第${i}项工作`));
  });
});
