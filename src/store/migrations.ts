// Versioned migrations of stored records. Every record carries
// `schemaVersion`; a migration turns a record of version N into N + 1, and
// the runner applies them in order until SCHEMA_VERSION (model.ts). They run
// on every read (so an old record is never seen in its old shape) and once at
// startup over the whole store (migrateStorage), which writes back the
// records that changed.
//
// To change a record's shape: bump SCHEMA_VERSION, append a migration from
// the previous version, and add a test with a real record of the old shape.

import { SCHEMA_VERSION } from './model.ts';
import type { StorageArea } from './storage-area.ts';

export type RecordKind = 'annotation' | 'page' | 'pageIndex';

/** Storage key prefixes of each kind of record. */
export const KEY_PREFIX: Readonly<Record<RecordKind, string>> = {
  annotation: 'anno:',
  page: 'page:',
  pageIndex: 'pageIndex:',
};

export function recordKindOfKey(key: string): RecordKind | null {
  if (key.startsWith(KEY_PREFIX.pageIndex)) return 'pageIndex';
  if (key.startsWith(KEY_PREFIX.annotation)) return 'annotation';
  if (key.startsWith(KEY_PREFIX.page)) return 'page';
  return null;
}

type JsonRecord = Record<string, unknown>;

export interface Migration {
  /** The version this migration reads; it produces from + 1. */
  from: number;
  describe: string;
  migrate(kind: RecordKind, record: JsonRecord): JsonRecord;
}

/**
 * Version 0: the first prototype stored the colour, the note and the tags as
 * top-level properties of an annotation (`color: "yellow"`, `note`, `tags`),
 * not as W3C bodies, had no `schemaVersion`, and page records had no
 * `firstSavedAt`. Version 1 is the W3C shape of model.ts.
 */
const v0ToV1: Migration = {
  from: 0,
  describe: 'colour, note and tags become W3C bodies; pages get firstSavedAt',
  migrate(kind, record) {
    if (kind === 'annotation') {
      const { color, note, tags, ...rest } = record;
      const body: JsonRecord[] = Array.isArray(rest.body) ? [...(rest.body as JsonRecord[])] : [];
      const has = (purpose: string) => body.some((b) => b.purpose === purpose);
      if (typeof color === 'string' && !has('highlighting')) {
        body.unshift({ type: 'TextualBody', purpose: 'highlighting', value: color });
      }
      if (typeof note === 'string' && note.trim() && !has('commenting')) {
        body.push({ type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/plain' });
      }
      if (Array.isArray(tags)) {
        for (const tag of tags) {
          if (typeof tag === 'string' && tag.trim()) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag.trim() });
        }
      }
      const motivation = body.some((b) => b.purpose === 'commenting') ? 'commenting' : 'highlighting';
      return { ...rest, body, motivation };
    }
    if (kind === 'page' && typeof record.firstSavedAt !== 'string') {
      return { ...record, firstSavedAt: record.updatedAt ?? new Date(0).toISOString() };
    }
    return record;
  },
};

/** Every migration, in order of `from`. */
export const MIGRATIONS: readonly Migration[] = [v0ToV1];

export interface MigrationResult<T> {
  record: T;
  /** True when the record was rewritten (it must be saved back). */
  changed: boolean;
  /** True when the record is from a newer version of the extension: used as is, never rewritten. */
  newer: boolean;
}

/** Bring one record up to `target` (default SCHEMA_VERSION). A record without schemaVersion is version 0. */
export function migrateRecord<T = JsonRecord>(
  kind: RecordKind,
  record: JsonRecord,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): MigrationResult<T> {
  const version = typeof record.schemaVersion === 'number' ? record.schemaVersion : 0;
  if (version > target) return { record: record as T, changed: false, newer: true };
  let current = record;
  for (let v = version; v < target; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) throw new Error(`No migration from schema version ${v}`);
    current = { ...step.migrate(kind, current), schemaVersion: v + 1 };
  }
  return { record: current as T, changed: version !== target, newer: false };
}

/**
 * At startup: migrate every stored record that is older than SCHEMA_VERSION
 * and write the changed ones back, in batches (one set() per batch).
 */
export async function migrateStorage(storage: StorageArea, batchSize = 200): Promise<{ migrated: number }> {
  const all = await storage.get(null);
  const changed: [string, unknown][] = [];
  for (const [key, value] of Object.entries(all)) {
    const kind = recordKindOfKey(key);
    if (!kind || typeof value !== 'object' || value === null) continue;
    const result = migrateRecord(kind, value as JsonRecord);
    if (result.changed) changed.push([key, result.record]);
  }
  for (let i = 0; i < changed.length; i += batchSize) {
    await storage.set(Object.fromEntries(changed.slice(i, i + batchSize)));
  }
  return { migrated: changed.length };
}
