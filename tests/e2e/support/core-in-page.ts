// Run the analysis engine itself inside a page (its main world), to compare
// what the popup shows with what `analyze()` returns for the same DOM. The
// engine is bundled from src/core on the fly, so this is the current code.
import { build } from 'esbuild';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { ArticleAnalysis } from '../../../src/core/types.ts';
import { repoRoot } from './build.ts';

let bundled: Promise<string> | undefined;

function coreBundle(): Promise<string> {
  bundled ??= build({
    absWorkingDir: repoRoot,
    entryPoints: [path.join(repoRoot, 'src/core/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__dangjianCoreForTests',
    target: 'chrome121',
    write: false,
  }).then((result) => result.outputFiles[0]!.text);
  return bundled;
}

export async function analyzeInPage(page: Page): Promise<ArticleAnalysis> {
  const code = await coreBundle();
  await page.evaluate(`${code};\nglobalThis.__dangjianCoreForTests = __dangjianCoreForTests; undefined`);
  return page.evaluate(() => {
    const core = (globalThis as unknown as { __dangjianCoreForTests: { analyze(d: Document, u: string): unknown } })
      .__dangjianCoreForTests;
    return core.analyze(document, location.href) as ArticleAnalysis;
  });
}
