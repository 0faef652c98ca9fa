// Real analysis output through every format: each corpus page is analysed by
// the same core code the extension runs, saved as a page record with a few
// highlights of its key points, exported, and the JSON imported back. This is
// what guarantees that the importer's limits never refuse a file the
// extension itself exported from a real page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../src/cli/decode-html.ts';
import { analyze } from '../../../src/core/index.ts';
import { exportCsv } from '../../../src/store/formats/csv.ts';
import { exportHtml } from '../../../src/store/formats/html.ts';
import { exportJson } from '../../../src/store/formats/json.ts';
import { exportMarkdown } from '../../../src/store/formats/markdown.ts';
import { validateImportFile } from '../../../src/store/import/index.ts';
import { SCHEMA_VERSION, type PageRecord, type StoredAnnotation } from '../../../src/store/model.ts';
import { EXPORT_NOW } from './formats-sample-library.ts';
import { noPause } from './import-test-store.ts';
import { issuesText, issueText } from './import-issue-text.ts';

const CORPUS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/corpus');
const corpusAvailable = existsSync(path.join(CORPUS_DIR, 'pages'));

function savedLibrary(): { pages: PageRecord[]; annotations: StoredAnnotation[] } {
  const pages: PageRecord[] = [];
  const annotations: StoredAnnotation[] = [];
  for (const file of readdirSync(path.join(CORPUS_DIR, 'pages')).sort()) {
    const { text } = decodeHtml(readFileSync(path.join(CORPUS_DIR, 'pages', file)));
    const document = new JSDOM(text, { virtualConsole: new VirtualConsole() }).window.document;
    const url = `https://corpus.example/${encodeURIComponent(file)}`;
    const analysis = analyze(document, url);
    pages.push({
      schemaVersion: SCHEMA_VERSION,
      url,
      metadata: analysis.metadata,
      partyBuilding: analysis.partyBuilding.detected,
      slogans: analysis.slogans,
      keyPoints: analysis.summary.keyPoints,
      firstSavedAt: '2026-11-01T08:00:00.000Z',
      updatedAt: '2026-11-02T08:00:00.000Z',
    });
    analysis.summary.keyPoints.forEach((point, i) => {
      annotations.push({
        id: `urn:uuid:corpus-${pages.length}-${i}`,
        type: 'Annotation',
        motivation: 'commenting',
        created: `2026-11-0${1 + (i % 9)}T08:00:00.000Z`,
        modified: `2026-11-0${1 + (i % 9)}T09:00:00.000Z`,
        body: [
          { type: 'TextualBody', purpose: 'commenting', value: `第 ${i + 1} 条要点的学习体会。` },
          { type: 'TextualBody', purpose: 'highlighting', value: i % 2 === 0 ? 'yellow' : 'red' },
        ],
        target: { source: url, selector: [{ type: 'TextQuoteSelector', exact: point, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: i * 100, end: i * 100 + point.length }] },
        page: { title: analysis.metadata.title, source: analysis.metadata.source, author: analysis.metadata.author, publishedAt: analysis.metadata.publishedAt },
        schemaVersion: SCHEMA_VERSION,
      });
    });
  }
  return { pages, annotations };
}

describe.skipIf(!corpusAvailable)(`export and import of real analysis output${corpusAvailable ? '' : ' (skipped: needs the shared corpus in ../shared/corpus)'}`, () => {
  const library = corpusAvailable ? savedLibrary() : { pages: [], annotations: [] };

  it('imports the JSON export of every corpus page back unchanged', async () => {
    expect(library.pages.length).toBeGreaterThan(10);
    expect(library.annotations.length).toBeGreaterThan(library.pages.length);
    const result = await validateImportFile(exportJson(library, { now: EXPORT_NOW }).content, { pause: noPause });
    if (!result.ok) throw new Error(issuesText(result.errors));
    expect(result.pages).toStrictEqual(library.pages);
    expect(new Map(result.annotations.map((a) => [a.id, a]))).toStrictEqual(new Map(library.annotations.map((a) => [a.id, a])));
  });

  it('writes every page into the study notes, the printable HTML and the CSV', () => {
    const md = exportMarkdown(library, { now: EXPORT_NOW }).content;
    const html = new JSDOM(exportHtml(library, { now: EXPORT_NOW }).content).window.document;
    const csvRows = exportCsv(library, { now: EXPORT_NOW }).content.split('\r\n').length;
    expect(md.match(/^## /gm)).toHaveLength(library.pages.length);
    expect(html.querySelectorAll('article')).toHaveLength(library.pages.length);
    expect(html.querySelectorAll('blockquote')).toHaveLength(library.annotations.length);
    expect(csvRows).toBeGreaterThanOrEqual(library.annotations.length + 1);
  });
});
