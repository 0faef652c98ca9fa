// What the reader can narrow the list by, and how each criterion is judged.
//
// Two levels. Page criteria (site, publication date, party-building) keep or
// drop a whole article. Passage criteria (colour, tag, saved date, search
// terms, formulation) pick annotations; an article is listed when at least
// one of its annotations passes them all — or when the article itself passes
// every active passage criterion that has a meaning for an article (search
// terms in its title/source/author, the formulation among its key
// formulations). That second way keeps articles the reader saved without
// highlighting findable, and lists an article whose analysis found the
// formulation even if no highlighted passage contains it.
import type { HighlightColor } from '../model.ts';
import type { IndexedAnnotation, IndexedArticle } from './library-index.ts';
import { containsAllTerms, normalizeForSearch, parseSearchTerms } from './search-text.ts';

export interface DateRange {
  /** Which date: the article's publication date, or the day a passage was saved. */
  field: 'published' | 'saved';
  /** Inclusive, YYYY-MM-DD; null for open-ended. */
  from: string | null;
  to: string | null;
}

export interface LibraryFilter {
  /** Free text; terms separated by spaces must all occur. */
  query: string;
  /** Any of these colours (empty: all). */
  colors: HighlightColor[];
  /** Any of these tags (empty: all). */
  tags: string[];
  /** Any of these host names (empty: all). */
  sites: string[];
  dateRange: DateRange | null;
  /** A key formulation, e.g. "全面从严治党"; null for none. */
  formulation: string | null;
  partyBuildingOnly: boolean;
}

export const EMPTY_FILTER: LibraryFilter = {
  query: '',
  colors: [],
  tags: [],
  sites: [],
  dateRange: null,
  formulation: null,
  partyBuildingOnly: false,
};

/** A filter turned into predicates once, so a query does no parsing per record. */
export interface CompiledFilter {
  /** False when the article is out whatever its passages. */
  keepsArticle(article: IndexedArticle): boolean;
  /** True when some passage criterion is active; otherwise every passage of a kept article is shown. */
  selectsPassages: boolean;
  keepsPassage(annotation: IndexedAnnotation): boolean;
  /** The article itself passes every active passage criterion (see the file comment). */
  articleMatchesItself(article: IndexedArticle): boolean;
}

export function compileFilter(filter: LibraryFilter): CompiledFilter {
  const terms = parseSearchTerms(filter.query);
  const colors = new Set(filter.colors);
  const tags = new Set(filter.tags);
  const sites = new Set(filter.sites);
  const formulation = filter.formulation ? normalizeForSearch(filter.formulation.trim()) : '';
  const range = filter.dateRange && (filter.dateRange.from || filter.dateRange.to) ? filter.dateRange : null;
  const savedRange = range?.field === 'saved' ? range : null;
  const publishedRange = range?.field === 'published' ? range : null;

  const selectsPassages = terms.length > 0 || colors.size > 0 || tags.size > 0 || savedRange !== null || formulation !== '';
  // Colour, tag and saved day belong to passages only: an article has none of its own.
  const articleCanMatchItself = colors.size === 0 && tags.size === 0 && savedRange === null;

  return {
    selectsPassages,
    keepsArticle(article) {
      if (filter.partyBuildingOnly && !article.partyBuilding) return false;
      if (sites.size > 0 && !sites.has(article.hostname)) return false;
      if (publishedRange && !dayInRange(article.publishedDay, publishedRange)) return false;
      return true;
    },
    keepsPassage(a) {
      if (colors.size > 0 && !colors.has(a.color)) return false;
      if (tags.size > 0 && !a.tags.some((tag) => tags.has(tag))) return false;
      if (savedRange && !dayInRange(a.savedDay, savedRange)) return false;
      if (formulation && !a.normalizedQuote.includes(formulation)) return false;
      return containsAllTerms(a.haystack, terms);
    },
    articleMatchesItself(article) {
      if (!articleCanMatchItself) return false;
      if (formulation && !article.formulations.has(formulation)) return false;
      return containsAllTerms(article.haystack, terms);
    },
  };
}

/** Days compare as strings: YYYY-MM-DD sorts in calendar order. An unknown day is outside every range. */
function dayInRange(day: string | null, range: DateRange): boolean {
  if (!day) return false;
  if (range.from && day < range.from) return false;
  if (range.to && day > range.to) return false;
  return true;
}

/** True when the filter narrows anything (the "clear filters" button shows then). */
export function isFilterActive(filter: LibraryFilter): boolean {
  return (
    parseSearchTerms(filter.query).length > 0 ||
    filter.colors.length > 0 ||
    filter.tags.length > 0 ||
    filter.sites.length > 0 ||
    (filter.dateRange !== null && (filter.dateRange.from !== null || filter.dateRange.to !== null)) ||
    filter.formulation !== null ||
    filter.partyBuildingOnly
  );
}
