// The analysis engine is not part of the content script: the content script
// runs in every http(s) page and stays small (prefilter, messaging, reveal),
// while the engine (~60 KB, most of it the formulation lexicon) is injected by
// the background only into pages the prefilter accepts. Both run in the
// extension's isolated world of the page, so the engine hands its entry point
// to the content script through that world's global object, under this name.
// The page's own scripts live in another world and cannot see or replace it.
import type { ArticleAnalysis } from '../core/types.ts';

export const ANALYSER_GLOBAL = '__dangjianAnnotatorAnalyse';

/** The injected bundle's file name in the build. */
export const ANALYSER_FILE = 'analyser.js';

export type AnalyseFunction = (document: Document, url: string) => ArticleAnalysis;

type AnalyserScope = Record<typeof ANALYSER_GLOBAL, AnalyseFunction | undefined>;

export function publishAnalyser(analyse: AnalyseFunction): void {
  (globalThis as unknown as AnalyserScope)[ANALYSER_GLOBAL] = analyse;
}

export function injectedAnalyser(): AnalyseFunction | null {
  return (globalThis as unknown as AnalyserScope)[ANALYSER_GLOBAL] ?? null;
}
