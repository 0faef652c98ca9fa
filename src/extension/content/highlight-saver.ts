// Saving a selection as a highlight, from the content script: the engine
// (loaded on first use) describes the Range, the background stores it, the
// engine paints it. A save that fails (quota, write error, background not
// answering) keeps its draft here with its Range, and the toolbar offers
// 重试 until it succeeds: nothing the reader asked to keep is dropped.
import type { HighlightColor } from '../../store/model.ts';
import { MAX_QUOTE_LENGTH } from '../annotation-shape.ts';
import { extensionApi } from '../browser-api.ts';
import { injectedHighlighter, type HighlightEngine } from '../highlighter-handle.ts';
import {
  isAnalyserLoaded,
  isHighlightSaveReply,
  type HighlightDraft,
  type HighlightFailure,
  type HighlightRequestFromContent,
  type HighlightSaveReply,
  type PageAnalysisState,
  type SaveSelectionOutcome,
} from '../messages.ts';

export interface HighlightChoice {
  color: HighlightColor;
  note: string;
  tags: string[];
}

export interface UnsavedHighlight {
  draft: HighlightDraft;
  range: Range;
  /** The page's address when the reader saved it (a single-page site may have moved on before a 重试). */
  pageUrl: string | undefined;
  error: HighlightFailure['error'];
}

let engineLoad: Promise<HighlightEngine> | null = null;

/** The engine, injected by the background on first use. */
export function loadHighlightEngine(): Promise<HighlightEngine> {
  const present = injectedHighlighter();
  if (present) return Promise.resolve(present);
  engineLoad ??= (async () => {
    const reply: unknown = await extensionApi().runtime.sendMessage({ type: 'load-highlighter' } satisfies HighlightRequestFromContent);
    const engine = injectedHighlighter();
    if (!isAnalyserLoaded(reply) || !reply.loaded || !engine) throw new Error('highlight engine could not be loaded');
    return engine;
  })();
  // A failed load may succeed later (background restarting): do not cache the failure.
  engineLoad.catch(() => (engineLoad = null));
  return engineLoad;
}

export class HighlightSaver {
  private readonly unsaved: UnsavedHighlight[] = [];

  constructor(
    /** The current page's analysis (it changes when the page does). */
    private readonly pageAnalysis: () => Promise<PageAnalysisState>,
    private readonly onUnsavedChange: (unsaved: readonly UnsavedHighlight[]) => void,
  ) {}

  get pending(): readonly UnsavedHighlight[] {
    return this.unsaved;
  }

  async save(range: Range, choice: HighlightChoice): Promise<SaveSelectionOutcome> {
    let engine: HighlightEngine;
    try {
      engine = await loadHighlightEngine();
    } catch {
      return { status: 'failed', error: 'unavailable' };
    }
    const described = engine.describeRange(range);
    if (!described || described.selectors.length === 0) return { status: 'no-selection' };
    // The background refuses longer quotes (annotation-shape.ts): say so now rather than fail on every 重试.
    const quote = described.selectors.find((s) => s.type === 'TextQuoteSelector');
    if (quote?.type === 'TextQuoteSelector' && quote.exact.length > MAX_QUOTE_LENGTH) return { status: 'too-long' };
    const pageUrl = (globalThis as { location?: Location }).location?.href;
    // The id is the draft's from now on: every 重试 sends the same one (idempotent saves, issue 11 item 6).
    const draft = { id: `urn:uuid:${crypto.randomUUID()}`, selectors: described.selectors, ...choice };
    return this.submit({ draft, range: range.cloneRange(), pageUrl }, engine);
  }

  /** Try every unsaved highlight again, oldest first. */
  async retryAll(): Promise<void> {
    const engine = await loadHighlightEngine().catch(() => null);
    if (!engine) return;
    const waiting = this.unsaved.splice(0);
    for (const item of waiting) await this.submit(item, engine);
    this.onUnsavedChange(this.unsaved);
  }

  private async submit(item: Omit<UnsavedHighlight, 'error'>, engine: HighlightEngine): Promise<SaveSelectionOutcome> {
    const state = await this.pageAnalysis();
    const analysis = state.status === 'analysed' ? state.analysis : null;
    const message: HighlightRequestFromContent = { type: 'save-highlight', draft: item.draft, analysis, pageUrl: item.pageUrl };
    let reply: HighlightSaveReply;
    try {
      const raw: unknown = await extensionApi().runtime.sendMessage(message);
      reply = isHighlightSaveReply(raw) ? raw : { ok: false, error: 'unavailable', message: 'malformed reply' };
    } catch (error) {
      reply = { ok: false, error: 'unavailable', message: String(error) };
    }
    if (reply.ok) {
      engine.add(reply.value, item.range);
      return { status: 'saved', id: reply.value.id };
    }
    this.unsaved.push({ ...item, error: reply.error });
    this.onUnsavedChange(this.unsaved);
    return { status: 'failed', error: reply.error };
  }
}
