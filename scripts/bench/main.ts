// `npm run bench`: performance against the tools users would otherwise use,
// in headless Chromium, with the budgets of issue 6 (docs/PERFORMANCE.md).
// Not part of `npm test`. Prints a table and writes bench-results.json.
//   npm run bench [-- --only analysis,bailout,anchoring,storage,size] [-- --rounds N] [-- --corpus DIR]
//     The corpus is both sets: DIR/pages (with DIR/gold.json) and, when present, DIR/wide/pages.
//   npm run bench -- --profile analyze@PAGE.html | anchor-edited@PAGE.html | engine-load@PAGE.html | ...
//     (targets: page/profile-targets.ts, and engine-load) runs one measurement under Chromium's
//     CPU profiler and prints where the time goes, instead of the bench.
//   npm run bench -- --substitute src/a.ts=path/to/proposed-a.ts
//     benches a proposed version of a module without editing it.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { benchExtensionId, inPage, launchBenchBrowser, versionOf, type PageBenchScope, type StorageBenchScope } from './browser.ts';
import { evaluateBudgets } from './budgets.ts';
import { measureBundleSizes } from './bundle-sizes.ts';
import { buildBenchBundles, type BenchBundles } from './bundles.ts';
import { englishArticleHtml } from './english-page.ts';
import { profileInPage, sourceFilesOfLines } from './cpu-profile.ts';
import type { ProfileTarget } from './page/profile-targets.ts';
import { formatReport } from './report.ts';
import type { BenchResults } from './results.ts';
import { servePages } from './server.ts';

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpusDir = path.resolve(option('--corpus') ?? path.join(repoRoot, '../shared/corpus'));
/** The corpus sets, each a folder of pages and its gold.json, relative to corpusDir. */
const CORPUS_SETS = [
  { name: 'pages', pages: 'pages', gold: 'gold.json', required: true },
  { name: 'wide', pages: 'wide/pages', gold: 'wide/gold.json', required: false },
] as const;
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

const errorText = (error: unknown): string => (error instanceof Error ? error.message.split('\n')[0]! : String(error));

interface CorpusPages {
  /** Every page of every set, as its path under corpusDir (pages/x.html, wide/pages/y.html). */
  files: string[];
  nonArticles: string[];
  sets: string[];
}

function readCorpus(): CorpusPages {
  const corpus: CorpusPages = { files: [], nonArticles: [], sets: [] };
  for (const set of CORPUS_SETS) {
    const pagesDir = path.join(corpusDir, set.pages);
    if (!existsSync(pagesDir) || !existsSync(path.join(corpusDir, set.gold))) {
      if (!set.required) continue;
      console.error(`找不到语料目录 ${pagesDir}：基准测试需要 ../shared/corpus（与仓库同级），或用 --corpus 目录 指定。`);
      process.exit(1);
    }
    const gold = JSON.parse(readFileSync(path.join(corpusDir, set.gold), 'utf8')) as GoldEntry[];
    corpus.sets.push(set.name);
    corpus.files.push(...readdirSync(pagesDir).filter((f) => f.endsWith('.html')).sort().map((f) => `${set.pages}/${f}`));
    corpus.nonArticles.push(...gold.filter((g) => !g.is_article).map((g) => `${set.pages}/${g.file}`));
  }
  return corpus;
}

/** A page named on the command line: its path under corpusDir, or a bare file name looked up in each set. */
function corpusPage(name: string): string {
  if (existsSync(path.join(corpusDir, name))) return name;
  const found = CORPUS_SETS.map((set) => `${set.pages}/${name}`).find((p) => existsSync(path.join(corpusDir, p)));
  if (found === undefined) throw new Error(`no corpus page ${name}`);
  return found;
}

