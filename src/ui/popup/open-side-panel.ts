// Open the side panel from the popup. Both browsers accept the call only
// while a user gesture is being handled, so it is made synchronously from the
// click, before any await: Chromium's sidePanel.open needs the window (or
// tab); Firefox's sidebarAction.open opens the sidebar of the current window.
// Neither namespace is in webextension-polyfill's typings or wrapping, so the
// native globals are read here.

interface SidePanelGlobals {
  chrome?: { sidePanel?: { open(options: { windowId: number }): Promise<void> } };
  browser?: { sidebarAction?: { open(): Promise<void> } };
}

/** The browser's way to open the panel, or null where it has none (older browsers, Firefox for Android). */
export function sidePanelOpener(): ((windowId: number) => Promise<void>) | null {
  const globals = globalThis as SidePanelGlobals;
  const sidePanel = globals.chrome?.sidePanel;
  if (sidePanel) return (windowId) => sidePanel.open({ windowId });
  const sidebarAction = globals.browser?.sidebarAction;
  if (sidebarAction) return () => sidebarAction.open();
  return null;
}
