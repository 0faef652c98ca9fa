// The bench's own bundles (it does not use dist/): the in-page sections as one
// script evaluated in each served page, and a tiny unpacked extension whose
// page runs the storage section over the real chrome.storage.local. Built with
// esbuild, minified as the product is, into a temporary directory.
import { build, type Plugin } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const PAGE_SCRIPT_NAME = 'dangjian-bench-page.js';
export const ENGINE_SCRIPT_NAME = 'dangjian-bench-analyser.js';

export interface BenchBundles {
  /** Source of the in-page bundle (evaluated in the page after it loads). */
  pageScript: string;
  /** Directory of the unpacked bench extension. */
  extensionDir: string;
  /**
   * An expression that evaluates the injected engine (analyser.js) once and
   * returns how long that took in ms: parsing, compiling and its top-level
   * work (the formulation automaton is built when the module loads).
   */
  timedEngineLoad: string;
}

/**
 * Measure a proposed change to someone else's module without editing it:
 * every import that resolves to `from` (a path relative to the repository)
 * gets `to` instead (`--substitute src/x.ts=scratch/x.ts`).
 */
function substitutePlugin(repoRoot: string, substitutes: Record<string, string>): Plugin {
  const byPath = new Map(Object.entries(substitutes).map(([from, to]) => [path.resolve(repoRoot, from), path.resolve(repoRoot, to)]));
  return {
    name: 'bench-substitute',
    setup(build) {
      if (byPath.size === 0) return;
      build.onResolve({ filter: /\.ts$/ }, (args) => {
        const resolved = path.resolve(args.resolveDir, args.path);
        const to = byPath.get(resolved);
        return to ? { path: to } : undefined;
      });
    },
  };
}

/**
 * `readable`: not minified, so a CPU profile names our functions
 * (for --profile); the timed runs use the minified build, as the product ships.
 */
export async function buildBenchBundles(
  repoRoot: string,
  outDir: string,
  readable = false,
  substitutes: Record<string, string> = {},
): Promise<BenchBundles> {
  const extensionDir = path.join(outDir, 'extension');
  mkdirSync(extensionDir, { recursive: true });
  await build({
    absWorkingDir: repoRoot,
    entryPoints: {
      page: 'scripts/bench/page/entry.ts',
      'extension/storage-bench': 'scripts/bench/extension/entry.ts',
      // The engine the background injects into candidate pages, built as the product builds it.
      analyser: 'src/extension/analyser/index.ts',
    },
    outdir: outDir,
    bundle: true,
    minify: !readable,
    format: 'iife',
    target: ['chrome121'],
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [substitutePlugin(repoRoot, substitutes)],
  });
  writeFileSync(
    path.join(extensionDir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'dangjian-annotator storage bench',
      version: '0.0.1',
      // The product's storage permissions, so quota and behaviour are the product's.
      permissions: ['storage', 'unlimitedStorage'],
      background: { service_worker: 'worker.js' },
    }),
  );
  // A worker only so the bench can read the extension id from its URL.
  writeFileSync(path.join(extensionDir, 'worker.js'), '// storage bench: nothing to do here\n');
  writeFileSync(
    path.join(extensionDir, 'bench.html'),
    '<!doctype html><meta charset="utf-8"><title>storage bench</title><script src="storage-bench.js"></script>\n',
  );
  // A name for the evaluated script, so profiles and stack traces can point into it.
  const pageScript = `${readFileSync(path.join(outDir, 'page.js'), 'utf8')}\n//# sourceURL=${PAGE_SCRIPT_NAME}\n`;
  const analyser = readFileSync(path.join(outDir, 'analyser.js'), 'utf8');
  const timedEngineLoad = `(() => { const t0 = performance.now(); ${analyser}; return performance.now() - t0; })()\n//# sourceURL=${ENGINE_SCRIPT_NAME}\n`;
  return { pageScript, extensionDir, timedEngineLoad };
}
