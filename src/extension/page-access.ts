// Which tabs the extension can read. Browsers never run extension scripts on
// their own pages or on their add-on stores, the PDF viewer is not a web page,
// and file: pages need a switch the user flips by hand (our content script only
// matches http and https anyway). The popup uses this to say why it shows
// nothing instead of waiting for an analysis that will never come.

export type PageAccess =
  | 'readable'
  /** chrome://, about:, view-source:, extension pages, data:, … */
  | 'browser-page'
  /** The browser's own error page where a page failed to load (chrome-error://, about:neterror): no page to read. */
  | 'error-page'
  /** The browsers' extension stores: scripting is blocked there by policy. */
  | 'store-page'
  /** A PDF shown by the built-in viewer. */
  | 'pdf'
  /** A local file: not covered by the content script. */
  | 'file'
  /** The URL is hidden from us (no activeTab grant): decided by trying. */
  | 'unknown';

/** Hosts (and path prefixes) where Chromium and Firefox refuse extension scripts. */
const STORE_PAGES: readonly { host: string; pathPrefix: string }[] = [
  { host: 'chromewebstore.google.com', pathPrefix: '/' },
  { host: 'chrome.google.com', pathPrefix: '/webstore' },
  { host: 'microsoftedge.microsoft.com', pathPrefix: '/addons' },
  { host: 'addons.mozilla.org', pathPrefix: '/' },
  { host: 'addons.opera.com', pathPrefix: '/' },
];

export function classifyPageUrl(url: string | undefined | null): PageAccess {
  if (!url) return 'unknown';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'unknown';
  }
  if (parsed.protocol === 'file:') return 'file';
  if (parsed.protocol === 'chrome-error:' || /^about:(neterror|certerror|httpsonlyerror|blocked)\b/i.test(url)) return 'error-page';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'browser-page';
  const host = parsed.hostname.toLowerCase();
  if (STORE_PAGES.some((store) => host === store.host && parsed.pathname.startsWith(store.pathPrefix))) {
    return 'store-page';
  }
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  return 'readable';
}

/**
 * Firefox keeps the URL that failed to load on the tab of its error page
 * (about:neterror is not what the tab reports) and refuses scripts there with
 * these words. Said about a site the extension has host access to, they can
 * only mean the tab does not show that site's page: it shows the error page.
 */
export function isFirefoxRefusalDespiteAccess(message: string): boolean {
  return /^Missing host permission for the tab\b/.test(message);
}

/**
 * When the URL is hidden, the browser's refusal to inject says why. Chromium
 * names browser pages ("Cannot access a chrome:// URL") and the store ("The
 * extensions gallery cannot be scripted"); anything else (a missing permission)
 * means an ordinary page the content script has not reached: reload it.
 */
export function classifyInjectionError(message: string): PageAccess {
  // Chromium: "Frame with ID 0 is showing error page"; an error page's URL is hidden even with host access.
  if (/showing error page|chrome-error:|about:(neterror|certerror)/i.test(message)) return 'error-page';
  if (/extensions gallery cannot be scripted|cannot be scripted due to an ExtensionsSettings policy/i.test(message)) {
    return 'store-page';
  }
  if (/Cannot access (a|an) [a-z-]+:\/\/ URL|Cannot access a chrome|about:|view-source:|devtools:|chrome-extension:|moz-extension:/i.test(message)) {
    return 'browser-page';
  }
  if (/\bfile:|local file/i.test(message)) return 'file';
  if (/\.pdf\b|PDF/.test(message)) return 'pdf';
  return 'unknown';
}
