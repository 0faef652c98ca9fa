import { describe, expect, it } from 'vitest';
import { MemoryStorageArea } from '../../../src/store/memory-storage.ts';

describe('MemoryStorageArea', () => {
  it('behaves like browser.storage.local: copies, get(null), missing keys absent', async () => {
    const storage = new MemoryStorageArea();
    const value = { ids: ['a'], nested: { n: 1 }, skipped: undefined };
    await storage.set({ x: value, y: 2 });
    value.ids.push('b');
    expect(await storage.get('x')).toEqual({ x: { ids: ['a'], nested: { n: 1 } } });
    expect(await storage.get(['x', 'missing'])).toEqual({ x: { ids: ['a'], nested: { n: 1 } } });
    expect(Object.keys(await storage.get(null)).sort()).toEqual(['x', 'y']);
    await storage.remove(['x']);
    expect(await storage.get(null)).toEqual({ y: 2 });
  });

  it('rejects a write over the quota with the message Chromium uses, writing nothing of it', async () => {
    const storage = new MemoryStorageArea({ quotaBytes: 60 });
    await storage.set({ a: 'x'.repeat(20) });
    await expect(storage.set({ b: 'y'.repeat(20), c: 'z'.repeat(20) })).rejects.toThrow('QUOTA_BYTES quota exceeded');
    expect(await storage.get(null)).toEqual({ a: 'x'.repeat(20) });
    // Replacing a value counts only the difference.
    await storage.set({ a: 'w'.repeat(30) });
  });

  it('fails the next write on request', async () => {
    const storage = new MemoryStorageArea();
    storage.failNextWrite(new Error('disk full'));
    await expect(storage.set({ a: 1 })).rejects.toThrow('disk full');
    await storage.set({ a: 1 });
    expect(await storage.get('a')).toEqual({ a: 1 });
  });
});
