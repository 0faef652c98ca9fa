// One extension browser and one page server for a test file: launched
// together before its tests, closed after them, and (if asked) the
// extension's storage cleared before each test so no test sees another's
// highlights or settings.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser, type LaunchOptions } from './browser.ts';
import { clearStorage } from './highlights.ts';
import { startPageServer, type PageServer } from './server.ts';

export interface ExtensionSession {
  browser: ExtensionBrowser;
  server: PageServer;
}

export interface SessionOptions {
  launch?: LaunchOptions;
  /** Clear `storage.local` before each test. */
  clearStorageBeforeEach?: boolean;
}

/**
 * Registers the file's hooks and returns the browser and server. They exist
 * only once `beforeAll` has run, but test files read them as plain values
 * (`const { browser, server } = useExtensionSession()` at the top), so each is
 * a stand-in that forwards to the real object, and says clearly when it is
 * used before the hook ran (at collection time, outside a test).
 */
export function useExtensionSession(options: SessionOptions = {}): ExtensionSession {
  let started: ExtensionSession | undefined;
  beforeAll(async () => {
    const [browser, server] = await Promise.all([launchExtensionBrowser(options.launch), startPageServer()]);
    started = { browser, server };
  });
  afterAll(async () => {
    await started?.browser.close();
    await started?.server.close();
  });
  if (options.clearStorageBeforeEach) {
    beforeEach(async () => {
      await clearStorage(started!.browser.worker);
    });
  }
  return {
    browser: forwardTo('browser', () => started?.browser),
    server: forwardTo('server', () => started?.server),
  };
}

function forwardTo<T extends object>(name: string, current: () => T | undefined): T {
  const target = (): T => {
    const value = current();
    if (value === undefined) throw new Error(`the session's ${name} is used before beforeAll started it (use it inside a test or hook)`);
    return value;
  };
  return new Proxy({} as T, {
    get(_, key) {
      const real = target();
      const value: unknown = Reflect.get(real, key, real);
      // Methods run on the real object, not on the stand-in.
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(real) : value;
    },
    has: (_, key) => Reflect.has(target(), key),
  });
}
