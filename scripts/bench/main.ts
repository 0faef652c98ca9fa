// `npm run bench`: performance against the tools users would otherwise use,
// in headless Chromium, with the budgets of issue 6 (docs/PERFORMANCE.md).
// Not part of `npm test`. Prints a table and writes bench-results.json.
//   npm run bench [-- --only analysis,bailout,anchoring,storage,size] [-- --rounds N]
//   npm run bench -- --profile analyze@PAGE.html | anchor-edited@PAGE.html | ...
//     (targets: page/profile-targets.ts) runs one measurement under Chromium's
//     CPU profiler and prints where the time goes, instead of the bench.
//   npm run bench -- --substitute src/a.ts=path/to/proposed-a.ts
//     benches a proposed version of a module without editing it.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { budgetRow, LIMITS, type BudgetRow } from './budgets.ts';
import { measureBundleSizes, type BundleSizes } from './bundle-sizes.ts';
import { buildBenchBundles } from './bundles.ts';
import { englishArticleHtml } from './english-page.ts';
import type { StorageFigures } from './extension/storage.ts';
import { profileInPage, sourceFilesOfLines } from './cpu-profile.ts';
import type { AnalysisFigures } from './page/analysis.ts';
import type { ProfileTarget } from './page/profile-targets.ts';
import type { AnchoringFigures } from './page/anchoring.ts';
import type { BailOutFigures } from './page/bail-out.ts';
import { formatReport } from './report.ts';
import { servePages } from './server.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus');
const pagesDir = path.join(corpusDir, 'pages');

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const SECTIONS = ['analysis', 'bailout', 'anchoring', 'storage', 'size'] as const;
type Section = (typeof SECTIONS)[number];
const only = new Set((option('--only') ?? SECTIONS.join(',')).split(',') as Section[]);
const ROUNDS = Number(option('--rounds') ?? 9);
const WARMUP_ROUNDS = 2;
const ANCHOR_REPEATS = Number(option('--anchor-repeats') ?? 5);
const PROFILE = option('--profile');
/** `--substitute FROM=TO[,FROM=TO]`: bench a proposed version of a module (see bundles.ts); the results say so. */
const SUBSTITUTES = Object.fromEntries(
  (option('--substitute') ?? '').split(',').filter(Boolean).map((pair) => pair.split('=') as [string, string]),
);

interface GoldEntry { file: string; is_article: boolean }

type PageResult<T> = { file: string } & ({ ok: true; figures: T } | { ok: false; error: string });

export interface BenchResults {
  date: string;
  chromium: string;
  machine: { cpus: number; node: string };
  /** Modules replaced for this run (--substitute); empty for a run of the code as it is. */
  substitutes: Record<string, string>;
  analysis: PageResult<AnalysisFigures>[];
  bailOut: PageResult<BailOutFigures>[];
  anchoring: (AnchoringFigures & { file: string }) | { file: string; error: string } | null;
  storage: StorageFigures | { error: string } | null;
  sizes: BundleSizes | null;
  budgets: BudgetRow[];
}

const LAUNCH_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Saved pages name scripts and images on their original hosts: fail those at once, serve only ours.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

async function openWithBench(context: BrowserContext, url: string, pageScript: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  // A page that navigated away would have the bench time some other document.
  if (page.url() !== url) throw new Error(`the page navigated away to ${page.url()}`);
  await page.evaluate(pageScript);
  return page;
}

async function inPage<T>(context: BrowserContext, url: string, pageScript: string, run: (page: Page) => Promise<T>): Promise<T> {
  const page = await openWithBench(context, url, pageScript);
  try {
    return await run(page);
  } finally {
    await page.close();
  }
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message.split('\n')[0]! : String(error));

