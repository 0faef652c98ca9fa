import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnchorRequest } from '../../../src/annotate/anchor-many.ts';
import { retryOrphansOnChange } from '../../../src/annotate/orphan-retry.ts';
import { describe as describeRange } from '../../../src/annotate/selectors.ts';
import { documentOf, rangeOver } from './dom.ts';

const ARTICLE = '<p>坚持以人民为中心的发展思想。</p><p>推动高质量发展。</p><p>全面从严治党永远在路上。</p>';

/** Orphans: annotations saved on the full article, to be anchored on a page that has not loaded it yet. */
function orphansFor(...quotes: string[]): AnchorRequest[] {
  const full = documentOf(ARTICLE);
  return quotes.map((q, i) => ({ id: `o${i}`, selectors: describeRange(full.body, rangeOver(full.body, q)) }));
}

const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('retryOrphansOnChange', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('places orphans once the page fills in its content, debounced, then stops watching', async () => {
    const doc = documentOf('<div id="app">加载中…</div>');
    const placed: string[] = [];
    const anchor = vi.fn(async (root: Node, requests: readonly AnchorRequest[]) => {
      const { anchorMany } = await import('../../../src/annotate/anchor-many.ts');
      return anchorMany(root, requests, { scheduler: { now: () => 0, yield: async () => {} } });
    });
    const retry = retryOrphansOnChange({
      root: doc.body,
      orphans: orphansFor('推动高质量发展', '全面从严治党'),
      onAnchored: (anchored) => placed.push(...anchored.map((a) => `${a.id}:${a.range.toString()}`)),
      anchor,
      debounceMs: 200,
    });
    const app = doc.getElementById('app')!;
    // The article arrives in three bursts.
    app.innerHTML = '<p>坚持以人民为中心的发展思想。</p>';
    await flush();
    vi.advanceTimersByTime(100);
    app.insertAdjacentHTML('beforeend', '<p>推动高质量发展。</p>');
    await flush();
    vi.advanceTimersByTime(199);
    expect(anchor).not.toHaveBeenCalled(); // still within the quiet time
    vi.advanceTimersByTime(1);
    await flush();
    expect(anchor).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(placed).toEqual(['o0:推动高质量发展']));
    expect(retry.remaining()).toEqual(['o1']);

    app.insertAdjacentHTML('beforeend', '<p>全面从严治党永远在路上。</p>');
    await flush();
    vi.advanceTimersByTime(200);
    await vi.waitFor(() => expect(placed).toContain('o1:全面从严治党'));
    expect(retry.stopped).toBe(true);
  });

  it('gives up after the time limit and reports the remaining orphans', async () => {
    const doc = documentOf('<p>无关内容</p>');
    const gaveUp = vi.fn();
    const anchor = vi.fn(async () => ({ anchored: [] }));
    const retry = retryOrphansOnChange({
      root: doc.body,
      orphans: orphansFor('推动高质量发展'),
      onAnchored: () => {},
      onGiveUp: gaveUp,
      anchor,
      maxDurationMs: 30_000,
    });
    doc.body.insertAdjacentHTML('beforeend', '<p>别的内容</p>');
    await flush();
    vi.advanceTimersByTime(30_000);
    expect(retry.stopped).toBe(true);
    expect(gaveUp).toHaveBeenCalledWith([expect.objectContaining({ id: 'o0' })]);
    // No more retries after giving up.
    const calls = anchor.mock.calls.length;
    doc.body.insertAdjacentHTML('beforeend', '<p>推动高质量发展。</p>');
    await flush();
    vi.advanceTimersByTime(1000);
    expect(anchor.mock.calls.length).toBe(calls);
  });

  it('ignores changes made by our own UI and marks', async () => {
    const doc = documentOf('<p>正文</p><div data-dj-ui="toolbar"></div>');
    const anchor = vi.fn(async () => ({ anchored: [] }));
    retryOrphansOnChange({ root: doc.body, orphans: orphansFor('推动高质量发展'), onAnchored: () => {}, anchor, debounceMs: 10 });
    doc.querySelector('[data-dj-ui]')!.textContent = '保存';
    const mark = doc.createElement('mark');
    mark.setAttribute('data-dj-annotation', 'x');
    doc.body.appendChild(mark);
    await flush();
    vi.advanceTimersByTime(100);
    expect(anchor).not.toHaveBeenCalled();
  });
});
