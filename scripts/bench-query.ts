// `node --import tsx scripts/bench-query.ts [pages] [annotations]`: how long
// the manager's search and filters take on a large generated library
// (default 1,000 pages, 10,000 annotations). Prints medians and worst cases
// over repeated runs; a measurement, not a test.
import { buildFormulationIndex, buildLibraryIndex, EMPTY_FILTER, queryLibrary, type LibraryFilter } from '../src/store/query/index.ts';
import { generateLibrary } from '../tests/unit/store/query-sample-library.ts';

const pageCount = Number(process.argv[2] ?? 1000);
const annotationCount = Number(process.argv[3] ?? 10_000);
const library = generateLibrary(pageCount, annotationCount);

function time(label: string, runs: number, run: () => unknown): void {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)]!;
  const worst = samples[samples.length - 1]!;
  console.log(`${label.padEnd(44)} median ${median.toFixed(2).padStart(7)} ms   worst ${worst.toFixed(2).padStart(7)} ms   (${runs} runs)`);
}

console.log(`library: ${pageCount} pages, ${annotationCount} annotations`);
time('build index', 10, () => buildLibraryIndex(library));
const index = buildLibraryIndex(library);
const queries: [string, Partial<LibraryFilter>][] = [
  ['no filter (list everything)', {}],
  ['one term, common: 坚持', { query: '坚持' }],
  ['one term, rare: 钉钉子精神', { query: '钉钉子精神' }],
  ['one term, absent: 乡村振兴战略', { query: '乡村振兴战略' }],
  ['two terms (AND): 两个确立 三会一课', { query: '两个确立 三会一课' }],
  ['single character: 党', { query: '党' }],
  ['colour + tag + site', { colors: ['red'], tags: ['重点'], sites: ['people.com.cn'] }],
  ['formulation: 全面从严治党', { formulation: '全面从严治党' }],
  ['saved date range + query', { query: '发展', dateRange: { field: 'saved', from: '2025-03-01', to: '2025-06-30' } }],
];
for (const [label, filter] of queries) {
  time(`query ${label}`, 50, () => queryLibrary(index, { ...EMPTY_FILTER, ...filter }, 'saved'));
}
time('sort by title (zh-CN collation), no filter', 20, () => queryLibrary(index, EMPTY_FILTER, 'title'));
time('formulation index', 10, () => buildFormulationIndex(index));