async function main(): Promise<void> {
  if (!existsSync(pagesDir)) {
    console.error(`找不到语料目录 ${pagesDir}：基准测试需要 ../shared/corpus（与仓库同级）。`);
    process.exit(1);
  }
  const gold = JSON.parse(readFileSync(path.join(corpusDir, 'gold.json'), 'utf8')) as GoldEntry[];
  const files = readdirSync(pagesDir).filter((f) => f.endsWith('.html')).sort();
  const nonArticles = gold.filter((g) => !g.is_article).map((g) => g.file);
  const started = Date.now();
  const log = (message: string): void => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

  const buildDir = mkdtempSync(path.join(tmpdir(), 'dangjian-bench-'));
  const bundles = await buildBenchBundles(repoRoot, buildDir, PROFILE !== undefined, SUBSTITUTES);
  if (Object.keys(SUBSTITUTES).length > 0) log(`substituted modules: ${JSON.stringify(SUBSTITUTES)}`);
  const server = await servePages(pagesDir, { 'generated-english-article.html': englishArticleHtml() });
  const context = await chromium.launchPersistentContext(path.join(buildDir, 'profile'), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...LAUNCH_ARGS, `--disable-extensions-except=${bundles.extensionDir}`, `--load-extension=${bundles.extensionDir}`],
  });
  const results: BenchResults = {
    date: new Date().toISOString(),
    chromium: context.browser()?.version() ?? (await versionOf(context)),
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    substitutes: SUBSTITUTES,
    analysis: [], bailOut: [], anchoring: null, storage: null, sizes: null, budgets: [],
  };

  if (PROFILE !== undefined) {
    try {
      await runProfile(context, server.origin, bundles.pageScript, PROFILE);
    } finally {
      await context.close();
      await server.close();
      rmSync(buildDir, { recursive: true, force: true });
    }
    return;
  }

  try {
    if (only.has('analysis') || only.has('anchoring')) {
      for (const file of files) {
        log(`analysis ${file}`);
        try {
          const figures = await inPage(context, `${server.origin}/${file}`, bundles.pageScript, (page) =>
            page.evaluate(([rounds, warmup]) => (globalThis as any).__djBench.benchAnalysis(rounds, warmup) as AnalysisFigures, [ROUNDS, WARMUP_ROUNDS]),
          );
          results.analysis.push({ file, ok: true, figures });
        } catch (error) {
          results.analysis.push({ file, ok: false, error: errorText(error) });
        }
      }
    }

    if (only.has('bailout')) {
      for (const file of ['generated-english-article.html', ...nonArticles]) {
        log(`bail-out ${file}`);
        try {
          const figures = await inPage(context, `${server.origin}/${file}`, bundles.pageScript, (page) =>
            page.evaluate((samples) => (globalThis as any).__djBench.benchBailOut(samples) as Promise<BailOutFigures>, ROUNDS),
          );
          results.bailOut.push({ file, ok: true, figures });
        } catch (error) {
          results.bailOut.push({ file, ok: false, error: errorText(error) });
        }
      }
    }

    if (only.has('anchoring')) {
      // The longest article of the corpus, by the length of the body our analysis found.
      const articles = results.analysis.filter((r): r is Extract<typeof r, { ok: true }> => r.ok && r.figures.ours.isArticle);
      const longest = articles.sort((a, b) => b.figures.ours.charCount - a.figures.ours.charCount)[0];
      if (longest) {
        log(`anchoring on ${longest.file}`);
        try {
          const figures = await inPage(context, `${server.origin}/${longest.file}`, bundles.pageScript, (page) =>
            page.evaluate(([repeats]) => (globalThis as any).__djBench.benchAnchoring([100, 500], repeats) as Promise<AnchoringFigures>, [ANCHOR_REPEATS]),
          );
          results.anchoring = { file: longest.file, ...figures };
        } catch (error) {
          results.anchoring = { file: longest.file, error: errorText(error) };
        }
      }
    }

    if (only.has('storage')) {
      log('storage (10,000 annotations over 1,000 pages, chrome.storage.local)');
      try {
        const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
        const extensionId = new URL(worker.url()).host;
        const page = await context.newPage();
        await page.goto(`chrome-extension://${extensionId}/bench.html`);
        results.storage = await page.evaluate(() => (globalThis as any).__djStorageBench.benchStorage(1000, 10_000, 30) as Promise<StorageFigures>);
        await page.close();
      } catch (error) {
        results.storage = { error: errorText(error) };
      }
    }
  } finally {
    await context.close();
    await server.close();
    rmSync(buildDir, { recursive: true, force: true });
  }

  if (only.has('size')) {
    log('size (npm run build, dist/chrome)');
    results.sizes = measureBundleSizes(repoRoot);
  }

  results.budgets = evaluateBudgets(results);
  writeFileSync(path.join(repoRoot, 'bench-results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(formatReport(results));
  log('done; figures in bench-results.json');
}

async function runProfile(context: BrowserContext, origin: string, pageScript: string, spec: string): Promise<void> {
  const [target, file] = spec.split('@') as [ProfileTarget, string | undefined];
  if (!file) throw new Error('--profile TARGET@PAGE.html: name the corpus page');
  const outFile = path.join(tmpdir(), `dangjian-bench-${target}-${path.basename(file, '.html')}.cpuprofile`);
  const hot = await inPage(context, `${origin}/${file}`, pageScript, (page) =>
    profileInPage(page, () => page.evaluate((t) => (globalThis as any).__djBench.repeatFor(t, 3000) as Promise<number>, target), outFile, sourceFilesOfLines(pageScript)),
  );
  console.log(`CPU profile of ${target} on ${file} (self time, top 25); full profile: ${outFile}`);
  for (const h of hot.slice(0, 25)) console.log(`${h.selfMs.toFixed(1).padStart(8)} ms ${(h.share * 100).toFixed(1).padStart(5)}%  ${h.name}`);
}

async function versionOf(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  const agent = await page.evaluate(() => navigator.userAgent);
  await page.close();
  return /Chrome\/([\d.]+)/.exec(agent)?.[1] ?? agent;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? Number.NaN : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function evaluateBudgets(results: BenchResults): BudgetRow[] {
  const rows: BudgetRow[] = [];
  const analysed = results.analysis.filter((r): r is Extract<typeof r, { ok: true }> => r.ok && Number.isFinite(r.figures.readabilityParseMs));
  if (analysed.length > 0) {
    const ratios = analysed.map((r) => r.figures.analyzeMs / (r.figures.cloneMs + r.figures.readabilityParseMs));
    rows.push(budgetRow('analysis ÷ Readability (clone + parse), median page', median(ratios), LIMITS.analysisVsReadability, '×'));
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
    for (const e of storage.exports) rows.push(budgetRow(`export 10,000 as ${e.format} (load + format)`, e.loadAndFormatMs.medianMs, LIMITS.exportMs, 'ms'));
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

await main();
