// Section 4, in an extension page of the bench extension: the repository over
// the real chrome.storage.local (the storage the product writes to), empty
// and then holding 10,000 annotations over 1,000 pages.
import { buildLibraryIndex, EMPTY_FILTER, queryLibrary, type LibraryFilter } from '../../../src/store/query/index.ts';
import { exportCsv, exportHtml, exportJson, exportMarkdown, type ExportFile, type Library } from '../../../src/store/formats/index.ts';
import { KEY_PREFIX } from '../../../src/store/migrations.ts';
import { AnnotationRepository } from '../../../src/store/repository.ts';
import type { StorageArea } from '../../../src/store/storage-area.ts';
import { median, percentile } from '../page/timing.ts';
import { generateLibrary } from './generated-library.ts';

declare const chrome: {
  storage: { local: StorageArea & { clear(): Promise<void>; getBytesInUse(keys: null): Promise<number>; getKeys?(): Promise<string[]> } };
};

export interface LatencyFigures { medianMs: number; p95Ms: number; maxMs: number; samples: number }

export interface StorageFigures {
  pages: number;
  annotations: number;
  bytesInUse: number;
  saveEmpty: LatencyFigures;
  saveFull: LatencyFigures;
  importMs: number;
  loadMs: LatencyFigures;
  /** chrome.storage.local.get(null) alone. */
  rawGetAllMs: LatencyFigures;
  listPagesMs: LatencyFigures;
  /** Reading only the page and page-index records (what listPages needs); null where getKeys is missing. */
  pageRecordsOnlyMs: LatencyFigures | null;
  indexMs: LatencyFigures;
  queries: { label: string; articles: number; passages: number; ms: LatencyFigures }[];
  exports: {
    format: string;
    bytes: number;
    formatMs: LatencyFigures;
    /**
     * What the reader waits for after clicking export in the manager, which
     * holds the whole library already (it is on screen): format + the file Blob.
     */
    fileMs: LatencyFigures;
    /** The same with the library read from storage first (what an export from a cold start would cost). */
    loadAndFormatMs: LatencyFigures;
    /** Medians of the three steps inside loadAndFormatMs. */
    phasesMs: { load: number; format: number; blob: number };
  }[];
}

function latency(values: number[]): LatencyFigures {
  return { medianMs: median(values), p95Ms: percentile(values, 95), maxMs: Math.max(...values), samples: values.length };
}

async function timeAsync(runs: number, run: () => Promise<unknown>): Promise<LatencyFigures> {
  const values: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await run();
    values.push(performance.now() - t0);
  }
  return latency(values);
}

function timeSync(runs: number, run: () => unknown): LatencyFigures {
  const values: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    run();
    values.push(performance.now() - t0);
  }
  return latency(values);
}

/** Latency of saving one new annotation, each save awaited alone (as one click does); the first few warm up. */
async function saveLatency(repository: AnnotationRepository, saves: number, seed: number): Promise<LatencyFigures> {
  const warmup = 5;
  const fresh = generateLibrary(saves + warmup, saves + warmup, seed).annotations.map((a) => ({
    ...a,
    id: `${a.id}-${seed}`,
  }));
  const values: number[] = [];
  for (const [i, annotation] of fresh.entries()) {
    const t0 = performance.now();
    const result = await repository.saveAnnotation(annotation);
    const elapsed = performance.now() - t0;
    if (!result.ok) throw new Error(`save failed: ${result.message}`);
    if (i >= warmup) values.push(elapsed);
  }
  return latency(values);
}

const QUERIES: [string, Partial<LibraryFilter>][] = [
  ['common term 坚持', { query: '坚持' }],
  ['rare term 钉钉子精神', { query: '钉钉子精神' }],
  ['absent term 乡村振兴战略', { query: '乡村振兴战略' }],
  ['two terms 两个确立 落地见效', { query: '两个确立 落地见效' }],
  ['colour + tag', { colors: ['red'], tags: ['重点'] }],
];

export async function benchStorage(pageCount: number, annotationCount: number, saves: number): Promise<StorageFigures> {
  const storage = chrome.storage.local;
  await storage.clear();
  const repository = new AnnotationRepository(storage);
  const saveEmpty = await saveLatency(repository, saves, 101);

  await storage.clear();
  const library = generateLibrary(pageCount, annotationCount);
  const t0 = performance.now();
  const imported = await repository.importMany(library);
  const importMs = performance.now() - t0;
  if (!imported.ok) throw new Error(`import failed: ${imported.message}`);

  const saveFull = await saveLatency(repository, saves, 202);
  const bytesInUse = await storage.getBytesInUse(null);

  let loaded: Library = { pages: [], annotations: [] };
  const loadMs = await timeAsync(5, async () => (loaded = await repository.getAll()));
  // The storage's own share of a load: everything read back, nothing done with it.
  const rawGetAllMs = await timeAsync(5, () => storage.get(null));
  const listPagesMs = await timeAsync(5, () => repository.listPages());
  // What listing pages could cost without reading the annotations: the keys
  // (chrome.storage.local.getKeys, Chromium 130+), then only the page and
  // page-index records.
  const pageRecordsOnlyMs =
    typeof storage.getKeys === 'function'
      ? await timeAsync(5, async () => storage.get((await storage.getKeys!()).filter((key) => !key.startsWith(KEY_PREFIX.annotation))))
      : null;

  const indexMs = timeSync(5, () => buildLibraryIndex(loaded));
  const index = buildLibraryIndex(loaded);
  const queries = QUERIES.map(([label, filter]) => {
    const full = { ...EMPTY_FILTER, ...filter };
    const result = queryLibrary(index, full, 'saved');
    return { label, articles: result.articles.length, passages: result.annotationCount, ms: timeSync(20, () => queryLibrary(index, full, 'saved')) };
  });

  const now = new Date();
  const formats: [string, (library: Library) => ExportFile][] = [
    ['JSON', (l) => exportJson(l, { now })],
    ['Markdown', (l) => exportMarkdown(l, { now })],
    ['CSV', (l) => exportCsv(l, { now })],
    ['HTML', (l) => exportHtml(l, { now })],
  ];
  const exports = [];
  for (const [format, run] of formats) {
    const bytes = new Blob([run(loaded).content]).size;
    const formatMs = timeSync(3, () => run(loaded));
    const fileMs = timeSync(3, () => new Blob([run(loaded).content]));
    // An export from a cold start: read everything, format it, make the file.
    const phases = { load: [] as number[], format: [] as number[], blob: [] as number[] };
    const loadAndFormatMs = await timeAsync(3, async () => {
      const t0 = performance.now();
      const all = await repository.getAll();
      const t1 = performance.now();
      const file = run(all);
      const t2 = performance.now();
      const blob = new Blob([file.content]);
      phases.load.push(t1 - t0);
      phases.format.push(t2 - t1);
      phases.blob.push(performance.now() - t2);
      return blob;
    });
    exports.push({
      format, bytes, formatMs, fileMs, loadAndFormatMs,
      phasesMs: { load: median(phases.load), format: median(phases.format), blob: median(phases.blob) },
    });
  }
  await storage.clear();
  return {
    pages: pageCount, annotations: annotationCount, bytesInUse,
    saveEmpty, saveFull, importMs, loadMs, rawGetAllMs, listPagesMs, pageRecordsOnlyMs, indexMs, queries, exports,
  };
}
