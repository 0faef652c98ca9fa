#!/usr/bin/env node
// `npm run test:soak -- N [options] [vitest arguments]`: runs the end-to-end
// suite N times in a row and prints, for every test, how often it passed and
// failed, with the first error of each failure. A flaky test fails in some
// runs only; one failure in N is enough to need a fix at its cause (never a
// retry, a skip or a longer timeout). Not part of `npm test`.
//
// Options:
//   --hog[=always|alternate]  run a CPU hog (scripts/cpu-hog.mjs) beside the
//                             suite, in every run or in every other run
//                             (default: always), to be as slow as a busy CI
//                             machine. The hog stops with each run, and by
//                             itself if this script dies.
//   --hog-threads=K           busy threads of the hog (default: every core)
//   --out=FILE                where the JSON summary goes (default:
//                             artifacts/soak/<time>.json), rewritten after
//                             every run so a stopped soak still has its results;
//                             each run's full output is in <time>.run<N>.log beside it
// Anything else goes to vitest, e.g. one file and one test:
//   npm run test:soak -- 5 tests/e2e/highlights.test.ts -t "two tabs"
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArguments(argv) {
  const [count, ...rest] = argv;
  const runs = Number(count);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error('usage: npm run test:soak -- N [--hog[=always|alternate]] [--hog-threads=K] [--out=FILE] [vitest arguments]');
    process.exit(2);
  }
  const options = { runs, hog: 'never', hogThreads: availableParallelism(), out: null, vitestArgs: [] };
  for (const argument of rest) {
    if (argument === '--hog') options.hog = 'always';
    else if (argument.startsWith('--hog=')) options.hog = argument.slice('--hog='.length);
    else if (argument.startsWith('--hog-threads=')) options.hogThreads = Number(argument.slice('--hog-threads='.length));
    else if (argument.startsWith('--out=')) options.out = path.resolve(argument.slice('--out='.length));
    else options.vitestArgs.push(argument);
  }
  if (!['never', 'always', 'alternate'].includes(options.hog)) {
    console.error(`--hog takes always or alternate, not "${options.hog}"`);
    process.exit(2);
  }
  if (!Number.isInteger(options.hogThreads) || options.hogThreads < 1) {
    console.error('--hog-threads takes a whole number of threads, at least 1');
    process.exit(2);
  }
  return options;
}

const options = parseArguments(process.argv.slice(2));
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const outFile = options.out ?? path.join(root, 'artifacts/soak', `${stamp}.json`);
const reportFile = path.join(root, 'artifacts/soak', `${stamp}.vitest.json`);
mkdirSync(path.dirname(outFile), { recursive: true });
mkdirSync(path.dirname(reportFile), { recursive: true });

/** name -> { passed, failed, failures: [{ run, error }] } */
const tests = new Map();
const runs = [];

function record(name, run, passed, error) {
  const entry = tests.get(name) ?? { passed: 0, failed: 0, failures: [] };
  if (passed) entry.passed += 1;
  else {
    entry.failed += 1;
    entry.failures.push({ run, error });
  }
  tests.set(name, entry);
}

/** The first line that says what went wrong, without ANSI colours. */
function firstError(messages) {
  // eslint-disable-next-line no-control-regex
  const text = (messages ?? []).join('\n').replace(/\u001b\[[0-9;]*m/g, '');
  return text.split('\n').map((line) => line.trim()).find((line) => line.length > 0)?.slice(0, 400) ?? '(no message)';
}

function readRun(run) {
  if (!existsSync(reportFile)) {
    record('(vitest)', run, false, 'vitest wrote no report');
    return;
  }
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  for (const file of report.testResults ?? []) {
    const relative = path.relative(root, file.name);
    const results = file.assertionResults ?? [];
    for (const test of results) {
      if (test.status !== 'passed' && test.status !== 'failed') continue; // skipped, todo
      record(`${relative} > ${test.fullName}`, run, test.status === 'passed', firstError(test.failureMessages));
    }
    // A file that failed outside its tests (load error, failing hook, unhandled error) counts as a failure of the file.
    if (file.status === 'failed' && !results.some((test) => test.status === 'failed')) {
      record(`${relative} (file)`, run, false, firstError([file.message]));
    }
  }
}

function startHog() {
  // Bounded by itself too: no run should take an hour.
  return spawn(process.execPath, [path.join(root, 'scripts/cpu-hog.mjs'), String(options.hogThreads), '60'], { stdio: 'ignore' });
}

/** One vitest run of the e2e project; its whole output (full stacks, console) goes to a log per run. */
function runSuite(run) {
  return new Promise((resolve) => {
    const log = openSync(path.join(path.dirname(outFile), `${stamp}.run${run}.log`), 'w');
    const child = spawn(
      'npx',
      ['vitest', 'run', '--project', 'e2e', '--reporter=default', '--reporter=json', `--outputFile=${reportFile}`, ...options.vitestArgs],
      { cwd: root, stdio: ['ignore', log, log] },
    );
    child.on('exit', (code) => {
      closeSync(log);
      resolve(code);
    });
  });
}

function summary() {
  const rows = [...tests.entries()].sort(([a], [b]) => a.localeCompare(b));
  return {
    runs,
    options: { hog: options.hog, hogThreads: options.hogThreads, vitestArgs: options.vitestArgs },
    tests: Object.fromEntries(rows),
    totals: {
      tests: rows.length,
      flaky: rows.filter(([, t]) => t.failed > 0 && t.passed > 0).length,
      alwaysFailing: rows.filter(([, t]) => t.passed === 0).length,
      failures: rows.reduce((sum, [, t]) => sum + t.failed, 0),
    },
  };
}

function printSummary(result) {
  console.log(`\n=== soak: ${result.runs.length} run(s) of the e2e suite${options.vitestArgs.length ? ` (${options.vitestArgs.join(' ')})` : ''}`);
  for (const run of result.runs) console.log(`run ${run.run}: ${run.hog ? 'with hog, ' : ''}${(run.ms / 60_000).toFixed(1)} min, exit ${run.exit}`);
  console.log('');
  for (const [name, test] of Object.entries(result.tests)) {
    console.log(`${test.failed === 0 ? 'ok  ' : 'FAIL'} ${test.passed}/${test.passed + test.failed}  ${name}`);
    for (const failure of test.failures) console.log(`       run ${failure.run}: ${failure.error}`);
  }
  const { tests: count, failures, flaky, alwaysFailing } = result.totals;
  console.log(`\n${count} tests, ${failures} failure(s) over ${result.runs.length} run(s): ${flaky} flaky, ${alwaysFailing} failing in every run`);
  console.log(`summary: ${path.relative(process.cwd(), outFile)}`);
}

let hog;
const stopHog = () => hog?.kill('SIGTERM');
process.on('exit', stopHog);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

console.log('building once for all runs');
if (spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--quiet'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);

for (let run = 1; run <= options.runs; run += 1) {
  const withHog = options.hog === 'always' || (options.hog === 'alternate' && run % 2 === 0);
  hog = withHog ? startHog() : undefined;
  console.log(`run ${run}/${options.runs}${withHog ? ` (CPU hog: ${options.hogThreads} thread(s))` : ''} — ${new Date().toISOString()}`);
  rmSync(reportFile, { force: true });
  const started = Date.now();
  const exit = await runSuite(run);
  stopHog();
  hog = undefined;
  runs.push({ run, hog: withHog, ms: Date.now() - started, exit });
  readRun(run);
  writeFileSync(outFile, JSON.stringify(summary(), null, 2) + '\n');
}

const result = summary();
printSummary(result);
process.exit(result.totals.failures === 0 ? 0 : 1);
