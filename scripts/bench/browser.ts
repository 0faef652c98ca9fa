// The headless Chromium the bench runs in: the system Chromium with the bench
// extension loaded (new headless mode: the old one does not load
// extensions; Playwright's default --disable-extensions is dropped), and
// helpers to run the in-page bundle in a served page.
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { LOCAL_ONLY_HOST_RULES, QUIET_CHROMIUM_ARGS } from '../chromium.mjs';
import type { PageBench } from './page/entry.ts';
import type { StorageBench } from './extension/entry.ts';

/** The globals the bench bundles define, for code evaluated in a page. */
export type PageBenchScope = { __djBench: PageBench };
export type StorageBenchScope = { __djStorageBench: StorageBench };

const LAUNCH_ARGS = ['--headless=new', ...QUIET_CHROMIUM_ARGS, LOCAL_ONLY_HOST_RULES];

export async function openWithBench(context: BrowserContext, url: string, pageScript: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  // A page that navigated away would have the bench time some other document.
  if (page.url() !== url) throw new Error(`the page navigated away to ${page.url()}`);
  await page.evaluate(pageScript);
  return page;
}

export async function inPage<T>(context: BrowserContext, url: string, pageScript: string, run: (page: Page) => Promise<T>): Promise<T> {
  const page = await openWithBench(context, url, pageScript);
  try {
    return await run(page);
  } finally {
    await page.close();
  }
}

export async function launchBenchBrowser(profileDir: string, extensionDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...LAUNCH_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
}

/** The extension id of the bench extension, from its service worker's URL. */
export async function benchExtensionId(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

export async function versionOf(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  const agent = await page.evaluate(() => navigator.userAgent);
  await page.close();
  return /Chrome\/([\d.]+)/.exec(agent)?.[1] ?? agent;
}
