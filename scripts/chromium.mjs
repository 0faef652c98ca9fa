// The system Chromium and how every script launches it: `npm start`
// (scripts/start.mjs), the browser tests (tests/e2e/support/browser.ts) and
// the bench (scripts/bench/browser.ts) share these flags so a change here
// reaches all three.
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = Object.freeze(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']);

/** Where the system Chromium is (Debian's `chromium` package), or a clear instruction when it is missing. CHROMIUM_PATH overrides. */
export function chromiumPath() {
  const found = [process.env.CHROMIUM_PATH, ...CHROMIUM_CANDIDATES].find((candidate) => candidate && existsSync(candidate));
  if (!found) {
    throw new Error('Chromium not found. Install it with: apt-get install -y chromium chromium-l10n fonts-noto-cjk (or set CHROMIUM_PATH)');
  }
  return found;
}

/** A quiet Chromium: nothing the browser does on its own competes with (or reaches past) what we run or measure. */
export const QUIET_CHROMIUM_ARGS = Object.freeze([
  // Containers run as root without user namespaces, where Chromium's sandbox cannot start.
  '--no-sandbox',
  // No GPU in CI machines and containers: software rendering, without the GPU process probing for one.
  '--disable-gpu',
  // HTTP/3 probes go to the network on their own; our pages are plain HTTP on 127.0.0.1.
  '--disable-quic',
  // No welcome page or default-browser prompt over the page we open.
  '--no-first-run',
  // No safe-browsing list, variations or other downloads in the background (network and CPU noise).
  '--disable-background-networking',
  // No component updates (Widevine, CRLSets...) fetched and installed while we run.
  '--disable-component-update',
  // No sign-in or sync service starting.
  '--disable-sync',
]);

/**
 * No network but our own server: saved pages name scripts and images on
 * their original hosts, and every host but 127.0.0.1 fails at once instead
 * of timing out (tests and bench; `npm start` with a display lets the reader
 * browse, so it does not use it).
 */
export const LOCAL_ONLY_HOST_RULES = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';
