import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../src/store/model.ts';
import { pageRecordFromSnapshot } from '../../../src/store/page-record.ts';

const URL = 'https://www.example.org/article/1.html';
const TIMES = { firstSavedAt: '2025-01-02T03:04:05.000Z', updatedAt: '2025-02-03T04:05:06.000Z' };

describe('pageRecordFromSnapshot', () => {
  it('carries the snapshot metadata and the given times; nothing of an analysis', () => {
    const record = pageRecordFromSnapshot(
      URL,
      { title: '坚持和加强党的全面领导', source: '人民日报', author: '张三', publishedAt: '2025-01-01', siteName: '示例网' },
      TIMES,
    );
    expect(record).toEqual({
      schemaVersion: SCHEMA_VERSION,
      url: URL,
      metadata: {
        title: '坚持和加强党的全面领导',
        source: '人民日报',
        author: '张三',
        editor: null,
        publishedAt: '2025-01-01',
        siteName: '示例网',
        publisher: null,
      },
      partyBuilding: false,
      slogans: [],
      keyPoints: [],
      ...TIMES,
    });
  });

  it('an annotation without a snapshot (bare W3C import) still gets a listable record', () => {
    const record = pageRecordFromSnapshot(URL, undefined, TIMES);
    expect(record.url).toBe(URL);
    expect(Object.values(record.metadata).every((v) => v === null)).toBe(true);
  });

  it('a snapshot from an older version without siteName reads as null, not undefined', () => {
    const record = pageRecordFromSnapshot(URL, { title: '标题', source: null, author: null, publishedAt: null }, TIMES);
    expect(record.metadata.siteName).toBeNull();
    expect(record.metadata.title).toBe('标题');
  });
});
