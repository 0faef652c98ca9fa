// Merge planning: what to write so that validated incoming records join the
// store. Pure: the repository applies the plan in one write.
// - Annotations merge by id. A new id is added. A stored one is never
//   rewritten silently: when the file's version is newer and differs, it is
//   listed in `changes` and written only if the reader accepts it
//   (acceptChanges); otherwise (older, or the same content) it is skipped.
// - A record whose id is stored on another page is refused, with a located
//   message: an import never moves the reader's annotation to another page
//   (minting a new id instead would add a copy on every run of the same file).
// - Page records merge field by field (see mergePageRecords).
// - An annotation whose page has no record anywhere (bare W3C files carry no
//   page records) gets a minimal one from its page snapshot, so the manager
//   can list the article.
import type { ArticleMetadata } from '../../core/types.ts';
import { SCHEMA_VERSION, type PageRecord, type StoredAnnotation } from '../model.ts';
import { pageRecordFromSnapshot } from '../page-record.ts';
import { sameRecord } from '../same-record.ts';
import { Location, type ImportIssue } from './import-issues.ts';

export interface ExistingRecords {
  annotations: ReadonlyMap<string, StoredAnnotation>;
  pages: ReadonlyMap<string, PageRecord>;
}

export interface IncomingRecords {
  annotations: readonly StoredAnnotation[];
  pages: readonly PageRecord[];
  /** Where each annotation is in the file (validateImportFile gives them), for located messages. */
  locations?: ReadonlyMap<string, Location>;
}

export interface MergeSummary {
  added: number;
  updated: number;
  skipped: number;
}

export interface AnnotationMergeSummary extends MergeSummary {
  /** Stored annotations the file would have changed, kept as the reader had them. */
  kept: number;
  /** Records refused: their id is stored on another page. */
  refused: number;
}

/** A stored annotation and the file's newer, different version of it. */
export interface AnnotationChange {
  stored: StoredAnnotation;
  incoming: StoredAnnotation;
}

export interface MergePlan {
  toWrite: { annotations: StoredAnnotation[]; pages: PageRecord[] };
  /** Counts of annotations, as the import dialog reports them. */
  summary: AnnotationMergeSummary;
  pageSummary: MergeSummary;
  /** Changes to stored annotations awaiting the reader's choice; not in toWrite until accepted. */
  changes: AnnotationChange[];
  /** One located message per refused record. */
  refused: ImportIssue[];
}

export function planMerge(existing: ExistingRecords, incoming: IncomingRecords): MergePlan {
  const summary: AnnotationMergeSummary = { added: 0, updated: 0, skipped: 0, kept: 0, refused: 0 };
  const annotations: StoredAnnotation[] = [];
  const changes: AnnotationChange[] = [];
  const refused: ImportIssue[] = [];
  const refusedIds = new Set<string>();
  for (const annotation of incoming.annotations) {
    const stored = existing.annotations.get(annotation.id);
    if (!stored) {
      summary.added += 1;
      annotations.push(annotation);
    } else if (stored.target.source !== annotation.target.source) {
      summary.refused += 1;
      refusedIds.add(annotation.id);
      refused.push(refusedMove(annotation, stored, incoming.locations?.get(annotation.id)));
    } else if (isLater(annotation.modified, stored.modified) && !sameRecord({ ...annotation, modified: '' }, { ...stored, modified: '' })) {
      changes.push({ stored, incoming: annotation });
    } else {
      summary.skipped += 1;
    }
  }
  const accepted = refusedIds.size > 0 ? incoming.annotations.filter((a) => !refusedIds.has(a.id)) : incoming.annotations;

  const pageSummary: MergeSummary = { added: 0, updated: 0, skipped: 0 };
  const pages = new Map<string, PageRecord>();
  for (const page of [...incoming.pages, ...pagesForUnrecordedSources(existing, { ...incoming, annotations: accepted })]) {
    const stored = existing.pages.get(page.url);
    if (!stored) {
      pageSummary.added += 1;
      pages.set(page.url, page);
      continue;
    }
    const merged = mergePageRecords(stored, page);
    if (sameRecord(merged, stored)) pageSummary.skipped += 1;
    else {
      pageSummary.updated += 1;
      pages.set(page.url, merged);
    }
  }
  return { toWrite: { annotations, pages: [...pages.values()] }, summary, pageSummary, changes, refused };
}

