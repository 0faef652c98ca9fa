// Timings the browser tests measure and report (not assert: wall-clock
// numbers depend on the machine). Written to artifacts/e2e-measurements.json
// and printed, so a run's numbers can be read and compared.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { artifactsDir, type ExtensionBrowser } from './browser.ts';

const file = path.join(artifactsDir, 'e2e-measurements.json');

export function recordMeasurement(name: string, value: unknown): void {
  mkdirSync(artifactsDir, { recursive: true });
  const all = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  all[name] = value;
  writeFileSync(file, JSON.stringify(all, null, 2) + '\n');
  console.log(`[measurement] ${name}: ${JSON.stringify(value)}`);
}

interface BadgeEvent {
  tabId: number;
  text: string;
  at: number;
}

/**
 * Record, in the service worker, when each badge text is set (epoch ms). Test
 * instrumentation only: wraps chrome.action.setBadgeText in the running worker.
 */
export async function recordBadgeTimes(browser: ExtensionBrowser): Promise<void> {
  await browser.worker.evaluate(() => {
    const scope = globalThis as unknown as {
      __badgeEvents?: BadgeEvent[];
      chrome: { action: { setBadgeText(details: { tabId: number; text: string }): Promise<void> } };
    };
    if (scope.__badgeEvents) return;
    scope.__badgeEvents = [];
    const original = scope.chrome.action.setBadgeText.bind(scope.chrome.action);
    scope.chrome.action.setBadgeText = (details) => {
      scope.__badgeEvents!.push({ tabId: details.tabId, text: details.text, at: Date.now() });
      return original(details);
    };
  });
}

/** Milliseconds from the page's load event to the badge being set on its tab. */
export async function loadToBadgeMs(browser: ExtensionBrowser, page: Page, tabId: number): Promise<number> {
  const loadedAt = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return performance.timeOrigin + (navigation?.loadEventEnd ?? 0);
  });
  const events = await browser.worker.evaluate(
    (id) => ((globalThis as unknown as { __badgeEvents?: BadgeEvent[] }).__badgeEvents ?? []).filter((event) => event.tabId === id && event.text !== ''),
    tabId,
  );
  const first = events[0];
  if (!first) throw new Error(`no badge was set on tab ${tabId}`);
  return Math.round(first.at - loadedAt);
}
