// The annotation store, as the background service worker (the only writer)
// uses it. Every write goes through one WriteQueue and is acknowledged only
// after storage resolves; every failure comes back as a typed result, never
// swallowed. Nothing in memory matters between calls: a service worker
// restarted at any moment finds every acknowledged write in storage.
//
// Write atomicity: each operation ends in ONE storage.set() of all the
// records it changes (the annotation, the page index, the page record), so a
// worker stopped mid-operation leaves either the old or the new state.
// Deleting removes the annotation first and then rewrites the index: a
// crash in between leaves a dangling id, which reads skip.

import { limitProblems } from './annotation-limits.ts';
import { IMPORT_WRITE_SIZE } from './import-write-size.ts';
import { migrateRecord, recordKindOfKey } from './migrations.ts';
import { SCHEMA_VERSION, type Annotation, type PageRecord, type StoredAnnotation } from './model.ts';
import { pageRecordFromSnapshot } from './page-record.ts';
import { annotationKey, pageIndexKey, pageKey, type PageIndexRecord } from './records.ts';
import type { StorageArea } from './storage-area.ts';
import { normalizePageUrl } from './url.ts';
import { WriteQueue } from './write-queue.ts';

export type StoreErrorKind = 'quota' | 'write-failed' | 'not-found' | 'invalid';

export interface StoreError {
  ok: false;
  error: StoreErrorKind;
  /** Technical detail (the storage's message); the UI shows its own Chinese text per kind. */
  message: string;
}

export type StoreResult<T> = { ok: true; value: T } | StoreError;

/** What deleteAnnotation removed: give it back to restore() to undo. */
export interface DeletedAnnotation {
  annotation: StoredAnnotation;
  /** The page record, when the deleted annotation was the page's last one (it was removed too). */
  page: PageRecord | null;
}

export interface PageSummary {
  page: PageRecord;
  annotationCount: number;
}

export interface ImportReport {
  /** Annotations stored by this call (the ones refused below are not counted). */
  annotations: number;
  pages: number;
  batches: number;
  /** Ids of annotations not written because they are stored on another page: an import never moves one. */
  refusedMoves: string[];
}

export interface ImportRecords {
  annotations: readonly Annotation[];
  pages: readonly PageRecord[];
}

/** Chromium: "QUOTA_BYTES quota exceeded"; Firefox: "QuotaExceededError…". */
const QUOTA_MESSAGE = /QUOTA/i;

const queues = new WeakMap<StorageArea, WriteQueue>();

/**
 * One write queue per storage area. The background has more than one
 * repository over browser.storage.local (the highlight handlers, the
 * manager's library handlers); writes through any of them must serialise
 * together, or two read-modify-writes of one page index lose an id.
 */
export function writeQueueFor(storage: StorageArea): WriteQueue {
  let queue = queues.get(storage);
  if (!queue) {
    queue = new WriteQueue();
    queues.set(storage, queue);
  }
  return queue;
}

export class AnnotationRepository {
  constructor(
    private readonly storage: StorageArea,
    private readonly queue: WriteQueue = writeQueueFor(storage),
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Save a new annotation (or overwrite one with the same id) and add it to
   * its page's index. `page`, when given, updates the page record (metadata
   * and analysis at save time); otherwise a page record is created from the
   * annotation's page snapshot if the page has none yet.
   *
   * `once`: a new highlight being saved, perhaps again (a retry whose first
   * write went through but whose answer was lost). When its id is already
   * stored on the same page, the stored record is the answer and nothing is
   * written; on another page, the save is refused (an id is never moved by a save).
   */
  saveAnnotation(annotation: Annotation, page?: PageRecord | null, options: { once?: boolean } = {}): Promise<StoreResult<StoredAnnotation>> {
    return this.write(async () => {
      refuseOverLimits(annotation);
      const stored = this.stamp(annotation);
      const url = stored.target.source;
      const existing = await this.storage.get([annotationKey(stored.id), pageIndexKey(url), pageKey(url)]);
      const items: Record<string, unknown> = { [annotationKey(stored.id)]: stored };
      const previous = this.read<StoredAnnotation>(annotationKey(stored.id), existing);
      if (previous && options.once) {
        if (previous.target.source === url) return previous;
        throw new IdTaken(`id ${stored.id} is stored on another page`);
      }
      if (previous && previous.target.source !== url) Object.assign(items, await this.withoutId(previous));
      const index = this.read<PageIndexRecord>(pageIndexKey(url), existing) ?? { schemaVersion: SCHEMA_VERSION, url, ids: [] };
      if (!index.ids.includes(stored.id)) items[pageIndexKey(url)] = { ...index, ids: [...index.ids, stored.id] };
      const storedPage = this.read<PageRecord>(pageKey(url), existing);
      const pageRecord = page ? this.mergePage(storedPage, { ...page, url }) : storedPage ? null : this.pageFromSnapshot(stored);
      if (pageRecord) items[pageKey(url)] = pageRecord;
      await this.storage.set(items);
      return stored;
    });
  }