/**
 * The plan with the reader's choice applied: the changes whose stored id is
 * in `acceptedIds` are written, the others kept as the reader had them.
 */
export function acceptChanges(plan: MergePlan, acceptedIds: ReadonlySet<string>): MergePlan {
  const accepted = plan.changes.filter((change) => acceptedIds.has(change.stored.id)).map((change) => change.incoming);
  return {
    ...plan,
    toWrite: { ...plan.toWrite, annotations: [...plan.toWrite.annotations, ...accepted] },
    summary: { ...plan.summary, updated: plan.summary.updated + accepted.length, kept: plan.summary.kept + plan.changes.length - accepted.length },
    changes: [],
  };
}

function refusedMove(annotation: StoredAnnotation, stored: StoredAnnotation, at: Location | undefined): ImportIssue {
  const where = (at ?? Location.root().startRecord({ record: 'AnnotationId', id: annotation.id })).key('target').key('source');
  return where.issue('MovedAcrossPages', [stored.target.source]);
}

/** True when ISO timestamp `a` is strictly later than `b` (time zones compared, not strings). */
function isLater(a: string, b: string): boolean {
  return Date.parse(a) > Date.parse(b);
}

/**
 * The newer record (by `updatedAt`; a tie favours the stored one) gives each
 * field; a field it lacks (null metadata, empty slogans or key points) is
 * kept from the other, since an analysis that found nothing should not erase
 * one that found something. The saved-since date is the earlier of the two.
 */
export function mergePageRecords(stored: PageRecord, incoming: PageRecord): PageRecord {
  const incomingIsNewer = isLater(incoming.updatedAt, stored.updatedAt);
  const newer = incomingIsNewer ? incoming : stored;
  const older = incomingIsNewer ? stored : incoming;
  const metadata = {} as ArticleMetadata;
  for (const key of Object.keys(stored.metadata) as (keyof ArticleMetadata)[]) {
    metadata[key] = newer.metadata[key] ?? older.metadata[key];
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    url: stored.url,
    metadata,
    partyBuilding: newer.partyBuilding,
    slogans: newer.slogans.length > 0 ? newer.slogans : older.slogans,
    keyPoints: newer.keyPoints.length > 0 ? newer.keyPoints : older.keyPoints,
    firstSavedAt: isLater(incoming.firstSavedAt, stored.firstSavedAt) ? stored.firstSavedAt : incoming.firstSavedAt,
    updatedAt: newer.updatedAt,
  };
}

/** Minimal page records for incoming annotations whose page is recorded neither in the file nor in the store. */
function pagesForUnrecordedSources(existing: ExistingRecords, incoming: IncomingRecords): PageRecord[] {
  const recorded = new Set(incoming.pages.map((p) => p.url));
  const bySource = new Map<string, StoredAnnotation[]>();
  for (const annotation of incoming.annotations) {
    const url = annotation.target.source;
    if (recorded.has(url) || existing.pages.has(url)) continue;
    const list = bySource.get(url);
    if (list) list.push(annotation);
    else bySource.set(url, [annotation]);
  }
  return [...bySource].map(([url, list]) => pageFromSnapshots(url, list));
}

function pageFromSnapshots(url: string, annotations: StoredAnnotation[]): PageRecord {
  const byModified = [...annotations].sort((a, b) => Date.parse(b.modified) - Date.parse(a.modified));
  const created = annotations.map((a) => a.created).sort((a, b) => Date.parse(a) - Date.parse(b));
  // The newest snapshot describes the page as it was last seen.
  return pageRecordFromSnapshot(url, byModified.find((a) => a.page)?.page, {
    firstSavedAt: created[0] ?? byModified[0]?.created ?? '',
    updatedAt: byModified[0]?.modified ?? '',
  });
}
