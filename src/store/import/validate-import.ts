// The whole import, up to (not including) writing: parse, find the records,
// validate every one, reject duplicates that disagree. The file is either
// accepted as a whole or refused with every problem listed; nothing is
// written in between, so a refused file leaves the store as it was.
import type { PageRecord, StoredAnnotation } from '../model.ts';
import { decodeImportFile } from './decode-import-file.ts';
import { IssueLog, type ImportIssue, type Location } from './import-issues.ts';
import { MAX_REPORTED_ERRORS } from './import-limits.ts';
import type { RecordRef } from './import-problems.ts';
import { locateRecords, type RawRecord } from './locate-records.ts';
import { DEFAULT_PARSE_LIMITS, parseImportJson, type ParseLimits } from './parse-json.ts';
import { validateAnnotation } from './validate-annotation.ts';
import { validatePage } from './validate-page.ts';

export interface ImportOptions {
  /** Called with (records validated, records in the file), first with 0 and last with the total. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Awaited every PROGRESS_CHUNK records so the caller's page can repaint its
   * progress bar. Defaults to a macrotask (setTimeout 0).
   */
  pause?: () => Promise<void>;
  limits?: Partial<ParseLimits>;
}

export type ImportResult =
  | {
      ok: true;
      annotations: StoredAnnotation[];
      pages: PageRecord[];
      warnings: ImportIssue[];
      /** Where each annotation (by id) is in the file, for messages about it later (merge). */
      locations: ReadonlyMap<string, Location>;
    }
  | { ok: false; errors: ImportIssue[]; warnings: ImportIssue[] };

export const PROGRESS_CHUNK = 500;

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The file's bytes (`new Uint8Array(await file.arrayBuffer())`): decoded strictly, then validated. */
export async function validateImportBytes(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const decoded = decodeImportFile(bytes, options.limits?.maxBytes);
  if (!decoded.ok) return { ok: false, errors: decoded.errors, warnings: [] };
  return validateImportFile(decoded.text, options);
}

export async function validateImportFile(text: string, options: ImportOptions = {}): Promise<ImportResult> {
  const log = new IssueLog(MAX_REPORTED_ERRORS);
  const refused = (): ImportResult => ({ ok: false, errors: log.listedErrors(), warnings: log.warnings });
  const parsed = parseImportJson(text, log, { ...DEFAULT_PARSE_LIMITS, ...options.limits });
  if (!parsed) return refused();
  const located = locateRecords(parsed.value, log);
  if (!located) return refused();

  const total = located.annotations.length + located.pages.length;
  const pause = options.pause ?? yieldToEventLoop;
  let done = 0;
  options.onProgress?.(0, total);
  const step = async (): Promise<void> => {
    done += 1;
    if (done % PROGRESS_CHUNK === 0 && done < total) {
      options.onProgress?.(done, total);
      await pause();
    }
  };

  const annotations = new UniqueRecords<StoredAnnotation>('id');
  for (const record of located.annotations) {
    const annotation = validateAnnotation(record.raw, record.at, log);
    if (annotation) annotations.add(annotation.id, annotation, record, log);
    await step();
  }
  const pages = new UniqueRecords<PageRecord>('url');
  for (const record of located.pages) {
    const page = validatePage(record.raw, record.at, log);
    if (page) pages.add(page.url, page, record, log);
    await step();
  }
  options.onProgress?.(total, total);
  if (log.errorCount > 0) return refused();
  return { ok: true, annotations: annotations.values(), pages: pages.values(), warnings: log.warnings, locations: annotations.locations() };
}

/**
 * Records keyed by id (or URL): an exact repeat is dropped with a warning (a
 * file concatenated from two exports); the same key with different content is
 * an error, since either choice could lose the reader's work.
 */
class UniqueRecords<T> {
  private readonly byKey = new Map<string, { value: T; record: RecordRef; at: Location }>();

  constructor(private readonly keyName: string) {}

  add(key: string, value: T, record: RawRecord, log: IssueLog): void {
    const earlier = this.byKey.get(key);
    if (!earlier) {
      this.byKey.set(key, { value, record: record.at.record, at: record.at });
      return;
    }
    // Validated records are built in one fixed key order, so their JSON texts
    // are equal exactly when their contents are.
    if (JSON.stringify(earlier.value) === JSON.stringify(value)) log.warn(record.at, 'DuplicateSkipped', earlier.record);
    else log.error(record.at, 'DuplicateConflict', earlier.record, this.keyName);
  }

  values(): T[] {
    return [...this.byKey.values()].map((entry) => entry.value);
  }

  locations(): Map<string, Location> {
    return new Map([...this.byKey].map(([key, entry]) => [key, entry.at]));
  }
}
