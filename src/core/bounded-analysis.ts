// The analysis with every field within the limits of core/limits.ts. A page
// controls what its meta tags and headings say (a 20,000-character
// og:site_name is one line of HTML); the analysis reports no more of it than
// every other part of the extension accepts, so saving a highlight on such a
// page stores a record the manager can edit, undo and re-import.
import * as limits from './limits.ts';
import type { ArticleAnalysis, ArticleMetadata } from './types.ts';

export function boundedMetadata<M extends Partial<ArticleMetadata>>(metadata: M): M {
  const bounded = { ...metadata };
  for (const key of Object.keys(bounded) as (keyof M)[]) {
    const value = bounded[key];
    if (typeof value === 'string') bounded[key] = limits.clip(value, limits.MAX_META_FIELD_LENGTH) as M[keyof M];
  }
  return bounded;
}

export function boundedAnalysis(analysis: ArticleAnalysis): ArticleAnalysis {
  return {
    ...analysis,
    url: limits.clipOrNull(analysis.url, limits.MAX_URL_LENGTH),
    partyBuilding: {
      ...analysis.partyBuilding,
      reasons: analysis.partyBuilding.reasons.slice(0, limits.MAX_REASONS).map((r) => limits.clip(r, limits.MAX_REASON_LENGTH)),
    },
    metadata: boundedMetadata(analysis.metadata),
    // A formulation longer than the bound is not a phrase: dropped, not cut (a cut one would name no real formulation).
    slogans: analysis.slogans
      .filter((s) => s.text.length <= limits.MAX_SLOGAN_LENGTH)
      .slice(0, limits.MAX_SLOGANS)
      .map((s) => ({ ...s, kind: limits.clip(s.kind, limits.MAX_SLOGAN_KIND_LENGTH) })),
    summary: {
      ...analysis.summary,
      keyPoints: analysis.summary.keyPoints.slice(0, limits.MAX_KEY_POINTS).map((p) => limits.clip(p, limits.MAX_KEY_POINT_LENGTH)),
    },
  };
}
