#!/usr/bin/env node
// The browsers `npm start` and `npm test` need, set up on a fresh machine.
// Chromium (Debian's `chromium`, with `chromium-l10n` for the Chinese UI the
// extension is tested under and a CJK font so Chinese text is not boxes in
// screenshots) for both; Firefox ESR for the Firefox tests. When something
// is missing and we are root with apt-get (a fresh Debian/Ubuntu container,
// CI), it installs it, printing each command; otherwise it prints the one
// command to run. Only a missing Chromium stops: the UI language pack and
// the font only change how things look, and the Firefox tests skip
// themselves (and say so) without Firefox.
//   node scripts/ensure-browsers.mjs --for start|test
// Only Node's own modules here: start.mjs and .ci/run call it before `npm ci`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_CANDIDATES } from './chromium.mjs';

/** Debian's package for each part, in the order they are installed. */
export const PACKAGES = Object.freeze({
  chromium: 'chromium',
  chromiumL10n: 'chromium-l10n',
  cjkFont: 'fonts-noto-cjk',
  firefox: 'firefox-esr',
});

/** What each command needs. */
export const NEEDS = Object.freeze({
  start: ['chromium', 'chromiumL10n', 'cjkFont'],
  test: ['chromium', 'chromiumL10n', 'cjkFont', 'firefox'],
});

/** Debian's chromium keeps its UI languages here; without chromium-l10n only en-US is there. */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ZH_LOCALE = '/usr/lib/chromium/locales/zh-CN.pak';
/** Debian's firefox-esr or a plain firefox (the Firefox tests look for the same). */
export const FIREFOX_CANDIDATES = Object.freeze(['/usr/bin/firefox-esr', '/usr/bin/firefox']);
/** Where Debian's CJK font packages put their files, for a machine without fontconfig's fc-list. */
const CJK_FONT_DIRS = ['/usr/share/fonts/opentype/noto', '/usr/share/fonts/truetype/wqy', '/usr/share/fonts/truetype/arphic'];

/**
 * What to do, from what the machine has. Pure: the environment comes in
 * (`present`: which parts are there; `isRoot`, `hasAptGet`), the decision
 * comes out:
 * - `ready`: nothing missing;
 * - `install`: the commands to run (root with apt-get);
 * - `instruct`: the command the user should run (or, without apt-get, what to
 *   install), and whether to stop (`fatal`: Chromium itself is missing).
 */
export function planBrowserSetup({ purpose, present, isRoot, hasAptGet }) {
  const needs = NEEDS[purpose];
  if (needs === undefined) throw new Error(`unknown purpose ${purpose}: start or test`);
  const missing = needs.filter((part) => !present[part]);
  if (missing.length === 0) return { kind: 'ready', missing: [] };
  const packages = missing.map((part) => PACKAGES[part]);
  const fatal = missing.includes('chromium');
  if (isRoot && hasAptGet) {
    return {
      kind: 'install',
      missing: packages,
      commands: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', ...packages],
      ],
    };
  }
  const command = hasAptGet ? `sudo apt-get install -y ${packages.join(' ')}` : null;
  return { kind: 'instruct', missing: packages, command, fatal, message: instruction(missing, command, fatal) };
}

const WHY = Object.freeze({
  chromium: 'Chromium (the extension runs and is tested in it)',
  chromiumL10n: 'Chromium\'s Chinese UI (chromium-l10n)',
  cjkFont: 'a Chinese font (fonts-noto-cjk: without it Chinese text shows as boxes)',
  firefox: 'Firefox ESR (for the Firefox tests, skipped without it)',
});

function instruction(missing, command, fatal) {
  const lines = [`Missing: ${missing.map((part) => WHY[part]).join('; ')}.`];
  if (command !== null) lines.push(`Run:  ${command}`);
  else lines.push('Install them with your system\'s package manager (or set CHROMIUM_PATH to a Chromium binary).');
  lines.push(fatal ? 'Stopping: Chromium is required.' : 'Continuing without them.');
  return lines.join('\n');
}

/** What this machine has, looked up the way the scripts and tests will look for it. */
export function probeSystem(env = process.env) {
  const chromium = [env.CHROMIUM_PATH, ...CHROMIUM_CANDIDATES].find((candidate) => candidate && existsSync(candidate));
  return {
    present: {
      chromium: chromium !== undefined,
      // Another Chromium (CHROMIUM_PATH, Chrome) carries its own UI languages.
      chromiumL10n: chromium !== undefined && chromium !== DEBIAN_CHROMIUM ? true : existsSync(CHROMIUM_ZH_LOCALE),
      cjkFont: hasCjkFont(),
      firefox: FIREFOX_CANDIDATES.some((candidate) => existsSync(candidate)),
    },
    isRoot: process.getuid?.() === 0,
    hasAptGet: spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0,
  };
}

function hasCjkFont() {
  const listed = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (listed.status === 0) return listed.stdout.trim() !== '';
  return CJK_FONT_DIRS.some((dir) => existsSync(dir));
}

/**
 * Carries out the plan for `purpose`; true when the command may go on.
 * `probe` and `run` are injectable so the decision and its execution can be
 * tested without touching the machine.
 */
export function ensureBrowsers(purpose, { probe = probeSystem, run = runVisibly, log = console.log } = {}) {
  const plan = planBrowserSetup({ purpose, ...probe() });
  if (plan.kind === 'ready') return true;
  if (plan.kind === 'instruct') {
    log(plan.message);
    return !plan.fatal;
  }
  log(`Installing ${plan.missing.join(', ')}:`);
  for (const command of plan.commands) {
    if (!run(command)) {
      log(`Failed: ${command.join(' ')}`);
      return false;
    }
  }
  const after = planBrowserSetup({ purpose, ...probe() });
  if (after.kind !== 'ready') log(`Still missing after the install: ${after.missing.join(', ')}`);
  return after.kind === 'ready' || !after.missing.includes(PACKAGES.chromium);
}

function runVisibly(command) {
  console.log(`$ ${command.join(' ')}`);
  const [program, ...args] = command;
  const result = spawnSync(program, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--for');
  const purpose = i >= 0 ? process.argv[i + 1] : 'test';
  process.exit(ensureBrowsers(purpose) ? 0 : 1);
}
