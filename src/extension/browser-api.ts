// The one place that touches the WebExtension global.
//
// Why not webextension-polyfill: both target browsers return promises from
// every MV3 API this extension calls (tabs, action, scripting, runtime, i18n),
// so the polyfill's ~10 KB would only buy one thing: async replies from
// runtime.onMessage listeners, which Chromium does not take as a returned
// Promise. `onMessage` below does that with sendResponse + `return true`, the
// form both browsers implement, and keeps the content script small.
// The types come from @types/webextension-polyfill (types only, no code).
import type { Action, Commands, ContextMenus, I18n, Runtime, Scripting, Storage, Tabs } from 'webextension-polyfill';

/** The subset of the WebExtension API this extension uses. */
export interface ExtensionApi {
  runtime: Pick<Runtime.Static, 'id' | 'getURL' | 'sendMessage' | 'getManifest' | 'onInstalled' | 'openOptionsPage'> & {
    /** Typed as both browsers implement it: `true` keeps the channel open for sendResponse, undefined answers nothing. */
    onMessage: { addListener(listener: MessageListener): void };
  };
  tabs: Pick<Tabs.Static, 'query' | 'get' | 'sendMessage' | 'reload' | 'onUpdated' | 'onRemoved'>;
  action: Pick<Action.Static, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setBadgeTextColor' | 'setTitle'>;
  scripting: Pick<Scripting.Static, 'executeScript' | 'insertCSS'>;
  i18n: Pick<I18n.Static, 'getMessage' | 'getUILanguage'>;
  /** Highlights: the store (background only writes), settings read by the content script. */
  storage: Pick<Storage.Static, 'local' | 'onChanged'>;
  contextMenus: Pick<ContextMenus.Static, 'create' | 'removeAll' | 'onClicked'>;
  commands: Pick<Commands.Static, 'onCommand'>;
}

export type MessageSender = Runtime.MessageSender;
type MessageListener = (message: unknown, sender: MessageSender, sendResponse: (response: unknown) => void) => true | undefined;
export type Tab = Tabs.Tab;

interface WebExtensionGlobals {
  browser?: ExtensionApi;
  chrome?: ExtensionApi;
}

/**
 * Firefox's `browser` when present (promise-native), else Chromium's `chrome`.
 * Read lazily so modules that import this stay loadable in Node tests.
 */
export function extensionApi(): ExtensionApi {
  const globals = globalThis as WebExtensionGlobals;
  const api = globals.browser ?? globals.chrome;
  if (!api?.runtime?.id) throw new Error('WebExtension API unavailable');
  return api;
}

/**
 * Listen for messages that `accept` turns into a typed message; anything it
 * rejects gets no answer and causes no action. A handler that returns a promise
 * answers with its value (or `{ error }` if it fails).
 */
export function onMessage<M>(
  accept: (raw: unknown, sender: MessageSender) => M | null,
  handle: (message: M, sender: MessageSender) => Promise<unknown> | void,
): void {
  extensionApi().runtime.onMessage.addListener(
    (raw: unknown, sender: MessageSender, sendResponse: (response: unknown) => void) => {
      const message = accept(raw, sender);
      if (message === null) return undefined;
      const reply = handle(message, sender);
      if (!reply) return undefined;
      reply.then(sendResponse, (error: unknown) => sendResponse({ error: String(error) }));
      return true;
    },
  );
}
