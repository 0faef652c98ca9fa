// Single-page sites change the article without loading a new document: the
// page calls history.pushState/replaceState (or changes a "#/route") and
// swaps its content. The content script stays, so without this it would keep
// the old article's analysis, badge and highlights.
//
// The content script runs in an isolated world: wrapping the page's
// history.pushState there changes only our world's copy, never the page's
// calls, and injecting a wrapper into the page's world would touch the page.
// So we only observe:
// - `popstate` (back/forward) and `hashchange` (hash routes), which reach
//   every world;
// - the Navigation API's `currententrychange` where the browser has it
//   (Chromium): it fires for the page's own pushState/replaceState too;
// - a cheap poll of location.href every POLL_MS while the tab is visible, for
//   browsers without the Navigation API (pushState fires no event there).
// A change is acted on once the page has stopped rewriting its DOM (the new
// article is usually rendered after the URL changes), bounded so a page that
// never stops animating is still re-read.

/** How often location.href is compared: a string comparison, once a second. */
const POLL_MS = 1000;
/** The DOM counts as settled after this long without a mutation… */
const SETTLE_MS = 400;
/** …or this long after the URL change, whichever comes first. */
const MAX_SETTLE_MS = 3000;
/** The longest a visible page's address change waits before onPageChange (noticed by the poll, then settled). */
export const LONGEST_PAGE_CHANGE_MS = POLL_MS + MAX_SETTLE_MS;

/**
 * What makes a URL another page here: origin, path and query, and a
 * fragment only when it is a client-side route ("#/…", "#!…"), as
 * store/url.ts normalizePageUrl keeps it. Coarser normalisation (tracking
 * parameters) is the background's: a change only there costs a re-read,
 * never a missed page (a unit test checks that equal identities mean equal
 * normalised URLs).
 */
export function pageIdentity(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  const route = url.hash.startsWith('#/') || url.hash.startsWith('#!') ? url.hash : '';
  return url.origin + url.pathname + url.search + route;
}

export interface PageChangeTiming {
  pollMs: number;
  settleMs: number;
  maxSettleMs: number;
}

interface NavigationLike {
  addEventListener(type: 'currententrychange', listener: () => void): void;
}

/** Calls `onPageChange` once the URL names another page and the DOM has settled. */
export function watchPageChanges(view: Window, onPageChange: () => void, timing: PageChangeTiming = { pollMs: POLL_MS, settleMs: SETTLE_MS, maxSettleMs: MAX_SETTLE_MS }): void {
  let current = pageIdentity(view.location.href);
  let observer: MutationObserver | null = null;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;

  const stopWaiting = (): void => {
    observer?.disconnect();
    observer = null;
    clearTimeout(settleTimer);
  };

  const whenSettled = (): void => {
    stopWaiting();
    const changedAt = performance.now();
    const fire = (): void => {
      stopWaiting();
      onPageChange();
    };
    const rearm = (): void => {
      clearTimeout(settleTimer);
      const left = timing.maxSettleMs - (performance.now() - changedAt);
      settleTimer = setTimeout(fire, Math.max(0, Math.min(timing.settleMs, left)));
    };
    observer = new MutationObserver(rearm);
    observer.observe(view.document.documentElement, { childList: true, subtree: true, characterData: true });
    rearm();
  };

  const check = (): void => {
    const next = pageIdentity(view.location.href);
    if (next === current) return;
    current = next;
    whenSettled();
  };

  view.addEventListener('popstate', check);
  view.addEventListener('hashchange', check);
  const navigation = (view as Window & { navigation?: NavigationLike }).navigation;
  navigation?.addEventListener('currententrychange', check);
  setInterval(() => {
    if (!view.document.hidden) check();
  }, timing.pollMs);
}
