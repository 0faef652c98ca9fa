import { describe, expect, it } from 'vitest';
import { WriteQueue } from '../../../src/store/write-queue.ts';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('WriteQueue', () => {
  it('runs tasks one at a time, in order', async () => {
    const queue = new WriteQueue();
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([queue.run(task('a')), queue.run(task('b')), queue.run(task('c'))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('gives each caller its own failure and goes on with the next task', async () => {
    const queue = new WriteQueue();
    const failing = queue.run(async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    });
    const next = queue.run(async () => 'ok');
    await expect(failing).rejects.toThrow(/QUOTA/);
    await expect(next).resolves.toBe('ok');
    expect(queue.size).toBe(0);
  });

  it('counts tasks in flight', async () => {
    const queue = new WriteQueue();
    const first = queue.run(tick);
    const second = queue.run(tick);
    expect(queue.size).toBe(2);
    await first;
    await Promise.resolve();
    expect(queue.size).toBe(1);
    await second;
    await Promise.resolve();
    expect(queue.size).toBe(0);
  });
});
