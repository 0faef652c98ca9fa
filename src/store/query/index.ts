// Search, filters, sorting and the formulation index over a Library: the
// manager page's logic, pure and free of any browser API. Never imported by
// the content script.
export { normalizeForSearch, parseSearchTerms, containsAllTerms } from './search-text.ts';
export { matchSpans, type Span } from './match-spans.ts';
export { buildLibraryIndex, hostnameOf, type IndexedAnnotation, type IndexedArticle, type LibraryIndex } from './library-index.ts';
export { compileFilter, EMPTY_FILTER, isFilterActive, type CompiledFilter, type DateRange, type LibraryFilter } from './filters.ts';
export { ARTICLE_SORTS, compareTitles, sortArticles, type ArticleSort } from './sort.ts';
export { annotationIdsOf, libraryOfResult, queryLibrary, type ArticleMatch, type QueryResult } from './run-query.ts';
export { libraryFacets, type Facet, type LibraryFacets } from './facets.ts';
export { buildFormulationIndex, filterFormulations, type FormulationArticle, type FormulationEntry } from './formulation-index.ts';
