// `npm run bench -- --profile WHAT`: where the time goes, from Chromium's own
// sampling profiler (DevTools protocol Profiler domain), for a budget that is
// missed. Prints the functions with the most self time (file:line of the
// unminified bench bundle's sources) and writes the .cpuprofile for DevTools.
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { ENGINE_SCRIPT_NAME, PAGE_SCRIPT_NAME } from './bundles.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile { nodes: ProfileNode[]; startTime: number; endTime: number; samples?: number[]; timeDeltas?: number[] }

export interface HotFunction { name: string; selfMs: number; share: number }

/**
 * For each line of an unminified esbuild bundle, the source file it came from
 * (esbuild starts each module's code with a `// path/to/file.ts` comment).
 */
export function sourceFilesOfLines(bundle: string): string[] {
  let current = '';
  return bundle.split('\n').map((line) => {
    const module = /^\s*\/\/ ((?:src|scripts|node_modules)\/\S+\.[cm]?[jt]sx?)$/.exec(line);
    if (module) current = module[1]!;
    return current;
  });
}

export async function profileInPage(page: Page, run: () => Promise<unknown>, outFile: string, sources: string[]): Promise<HotFunction[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await run();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.detach();
  writeFileSync(outFile, JSON.stringify(profile));
  return hotFunctions(profile, sources);
}

/** Self time per function (name + source line), from the samples and their time deltas. */
export function hotFunctions(profile: Profile, sources: string[] = []): HotFunction[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  for (let i = 0; i < samples.length; i += 1) {
    const node = byNode.get(samples[i]!);
    const delta = deltas[i + 1] ?? 0;
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') continue;
    const file = url === PAGE_SCRIPT_NAME || url === ENGINE_SCRIPT_NAME ? (sources[lineNumber] ?? url) : url.split('/').pop() ?? '';
    const key = `${functionName || '(anonymous)'}  ${file ? `${file} (bundle line ${lineNumber + 1})` : '(native)'}`;
    selfUs.set(key, (selfUs.get(key) ?? 0) + delta);
    total += delta;
  }
  return [...selfUs.entries()]
    .map(([name, us]) => ({ name, selfMs: us / 1000, share: total > 0 ? us / total : 0 }))
    .sort((a, b) => b.selfMs - a.selfMs);
}
