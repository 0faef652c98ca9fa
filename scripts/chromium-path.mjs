// Where the system Chromium is (Debian's `chromium` package), or a clear
// instruction when it is missing. CHROMIUM_PATH overrides.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath() {
  const found = [process.env.CHROMIUM_PATH, ...CANDIDATES].find((candidate) => candidate && existsSync(candidate));
  if (!found) {
    throw new Error('Chromium not found. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH)');
  }
  return found;
}
