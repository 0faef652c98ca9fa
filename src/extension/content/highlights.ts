// The content script's part of highlights: the floating toolbar, saves from
// every trigger, repainting the page's highlights on load, and the answers
// to the popup. Kept cheap on the pages most people read: one storage lookup
// through the background on load, and the engine (highlighter.js) injected
// only when the page has highlights or the reader saves one.
import type { HighlightColor } from '../../store/model.ts';
import { isColor } from '../annotation-shape.ts';
import type { ExtensionApi } from '../browser-api.ts';
import { injectedHighlighter } from '../highlighter-handle.ts';
import {
  pageHighlightsOf,
  type ExtensionPageToContentMessage,
  type HighlightRequestFromContent,
  type HighlightStatus,
  type PageAnalysisState,
  type SaveSelectionOutcome,
} from '../messages.ts';
import { failureText } from './failure-text.ts';
import { HighlightSaver, loadHighlightEngine, type HighlightChoice } from './highlight-saver.ts';
import { SelectionToolbar } from './selection-toolbar.ts';
import { changesTouchPage } from './store-watch.ts';
import { uiText } from './shadow-ui.ts';

/** The storage.local key of the reader's settings (store/settings.ts SETTINGS_KEY; the content script reads, never writes). */
const SETTINGS_KEY = 'settings';
/** Quiet time before repainting after storage changes (an import writes in batches). */
const REPAINT_DEBOUNCE_MS = 300;

interface ToolbarSettings {
  floatingToolbar: boolean;
  defaultColor: HighlightColor;
}

function toolbarSettingsOf(raw: unknown): ToolbarSettings {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    floatingToolbar: typeof value.floatingToolbar === 'boolean' ? value.floatingToolbar : true,
    defaultColor: isColor(value.defaultColor) ? value.defaultColor : 'yellow',
  };
}

export type HighlightMessage = Extract<
  ExtensionPageToContentMessage,
  { type: 'save-selection' | 'get-highlight-status' | 'reveal-highlight' | 'highlights-changed' }
>;

export interface PageHighlightsController {
  handle(message: HighlightMessage): Promise<unknown>;
  /** The page changed under us (another article in a single-page site, the site switched off or on): repaint its highlights, or clear them where the extension is off. */
  pageChanged(): Promise<void>;
}

export interface PageState {
  /** The current page's analysis (its metadata goes with each save). */
  analysis(): Promise<PageAnalysisState>;
  /** The reader switched the extension off on this site: no toolbar, no saves, nothing painted. */
  switchedOff(): boolean;
  /** Resolves once switchedOff() reflects the stored settings (the first paint waits for it). */
  settingsRead: Promise<void>;
}

