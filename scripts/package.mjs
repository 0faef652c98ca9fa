#!/usr/bin/env node
// `npm run package`: build, then zip each browser's build into dist/packages/
// (store-ready: manifest.json at the zip's root). web-ext's builder does the
// zipping for both: a plain deterministic zip of the directory, and it is
// already a dependency for linting.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const webExt = path.join(root, 'node_modules/.bin/web-ext');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(process.execPath, [path.join(root, 'scripts/build.mjs')]);
for (const browser of ['chrome', 'firefox']) {
  const filename = `dangjian-annotator-${browser}-${version}.zip`;
  run(webExt, ['build', '--source-dir', `dist/${browser}`, '--artifacts-dir', 'dist/packages', '--filename', filename, '--overwrite-dest', '--no-config-discovery']);
}
console.log(`packages in ${path.join(root, 'dist/packages')}`);
