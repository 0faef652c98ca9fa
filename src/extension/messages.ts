// Typed messages between the parts of the extension, and their validation on
// receipt. Who talks to whom:
//
//   content script  -> background    ContentToBackgroundMessage (engine, badge)
//   extension page  -> content script ExtensionPageToContentMessage (popup)
//   extension page  -> background    ExtensionPageToBackgroundMessage (none yet)
//   content script  -> background    HighlightRequestFromContent (save, list, edit)
//   extension page  -> background    HighlightRequestFromPage (list by URL, edit)
//   background/popup -> content      ExtensionPageToContentMessage (save selection, …)
//
// Each direction is a discriminated union on `type` with one validator per
// type. `parse*` returns the typed message or null; receivers ignore null, so
// a malformed message, or one of the wrong direction, makes nothing happen.
// Highlights have their own unions (HighlightRequest*) with their own
// background listener (background/annotation-handlers.ts).
import type { ArticleAnalysis } from '../core/types.ts';
import type { HighlightColor, Selector, StoredAnnotation } from '../store/model.ts';
import type { DeletedAnnotation, StoreErrorKind } from '../store/repository.ts';
import { isArticleAnalysis } from './analysis-shape.ts';
import { MAX_SLOGAN_LENGTH, MAX_URL_LENGTH } from '../core/limits.ts';
import { isAnnotationId, isColor, isNote, isSelectorList, isStoredAnnotation, isTagList } from './annotation-shape.ts';
import { isArrayOf, isNonNegativeInteger, isRecord, isString, type UnknownRecord } from './shape.ts';

// ---- content script -> background -------------------------------------------

export type ContentToBackgroundMessage =
  /** The prefilter accepted the page: inject the analysis engine into it (answered with AnalyserLoaded). */
  | { type: 'load-analyser' }
  /** The content script finished analysing the page. */
  | { type: 'page-analysed'; analysis: ArticleAnalysis }
  /** The content script found the page is not a candidate (or started over): no badge. */
  | { type: 'page-not-analysed' };

// ---- extension page (popup) -> content script ------------------------------

export type ExtensionPageToContentMessage =
  /** Answered with PageAnalysisState once the analysis has finished. */
  | { type: 'get-page-analysis' }
  /** Scroll to and flash one occurrence of a formulation; answered with RevealResult. */
  | { type: 'reveal-formulation'; text: string; occurrence: number }
  /** Save the page's current selection (popup button, context menu, shortcut); answered with SaveSelectionOutcome. */
  | { type: 'save-selection'; color?: HighlightColor }
  /** Which of the page's annotations are painted and which are orphans; answered with HighlightStatus. */
  | { type: 'get-highlight-status' }
  /** Scroll to and flash one painted annotation; answered with { found: boolean }. */
  | { type: 'reveal-highlight'; id: string }
  /** The page's annotations changed elsewhere (popup edit/delete/undo): fetch and repaint. */
  | { type: 'highlights-changed' };

// ---- highlights: content script / extension page -> background ----------------

/** What the content script describes for a new highlight (the background adds times, URL, page). */
export interface HighlightDraft {
  /**
   * Chosen by the content script when the reader saves, and kept across 重试:
   * a retry of a save whose write finished but whose answer was lost is
   * answered with the stored record, not stored again.
   */
  id: string;
  selectors: Selector[];
  color: HighlightColor;
  note: string;
  tags: string[];
}

/** Edits any of our pages or the page's own popover may make. */
export type HighlightEdit =
  | { type: 'update-highlight'; id: string; color?: HighlightColor; note?: string; tags?: string[] }
  /** Answered with StoreResult<DeletedAnnotation>: give `value` back to restore-highlight to undo. */
  | { type: 'delete-highlight'; id: string }
  | { type: 'restore-highlight'; deleted: DeletedAnnotation };

export type HighlightRequestFromContent =
  /** Inject the highlight engine (highlighter.js) into the sender's page; answered with AnalyserLoaded. */
  | { type: 'load-highlighter' }
  /**
   * The sender page's annotations (its own URL, never another's); answered with PageHighlights.
   * `pageUrl`: the document's current location.href, which a single-page site
   * changes with the history API while the browser keeps reporting the URL the
   * document loaded with; honoured only within the sender's origin.
   */
  | { type: 'list-page-highlights'; pageUrl?: string }
  /** Answered with HighlightSaveReply. `analysis`: the page's analysis when it has one (page record, snapshot); `pageUrl` as above. */
  | { type: 'save-highlight'; draft: HighlightDraft; analysis: ArticleAnalysis | null; pageUrl?: string }
  | HighlightEdit;

