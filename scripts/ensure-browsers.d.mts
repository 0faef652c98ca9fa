// Types of scripts/ensure-browsers.mjs for the TypeScript that imports it (tests).
export type Part = 'chromium' | 'chromiumL10n' | 'cjkFont' | 'firefox';
export type Purpose = 'start' | 'test';
export const PACKAGES: Readonly<Record<Part, string>>;
export const NEEDS: Readonly<Record<Purpose, Part[]>>;
export const FIREFOX_CANDIDATES: readonly string[];
export interface SystemState {
  present: Record<Part, boolean>;
  isRoot: boolean;
  hasAptGet: boolean;
}
export type BrowserSetupPlan =
  | { kind: 'ready'; missing: [] }
  | { kind: 'install'; missing: string[]; commands: string[][] }
  | { kind: 'instruct'; missing: string[]; command: string | null; fatal: boolean; message: string };
export function planBrowserSetup(input: SystemState & { purpose: Purpose }): BrowserSetupPlan;
export function probeSystem(env?: Record<string, string | undefined>): SystemState;
export function ensureBrowsers(
  purpose: Purpose,
  io?: { probe?: () => SystemState; run?: (command: string[]) => boolean; log?: (line: string) => void },
): boolean;
