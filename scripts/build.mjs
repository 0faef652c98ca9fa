#!/usr/bin/env node
// `npm run build`: bundle the extension with esbuild (minified, no eval, no
// remote code) and write two unpacked extensions, dist/chrome/ and
// dist/firefox/, from the one manifest.json. Prints each bundle's size
// (minified and gzipped) and fails when a bundle breaks its budget or the
// content script pulls in code that must never run in every page.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { manifestFor } from './manifest-for.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const quiet = process.argv.includes('--quiet');

/**
 * name -> entry, and the most it may weigh minified. The content script is
 * loaded into every http(s) page, so it carries only the prefilter; the
 * engine (analyser.js, its formulation lexicon alone ~23 KB of UTF-8 text) is
 * injected into candidate pages only (src/extension/analyser-handle.ts).
 */
const ENTRIES = [
  { name: 'content', entry: 'src/extension/content/index.ts', budget: 40 * 1024 },
  { name: 'analyser', entry: 'src/extension/analyser/index.ts', budget: 128 * 1024 },
  // Anchoring, painting and the note popover: injected only into pages with highlights, or on the first save.
  { name: 'highlighter', entry: 'src/extension/highlighter/index.ts', budget: 40 * 1024 },
  // The store's only writer: repository, migrations, URL normalisation, import validation. Never loaded into pages.
  { name: 'background', entry: 'src/extension/background/index.ts', budget: 48 * 1024 },
  // 60 KB before the side panel's share (the 侧边栏 button, the live store watch: ~1.3 KB) and the note limit check.
  { name: 'popup', entry: 'src/ui/popup/main.tsx', budget: 64 * 1024 },
  // The popup's view tree in a column that follows the active tab: the popup's size plus the tab following.
  { name: 'sidepanel', entry: 'src/ui/sidepanel/main.tsx', budget: 66 * 1024 },
  // 72 KB before webextension-polyfill (~10.2 KB minified) was shipped in it; 84 KB before the
  // study loop (search marks, open-in-article with URL matching, copy with citation, delete one,
  // unsaved-settings guard: 77.3 -> 84.1 KB). An extension page, read from disk once per visit.
  { name: 'manager', entry: 'src/ui/manager/main.tsx', budget: 92 * 1024 },
  // The manager's import code (validation, merge), loaded by the page on first import only.
  { name: 'manager-import', entry: 'src/ui/manager/import-engine-entry.ts', budget: 40 * 1024 },
  // The Word export (the docx library), loaded by the manager or the popup on the first .docx export only.
  // The formulations' 释义 (the lexicon's glosses), loaded by the popup or the manager when formulations are shown or exported.
  { name: 'glossary', entry: 'src/ui/shared/glossary-entry.ts', budget: 16 * 1024 },
  { name: 'export-docx', entry: 'src/ui/shared/docx-export-entry.ts', budget: 256 * 1024 },
];

/**
 * Code that must never reach the content script's bundle: UI, storage, and the
 * engine beyond its prefilter, the early "plainly not an article" verdict
 * (page-kind/quick-*, its DOM helpers in body/dom.ts; no lexicon) and text folding.
 */
const FORBIDDEN_IN_CONTENT = [
  /node_modules\/preact\//,
  /^src\/ui\//,
  /^src\/store\/(?!tag-syntax\.ts$)/,
  /^src\/core\/(?!prefilter\.ts$|early-bail-out\.ts$|not-an-article\.ts$|budget\.ts$|body\/dom\.ts$|page-kind\/quick-[\w-]+\.ts$|text\/|slogans\/match-text\.ts$)/,
];

const STATIC_FILES = [
  ['src/ui/shared/theme.css', 'theme.css'],
  ['src/ui/popup/popup.html', 'popup.html'],
  ['src/ui/popup/popup.css', 'popup.css'],
  ['src/ui/sidepanel/sidepanel.html', 'sidepanel.html'],
  ['src/ui/sidepanel/sidepanel.css', 'sidepanel.css'],
  ['src/ui/manager/manager.html', 'manager.html'],
  ['src/ui/manager/manager.css', 'manager.css'],
  ['src/extension/content/content.css', 'content.css'],
  ['_locales', '_locales'],
  ['icons', 'icons'],
];

async function bundle() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(ENTRIES.map(({ name, entry }) => [name, entry])),
    outdir: path.join(dist, '.bundle'),
    bundle: true,
    minify: true,
    format: 'iife',
    // Chromium 121 (background.scripts ignored, not rejected) and Firefox 140 (data_collection_permissions).
    target: ['chrome121', 'firefox140'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    charset: 'utf8',
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  return result;
}

function checkContentScriptImports(metafile) {
  const output = Object.entries(metafile.outputs).find(([file]) => file.endsWith('content.js'));
  const inputs = Object.keys(output?.[1].inputs ?? {});
  const leaked = inputs.filter((input) => FORBIDDEN_IN_CONTENT.some((pattern) => pattern.test(input)));
  if (leaked.length > 0) throw new Error(`content script imports UI/store code:\n  ${leaked.join('\n  ')}`);
}

function writeBrowserBuild(browser, files, manifestSource, version) {
  const out = path.join(dist, browser);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const [from, to] of STATIC_FILES) {
    cpSync(path.join(root, from), path.join(out, to), { recursive: true, filter: (src) => !src.endsWith('.svg') });
  }
  for (const file of files) writeFileSync(path.join(out, path.basename(file.path)), file.contents);
  writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifestFor(browser, manifestSource, version), null, 2) + '\n');
}

const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const manifestSource = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8'));
const result = await bundle();
checkContentScriptImports(result.metafile);
const jsFiles = result.outputFiles.filter((file) => file.path.endsWith('.js'));

const overBudget = [];
const rows = [];
for (const { name, budget } of ENTRIES) {
  const file = jsFiles.find((candidate) => path.basename(candidate.path) === `${name}.js`);
  if (!file) throw new Error(`esbuild wrote no ${name}.js`);
  const minified = file.contents.byteLength;
  const gzipped = gzipSync(file.contents, { level: 9 }).byteLength;
  rows.push(`  ${`${name}.js`.padEnd(14)} ${(minified / 1024).toFixed(1).padStart(6)} KB minified ${(gzipped / 1024).toFixed(1).padStart(6)} KB gzipped  (budget ${budget / 1024} KB)`);
  if (minified > budget) overBudget.push(`${name}.js is ${minified} bytes, over its ${budget}-byte budget`);
}
if (overBudget.length > 0) throw new Error(overBudget.join('\n'));

for (const browser of ['chrome', 'firefox']) writeBrowserBuild(browser, jsFiles, manifestSource, pkg.version);
rmSync(path.join(dist, '.bundle'), { recursive: true, force: true });
if (!quiet) console.log(`built dist/chrome and dist/firefox (version ${pkg.version})\n${rows.join('\n')}`);
