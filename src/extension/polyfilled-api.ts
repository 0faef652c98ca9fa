// Imported first by each entry point that listens for messages or uses the
// store (background, popup, manager, content script): installs
// webextension-polyfill's `browser` as the API every module reads through
// ./browser-api.ts. Kept out of browser-api.ts itself because the polyfill
// throws when evaluated outside an extension (Node tests import the modules)
// and because the highlighter's bundle does not need it.
import browser from 'webextension-polyfill';
import { installExtensionApi, type ExtensionApi } from './browser-api.ts';

installExtensionApi(browser as unknown as ExtensionApi);
