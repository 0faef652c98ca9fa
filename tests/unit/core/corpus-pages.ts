// Loads the shared corpus (../shared/corpus next to the repository) for the
// corpus test: gold entries and their pages parsed with jsdom as the CLI does.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtml } from '../../../src/cli/decode-html.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
export const CORPUS_DIR = path.resolve(here, '../../../../shared/corpus');
export const corpusAvailable = existsSync(path.join(CORPUS_DIR, 'gold.json'));

/** The two gold sets: the curated genre sample and the wider Chinese web (`wide/`). */
export type CorpusSet = 'pages' | 'wide';
export const CORPUS_SETS: readonly CorpusSet[] = ['pages', 'wide'];
const setDir = (set: CorpusSet): string => (set === 'pages' ? CORPUS_DIR : path.join(CORPUS_DIR, 'wide'));

/** `null` inside an `*_alts` list means "stating nothing is also right" (wide/README.md). */
export interface GoldEntry {
  file: string;
  title: string | null;
  title_alts?: (string | null)[];
  source: string | null;
  source_alts?: (string | null)[];
  author: string | null;
  author_alts?: (string | null)[];
  editor: string | null;
  date: string | null;
  date_alts?: (string | null)[];
  is_article: boolean;
  party_building: boolean | null;
  slogans_must: string[];
  summary_points?: string[];
  publisher?: string | null;
}

export function loadGold(set: CorpusSet = 'pages'): GoldEntry[] {
  return JSON.parse(readFileSync(path.join(setDir(set), 'gold.json'), 'utf8')) as GoldEntry[];
}

export function loadPage(file: string, set: CorpusSet = 'pages'): Document {
  const { text } = decodeHtml(readFileSync(path.join(setDir(set), 'pages', file)));
  return new JSDOM(text, { virtualConsole: new VirtualConsole() }).window.document;
}