  /** Replace an existing annotation (edited note, tags, colour). */
  updateAnnotation(annotation: Annotation): Promise<StoreResult<StoredAnnotation>> {
    return this.write(async () => {
      refuseOverLimits(annotation);
      const key = annotationKey(annotation.id);
      const previous = this.read<StoredAnnotation>(key, await this.storage.get(key));
      if (!previous) throw new NotFound(annotation.id);
      const stored = this.stamp(annotation);
      const items: Record<string, unknown> = { [key]: stored };
      if (previous.target.source !== stored.target.source) {
        Object.assign(items, await this.withoutId(previous));
        const url = stored.target.source;
        const index = this.read<PageIndexRecord>(pageIndexKey(url), await this.storage.get(pageIndexKey(url)));
        items[pageIndexKey(url)] = { schemaVersion: SCHEMA_VERSION, url, ids: [...(index?.ids ?? []), stored.id] };
      }
      await this.storage.set(items);
      return stored;
    });
  }

  /** Delete an annotation; the result holds what is needed to restore it (undo). */
  deleteAnnotation(id: string): Promise<StoreResult<DeletedAnnotation>> {
    return this.write(async () => {
      const key = annotationKey(id);
      const annotation = this.read<StoredAnnotation>(key, await this.storage.get(key));
      if (!annotation) throw new NotFound(id);
      const url = annotation.target.source;
      const existing = await this.storage.get([pageIndexKey(url), pageKey(url)]);
      const index = this.read<PageIndexRecord>(pageIndexKey(url), existing);
      const ids = (index?.ids ?? []).filter((other) => other !== id);
      if (ids.length === 0) {
        // The page's last annotation: the page leaves the manager's list too.
        const page = this.read<PageRecord>(pageKey(url), existing);
        await this.storage.remove([key, pageIndexKey(url), pageKey(url)]);
        return { annotation, page };
      }
      await this.storage.remove(key);
      await this.storage.set({ [pageIndexKey(url)]: { schemaVersion: SCHEMA_VERSION, url, ids } });
      return { annotation, page: null };
    });
  }

  /** Undo a delete: the annotation (and its page record, if it was removed with it) come back as they were. */
  restore(deleted: DeletedAnnotation): Promise<StoreResult<StoredAnnotation>> {
    return this.saveAnnotation(deleted.annotation, deleted.page);
  }

  /**
   * Delete many annotations in one queued task (the manager's bulk delete):
   * one remove() of the annotations (and of the pages they leave empty), then
   * one set() of the shortened page indexes. Ids already gone (deleted from
   * another tab meanwhile) are skipped, not an error. The result, in the
   * order of `ids`, is what restoreMany() needs to undo.
   */
  deleteMany(ids: readonly string[]): Promise<StoreResult<DeletedAnnotation[]>> {
    return this.write(async () => {
      const unique = [...new Set(ids)];
      const found = await this.storage.get(unique.map(annotationKey));
      const annotations = unique.map((id) => this.read<StoredAnnotation>(annotationKey(id), found)).filter((a): a is StoredAnnotation => a !== null);
      if (annotations.length === 0) return [];
      const urls = [...new Set(annotations.map((a) => a.target.source))];
      const existing = await this.storage.get([...urls.map(pageIndexKey), ...urls.map(pageKey)]);
      const removedIds = new Set(annotations.map((a) => a.id));
      const removals = annotations.map((a) => annotationKey(a.id));
      const indexes: Record<string, unknown> = {};
      const removedPages = new Map<string, PageRecord | null>();
      for (const url of urls) {
        const index = this.read<PageIndexRecord>(pageIndexKey(url), existing);
        const remaining = (index?.ids ?? []).filter((id) => !removedIds.has(id));
        if (remaining.length === 0) {
          // The page's last annotations: the page leaves the manager's list too.
          removedPages.set(url, this.read<PageRecord>(pageKey(url), existing));
          removals.push(pageIndexKey(url), pageKey(url));
        } else {
          indexes[pageIndexKey(url)] = { schemaVersion: SCHEMA_VERSION, url, ids: remaining };
        }
      }
      await this.storage.remove(removals);
      if (Object.keys(indexes).length > 0) await this.storage.set(indexes);
      // The removed page record travels with the first of its annotations, so
      // restoring them in any order puts it back once.
      return annotations.map((annotation): DeletedAnnotation => {
        const url = annotation.target.source;
        const page = removedPages.get(url) ?? null;
        removedPages.delete(url);
        return { annotation, page };
      });
    });
  }

