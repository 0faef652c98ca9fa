// An in-memory StorageArea for tests and the CLI, with the failure modes of
// the real one: a byte quota (the error message Chromium gives), injected
// write failures, and an optional delay before each operation completes so
// tests can interleave concurrent callers the way two tabs do.

import type { StorageArea } from './storage-area.ts';

export interface MemoryStorageOptions {
  /** Total size allowed (JSON length of keys + values), like QUOTA_BYTES. */
  quotaBytes?: number;
  /** Awaited inside every operation (e.g. () => new Promise(r => setTimeout(r, 1))). */
  delay?: () => Promise<void>;
}

export class MemoryStorageArea implements StorageArea {
  private readonly data = new Map<string, string>();
  private failures: Error[] = [];
  /** Number of completed set() calls (for tests that check writes are batched). */
  writes = 0;

  constructor(private readonly options: MemoryStorageOptions = {}) {}

  /** Make the next set() or remove() reject with this error. */
  failNextWrite(error: Error = new Error('IO error: disk unavailable')): void {
    this.failures.push(error);
  }

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    await this.options.delay?.();
    const wanted = keys === null || keys === undefined ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    const out: Record<string, unknown> = {};
    for (const key of wanted) {
      const value = this.data.get(key);
      if (value !== undefined) out[key] = JSON.parse(value);
    }
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    await this.options.delay?.();
    const failure = this.failures.shift();
    if (failure) throw failure;
    const encoded = Object.entries(items).map(([key, value]) => [key, JSON.stringify(value)] as const);
    if (this.options.quotaBytes !== undefined) {
      let size = this.bytesInUse();
      for (const [key, value] of encoded) {
        const old = this.data.get(key);
        size += value.length + (old === undefined ? key.length : -old.length);
      }
      if (size > this.options.quotaBytes) throw new Error('QUOTA_BYTES quota exceeded');
    }
    // All keys of one call land together, as in browser.storage.
    for (const [key, value] of encoded) this.data.set(key, value);
    this.writes += 1;
  }

  async remove(keys: string | string[]): Promise<void> {
    await this.options.delay?.();
    const failure = this.failures.shift();
    if (failure) throw failure;
    for (const key of typeof keys === 'string' ? [keys] : keys) this.data.delete(key);
  }

  bytesInUse(): number {
    let total = 0;
    for (const [key, value] of this.data) total += key.length + value.length;
    return total;
  }

  keys(): string[] {
    return [...this.data.keys()];
  }
}
