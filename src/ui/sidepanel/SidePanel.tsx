// The side panel: the popup's view tree (PageView) for the tab it follows.
// A new tab or a new address mounts a fresh tree, which asks the page again;
// while the page loads the panel says it is analysing.
import { useEffect, useState } from 'preact/hooks';
import { Analysing } from '../popup/components/TabStateMessage.tsx';
import { PageView } from '../popup/PageView.tsx';
import { followActiveTab, type FollowedTab } from './follow-active-tab.ts';

export function SidePanel() {
  /** undefined until the first answer. */
  const [followed, setFollowed] = useState<FollowedTab | undefined>(undefined);
  useEffect(() => followActiveTab(location.search, setFollowed), []);

  if (followed === undefined || followed?.loading) {
    return (
      <main class="popup" data-host="panel" data-view="analysing">
        <Analysing />
      </main>
    );
  }
  const tab = followed?.tab ?? null;
  return <PageView key={tab ? `${tab.id} ${tab.url ?? ''}` : 'none'} host="panel" tab={tab} />;
}
