// Typed messages between the parts of the extension, and their validation on
// receipt. Who talks to whom:
//
//   content script  -> background    ContentToBackgroundMessage (engine, badge)
//   extension page  -> content script ExtensionPageToContentMessage (popup)
//   extension page  -> background    ExtensionPageToBackgroundMessage (none yet)
//
// Each direction is a discriminated union on `type` with one validator per
// type. `parse*` returns the typed message or null; receivers ignore null, so
// a malformed message, or one of the wrong direction, makes nothing happen.
// The highlights feature adds its types (save/list/delete highlight) to these
// unions and one validator each; the receivers' switch statements then fail
// to typecheck until they handle them.
import type { ArticleAnalysis } from '../core/types.ts';
import { isArticleAnalysis } from './analysis-shape.ts';
import { isNonNegativeInteger, isRecord, isString, type UnknownRecord } from './shape.ts';

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
  | { type: 'reveal-formulation'; text: string; occurrence: number };

// ---- extension page -> background --------------------------------------------

/** Nothing yet: the highlights feature adds its storage messages here. */
export type ExtensionPageToBackgroundMessage = never;

// ---- replies -------------------------------------------------------------------

export type PageAnalysisState =
  | { status: 'analysed'; analysis: ArticleAnalysis }
  /** The cheap prefilter ruled the page out (not a Chinese article page). */
  | { status: 'not-candidate' }
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

/** The reply type for each request type. */
export interface ReplyTo {
  'load-analyser': AnalyserLoaded;
  'get-page-analysis': PageAnalysisState;
  'reveal-formulation': RevealResult;
}

// ---- validation ----------------------------------------------------------------

type Validators<M extends { type: string }> = {
  [T in M['type']]: (message: UnknownRecord) => boolean;
};

/** Longest formulation text accepted: formulations are phrases, not paragraphs. */
export const MAX_FORMULATION_LENGTH = 200;

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

// ---- reply validation (the popup checks what the content script answered) ------

export function isPageAnalysisState(value: unknown): value is PageAnalysisState {
  if (!isRecord(value)) return false;
  switch (value.status) {
    case 'analysed':
      return isArticleAnalysis(value.analysis);
    case 'not-candidate':
      return true;
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
