// The choices the filter bar offers, taken from the library itself: only
// tags, sites and colours that occur, each with how many passages or
// articles it would show.
import { HIGHLIGHT_COLORS, type HighlightColor } from '../model.ts';
import type { LibraryIndex } from './library-index.ts';
import { compareTitles } from './sort.ts';

export interface Facet<T extends string = string> {
  value: T;
  /** Passages (tags, colours) or articles (sites) carrying it. */
  count: number;
}

export interface LibraryFacets {
  /** Most used first. */
  tags: Facet[];
  /** Host names, most articles first. */
  sites: Facet[];
  /** In the palette's order, only those used. */
  colors: Facet<HighlightColor>[];
  /** Key formulations of the saved pages, in most articles first (the formulation filter's suggestions). */
  formulations: Facet[];
}

export function libraryFacets(index: LibraryIndex): LibraryFacets {
  const tags = new Map<string, number>();
  const sites = new Map<string, number>();
  const colors = new Map<HighlightColor, number>();
  const formulations = new Map<string, number>();
  for (const article of index.articles) {
    if (article.hostname) sites.set(article.hostname, (sites.get(article.hostname) ?? 0) + 1);
    // Spelled as the page has it; one count per article even if a record repeats it.
    for (const text of new Set((article.page?.slogans ?? []).map((s) => s.text.trim()))) {
      if (text) formulations.set(text, (formulations.get(text) ?? 0) + 1);
    }
    for (const a of article.annotations) {
      colors.set(a.color, (colors.get(a.color) ?? 0) + 1);
      for (const tag of a.tags) tags.set(tag, (tags.get(tag) ?? 0) + 1);
    }
  }
  return {
    tags: byCount(tags),
    sites: byCount(sites),
    colors: HIGHLIGHT_COLORS.filter((c) => colors.has(c)).map((value) => ({ value, count: colors.get(value) ?? 0 })),
    formulations: byCount(formulations),
  };
}

function byCount(counts: Map<string, number>): Facet[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || compareTitles(a.value, b.value));
}
