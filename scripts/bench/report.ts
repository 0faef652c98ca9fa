// The printed report: one table per section, then the budgets.
import { analysisRatios, median } from './budgets.ts';
import type { BenchResults } from './results.ts';

function table(title: string, header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, c) => Math.max(...cells.map((row) => [...(row[c] ?? '')].length)));
  const line = (row: string[]): string => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [`\n${title}`, line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

const ms = (value: number): string => (Number.isFinite(value) ? (value < 1 ? value.toFixed(3) : value.toFixed(1)) : '—');
const ratio = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '—');
/** wide/pages/d001_x.html → wide/d001_x; pages/01_x.html → 01_x. */
const short = (file: string): string => file.replace(/(^|\/)pages\//, '$1').replace(/\.html$/, '').slice(0, 34);

export function formatReport(results: BenchResults): string {
  const parts: string[] = [`Chromium ${results.chromium}, ${results.machine.cpus} CPUs, Node ${results.machine.node}`];
  const substituted = Object.entries(results.substitutes);
  if (substituted.length > 0) parts.push(`NOT THE CODE AS IT IS: substituted ${substituted.map(([from, to]) => `${from} → ${to}`).join(', ')}`);

  if (results.analysis.length > 0) {
    parts.push(
      table(
        '1. Analysis, ms per page (medians of warm runs; Readability = clone + parse; first: the first call in the page, cold)',
        ['page', 'elements', 'ours', 'clone', 'parse', 'Readability', 'text pass', 'ours÷Readab.', 'ours÷parse', 'ours÷text', 'first: ours', 'Readab.'],
        results.analysis.map((r) =>
          r.ok
            ? [
                short(r.file), r.figures.elements, ms(r.figures.analyzeMs), ms(r.figures.cloneMs), ms(r.figures.readabilityParseMs),
                ms(r.figures.cloneMs + r.figures.readabilityParseMs), ms(r.figures.textPassMs),
                ratio(r.figures.analyzeMs / (r.figures.cloneMs + r.figures.readabilityParseMs)),
                ratio(r.figures.analyzeMs / r.figures.readabilityParseMs), ratio(r.figures.analyzeMs / r.figures.textPassMs),
                ms(r.figures.coldAnalyzeMs), ms(r.figures.coldReadabilityMs),
              ]
            : [short(r.file), `error: ${r.error}`, '', '', '', '', '', '', '', '', '', ''],
        ),
      ),
    );
  }

  const ratios = analysisRatios(results);
  if (ratios.length > 0) {
    const sets = [...new Set(ratios.map((r) => r.set))];
    const perSet = sets.map((set) => `${set} ${ratio(median(ratios.filter((r) => r.set === set).map((r) => r.ratio)))} (${ratios.filter((r) => r.set === set).length} pages)`);
    parts.push(`median ours÷Readability: ${perSet.join(', ')}; all ${ratio(median(ratios.map((r) => r.ratio)))}`);
  }

  if (results.bailOut.length > 0) {
    parts.push(
      table(
        '2. Bail-out, ms (warm medians after 400 ms of calls; early path: runPageAnalysis with the engine loaded; first: its first call in the page, cold; engine load: analyser.js evaluated once, cold)',
        ['page', 'candidate', 'prefilter', 'early path', 'first', 'engine load', 'analyze', 'verdict'],
        results.bailOut.map((r) =>
          r.ok
            ? [
                short(r.file), String(r.figures.candidate), ms(r.figures.prefilterMs), ms(r.figures.earlyPathMs), ms(r.figures.coldEarlyPathMs),
                r.figures.engineLoadMs === undefined ? '—' : ms(r.figures.engineLoadMs), ms(r.figures.analyzeMs),
                r.figures.isArticle ? 'article' : (r.figures.reason ?? r.figures.earlyPathStatus),
              ]
            : [short(r.file), `error: ${r.error}`, '', '', '', '', '', ''],
        ),
      ),
    );
  }

  const anchoring = results.anchoring;
  if (anchoring && 'runs' in anchoring) {
    parts.push(
      table(
        `3. Anchoring on ${short(anchoring.file)} (${anchoring.textChars} model chars, article ${anchoring.articleChars}), ms`,
        ['highlights', 'quotes', 'tool', 'total', 'work', 'longest task', 'long tasks', 'chunks', 'placed', 'correct'],
        anchoring.runs.map((run) => [
          String(run.count), run.variant, run.tool, ms(run.figures.totalMs), ms(run.figures.workMs), ms(run.figures.longestTaskMs),
          run.figures.longTasks, run.figures.chunks, run.figures.placed, run.figures.correct,
        ]),
      ),
    );
  } else if (anchoring) {
    parts.push(`\n3. Anchoring on ${anchoring.file}: error: ${anchoring.error}`);
  }

  const storage = results.storage;
  if (storage && 'saveFull' in storage) {
    const lat = (label: string, l: { medianMs: number; p95Ms: number; maxMs: number; samples: number }): string[] => [label, ms(l.medianMs), ms(l.p95Ms), ms(l.maxMs), String(l.samples)];
    parts.push(
      table(
        `4. Storage: chrome.storage.local, ${storage.annotations} annotations over ${storage.pages} pages (${(storage.bytesInUse / 1048576).toFixed(1)} MB), ms`,
        ['operation', 'median', 'p95', 'max', 'runs'],
        [
          lat('save one (empty store)', storage.saveEmpty),
          lat('save one (10,000 stored)', storage.saveFull),
          ['import 10,000 (importMany)', ms(storage.importMs), '', '', '1'],
          lat('load all (getAll)', storage.loadMs),
          lat('  of which storage.get(null) alone', storage.rawGetAllMs),
          lat('list pages (listPages)', storage.listPagesMs),
          ...(storage.pageRecordsOnlyMs ? [lat('  page + index records only (getKeys, then get)', storage.pageRecordsOnlyMs)] : []),
          lat('build search index', storage.indexMs),
          ...storage.queries.map((q) => lat(`search: ${q.label} → ${q.articles} articles / ${q.passages}`, q.ms)),
          ...storage.exports.flatMap((e) => [
            lat(`export ${e.format}: format only (${(e.bytes / 1048576).toFixed(1)} MB)`, e.formatMs),
            lat(`export ${e.format}: format + Blob, from the loaded library`, e.fileMs),
            lat(`export ${e.format}: load + format + Blob (${ms(e.phasesMs.load)} + ${ms(e.phasesMs.format)} + ${ms(e.phasesMs.blob)})`, e.loadAndFormatMs),
          ]),
        ],
      ),
    );
  } else if (storage) {
    parts.push(`\n4. Storage: error: ${storage.error}`);
  }

  const sizes = results.sizes;
  if (sizes?.ok) {
    parts.push(
      table('5. Size, dist/chrome (npm run build)', ['bundle', 'minified KB', 'gzipped KB'], sizes.bundles.map((b) => [b.file, (b.minifiedBytes / 1024).toFixed(1), (b.gzippedBytes / 1024).toFixed(1)])),
    );
  } else if (sizes) {
    parts.push(`\n5. Size: ${sizes.error}`);
  }

  parts.push(
    table(
      'Budgets (issue 6)',
      ['budget', 'measured', 'limit', ''],
      results.budgets.map((b) => [b.budget, b.unit === '×' ? ratio(b.value) : `${b.unit === 'KB' ? b.value.toFixed(1) : ms(b.value)} ${b.unit}`, `${b.limit} ${b.unit}`, b.met ? 'met' : 'MISSED']),
    ),
  );
  return parts.join('\n');
}