  /**
   * Undo of deleteMany (or of several deleteAnnotation calls): every
   * annotation back into its page index and the removed page records back as
   * they were, in one queued task and one set().
   */
  restoreMany(deleted: readonly DeletedAnnotation[]): Promise<StoreResult<StoredAnnotation[]>> {
    return this.write(async () => {
      for (const d of deleted) refuseOverLimits(d.annotation);
      const stored = deleted.map((d) => this.stamp(d.annotation));
      const urls = [...new Set(stored.map((a) => a.target.source))];
      const existing = await this.storage.get([...urls.map(pageIndexKey), ...urls.map(pageKey)]);
      const items: Record<string, unknown> = {};
      const indexes = new Map(urls.map((url) => [url, [...(this.read<PageIndexRecord>(pageIndexKey(url), existing)?.ids ?? [])]]));
      // Page records removed with their last annotations come back first;
      // a page with neither a record nor a carried one gets one from a snapshot.
      deleted.forEach(({ page }, i) => {
        const url = stored[i]!.target.source;
        if (page && existing[pageKey(url)] === undefined) items[pageKey(url)] = { ...page, url, schemaVersion: SCHEMA_VERSION };
      });
      for (const annotation of stored) {
        const url = annotation.target.source;
        items[annotationKey(annotation.id)] = annotation;
        const ids = indexes.get(url)!;
        if (!ids.includes(annotation.id)) ids.push(annotation.id);
        if (existing[pageKey(url)] === undefined && items[pageKey(url)] === undefined) items[pageKey(url)] = this.pageFromSnapshot(annotation);
      }
      for (const [url, ids] of indexes) items[pageIndexKey(url)] = { schemaVersion: SCHEMA_VERSION, url, ids };
      await this.storage.set(items);
      return stored;
    });
  }

  async getAnnotation(id: string): Promise<StoredAnnotation | null> {
    const key = annotationKey(id);
    return this.read<StoredAnnotation>(key, await this.storage.get(key));
  }

  async getPage(url: string): Promise<PageRecord | null> {
    const key = pageKey(normalizePageUrl(url));
    return this.read<PageRecord>(key, await this.storage.get(key));
  }

  /** The page's annotations in reading order (stored position), then by creation time. */
  async listForPage(url: string): Promise<StoredAnnotation[]> {
    const key = pageIndexKey(normalizePageUrl(url));
    const index = this.read<PageIndexRecord>(key, await this.storage.get(key));
    if (!index || index.ids.length === 0) return [];
    const keys = index.ids.map(annotationKey);
    const records = await this.storage.get(keys);
    const annotations = keys.map((k) => this.read<StoredAnnotation>(k, records)).filter((a): a is StoredAnnotation => a !== null);
    return annotations.sort(byReadingOrder);
  }

  /** Every annotated page with its annotation count, most recently updated first. */
  async listPages(): Promise<PageSummary[]> {
    const all = await this.storage.get(null);
    const summaries: PageSummary[] = [];
    for (const key of Object.keys(all)) {
      if (recordKindOfKey(key) !== 'page') continue;
      const page = this.read<PageRecord>(key, all)!;
      const index = this.read<PageIndexRecord>(pageIndexKey(page.url), all);
      summaries.push({ page, annotationCount: index?.ids.filter((id) => annotationKey(id) in all).length ?? 0 });
    }
    return summaries.sort((a, b) => (a.page.updatedAt < b.page.updatedAt ? 1 : a.page.updatedAt > b.page.updatedAt ? -1 : 0));
  }