export function startHighlights(api: ExtensionApi, doc: Document, page: PageState): PageHighlightsController {
  let settings: ToolbarSettings = toolbarSettingsOf(undefined);
  api.storage.local.get(SETTINGS_KEY).then((stored) => (settings = toolbarSettingsOf(stored[SETTINGS_KEY])), () => undefined);
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && Object.hasOwn(changes, SETTINGS_KEY)) settings = toolbarSettingsOf(changes[SETTINGS_KEY]?.newValue);
  });

  const saver = new HighlightSaver(page.analysis, () => undefined);
  const toolbar = new SelectionToolbar(doc, {
    enabled: () => settings.floatingToolbar && !page.switchedOff(),
    defaultColor: () => settings.defaultColor,
    save: (range, choice) => void save(range, choice),
    retry: () => void retry(),
    existing: (range) => injectedHighlighter()?.existingAt(range) ?? null,
    edit: (id) => void injectedHighlighter()?.openEditor(id),
  });

  async function save(range: Range, choice: HighlightChoice): Promise<SaveSelectionOutcome> {
    // Saving a passage already highlighted would stack a copy on it: offer that one instead.
    const existing = injectedHighlighter()?.existingAt(range);
    if (existing) {
      const outcome: SaveSelectionOutcome = { status: 'exists', id: existing };
      report(outcome);
      return outcome;
    }
    const started = performance.now();
    const outcome = await saver.save(range, choice);
    // A User Timing entry (visible in DevTools and to the browser tests): from the reader's action to stored and painted.
    performance.measure('dj-save', { start: started });
    report(outcome);
    // Clear the selection that was saved, not one the reader made since.
    const selection = doc.getSelection();
    const current = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    if (outcome.status === 'saved' && current && sameRange(current, range)) selection!.removeAllRanges();
    return outcome;
  }

  async function retry(): Promise<void> {
    toolbar.hide();
    await saver.retryAll();
    if (saver.pending.length === 0) toolbar.showMessage(uiText('highlightSaved'), 'info');
    else toolbar.showMessage(failureText(saver.pending[0]!.error), 'error', () => void retry());
  }

  function report(outcome: SaveSelectionOutcome): void {
    if (outcome.status === 'saved') toolbar.showMessage(uiText('highlightSaved'), 'info');
    else if (outcome.status === 'no-selection') toolbar.showMessage(uiText('noSelection'), 'info');
    else if (outcome.status === 'too-long') toolbar.showMessage(uiText('selectionTooLong'), 'error');
    else if (outcome.status === 'switched-off') toolbar.showMessage(uiText('siteSwitchedOff'), 'info');
    else if (outcome.status === 'exists') toolbar.offerExisting(outcome.id);
    else toolbar.showMessage(failureText(outcome.error), 'error', () => void retry());
  }

  /** The page's normalised URL and its highlights as last painted: what storage changes are compared with. */
  let pageUrl: string | null = null;
  let known = new Map<string, string>();
  /**
   * Repaints overlap (storage changes, the background's highlights-changed,
   * a single-page navigation): each asks for the list, then paints it. Only the
   * newest may paint, or an older list answered late would wipe highlights
   * saved since and leave `known` stale, so no later change would repaint.
   */
  let repaintGeneration = 0;

  async function repaint(): Promise<void> {
    const started = performance.now();
    const generation = ++repaintGeneration;
    if (page.switchedOff()) {
      // Switched off while painted: take them off the page (they stay stored).
      pageUrl = null;
      known = new Map();
      await injectedHighlighter()?.show([]);
      return;
    }
    let reply: unknown;
    try {
      reply = await api.runtime.sendMessage({ type: 'list-page-highlights', pageUrl: location.href } satisfies HighlightRequestFromContent);
    } catch {
      return; // the background is restarting: the popup's 我的标注 still lists them
    }
    const listed = pageHighlightsOf(reply);
    if (!listed || generation !== repaintGeneration) return;
    pageUrl = listed.url ?? pageUrl;
    known = new Map(listed.annotations.map((a) => [a.id, a.modified]));
    // No highlights and no engine yet: nothing to load, nothing to paint.
    if (listed.annotations.length === 0 && !injectedHighlighter()) return;
    const engine = await loadHighlightEngine();
    if (generation !== repaintGeneration) return;
    await engine.show(listed.annotations);
    // From asking for the page's highlights to all of them anchored and painted.
    performance.measure('dj-repaint', { start: started, detail: { annotations: listed.annotations.length } });
  }

  void page.settingsRead.then(repaint).catch(() => undefined);

  // Repaint when this page's highlights change elsewhere (manager, another tab, popup); batched.
  let repaintTimer = 0;
  api.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || pageUrl === null || !changesTouchPage(changes, pageUrl, known)) return;
    clearTimeout(repaintTimer);
    repaintTimer = setTimeout(() => void repaint().catch(() => undefined), REPAINT_DEBOUNCE_MS) as unknown as number;
  });

  return {
    async handle(message) {
      switch (message.type) {
        case 'save-selection': {
          if (page.switchedOff()) {
            const outcome: SaveSelectionOutcome = { status: 'switched-off' };
            report(outcome);
            return outcome;
          }
          const range = toolbar.currentSelection();
          if (!range) {
            const outcome: SaveSelectionOutcome = { status: 'no-selection' };
            report(outcome);
            return outcome;
          }
          return save(range, { color: message.color ?? settings.defaultColor, note: '', tags: [] });
        }
        case 'get-highlight-status': {
          const engine = injectedHighlighter();
          const status: HighlightStatus = { ...(engine?.status() ?? { painted: [], orphans: [], changed: [] }), unsaved: saver.pending.length };
          return status;
        }
        case 'reveal-highlight':
          return { found: injectedHighlighter()?.reveal(message.id) ?? false };
        case 'highlights-changed':
          await repaint();
          return {};
      }
    },
    pageChanged: () => repaint().catch(() => undefined),
  };
}

function sameRange(a: Range, b: Range): boolean {
  return a.compareBoundaryPoints(Range.START_TO_START, b) === 0 && a.compareBoundaryPoints(Range.END_TO_END, b) === 0;
}
