import { describe, expect, it } from 'vitest';
import { isIsoDateTime, isPublishedDateShape } from '../../../src/store/import/dates.ts';

describe('isIsoDateTime (created, modified, saved dates)', () => {
  it.each([
    ['2026-11-24T09:30:00.123+08:00', true],
    ['2026-11-24T01:30:00Z', true],
    ['2026-11-24T01:30Z', true],
    ['2024-02-29T00:00:00Z', true],
    ['2000-02-29T00:00:00Z', true],
    ['1900-02-29T00:00:00Z', false],
    ['2023-02-29T00:00:00Z', false],
    ['2026-04-31T00:00:00Z', false],
    ['2026-13-01T00:00:00Z', false],
    ['2026-11-24T24:00:00Z', false],
    ['2026-11-24T09:60:00Z', false],
    ['2026-11-24T09:30:60Z', false],
    ['2026-11-24T09:30:00+15:00', false],
    ['2026-11-24T09:30:00', false],
    ['2026-11-24', false],
    ['2026/11/24 09:30', false],
    ['Tue Nov 24 2026 09:30:00 GMT+0800', false],
  ])('%s → %s', (value, expected) => {
    expect(isIsoDateTime(value)).toBe(expected);
  });
});

describe('isPublishedDateShape (page metadata)', () => {
  it.each([
    ['2021-05-15', true],
    ['2021-05-15T10:20:00+08:00', true],
    ['2021-05-15T10:20', true],
    ['2021-02-30', true], // shape only: the page said so, and our own export must import
    ['15/05/2021', false],
    ['2021年5月15日', false],
    ['2021-05-15 10:20', false],
  ])('%s → %s', (value, expected) => {
    expect(isPublishedDateShape(value)).toBe(expected);
  });
});