  /** Everything, for export (and for planning an import merge). */
  async getAll(): Promise<{ annotations: StoredAnnotation[]; pages: PageRecord[] }> {
    const all = await this.storage.get(null);
    const annotations: StoredAnnotation[] = [];
    const pages: PageRecord[] = [];
    for (const key of Object.keys(all)) {
      const kind = recordKindOfKey(key);
      if (kind === 'annotation') annotations.push(this.read<StoredAnnotation>(key, all)!);
      else if (kind === 'page') pages.push(this.read<PageRecord>(key, all)!);
    }
    annotations.sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : 0));
    return { annotations, pages };
  }

  /** Create or replace a page record (new analysis of the page). */
  upsertPage(page: PageRecord): Promise<StoreResult<PageRecord>> {
    return this.write(async () => {
      const url = normalizePageUrl(page.url);
      const stored = this.read<PageRecord>(pageKey(url), await this.storage.get(pageKey(url)));
      const record = this.mergePage(stored, { ...page, url });
      await this.storage.set({ [pageKey(url)]: record });
      return record;
    });
  }

  /**
   * Write imported records (already validated and merged by store/import):
   * checked first, nothing written if any record is malformed; then written
   * in batches, each one storage.set() with its page indexes, each its own
   * queued task so saves from open tabs are not held up by a long import.
   * A failed batch stops the import; the error says how much was written.
   * An annotation already stored on another page is left where it is and
   * reported (refusedMoves): the manager's merge plan refuses it first; this
   * keeps the rule for any other caller.
   */
  async importMany(records: ImportRecords, batchSize = IMPORT_WRITE_SIZE): Promise<StoreResult<ImportReport>> {
    const problems = [
      ...records.annotations.flatMap((a, i) => annotationProblems(a).map((p) => `annotations[${i}]: ${p}`)),
      ...records.pages.flatMap((p, i) => (typeof p?.url === 'string' && p.url ? [] : [`pages[${i}]: url missing`])),
    ];
    if (problems.length > 0) return { ok: false, error: 'invalid', message: problems.slice(0, 20).join('; ') };

    // Pages first: an import stopped half-way leaves listed pages with some
    // annotations, never annotations whose page the manager cannot list.
    const batches: { annotations: readonly Annotation[]; pages: readonly PageRecord[] }[] = [];
    for (let i = 0; i < records.pages.length; i += batchSize) batches.push({ annotations: [], pages: records.pages.slice(i, i + batchSize) });
    for (let i = 0; i < records.annotations.length; i += batchSize) {
      batches.push({ annotations: records.annotations.slice(i, i + batchSize), pages: [] });
    }
    const report: ImportReport = { annotations: 0, pages: 0, batches: 0, refusedMoves: [] };
    for (const batch of batches) {
      const result = await this.write(() => this.writeImportBatch(batch.annotations, batch.pages));
      if (!result.ok) {
        return { ...result, message: `${result.message} (written before the failure: ${report.annotations} annotations, ${report.pages} pages)` };
      }
      report.annotations += batch.annotations.length - result.value.length;
      report.pages += batch.pages.length;
      report.batches += 1;
      report.refusedMoves.push(...result.value);
    }
    return { ok: true, value: report };
  }

  /** One storage.set() of the batch; resolves with the ids refused because they would move to another page. */
  private async writeImportBatch(annotations: readonly Annotation[], pages: readonly PageRecord[]): Promise<string[]> {
    const stored = annotations.map((a) => this.stamp(a));
    const urls = [...new Set(stored.map((a) => a.target.source))];
    const existing = await this.storage.get([...stored.map((a) => annotationKey(a.id)), ...urls.map(pageIndexKey)]);
    const items: Record<string, unknown> = {};
    const indexes = new Map<string, string[]>();
    const indexOf = (url: string): string[] => {
      let ids = indexes.get(url);
      if (!ids) {
        ids = [...(this.read<PageIndexRecord>(pageIndexKey(url), existing)?.ids ?? [])];
        indexes.set(url, ids);
      }
      return ids;
    };
    const refusedMoves: string[] = [];
    for (const annotation of stored) {
      const previous = this.read<StoredAnnotation>(annotationKey(annotation.id), existing);
      if (previous && previous.target.source !== annotation.target.source) {
        refusedMoves.push(annotation.id);
        continue;
      }
      const ids = indexOf(annotation.target.source);
      if (!ids.includes(annotation.id)) ids.push(annotation.id);
      items[annotationKey(annotation.id)] = annotation;
    }
    for (const [url, ids] of indexes) items[pageIndexKey(url)] = { schemaVersion: SCHEMA_VERSION, url, ids };
    for (const page of pages) {
      const url = normalizePageUrl(page.url);
      items[pageKey(url)] = { ...page, url, schemaVersion: SCHEMA_VERSION };
    }
    await this.storage.set(items);
    return refusedMoves;
  }

  /** Run a write in the queue and turn its outcome into a StoreResult. */
  private async write<T>(operation: () => Promise<T>): Promise<StoreResult<T>> {
    try {
      return { ok: true, value: await this.queue.run(operation) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof NotFound) return { ok: false, error: 'not-found', message };
      if (error instanceof OverLimits || error instanceof IdTaken) return { ok: false, error: 'invalid', message };
      return { ok: false, error: QUOTA_MESSAGE.test(message) ? 'quota' : 'write-failed', message };
    }
  }

  /** A record from a get() result, migrated to the current schema; null when absent. */
  private read<T>(key: string, records: Record<string, unknown>): T | null {
    const value = records[key];
    const kind = recordKindOfKey(key);
    if (typeof value !== 'object' || value === null || !kind) return null;
    return migrateRecord<T>(kind, value as Record<string, unknown>).record;
  }

  private stamp(annotation: Annotation): StoredAnnotation {
    const source = normalizePageUrl(annotation.target.source);
    return { ...annotation, target: { ...annotation.target, source }, schemaVersion: SCHEMA_VERSION };
  }

  /** The page index items that drop `annotation` from its (old) page. */
  private async withoutId(annotation: StoredAnnotation): Promise<Record<string, unknown>> {
    const url = annotation.target.source;
    const ids = await this.withoutIdIds(annotation);
    return { [pageIndexKey(url)]: { schemaVersion: SCHEMA_VERSION, url, ids } };
  }

  private async withoutIdIds(annotation: StoredAnnotation): Promise<string[]> {
    const key = pageIndexKey(annotation.target.source);
    const index = this.read<PageIndexRecord>(key, await this.storage.get(key));
    return (index?.ids ?? []).filter((id) => id !== annotation.id);
  }

  private mergePage(stored: PageRecord | null, incoming: PageRecord): PageRecord {
    const time = this.now().toISOString();
    return {
      ...incoming,
      schemaVersion: SCHEMA_VERSION,
      firstSavedAt: stored?.firstSavedAt ?? incoming.firstSavedAt ?? time,
      updatedAt: time,
    };
  }

  /** A minimal page record from an annotation's page snapshot, so the manager can list the article. */
  private pageFromSnapshot(annotation: StoredAnnotation): PageRecord {
    const time = this.now().toISOString();
    return pageRecordFromSnapshot(annotation.target.source, annotation.page, { firstSavedAt: time, updatedAt: time });
  }
}

