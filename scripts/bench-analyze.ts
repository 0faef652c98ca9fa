// Benchmark (not a test): how long analyze() takes on each corpus page in
// Node + jsdom, next to the floor of one plain TreeWalker pass over the
// page's text nodes. Parsing is excluded; each page is warmed up, then timed
// RUNS times and the median reported. "reading" is the page-reading half
// (walk, headline, body, page kind, metadata) without formulations and
// summary. jsdom's DOM is several times slower than a browser's, so these
// figures are an upper bound for the content script.
//   npm run --silent bench:analyze [-- --runs N] [-- --corpus DIR]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtml } from '../src/cli/decode-html.ts';
import { analyze } from '../src/core/index.ts';
import { isCandidatePage } from '../src/core/prefilter.ts';
import { collectTextBlocks, findArticleBody } from '../src/core/body/index.ts';
import { extractMetadata, readPage } from '../src/core/metadata/index.ts';
import { classifyPage } from '../src/core/page-kind/index.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const RUNS = Number(option('--runs') ?? 15);
const WARMUP = 3;
const corpusDir = path.resolve(option('--corpus') ?? path.join(here, '../../shared/corpus'));
const pagesDir = path.join(corpusDir, 'pages');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(fn: () => unknown): number {
  for (let i = 0; i < WARMUP; i += 1) fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/**
 * The page-reading half of analyze() alone (walk, headline, body, page kind,
 * metadata), without formulations, verdict and summary: shows where the time goes.
 */
function readOnly(doc: Document): unknown {
  const scan = collectTextBlocks(doc.body ?? doc.documentElement);
  const reading = readPage(doc, scan.landmarks);
  const body = findArticleBody(doc, { scan, title: reading.title.title });
  if (!classifyPage(body, scan).isArticle) return null;
  return extractMetadata({
    doc, reading, blocks: scan.blocks, bodyRoot: body.root, bodyBylines: body.bylines, sourceSlots: scan.landmarks.sourceSlots,
  });
}

/** The floor: visit every text node once and read its data. */
function plainTextPass(doc: Document): number {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* SHOW_TEXT */);
  let chars = 0;
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) chars += (n as Text).data.length;
  return chars;
}

let files: string[];
try {
  files = readdirSync(pagesDir).filter((f) => f.endsWith('.html')).sort();
} catch {
  console.error(`找不到语料目录：${pagesDir}`);
  process.exit(1);
}

const rows: string[][] = [['page', 'KB', 'elements', 'article', 'analyze ms', 'reading ms', 'text pass ms', 'ratio', 'prefilter ms']];
const analyzeTimes: number[] = [];
const ratios: number[] = [];
for (const file of files) {
  const bytes = readFileSync(path.join(pagesDir, file));
  const doc = new JSDOM(decodeHtml(bytes).text, { virtualConsole: new VirtualConsole() }).window.document;
  const result = analyze(doc);
  const analyzeMs = time(() => analyze(doc));
  const readingMs = time(() => readOnly(doc));
  const floorMs = time(() => plainTextPass(doc));
  const prefilterMs = time(() => isCandidatePage(doc));
  analyzeTimes.push(analyzeMs);
  ratios.push(analyzeMs / floorMs);
  rows.push([
    file.slice(0, 44),
    (bytes.length / 1024).toFixed(0),
    String(doc.getElementsByTagName('*').length),
    result.isArticle ? 'yes' : 'no',
    analyzeMs.toFixed(2),
    readingMs.toFixed(2),
    floorMs.toFixed(2),
    (analyzeMs / floorMs).toFixed(1) + '×',
    prefilterMs.toFixed(3),
  ]);
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const row of rows) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
console.log(`\n${files.length} pages, ${RUNS} runs each after ${WARMUP} warm-up runs (median).`);
console.log(`analyze(): median ${median(analyzeTimes).toFixed(2)} ms, max ${Math.max(...analyzeTimes).toFixed(2)} ms; median ratio to one text pass ${median(ratios).toFixed(1)}×.`);
