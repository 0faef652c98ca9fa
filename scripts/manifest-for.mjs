// Per-browser manifest from the one manifest.json. The source itself loads in
// both browsers: it declares `background.service_worker` (Chromium) and
// `background.scripts` (Firefox, which has no extension service workers), and
// each browser runs its own key. But each also complains about the other's
// key, checked in the real browsers' tooling:
//   Chromium 156 (chrome://extensions, developer mode): "'background.scripts'
//     requires manifest version of 2 or lower." (it still uses the worker)
//   web-ext lint (Firefox): BACKGROUND_SERVICE_WORKER_IGNORED
// A standing warning hides new ones, so each build keeps only its own key.
// The side panel likewise: Chromium's `side_panel` key and `sidePanel`
// permission, Firefox's `sidebar_action`; each browser warns on the other's
// ("Unrecognized manifest key", web-ext lint's unsupported permission).
// Everything else is shared: Chromium accepts browser_specific_settings and
// Firefox's linter accepts minimum_chrome_version without a word.
export function manifestFor(browser, source, version) {
  const manifest = structuredClone(source);
  manifest.version = version;
  if (browser === 'chrome') {
    manifest.background = { service_worker: source.background.service_worker };
    delete manifest.sidebar_action;
  } else if (browser === 'firefox') {
    manifest.background = { scripts: source.background.scripts };
    delete manifest.side_panel;
    manifest.permissions = source.permissions.filter((permission) => permission !== 'sidePanel');
  } else {
    throw new Error(`unknown browser ${browser}`);
  }
  return manifest;
}
