// The storage the repository writes to: the subset of browser.storage.local
// (StorageArea) it uses, so tests and the Node CLI can pass another one
// (memory-storage.ts). Semantics are browser.storage.local's:
// - get(null) returns everything; get(key | keys) returns the keys present;
// - set(items) writes every key of one call together, and resolves only once
//   the data is stored (it rejects on failure, e.g. quota: "QUOTA_BYTES
//   quota exceeded" in Chromium);
// - values are JSON-like: what is read back is a copy, never the object written.
export interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}
