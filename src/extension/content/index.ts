// Content script entry: runs on http(s) pages at document_idle (and again when
// the popup injects it into a tab opened before installation; the guard below
// makes the second run a no-op). It analyses the page once, tells the
// background (for the badge), and answers the popup; it also runs the
// highlights' page side (content/highlights.ts: floating toolbar, saves,
// repaint). This bundle is loaded into every page, so it holds only the
// prefilter and the toolbar: the analysis engine and the highlight engine
// are injected on demand (analyser-handle.ts, highlighter-handle.ts), and no
// Preact or storage code is imported.
import { earlyNotAnArticle } from '../../core/early-bail-out.ts';
import { isCandidatePage } from '../../core/prefilter.ts';
import { injectedAnalyser } from '../analyser-handle.ts';
import { extensionApi, onMessage, type ExtensionApi } from '../browser-api.ts';
import {
  isAnalyserLoaded,
  parseExtensionPageToContent,
  type ContentToBackgroundMessage,
  type PageAnalysisState,
} from '../messages.ts';
import { isOwnExtensionPage } from '../sender.ts';
import { browserTaskScheduler, runPageAnalysis, type PageAnalyser } from './analysis-runner.ts';
import { startHighlights } from './highlights.ts';
import { analysisOfCurrentPage, type CurrentAnalysis } from './current-analysis.ts';
import { LONGEST_PAGE_CHANGE_MS, watchPageChanges } from './page-change-watch.ts';
import { disabledSitesOf, isHostSwitchedOff, SETTINGS_KEY } from './site-switch.ts';
import { revealFormulation } from './reveal-formulation.ts';

const LOADED_FLAG = '__dangjianAnnotatorContentScript';

function pageAnalyser(api: ExtensionApi): PageAnalyser {
  return {
    isCandidatePage,
    earlyNotAnArticle,
    async loadEngine() {
      // Already there when the popup re-injected this script into an analysed page.
      const present = injectedAnalyser();
      if (present) return present;
      const reply: unknown = await api.runtime.sendMessage({ type: 'load-analyser' } satisfies ContentToBackgroundMessage);
      const loaded = injectedAnalyser();
      if (!isAnalyserLoaded(reply) || !reply.loaded || !loaded) throw new Error('analysis engine could not be loaded');
      return loaded;
    },
  };
}

function messageForBackground(state: PageAnalysisState): ContentToBackgroundMessage {
  return state.status === 'analysed' ? { type: 'page-analysed', analysis: state.analysis } : { type: 'page-not-analysed' };
}

function start(): void {
  const api = extensionApi();
  const self = { id: api.runtime.id, origin: api.runtime.getURL('') };
  const analyser = pageAnalyser(api);
  const scheduler = browserTaskScheduler(window);

  /** The reader's switched-off sites (settings.disabledSites); read before the first analysis. */
  let disabledSites: string[] = [];
  const switchedOff = (): boolean => isHostSwitchedOff(location.hostname, disabledSites);
  const settingsRead = api.storage.local.get(SETTINGS_KEY).then(
    (stored) => void (disabledSites = disabledSitesOf(stored[SETTINGS_KEY])),
    () => undefined, // unreadable settings: the defaults, no site switched off
  );

  const report = (state: PageAnalysisState): void => {
    // The background may be restarting; the badge is a convenience, so a lost message is not an error.
    api.runtime.sendMessage(messageForBackground(state)).catch(() => undefined);
  };

  /** Analyse the page as it is now (on load, after a single-page site changed article, when the site is switched back on). */
  function analyse(): Promise<PageAnalysisState> {
    const url = location.href;
    const state = settingsRead.then(
      (): Promise<PageAnalysisState> | PageAnalysisState =>
        switchedOff() ? { status: 'switched-off', host: location.hostname } : runPageAnalysis(document, url, analyser, scheduler),
    );
    void state.then(report);
    latest?.started(state);
    return state;
  }

  let latest: CurrentAnalysis<PageAnalysisState> | undefined;
  let pageAnalysis = analyse();
  latest = analysisOfCurrentPage(() => location.href, pageAnalysis, LONGEST_PAGE_CHANGE_MS);
  // A page restored from the back/forward cache keeps its content script but
  // the browser reset the tab's badge when the tab navigated away.
  // (isTrusted: a page's own synthetic pageshow event changes nothing.)
  addEventListener('pageshow', (event) => {
    if (event.isTrusted && event.persisted) void pageAnalysis.then(report);
  });

  const highlights = startHighlights(api, document, { analysis: () => pageAnalysis, switchedOff, settingsRead });

  // A single-page site showed another article (history API or hash route):
  // analyse it and paint its highlights instead of the last one's.
  watchPageChanges(window, () => {
    pageAnalysis = analyse();
    void highlights.pageChanged();
  });

  /** New settings: when they switch this site off or on, the page follows at once, without a reload. */
  const settingsChanged = (rawSettings: unknown): void => {
    const wasOff = switchedOff();
    disabledSites = disabledSitesOf(rawSettings);
    if (switchedOff() === wasOff) return;
    pageAnalysis = analyse();
    void highlights.pageChanged();
  };
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && Object.hasOwn(changes, SETTINGS_KEY)) settingsChanged(changes[SETTINGS_KEY]?.newValue);
  });

  /**
   * The popup asks right after switching the site back on, and its question
   * can arrive before the storage change event does: a switched-off page
   * reads the settings again before answering.
   */
  async function currentAnalysis(): Promise<PageAnalysisState> {
    if ((await pageAnalysis).status === 'switched-off') {
      const stored = await api.storage.local.get(SETTINGS_KEY).catch(() => null);
      if (stored) settingsChanged(stored[SETTINGS_KEY]);
    }
    // Never the last article's analysis under a single-page site's new address.
    return latest!.get(() => {
      pageAnalysis = analyse();
      void highlights.pageChanged();
    });
  }

  onMessage(
    // Our pages (popup) and the background (context menu, shortcut) both count as extension pages.
    (raw, sender) => (isOwnExtensionPage(sender, self) ? parseExtensionPageToContent(raw) : null),
    async (message) => {
      switch (message.type) {
        case 'get-page-analysis':
          return currentAnalysis();
        case 'reveal-formulation':
          return revealFormulation(document, message.text, message.occurrence);
        default:
          return highlights.handle(message);
      }
    },
  );
}

const scope = globalThis as Record<string, unknown>;
if (!scope[LOADED_FLAG]) {
  scope[LOADED_FLAG] = true;
  start();
}