export type HighlightRequestFromPage =
  /** Annotations of a page by URL (the popup's tab); answered with PageHighlights. */
  | { type: 'list-highlights-for-url'; url: string }
  | HighlightEdit;

// ---- extension page -> background --------------------------------------------

/** Nothing yet: the highlights feature adds its storage messages here. */
export type ExtensionPageToBackgroundMessage = never;

// ---- replies -------------------------------------------------------------------

export type PageAnalysisState =
  | { status: 'analysed'; analysis: ArticleAnalysis }
  /** The cheap prefilter ruled the page out (not a Chinese article page). */
  | { status: 'not-candidate' }
  /** The reader switched the extension off on this site (settings.disabledSites): nothing is analysed, shown or painted. */
  | { status: 'switched-off'; host: string }
  | { status: 'failed'; error: string };

export interface RevealResult {
  /** Occurrences of the formulation in the page text (0: not found). */
  total: number;
  /** Which occurrence was revealed, 0-based (the request's occurrence modulo total). */
  occurrence: number;
}

export interface AnalyserLoaded {
  loaded: boolean;
}

export interface PageHighlights {
  annotations: StoredAnnotation[];
  /** The page's normalised URL, the key its records are stored under (the content script watches them). */
  url?: string;
}

/** A store failure as the UI sees it; 'unavailable': the background did not answer (restarting, extension updated). */
export interface HighlightFailure {
  ok: false;
  error: StoreErrorKind | 'unavailable';
  message: string;
}

export type HighlightSaveReply = { ok: true; value: StoredAnnotation } | HighlightFailure;

export type SaveSelectionOutcome =
  | { status: 'saved'; id: string }
  | { status: 'no-selection' }
  /** Longer than MAX_QUOTE_LENGTH (usually Select All): the reader is asked to save it in parts. */
  | { status: 'too-long' }
  /** The extension is switched off on this site: nothing is saved (context menu or shortcut used there). */
  | { status: 'switched-off' }
  /** The selection is a passage already highlighted (`id`): nothing is stacked on it; the page offers that one for editing. */
  | { status: 'exists'; id: string }
  /** Not saved: the draft is kept in the page with a 重试 button. */
  | { status: 'failed'; error: HighlightFailure['error'] };

export interface HighlightStatus {
  painted: string[];
  orphans: string[];
  /** Placed over text that is no longer their stored quote (the page was edited): the text each covers now. */
  changed?: { id: string; current: string }[];
  /** Drafts whose save failed and wait for 重试. */
  unsaved: number;
}

/** The reply type for each request type. */
export interface ReplyTo {
  'load-analyser': AnalyserLoaded;
  'get-page-analysis': PageAnalysisState;
  'reveal-formulation': RevealResult;
  'save-selection': SaveSelectionOutcome;
  'get-highlight-status': HighlightStatus;
  'reveal-highlight': { found: boolean };
  'highlights-changed': void;
  'load-highlighter': AnalyserLoaded;
  'list-page-highlights': PageHighlights;
  'list-highlights-for-url': PageHighlights;
  'save-highlight': HighlightSaveReply;
}

// ---- validation ----------------------------------------------------------------

type Validators<M extends { type: string }> = {
  [T in M['type']]: (message: UnknownRecord) => boolean;
};

/** Longest formulation text accepted: formulations are phrases, not paragraphs (the analysis reports none longer). */
export const MAX_FORMULATION_LENGTH = MAX_SLOGAN_LENGTH;

const contentToBackground: Validators<ContentToBackgroundMessage> = {
  'load-analyser': () => true,
  'page-analysed': (message) => isArticleAnalysis(message.analysis),
  'page-not-analysed': () => true,
};

const extensionPageToContent: Validators<ExtensionPageToContentMessage> = {
  'get-page-analysis': () => true,
  'reveal-formulation': (message) =>
    isString(message.text) &&
    message.text.length > 0 &&
    message.text.length <= MAX_FORMULATION_LENGTH &&
    isNonNegativeInteger(message.occurrence),
  'save-selection': (message) => message.color === undefined || isColor(message.color),
  'get-highlight-status': () => true,
  'reveal-highlight': (message) => isId(message.id),
  'highlights-changed': () => true,
};

/** Annotation ids are "urn:uuid:…" (imports may bring others): the one bound of core/limits.ts. */
const isId = isAnnotationId;

const highlightEdits: Validators<HighlightEdit> = {
  'update-highlight': (message) =>
    isId(message.id) &&
    (message.color === undefined || isColor(message.color)) &&
    (message.note === undefined || isNote(message.note)) &&
    (message.tags === undefined || isTagList(message.tags)),
  'delete-highlight': (message) => isId(message.id),
  'restore-highlight': (message) =>
    isRecord(message.deleted) &&
    isStoredAnnotation(message.deleted.annotation) &&
    (message.deleted.page === null || isRecord(message.deleted.page)),
};

