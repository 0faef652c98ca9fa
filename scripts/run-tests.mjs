#!/usr/bin/env node
// The one test command (`npm test`): typecheck, build, lint the Firefox build
// with web-ext, then every vitest test (unit and end-to-end). Each step counts
// as a result, and the run ends with the single line CI reads:
// "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowsers } from './ensure-browsers.mjs';

const steps = [];
let passed = 0;
let failed = 0;
let skipped = 0;

function run(label, command, args) {
  process.stdout.write(`\n=== ${label}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  const ok = result.status === 0;
  steps.push({ label, ok });
  if (ok) passed += 1;
  else failed += 1;
  return ok;
}

// A fresh machine: the browser tests need Chromium (and Firefox ESR for the
// Firefox ones). Installed here as root with apt-get; otherwise the command is
// printed, and without Chromium nothing else is worth running.
if (!ensureBrowsers('test')) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const npx = 'npx';
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

run('typecheck', npx, ['tsc', '--noEmit', '-p', 'tsconfig.json']);

if (pkg.scripts?.build) {
  const built = run('build', 'npm', ['run', '--silent', 'build']);
  if (built && existsSync('dist/firefox/manifest.json')) {
    run('web-ext lint (Firefox build)', npx, [
      'web-ext', 'lint', '--source-dir', 'dist/firefox', '--no-config-discovery', '--self-hosted',
    ]);
  }
}

const reportFile = '.vitest-report.json';
rmSync(reportFile, { force: true });
const vitest = spawnSync(
  npx,
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${reportFile}`],
  { stdio: 'inherit' },
);
if (existsSync(reportFile)) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A suite that failed to load (syntax error, missing corpus handled badly)
  // has no tests to count; count the suite itself so it cannot pass silently.
  for (const suite of report.testResults ?? []) {
    if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) failed += 1;
  }
} else {
  failed += 1;
  console.error('vitest produced no report (exit status ' + vitest.status + ')');
}

for (const step of steps) console.log(`${step.ok ? 'ok  ' : 'FAIL'} ${step.label}`);
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
