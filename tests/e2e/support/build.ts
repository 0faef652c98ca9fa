// Build the extension before the browser tests when dist/chrome is missing or
// older than any of its sources, so `vitest run` alone tests current code.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');
export const chromeBuildDir = path.join(repoRoot, 'dist/chrome');

const SOURCES = ['src', '_locales', 'icons', 'manifest.json', 'scripts/build.mjs', 'scripts/manifest-for.mjs', 'package.json'];

function newestMtime(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

export function ensureBuilt(): void {
  const manifest = path.join(chromeBuildDir, 'manifest.json');
  const builtAt = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const sourcesChangedAt = Math.max(...SOURCES.map((source) => newestMtime(path.join(repoRoot, source))));
  if (builtAt >= sourcesChangedAt) return;
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts/build.mjs'), '--quiet'], { cwd: repoRoot, stdio: 'inherit' });
}
