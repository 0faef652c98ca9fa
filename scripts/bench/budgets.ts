// The budgets of issue 6, as checks over the measured figures. A row is
// "met" when the figure is within its limit; every row is printed and saved.
import type { BenchResults } from './results.ts';
export interface BudgetRow {
  budget: string;
  value: number;
  limit: number;
  unit: 'ms' | 'KB' | '×';
  met: boolean;
}

export function budgetRow(budget: string, value: number, limit: number, unit: BudgetRow['unit']): BudgetRow {
  return { budget, value, limit, unit, met: Number.isFinite(value) && value <= limit };
}

export const LIMITS = {
  /** Our analysis time over Readability's (with the clone it needs), on the median page of both corpus sets together. */
  analysisVsReadability: 0.5,
  bailOutMs: 0.5,
  anchor100Ms: 50,
  anchor500Ms: 250,
  longestTaskMs: 50,
  saveMs: 10,
  searchMs: 50,
  exportMs: 1000,
  contentMinifiedKB: 40,
  contentGzippedKB: 15,
  popupMinifiedKB: 60,
} as const;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? Number.NaN : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Our analysis ÷ Readability (clone + parse) on every page measured, with the corpus set it belongs to. */
export function analysisRatios(results: BenchResults): { set: string; ratio: number }[] {
  return results.analysis
    .filter((r): r is Extract<typeof r, { ok: true }> => r.ok && Number.isFinite(r.figures.readabilityParseMs))
    .map((r) => ({ set: corpusSetOf(r.file), ratio: r.figures.analyzeMs / (r.figures.cloneMs + r.figures.readabilityParseMs) }));
}

/** pages/x.html → pages, wide/pages/y.html → wide. */
export function corpusSetOf(file: string): string {
  return file.includes('/') ? file.slice(0, file.indexOf('/')) : 'pages';
}

export function evaluateBudgets(results: BenchResults): BudgetRow[] {
  const rows: BudgetRow[] = [];
  const ratios = analysisRatios(results);
  if (ratios.length > 0) {
    rows.push(budgetRow('analysis ÷ Readability (clone + parse), median page of all sets', median(ratios.map((r) => r.ratio)), LIMITS.analysisVsReadability, '×'));
  }
  for (const r of results.bailOut) {
    if (!r.ok) continue;
    if (!r.figures.candidate) {
      rows.push(budgetRow(`bail-out, non-Chinese page: prefilter (${r.file})`, r.figures.prefilterMs, LIMITS.bailOutMs, 'ms'));
      rows.push(budgetRow(`bail-out, non-Chinese page: content-script early path`, r.figures.earlyPathMs, LIMITS.bailOutMs, 'ms'));
    } else {
      rows.push(budgetRow(`bail-out, Chinese non-article: analyze → not an article (${r.file})`, r.figures.analyzeMs, LIMITS.bailOutMs, 'ms'));
    }
  }
  const anchoring = results.anchoring;
  if (anchoring && 'runs' in anchoring) {
    const ours = anchoring.runs.filter((run) => run.tool === 'ours');
    for (const run of ours) {
      const limit = run.count <= 100 ? LIMITS.anchor100Ms : LIMITS.anchor500Ms;
      rows.push(budgetRow(`anchor ${run.count} highlights, ${run.variant === 'exact' ? 'quotes unchanged' : 'quotes edited'}`, run.figures.totalMs, limit, 'ms'));
    }
    rows.push(budgetRow('anchoring: longest single task', Math.max(...ours.map((run) => run.figures.longestTaskMs)), LIMITS.longestTaskMs, 'ms'));
  }
  const storage = results.storage;
  if (storage && 'saveFull' in storage) {
    rows.push(budgetRow('save one annotation (empty store), median', storage.saveEmpty.medianMs, LIMITS.saveMs, 'ms'));
    rows.push(budgetRow('save one annotation (10,000 stored), median', storage.saveFull.medianMs, LIMITS.saveMs, 'ms'));
    rows.push(budgetRow('search 10,000 annotations, slowest query (median)', Math.max(...storage.queries.map((q) => q.ms.medianMs)), LIMITS.searchMs, 'ms'));
    // The manager exports the library it already holds (it is on screen), so the
    // reader waits for formatting and the file; the cold read of storage is the
    // manager's opening time, reported beside it (load + format + Blob).
    for (const e of storage.exports) rows.push(budgetRow(`export 10,000 as ${e.format} (format + file, from the loaded library)`, e.fileMs.medianMs, LIMITS.exportMs, 'ms'));
  }
  const sizes = results.sizes;
  if (sizes?.ok) {
    const content = sizes.bundles.find((b) => b.file === 'content.js');
    const popup = sizes.bundles.find((b) => b.file === 'popup.js');
    if (content) {
      rows.push(budgetRow('content.js minified', content.minifiedBytes / 1024, LIMITS.contentMinifiedKB, 'KB'));
      rows.push(budgetRow('content.js gzipped', content.gzippedBytes / 1024, LIMITS.contentGzippedKB, 'KB'));
    }
    if (popup) rows.push(budgetRow('popup.js minified', popup.minifiedBytes / 1024, LIMITS.popupMinifiedKB, 'KB'));
  }
  return rows;
}
