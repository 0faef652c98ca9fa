// Which tab the side panel shows: the active tab of the window the panel
// belongs to (Chromium's side panel and Firefox's sidebar are per window),
// followed through the browser's tab events: another tab activated, the tab
// navigating or changing address (single-page sites), the window regaining
// focus (a check that nothing was missed while the panel was hidden).
// `?window=<id>` names the window instead of the panel's own: the tests open
// the panel page as an ordinary tab in a window of its own, since a headless
// browser cannot show the real side panel.
import { extensionApi, type Tab } from '../../extension/browser-api.ts';
import type { TargetTab } from '../popup/PageView.tsx';

/** What the panel shows: a tab that is still loading waits for the page before asking it anything. */
export type FollowedTab = { tab: TargetTab; loading: boolean } | null;

function followed(tab: Tab | undefined): FollowedTab {
  if (tab?.id === undefined) return null;
  return { tab: tab as TargetTab, loading: tab.status === 'loading' };
}

async function windowToFollow(search: string): Promise<number | undefined> {
  const requested = Number.parseInt(new URLSearchParams(search).get('window') ?? '', 10);
  if (Number.isSafeInteger(requested) && requested >= 0) return requested;
  return (await extensionApi().windows.getCurrent()).id;
}

/**
 * Calls `show` with the followed window's active tab now and whenever it
 * changes (another tab, a new address, loading finished). Returns the unsubscribe.
 */
export function followActiveTab(search: string, show: (next: FollowedTab) => void): () => void {
  const api = extensionApi();
  let windowId: number | undefined;
  let current: TargetTab | null = null;
  let stopped = false;

  const update = (tab: Tab | undefined) => {
    if (stopped) return;
    const next = followed(tab);
    current = next?.tab ?? null;
    show(next);
  };
  const activeTab = async (): Promise<Tab | undefined> => {
    if (windowId === undefined) return undefined;
    const [active] = await api.tabs.query({ active: true, windowId });
    return active;
  };
  const recheck = () => void activeTab().then((tab) => {
    // Focus comes often; only a different tab or address is news.
    if (tab?.id !== current?.id || tab?.url !== current?.url) update(tab);
  }, () => undefined);

  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (info.windowId === windowId) void api.tabs.get(info.tabId).then(update, () => undefined);
  };
  const onUpdated = (tabId: number, change: { url?: string; status?: string }, tab: Tab) => {
    if (tabId !== current?.id) return;
    // A new address (a navigation begins, or a single-page site moved on) or the page finished loading.
    if (change.url !== undefined || change.status !== undefined) update(tab);
  };
  const onRemoved = (tabId: number) => {
    if (tabId === current?.id) recheck();
  };
  const onFocusChanged = (focused: number) => {
    if (focused === windowId) recheck();
  };

  api.tabs.onActivated.addListener(onActivated);
  api.tabs.onUpdated.addListener(onUpdated);
  api.tabs.onRemoved.addListener(onRemoved);
  api.windows.onFocusChanged.addListener(onFocusChanged);
  void windowToFollow(search)
    .then(async (id) => {
      windowId = id;
      update(await activeTab());
    })
    .catch(() => update(undefined));

  return () => {
    stopped = true;
    api.tabs.onActivated.removeListener(onActivated);
    api.tabs.onUpdated.removeListener(onUpdated);
    api.tabs.onRemoved.removeListener(onRemoved);
    api.windows.onFocusChanged.removeListener(onFocusChanged);
  };
}
