// What the popup shows for a tab, decided from what the browser lets us know.
// Pure logic over an injected TabChannel so every state can be unit-tested:
//
//   known URL the browser never lets extensions read  -> cannot-read (why)
//   content script answers                            -> its analysis (or that
//                                                         the site is switched off)
//   no content script (tab opened before install)     -> inject it, ask again
//   injection refused, URL hidden                     -> the refusal says why,
//                                                         else offer a reload
import type { ArticleAnalysis } from '../../core/types.ts';
import { isPageAnalysisState, type PageAnalysisState } from '../../extension/messages.ts';
import { classifyInjectionError, classifyPageUrl, isFirefoxRefusalDespiteAccess, type PageAccess } from '../../extension/page-access.ts';

export type UnreadableReason = Exclude<PageAccess, 'readable' | 'unknown'>;

export type TabView =
  | { kind: 'analysing' }
  | { kind: 'cannot-read'; reason: UnreadableReason }
  | { kind: 'needs-reload' }
  | { kind: 'not-candidate' }
  /** The reader switched the extension off on this site; `host` is the page's host name. */
  | { kind: 'switched-off'; host: string }
  | { kind: 'analysed'; analysis: ArticleAnalysis }
  | { kind: 'failed'; error: string };

export interface TabChannel {
  /** The tab's URL when the browser discloses it (activeTab grant), else undefined. */
  tabUrl: string | undefined;
  /** Ask the tab's content script for its analysis; rejects when no content script is there. */
  askContentScript(): Promise<unknown>;
  /** Inject the content script (and its CSS); rejects with the browser's reason. */
  injectContentScript(): Promise<void>;
  /** Whether the extension holds host permission for the tab's site (false when unknown). */
  hasHostAccess?(): Promise<boolean>;
}

function viewOf(state: unknown): TabView {
  if (!isPageAnalysisState(state)) return { kind: 'failed', error: 'malformed reply' };
  const known: PageAnalysisState = state;
  switch (known.status) {
    case 'analysed':
      return { kind: 'analysed', analysis: known.analysis };
    case 'not-candidate':
      return { kind: 'not-candidate' };
    case 'switched-off':
      return { kind: 'switched-off', host: known.host };
    case 'failed':
      return { kind: 'failed', error: known.error };
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Decide the view; `onProgress` receives "analysing" as soon as the page is known to be readable. */
export async function loadTabView(channel: TabChannel, onProgress: (view: TabView) => void): Promise<TabView> {
  const access = classifyPageUrl(channel.tabUrl);
  if (access !== 'readable' && access !== 'unknown') return { kind: 'cannot-read', reason: access };
  onProgress({ kind: 'analysing' });
  try {
    return viewOf(await channel.askContentScript());
  } catch {
    // No content script in the tab: opened before installation or update, or still loading.
  }
  try {
    await channel.injectContentScript();
  } catch (error) {
    const message = errorText(error);
    let refusal = classifyInjectionError(message);
    if (refusal === 'unknown' && isFirefoxRefusalDespiteAccess(message) && (await channel.hasHostAccess?.())) refusal = 'error-page';
    return refusal === 'unknown' || refusal === 'readable' ? { kind: 'needs-reload' } : { kind: 'cannot-read', reason: refusal };
  }
  try {
    return viewOf(await channel.askContentScript());
  } catch {
    return { kind: 'needs-reload' };
  }
}
