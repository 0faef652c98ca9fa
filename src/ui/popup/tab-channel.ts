// The real TabChannel: messages to the tab's content script and injection
// through `scripting` (allowed by the activeTab grant the toolbar click gives).
import { extensionApi, type ExtensionApi, type Tab } from '../../extension/browser-api.ts';
import {
  isRevealResult,
  type ExtensionPageToContentMessage,
  type RevealResult,
} from '../../extension/messages.ts';
import type { TabChannel } from './tab-view.ts';

/** The tab named by `?tab=<id>` (tests, and links from other extension pages), else the active tab. */
export async function resolveTargetTab(search: string): Promise<Tab | undefined> {
  const api = extensionApi();
  const requested = Number.parseInt(new URLSearchParams(search).get('tab') ?? '', 10);
  if (Number.isSafeInteger(requested) && requested >= 0) {
    try {
      return await api.tabs.get(requested);
    } catch {
      return undefined;
    }
  }
  const [active] = await api.tabs.query({ active: true, currentWindow: true });
  return active;
}

function send(api: ExtensionApi, tabId: number, message: ExtensionPageToContentMessage): Promise<unknown> {
  return api.tabs.sendMessage(tabId, message, { frameId: 0 });
}

export function tabChannel(tab: Tab & { id: number }): TabChannel {
  const api = extensionApi();
  return {
    tabUrl: tab.url || undefined,
    askContentScript: () => send(api, tab.id, { type: 'get-page-analysis' }),
    async injectContentScript() {
      const target = { tabId: tab.id };
      await api.scripting.insertCSS({ target, files: ['content.css'] });
      await api.scripting.executeScript({ target, files: ['content.js'] });
    },
    async hasHostAccess() {
      let site: URL;
      try {
        site = new URL(tab.url ?? '');
      } catch {
        return false;
      }
      if (site.protocol !== 'http:' && site.protocol !== 'https:') return false;
      // Match patterns name no port: the host's pattern covers every port.
      return api.permissions.contains({ origins: [`${site.protocol}//${site.hostname}/*`] }).catch(() => false);
    },
  };
}

export async function revealInTab(tabId: number, text: string, occurrence: number): Promise<RevealResult | null> {
  try {
    const reply = await send(extensionApi(), tabId, { type: 'reveal-formulation', text, occurrence });
    return isRevealResult(reply) ? reply : null;
  } catch {
    return null;
  }
}

export async function reloadTab(tabId: number): Promise<void> {
  await extensionApi().tabs.reload(tabId);
}
