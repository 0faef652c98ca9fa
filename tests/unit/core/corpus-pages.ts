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

export interface GoldEntry {
  file: string;
  title: string | null;
  title_alts?: string[];
  source: string | null;
  source_alts?: string[];
  author: string | null;
  author_alts?: string[];
  editor: string | null;
  date: string | null;
  date_alts?: string[];
  is_article: boolean;
  party_building: boolean | null;
  slogans_must: string[];
  summary_points?: string[];
  publisher?: string | null;
}

export function loadGold(): GoldEntry[] {
  return JSON.parse(readFileSync(path.join(CORPUS_DIR, 'gold.json'), 'utf8')) as GoldEntry[];
}

export function loadPage(file: string): Document {
  const { text } = decodeHtml(readFileSync(path.join(CORPUS_DIR, 'pages', file)));
  return new JSDOM(text, { virtualConsole: new VirtualConsole() }).window.document;
}
