// Section 5: the size of each bundle the extension ships, as `npm run build`
// writes it to dist/chrome (minified), and gzipped (level 9, node:zlib).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  file: string;
  minifiedBytes: number;
  gzippedBytes: number;
}

export type BundleSizes = { ok: true; bundles: BundleSize[] } | { ok: false; error: string };

export function measureBundleSizes(repoRoot: string): BundleSizes {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--quiet'], { cwd: repoRoot, encoding: 'utf8' });
  if (build.status !== 0) {
    return { ok: false, error: `npm run build failed (exit ${build.status}): ${(build.stderr || build.stdout).trim().split('\n').slice(-6).join(' | ')}` };
  }
  const dir = path.join(repoRoot, 'dist', 'chrome');
  const bundles = readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .sort()
    .map((file) => {
      const bytes = readFileSync(path.join(dir, file));
      return { file, minifiedBytes: bytes.byteLength, gzippedBytes: gzipSync(bytes, { level: 9 }).byteLength };
    });
  return { ok: true, bundles };
}
