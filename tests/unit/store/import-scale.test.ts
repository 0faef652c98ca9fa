// 10,000 annotations: every export format and a full import (validate + plan)
// run, and the import reports its progress. Timings are printed for the
// report, never asserted (the machine is shared).
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../../src/store/formats/csv.ts';
import { exportHtml } from '../../../src/store/formats/html.ts';
import { exportJson } from '../../../src/store/formats/json.ts';
import { exportMarkdown } from '../../../src/store/formats/markdown.ts';
import { planMerge, PROGRESS_CHUNK, validateImportFile } from '../../../src/store/import/index.ts';
import { EXPORT_NOW, sampleLibrary } from './formats-sample-library.ts';
import { memoryStore } from './import-test-store.ts';
import { issuesText, issueText } from './import-issue-text.ts';

function timed<T>(label: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  console.log(`[10k] ${label}: ${(performance.now() - start).toFixed(0)} ms`);
  return result;
}

describe('10,000 annotations', () => {
  const library = sampleLibrary(100, 100);

  it('exports in every format', () => {
    expect(library.annotations).toHaveLength(10_000);
    const json = timed('export JSON', () => exportJson(library, { now: EXPORT_NOW }));
    const csv = timed('export CSV', () => exportCsv(library, { now: EXPORT_NOW }));
    const md = timed('export Markdown', () => exportMarkdown(library, { now: EXPORT_NOW }));
    const html = timed('export HTML', () => exportHtml(library, { now: EXPORT_NOW }));
    for (const [name, file] of Object.entries({ json, csv, md, html })) {
      console.log(`[10k] ${name} size: ${(Buffer.byteLength(file.content) / 1024 / 1024).toFixed(1)} MB`);
    }
    expect(csv.content.split('\r\n').length).toBeGreaterThan(10_000);
  });

  it('validates and plans an import, reporting progress', async () => {
    const text = exportJson(library, { now: EXPORT_NOW }).content;
    const progress: [number, number][] = [];
    let pauses = 0;
    const start = performance.now();
    const result = await validateImportFile(text, {
      onProgress: (done, total) => progress.push([done, total]),
      pause: async () => {
        pauses += 1;
      },
    });
    const validated = performance.now();
    if (!result.ok) throw new Error(issueText(result.errors[0]));
    const plan = planMerge(memoryStore({ pages: [], annotations: [] }), result);
    const planned = performance.now();
    console.log(`[10k] import validate: ${(validated - start).toFixed(0)} ms, plan: ${(planned - validated).toFixed(0)} ms`);

    const total = 10_000 + 100;
    expect(plan.summary).toEqual({ added: 10_000, updated: 0, skipped: 0, kept: 0, refused: 0 });
    expect(progress[0]).toEqual([0, total]);
    expect(progress[progress.length - 1]).toEqual([total, total]);
    expect(progress.length).toBe(Math.floor(total / PROGRESS_CHUNK) + 2);
    expect(progress.every(([done], i) => i === 0 || done > progress[i - 1]![0])).toBe(true);
    expect(pauses).toBe(Math.floor(total / PROGRESS_CHUNK));
  });
});
