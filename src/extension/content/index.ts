// Content script entry: runs on http(s) pages at document_idle (and again when
// the popup injects it into a tab opened before installation; the guard below
// makes the second run a no-op). It analyses the page once, tells the
// background (for the badge), and answers the popup. Nothing here imports UI
// or storage code: this bundle is loaded into every page.
import { analyze } from '../../core/index.ts';
import { isCandidatePage } from '../../core/prefilter.ts';
import { extensionApi, onMessage } from '../browser-api.ts';
import {
  parseExtensionPageToContent,
  type ContentToBackgroundMessage,
  type PageAnalysisState,
} from '../messages.ts';
import { isOwnExtensionPage } from '../sender.ts';
import { browserTaskScheduler, runPageAnalysis, type PageAnalyser } from './analysis-runner.ts';
import { revealFormulation } from './reveal-formulation.ts';

const LOADED_FLAG = '__dangjianAnnotatorContentScript';

const analyser: PageAnalyser = {
  isCandidatePage,
  // The engine bounds its own walk (AnalyzeOptions.maxNodes, 20,000 elements by
  // default), which keeps a huge page's analysis to one short task.
  analyze: (document, url) => analyze(document, url),
};

function messageForBackground(state: PageAnalysisState): ContentToBackgroundMessage {
  return state.status === 'analysed' ? { type: 'page-analysed', analysis: state.analysis } : { type: 'page-not-analysed' };
}

function start(): void {
  const api = extensionApi();
  const self = { id: api.runtime.id, origin: api.runtime.getURL('') };
  const pageAnalysis = runPageAnalysis(document, location.href, analyser, browserTaskScheduler(window));

  const report = (state: PageAnalysisState): void => {
    // The background may be restarting; the badge is a convenience, so a lost message is not an error.
    api.runtime.sendMessage(messageForBackground(state)).catch(() => undefined);
  };
  void pageAnalysis.then(report);
  // A page restored from the back/forward cache keeps its content script but
  // the browser reset the tab's badge when the tab navigated away.
  addEventListener('pageshow', (event) => {
    if (event.persisted) void pageAnalysis.then(report);
  });

  onMessage(
    (raw, sender) => (isOwnExtensionPage(sender, self) ? parseExtensionPageToContent(raw) : null),
    async (message) => {
      switch (message.type) {
        case 'get-page-analysis':
          return pageAnalysis;
        case 'reveal-formulation':
          return revealFormulation(document, message.text, message.occurrence);
      }
    },
  );
}

const scope = globalThis as Record<string, unknown>;
if (!scope[LOADED_FLAG]) {
  scope[LOADED_FLAG] = true;
  start();
}
