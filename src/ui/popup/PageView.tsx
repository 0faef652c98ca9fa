// The view tree the popup and the side panel share: for one tab, its
// analysis (tab-view.ts decides which view), this page's highlights and the
// way into the library. The hosts differ only in what `host` switches: the
// popup (popup/main.tsx, a fixed 400x600 box for the tab it was opened on)
// offers to open the side panel; the panel (sidepanel/, a tall column of
// variable width) remounts this tree whenever the tab it follows changes.
// Both update live as highlights change anywhere (use-highlights.ts).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { extensionApi, type Tab } from '../../extension/browser-api.ts';
import { t } from '../shared/i18n.ts';
import { ArticleView } from './components/ArticleView.tsx';
import { HighlightsSection, SaveSelectionButton } from './components/HighlightsSection.tsx';
import { LibraryLinks } from './components/LibraryLinks.tsx';
import { highlightsChannel } from './highlights-channel.ts';
import { useHighlights } from './use-highlights.ts';
import { Analysing, CannotRead, Failed, NeedsReload, NotArticle, NotCandidate, SwitchedOff } from './components/TabStateMessage.tsx';
import { OpenSidePanelButton } from './components/OpenSidePanelButton.tsx';
import { reloadTab, revealInTab, tabChannel } from './tab-channel.ts';
import { switchSiteOn } from './switch-site-on.ts';
import { loadTabView, type TabView } from './tab-view.ts';

export type TargetTab = Tab & { id: number };
export type ViewHost = 'popup' | 'panel';

interface PageViewProps {
  host: ViewHost;
  /** The tab to show; null when the host found none. */
  tab: TargetTab | null;
}

export function PageView({ host, tab }: PageViewProps) {
  const [view, setView] = useState<TabView>({ kind: 'analysing' });
  /** Bumped to ask the tab again (after switching its site back on). */
  const [asked, setAsked] = useState(0);

  useEffect(() => {
    let cancelled = false;
    const show = (next: TabView) => {
      if (!cancelled) setView(next);
    };
    if (!tab) {
      show({ kind: 'failed', error: t('tabNotFound') });
    } else {
      loadTabView(tabChannel(tab), show).then(show, (error: unknown) => show({ kind: 'failed', error: String(error) }));
    }
    return () => {
      cancelled = true;
    };
  }, [tab, asked]);

  /** Switch the page's site back on; null when done (the page re-analyses itself, the popup asks again), else the reason. */
  const switchSiteBackOn = async (siteHost: string): Promise<string | null> => {
    try {
      await switchSiteOn((request) => extensionApi().runtime.sendMessage(request), siteHost);
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
    setAsked((n) => n + 1);
    return null;
  };

  // Wherever the content script answers, the page can hold highlights (article or not).
  const pageAnswered = view.kind === 'analysed' || view.kind === 'not-candidate';
  const channel = useMemo(() => (tab?.url && pageAnswered ? highlightsChannel(tab.id, tab.url) : null), [tab, pageAnswered]);
  const highlights = useHighlights(channel);

  return (
    <main class="popup" data-host={host} data-view={view.kind}>
      <header class="popup__header">
        <img src="icons/icon-32.png" width={20} height={20} alt="" />
        <span class="popup__name">{t('extensionShortName')}</span>
        {channel && <SaveSelectionButton state={highlights} />}
        {host === 'popup' && tab && <OpenSidePanelButton tab={tab} />}
      </header>
      {/* 我的标注 first (or, on a page without any, one line on how to highlight). */}
      {channel && <HighlightsSection state={highlights} />}
      {renderView(view, tab, host, switchSiteBackOn)}
      {/* Open the manager; export this page's annotations (http(s) pages only: others cannot hold any;
          not on a page known to hold none, where the buttons would only say so and cost the article view a row). */}
      <LibraryLinks pageUrl={tab?.url && /^https?:/.test(tab.url) ? tab.url : null} exportable={highlights.annotations?.length !== 0} />
    </main>
  );
}

function renderView(view: TabView, tab: TargetTab | null, host: ViewHost, switchSiteBackOn: (siteHost: string) => Promise<string | null>) {
  switch (view.kind) {
    case 'analysing':
      return <Analysing />;
    case 'cannot-read':
      return <CannotRead reason={view.reason} />;
    case 'needs-reload':
      // The popup closes (the reloaded page has its own); the panel stays and follows the reload.
      return <NeedsReload onReload={() => tab && void reloadTab(tab.id).then(() => host === 'popup' && window.close())} />;
    case 'not-candidate':
      return <NotCandidate />;
    case 'switched-off':
      return <SwitchedOff host={view.host} onSwitchOn={() => switchSiteBackOn(view.host)} />;
    case 'failed':
      return <Failed error={view.error} />;
    case 'analysed':
      if (!view.analysis.isArticle) return <NotArticle analysis={view.analysis} />;
      return (
        <ArticleView
          analysis={view.analysis}
          reveal={(text, occurrence) => (tab ? revealInTab(tab.id, text, occurrence) : Promise.resolve(null))}
        />
      );
  }
}
