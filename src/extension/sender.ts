// Who may send what. Web pages cannot reach runtime.onMessage directly (no
// `externally_connectable`), but a compromised or hostile page can still run
// code next to our content script, and other extensions have their own
// channel. So each receiver checks the sender as well as the message shape.
import type { MessageSender } from './browser-api.ts';

export interface ExtensionIdentity {
  /** runtime.id */
  id: string;
  /** runtime.getURL(''): "chrome-extension://<id>/" or "moz-extension://<uuid>/". */
  origin: string;
}

/** Our own content script in a tab's top frame. */
export function isOwnContentScript(sender: MessageSender, self: ExtensionIdentity): boolean {
  return (
    sender.id === self.id &&
    typeof sender.tab?.id === 'number' &&
    sender.tab.id >= 0 &&
    sender.frameId === 0 &&
    !isExtensionUrl(sender.url, self)
  );
}

/** One of our own pages (popup, later the manager), even when opened in a tab. */
export function isOwnExtensionPage(sender: MessageSender, self: ExtensionIdentity): boolean {
  return sender.id === self.id && isExtensionUrl(sender.url, self);
}

function isExtensionUrl(url: string | undefined, self: ExtensionIdentity): boolean {
  return typeof url === 'string' && url.startsWith(self.origin);
}
