// Types of scripts/chromium.mjs for the TypeScript that imports it (tests, bench).
export const CHROMIUM_CANDIDATES: readonly string[];
export function chromiumPath(): string;
export const QUIET_CHROMIUM_ARGS: readonly string[];
export const LOCAL_ONLY_HOST_RULES: string;
