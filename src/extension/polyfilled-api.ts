// Imported first by the background and the extension's pages (popup,
// manager): installs
// webextension-polyfill's `browser` as the API every module reads through
// ./browser-api.ts. Kept out of browser-api.ts itself because the polyfill
// throws when evaluated outside an extension (Node tests import the modules)
// and because the content script and the highlighter go without it (their
// size budget; see browser-api.ts).
import browser from 'webextension-polyfill';
import { installExtensionApi, type ExtensionApi } from './browser-api.ts';

installExtensionApi(browser as unknown as ExtensionApi);
