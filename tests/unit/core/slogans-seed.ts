// The seed article's body (../shared/seed/*.txt) as BodyParagraph[], for the
// formulation, party-building and summary tests. The text file holds the
// headline, a publisher line and a 来源 line before the body; the body is
// what follows the 来源 line, paragraphs split on blank lines.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BodyParagraph } from '../../../src/core/types.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SHARED_DIR = path.resolve(here, '../../../../shared');
const SEED_DIR = path.join(SHARED_DIR, 'seed');
const GOLD_FILE = path.join(SHARED_DIR, 'corpus', 'gold.json');

export const seedAvailable = existsSync(SEED_DIR) && readdirSync(SEED_DIR).some((f) => f.endsWith('.txt'));
export const goldAvailable = existsSync(GOLD_FILE);

export function paragraphsOf(texts: readonly string[]): BodyParagraph[] {
  return texts.map((text) => ({ text, lead: null, heading: false }));
}

export function loadSeedParagraphs(): BodyParagraph[] {
  const file = readdirSync(SEED_DIR).find((f) => f.endsWith('.txt'))!;
  const blocks = readFileSync(path.join(SEED_DIR, file), 'utf8')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
  const sourceLine = blocks.findIndex((b) => b.startsWith('来源'));
  return paragraphsOf(blocks.slice(sourceLine + 1));
}

export interface SeedGold {
  slogans_must: string[];
  summary_points: string[];
}

export function loadSeedGold(): SeedGold {
  const gold = JSON.parse(readFileSync(GOLD_FILE, 'utf8')) as (SeedGold & { file: string })[];
  return gold.find((g) => g.file.startsWith('00_seed'))!;
}