function isDraft(value: unknown): value is HighlightDraft {
  return isRecord(value) && isAnnotationId(value.id) && isSelectorList(value.selectors) && isColor(value.color) && isNote(value.note) && isTagList(value.tags);
}

function isOptionalPageUrl(value: unknown): boolean {
  return value === undefined || (isString(value) && value.length <= MAX_URL_LENGTH && /^https?:\/\//.test(value));
}

const highlightFromContent: Validators<HighlightRequestFromContent> = {
  ...highlightEdits,
  'load-highlighter': () => true,
  'list-page-highlights': (message) => isOptionalPageUrl(message.pageUrl),
  'save-highlight': (message) =>
    isDraft(message.draft) && (message.analysis === null || isArticleAnalysis(message.analysis)) && isOptionalPageUrl(message.pageUrl),
};

const highlightFromPage: Validators<HighlightRequestFromPage> = {
  ...highlightEdits,
  'list-highlights-for-url': (message) => isString(message.url) && message.url.length <= MAX_URL_LENGTH && /^https?:\/\//.test(message.url),
};

function parseWith<M extends { type: string }>(validators: Validators<M>, raw: unknown): M | null {
  if (!isRecord(raw) || !isString(raw.type)) return null;
  if (!Object.hasOwn(validators, raw.type)) return null;
  const validate = validators[raw.type as M['type']];
  return validate(raw) ? (raw as M) : null;
}

export function parseContentToBackground(raw: unknown): ContentToBackgroundMessage | null {
  return parseWith(contentToBackground, raw);
}

export function parseExtensionPageToContent(raw: unknown): ExtensionPageToContentMessage | null {
  return parseWith(extensionPageToContent, raw);
}

export function parseHighlightFromContent(raw: unknown): HighlightRequestFromContent | null {
  return parseWith(highlightFromContent, raw);
}

export function parseHighlightFromPage(raw: unknown): HighlightRequestFromPage | null {
  return parseWith(highlightFromPage, raw);
}

// ---- reply validation (the popup checks what the content script answered) ------

export function isPageAnalysisState(value: unknown): value is PageAnalysisState {
  if (!isRecord(value)) return false;
  switch (value.status) {
    case 'analysed':
      return isArticleAnalysis(value.analysis);
    case 'not-candidate':
      return true;
    case 'switched-off':
      return isString(value.host);
    case 'failed':
      return isString(value.error);
    default:
      return false;
  }
}

export function isAnalyserLoaded(value: unknown): value is AnalyserLoaded {
  return isRecord(value) && typeof value.loaded === 'boolean';
}

export function isRevealResult(value: unknown): value is RevealResult {
  return isRecord(value) && isNonNegativeInteger(value.total) && isNonNegativeInteger(value.occurrence);
}

/**
 * A page's annotations as the background listed them, each checked on its
 * own: a malformed or over-limit record is dropped (and counted in
 * `dropped`), the others are kept and painted. Null when the reply is no list.
 */
export function pageHighlightsOf(value: unknown): (PageHighlights & { dropped: number }) | null {
  if (!isRecord(value) || !Array.isArray(value.annotations)) return null;
  const annotations = value.annotations.filter(isStoredAnnotation);
  const dropped = value.annotations.length - annotations.length;
  if (dropped > 0) console.warn(`${dropped} stored annotation(s) outside the limits were not shown`);
  return { annotations, dropped, ...(isString(value.url) ? { url: value.url } : {}) };
}

export function isHighlightFailure(value: unknown): value is HighlightFailure {
  return isRecord(value) && value.ok === false && isString(value.error) && isString(value.message);
}

export function isHighlightSaveReply(value: unknown): value is HighlightSaveReply {
  return isHighlightFailure(value) || (isRecord(value) && value.ok === true && isStoredAnnotation(value.value));
}

export function isSaveSelectionOutcome(value: unknown): value is SaveSelectionOutcome {
  if (!isRecord(value)) return false;
  return value.status === 'saved' || value.status === 'exists' ? isString(value.id) : value.status === 'no-selection' || value.status === 'too-long' || value.status === 'switched-off' || (value.status === 'failed' && isString(value.error));
}

export function isHighlightStatus(value: unknown): value is HighlightStatus {
  return (
    isRecord(value) && isArrayOf(value.painted, isString) && isArrayOf(value.orphans, isString) && isNonNegativeInteger(value.unsaved) &&
    (value.changed === undefined || isArrayOf(value.changed, isChangedText))
  );
}

function isChangedText(value: unknown): value is { id: string; current: string } {
  return isRecord(value) && isString(value.id) && isString(value.current);
}