class NotFound extends Error {
  constructor(id: string) {
    super(`annotation not found: ${id}`);
  }
}

class OverLimits extends Error {}

/** A new highlight's id that another page's highlight already has. */
class IdTaken extends Error {}

function refuseOverLimits(annotation: Annotation): void {
  const problems = limitProblems(annotation);
  if (problems.length > 0) throw new OverLimits(`${annotation.id}: ${problems.join('; ')}`);
}

function annotationProblems(a: Annotation): string[] {
  const problems: string[] = [];
  if (typeof a?.id !== 'string' || !a.id) problems.push('id missing');
  if (a?.type !== 'Annotation') problems.push('type is not "Annotation"');
  if (typeof a?.target?.source !== 'string' || !a.target.source) problems.push('target.source missing');
  if (!Array.isArray(a?.target?.selector)) problems.push('target.selector is not a list');
  if (!Array.isArray(a?.body)) problems.push('body is not a list');
  if (typeof a?.created !== 'string' || typeof a?.modified !== 'string') problems.push('created/modified missing');
  if (problems.length === 0) problems.push(...limitProblems(a));
  return problems;
}

function positionOf(annotation: Annotation): number {
  const position = annotation.target.selector.find((s) => s.type === 'TextPositionSelector');
  return position?.type === 'TextPositionSelector' ? position.start : Number.MAX_SAFE_INTEGER;
}

function byReadingOrder(a: Annotation, b: Annotation): number {
  return positionOf(a) - positionOf(b) || (a.created < b.created ? -1 : a.created > b.created ? 1 : 0);
}
