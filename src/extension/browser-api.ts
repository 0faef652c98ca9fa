// The one place that touches the WebExtension global.
//
// webextension-polyfill gives every bundle the same promise-based `browser`
// API in both target browsers; what it adds over Chromium's own promises is
// async replies from runtime.onMessage listeners (a listener returns a
// promise, the polyfill answers with its value), which Chromium does not do
// by itself. The extension's own pages and the background install it once at
// their entry point (./polyfilled-api.ts, imported first): background, popup
// (and the side panel, which reuses the popup) and manager. The content
// script and the highlighter go without it: the polyfill's ~10 KB does not
// fit the content script's 40 KB budget beside the early verdict, and
// Chromium's `chrome` already returns promises from every call they make;
// the one gap, async replies from a listener, `onMessage` below fills with
// sendResponse + `return true`, which both browsers implement natively.
// The types come from @types/webextension-polyfill.
import type { Action, Commands, ContextMenus, I18n, Permissions, Runtime, Scripting, Storage, Tabs, Windows } from 'webextension-polyfill';

/** The subset of the WebExtension API this extension uses. */
export interface ExtensionApi {
  runtime: Pick<Runtime.Static, 'id' | 'getURL' | 'sendMessage' | 'getManifest' | 'onInstalled' | 'openOptionsPage'> & {
    /**
     * Polyfilled: a listener returns a promise to answer (its value is the
     * reply). Native: it returns `true` and calls sendResponse later. Either
     * way undefined answers nothing.
     */
    onMessage: { addListener(listener: MessageListener): void };
  };
  tabs: Pick<Tabs.Static, 'query' | 'get' | 'sendMessage' | 'reload' | 'onUpdated' | 'onRemoved' | 'onActivated' | 'create' | 'update'>;
  /** The manager brings the window of an article's open tab to the front; the side panel follows the active tab of its own window. */
  windows: Pick<Windows.Static, 'update' | 'getCurrent' | 'onFocusChanged'>;
  action: Pick<Action.Static, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setBadgeTextColor' | 'setTitle'>;
  scripting: Pick<Scripting.Static, 'executeScript' | 'insertCSS'>;
  /** The popup asks whether it may script a tab's site (Firefox's error page: see page-access.ts). */
  permissions: Pick<Permissions.Static, 'contains'>;
  i18n: Pick<I18n.Static, 'getMessage' | 'getUILanguage'>;
  /** Highlights: the store (background only writes), settings read by the content script. */
  storage: Pick<Storage.Static, 'local' | 'onChanged'>;
  contextMenus: Pick<ContextMenus.Static, 'create' | 'removeAll' | 'onClicked'>;
  commands: Pick<Commands.Static, 'onCommand' | 'getAll'>;
}

export type MessageSender = Runtime.MessageSender;
type MessageListener = (
  message: unknown,
  sender: MessageSender,
  sendResponse: (response: unknown) => void,
) => Promise<unknown> | true | undefined;
export type Tab = Tabs.Tab;

interface WebExtensionGlobals {
  browser?: ExtensionApi;
  chrome?: ExtensionApi;
}

let installed: ExtensionApi | null = null;

/** Called once by ./polyfilled-api.ts at a bundle's entry with the polyfill's `browser`. */
export function installExtensionApi(api: ExtensionApi): void {
  installed = api;
}

/**
 * The polyfill's `browser` where the bundle installed it; else the native
 * global (Firefox's `browser`, Chromium's promise-returning `chrome`), read
 * lazily so modules that import this stay loadable in Node tests (which set
 * a stand-in `browser`).
 */
export function extensionApi(): ExtensionApi {
  const globals = globalThis as WebExtensionGlobals;
  const api = installed ?? globals.browser ?? globals.chrome;
  if (!api?.runtime?.id) throw new Error('WebExtension API unavailable');
  return api;
}

/**
 * Listen for messages that `accept` turns into a typed message; anything it
 * rejects gets no answer and causes no action. A handler that returns a promise
 * answers with its value (or `{ error }` if it fails): returned as the
 * promise where the polyfill is installed, through sendResponse where the
 * bundle runs on the native API (the content script).
 */
export function onMessage<M>(
  accept: (raw: unknown, sender: MessageSender) => M | null,
  handle: (message: M, sender: MessageSender) => Promise<unknown> | void,
): void {
  extensionApi().runtime.onMessage.addListener((raw: unknown, sender: MessageSender, sendResponse) => {
    const message = accept(raw, sender);
    if (message === null) return undefined;
    const reply = handle(message, sender);
    if (!reply) return undefined;
    const answer = reply.catch((error: unknown) => ({ error: String(error) }));
    if (installed !== null) return answer;
    void answer.then(sendResponse);
    return true;
  });
}
