// The fresh-machine decision of `npm start` / `npm test`: which command runs
// (or is printed) for which machine. The environment is injected; nothing
// here runs apt or looks at the real machine.
import { describe, expect, it } from 'vitest';
import { ensureBrowsers, planBrowserSetup, type Part, type SystemState } from '../../../scripts/ensure-browsers.mjs';

const EVERYTHING: Record<Part, boolean> = { chromium: true, chromiumL10n: true, cjkFont: true, firefox: true };
const NOTHING: Record<Part, boolean> = { chromium: false, chromiumL10n: false, cjkFont: false, firefox: false };

function machine(present: Partial<Record<Part, boolean>>, isRoot: boolean, hasAptGet: boolean): SystemState {
  return { present: { ...EVERYTHING, ...present }, isRoot, hasAptGet };
}

describe('planBrowserSetup', () => {
  it('does nothing when every browser part is there', () => {
    expect(planBrowserSetup({ purpose: 'test', ...machine({}, false, false) })).toEqual({ kind: 'ready', missing: [] });
  });

  it('installs Chromium with its Chinese UI and a CJK font as root with apt-get, after an update', () => {
    const plan = planBrowserSetup({ purpose: 'start', ...machine(NOTHING, true, true) });
    expect(plan).toEqual({
      kind: 'install',
      missing: ['chromium', 'chromium-l10n', 'fonts-noto-cjk'],
      commands: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', 'chromium', 'chromium-l10n', 'fonts-noto-cjk'],
      ],
    });
  });

  it('adds Firefox ESR for the tests, and only what is missing', () => {
    const plan = planBrowserSetup({ purpose: 'test', ...machine({ firefox: false, cjkFont: false }, true, true) });
    expect(plan.kind).toBe('install');
    expect(plan.kind === 'install' && plan.commands.at(-1)).toEqual(['apt-get', 'install', '-y', '-qq', 'fonts-noto-cjk', 'firefox-esr']);
  });

  it('does not ask for Firefox to start the extension', () => {
    expect(planBrowserSetup({ purpose: 'start', ...machine({ firefox: false }, true, true) }).kind).toBe('ready');
  });

  it('prints the one sudo command and stops when not root and Chromium is missing', () => {
    const plan = planBrowserSetup({ purpose: 'start', ...machine(NOTHING, false, true) });
    expect(plan).toMatchObject({ kind: 'instruct', fatal: true, command: 'sudo apt-get install -y chromium chromium-l10n fonts-noto-cjk' });
    expect(plan.kind === 'instruct' && plan.message).toContain('Run:  sudo apt-get install -y chromium chromium-l10n fonts-noto-cjk');
    expect(plan.kind === 'instruct' && plan.message).toContain('Stopping');
  });

  it('goes on with a printed command when only Firefox or the UI language pack is missing', () => {
    const plan = planBrowserSetup({ purpose: 'test', ...machine({ firefox: false, chromiumL10n: false }, false, true) });
    expect(plan).toMatchObject({ kind: 'instruct', fatal: false, command: 'sudo apt-get install -y chromium-l10n firefox-esr' });
  });

  it('names what to install without apt-get, as root or not', () => {
    for (const isRoot of [true, false]) {
      const plan = planBrowserSetup({ purpose: 'start', ...machine({ chromium: false }, isRoot, false) });
      expect(plan).toMatchObject({ kind: 'instruct', fatal: true, command: null });
      expect(plan.kind === 'instruct' && plan.message).toMatch(/CHROMIUM_PATH/);
    }
  });
});

describe('ensureBrowsers', () => {
  const quiet = (): void => {};

  it('runs the planned commands in order and succeeds when the browser is then there', () => {
    const ran: string[][] = [];
    let installed = false;
    const ok = ensureBrowsers('start', {
      probe: () => machine(installed ? {} : NOTHING, true, true),
      run: (command) => {
        ran.push(command);
        if (command[1] === 'install') installed = true;
        return true;
      },
      log: quiet,
    });
    expect(ok).toBe(true);
    expect(ran.map((c) => c.slice(0, 2).join(' '))).toEqual(['apt-get update', 'apt-get install']);
  });

  it('stops at a failing command', () => {
    const ran: string[][] = [];
    const ok = ensureBrowsers('start', {
      probe: () => machine(NOTHING, true, true),
      run: (command) => (ran.push(command), false),
      log: quiet,
    });
    expect(ok).toBe(false);
    expect(ran).toHaveLength(1);
  });

  it('fails when Chromium is still missing after an install that reported success', () => {
    expect(ensureBrowsers('test', { probe: () => machine(NOTHING, true, true), run: () => true, log: quiet })).toBe(false);
  });

  it('runs nothing and prints the command when it may not install', () => {
    const lines: string[] = [];
    const ok = ensureBrowsers('test', {
      probe: () => machine({ firefox: false }, false, true),
      run: () => expect.unreachable('nothing may run'),
      log: (line) => lines.push(line),
    });
    expect(ok).toBe(true);
    expect(lines.join('\n')).toContain('sudo apt-get install -y firefox-esr');
  });
});
