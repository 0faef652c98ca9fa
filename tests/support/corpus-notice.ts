// Vitest global setup: say plainly, once per run, when the shared corpus is
// not beside the clone. The corpus tests then skip (each suite's title says
// so too), and a green run must not be mistaken for one that checked them.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const corpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');

export default function announceCorpus(): void {
  if (existsSync(path.join(corpusDir, 'gold.json'))) return;
  console.warn(
    `\nNOTE: the shared corpus is absent (${corpusDir}/gold.json not found): ` +
      'the accuracy, anchoring, parity and corpus browser tests are SKIPPED in this run.\n',
  );
}