async function main(): Promise<void> {
  const { files, nonArticles, sets } = readCorpus();
  const started = Date.now();
  const log = (message: string): void => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

  const buildDir = mkdtempSync(path.join(tmpdir(), 'dangjian-bench-'));
  const bundles = await buildBenchBundles(repoRoot, buildDir, PROFILE !== undefined, SUBSTITUTES);
  if (Object.keys(SUBSTITUTES).length > 0) log(`substituted modules: ${JSON.stringify(SUBSTITUTES)}`);
  log(`corpus sets: ${sets.join(', ')} (${files.length} pages)`);
  const server = await servePages(corpusDir, { 'generated-english-article.html': englishArticleHtml() });
  const context = await launchBenchBrowser(path.join(buildDir, 'profile'), bundles.extensionDir);
  const results: BenchResults = {
    date: new Date().toISOString(),
    chromium: context.browser()?.version() ?? (await versionOf(context)),
    machine: { cpus: cpus().length, node: process.version },
    substitutes: SUBSTITUTES,
    analysis: [], bailOut: [], anchoring: null, storage: null, sizes: null, budgets: [],
  };

  if (PROFILE !== undefined) {
    try {
      await runProfile(context, server.origin, bundles, PROFILE);
    } finally {
      await context.close();
      await server.close();
      rmSync(buildDir, { recursive: true, force: true, maxRetries: 5 });
    }
    return;
  }

  try {
    if (only.has('analysis') || only.has('anchoring')) {
      for (const file of files) {
        log(`analysis ${file}`);
        try {
          const figures = await inPage(context, `${server.origin}/${file}`, bundles.pageScript, (page) =>
            page.evaluate(({ rounds, warmup }) => (globalThis as unknown as PageBenchScope).__djBench.benchAnalysis(rounds, warmup), { rounds: ROUNDS, warmup: WARMUP_ROUNDS }),
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
          const figures = await inPage(context, `${server.origin}/${file}`, bundles.pageScript, async (page) => {
            const bailOut = await page.evaluate((samples) => (globalThis as unknown as PageBenchScope).__djBench.benchBailOut(samples), ROUNDS);
            // A page the prefilter accepts gets the engine injected before analyze() can run.
            return bailOut.candidate ? { ...bailOut, engineLoadMs: (await page.evaluate(bundles.timedEngineLoad)) as number } : bailOut;
          });
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
            page.evaluate((repeats) => (globalThis as unknown as PageBenchScope).__djBench.benchAnchoring([100, 500], repeats), ANCHOR_REPEATS),
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
        const extensionId = await benchExtensionId(context);
        const page = await context.newPage();
        await page.goto(`chrome-extension://${extensionId}/bench.html`);
        results.storage = await page.evaluate(() => (globalThis as unknown as StorageBenchScope).__djStorageBench.benchStorage(1000, 10_000, 30));
        await page.close();
      } catch (error) {
        results.storage = { error: errorText(error) };
      }
    }
  } finally {
    await context.close();
    await server.close();
    rmSync(buildDir, { recursive: true, force: true, maxRetries: 5 });
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

async function runProfile(context: BrowserContext, origin: string, bundles: BenchBundles, spec: string): Promise<void> {
  const [target, file] = spec.split('@') as [ProfileTarget | 'engine-load', string | undefined];
  if (!file) throw new Error('--profile TARGET@PAGE.html: name the corpus page');
  const outFile = path.join(tmpdir(), `dangjian-bench-${target}-${path.basename(file, '.html')}.cpuprofile`);
  const hot = await inPage(context, `${origin}/${corpusPage(file)}`, bundles.pageScript, (page) =>
    target === 'engine-load'
      ? // One cold evaluation of the injected engine: what a candidate page pays before analyze() can run.
        profileInPage(page, () => page.evaluate(bundles.timedEngineLoad), outFile, sourceFilesOfLines(bundles.timedEngineLoad))
      : profileInPage(page, () => page.evaluate((t) => (globalThis as unknown as PageBenchScope).__djBench.repeatFor(t, 3000), target), outFile, sourceFilesOfLines(bundles.pageScript)),
  );
  console.log(`CPU profile of ${target} on ${file} (self time, top 25); full profile: ${outFile}`);
  for (const h of hot.slice(0, 25)) console.log(`${h.selfMs.toFixed(1).padStart(8)} ms ${(h.share * 100).toFixed(1).padStart(5)}%  ${h.name}`);
}

await main();
