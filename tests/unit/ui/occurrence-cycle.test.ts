import { describe, expect, it } from 'vitest';
import { advance, nextRequest, type OccurrenceCursor } from '../../../src/ui/popup/occurrence-cycle.ts';

describe('stepping through occurrences', () => {
  it('goes first, second, third, then back to the first, per formulation', () => {
    let cursor: OccurrenceCursor = new Map();
    const visited: number[] = [];
    for (let click = 0; click < 4; click += 1) {
      const asked = nextRequest(cursor, '两个维护');
      visited.push(asked);
      // The content script answers with the occurrence it showed (asked modulo total).
      cursor = advance(cursor, '两个维护', { total: 3, occurrence: asked % 3 });
    }
    expect(visited).toEqual([0, 1, 2, 0]);
    expect(nextRequest(cursor, '四个意识')).toBe(0);
  });

  it('follows the page when it has fewer occurrences than before', () => {
    let cursor: OccurrenceCursor = new Map([['两个维护', 5]]);
    cursor = advance(cursor, '两个维护', { total: 2, occurrence: 5 % 2 });
    expect(nextRequest(cursor, '两个维护')).toBe(0);
  });

  it('starts over when the formulation is no longer in the page', () => {
    const cursor = advance(new Map([['两个维护', 2]]), '两个维护', { total: 0, occurrence: 0 });
    expect(nextRequest(cursor, '两个维护')).toBe(0);
  });
});
