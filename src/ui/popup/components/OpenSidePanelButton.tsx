// The popup's offer to keep the analysis beside the page: opens the side
// panel in the tab's window, then closes the popup (the panel shows the same).
import { useState } from 'preact/hooks';
import type { Tab } from '../../../extension/browser-api.ts';
import { t } from '../../shared/i18n.ts';
import { sidePanelOpener } from '../open-side-panel.ts';

export function OpenSidePanelButton({ tab }: { tab: Tab }) {
  const [failed, setFailed] = useState<string | null>(null);
  const open = sidePanelOpener();
  if (!open || tab.windowId === undefined) return null;
  const windowId = tab.windowId;
  return (
    <button
      type="button"
      class="hl-button"
      data-action="open-side-panel"
      title={failed ?? t('openSidePanelHint')}
      onClick={() => {
        // Called within the click (a user gesture), before anything is awaited.
        open(windowId).then(
          () => window.close(),
          (error: unknown) => setFailed(t('openSidePanelFailed', error instanceof Error ? error.message : String(error))),
        );
      }}
    >
      {t('openSidePanel')}
    </button>
  );
}
