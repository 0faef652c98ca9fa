// One query over the prepared library: filter, then sort. Pure; the manager
// calls it on every (debounced) keystroke and filter change.
import type { Library } from '../formats/library.ts';
import { compileFilter, type LibraryFilter } from './filters.ts';
import type { IndexedAnnotation, IndexedArticle, LibraryIndex } from './library-index.ts';
import { sortArticles, type ArticleSort } from './sort.ts';

export interface ArticleMatch {
  article: IndexedArticle;
  /** The passages that pass the filter, in reading order (all of them when no passage criterion is active). */
  annotations: IndexedAnnotation[];
}

export interface QueryResult {
  articles: ArticleMatch[];
  /** Passages shown, over all listed articles. */
  annotationCount: number;
}

export function queryLibrary(index: LibraryIndex, filter: LibraryFilter, sort: ArticleSort): QueryResult {
  const compiled = compileFilter(filter);
  const articles: ArticleMatch[] = [];
  let annotationCount = 0;
  for (const article of index.articles) {
    if (!compiled.keepsArticle(article)) continue;
    const annotations = compiled.selectsPassages ? article.annotations.filter((a) => compiled.keepsPassage(a)) : article.annotations;
    if (annotations.length === 0 && compiled.selectsPassages && !compiled.articleMatchesItself(article)) continue;
    articles.push({ article, annotations });
    annotationCount += annotations.length;
  }
  return { articles: sortArticles(articles, sort), annotationCount };
}

/**
 * The "current filter" export scope: the listed articles in the order shown
 * (records only: annotations on a page without a record still export with
 * their snapshot) and the passages shown.
 */
export function libraryOfResult(result: QueryResult): Library {
  return {
    pages: result.articles.flatMap(({ article }) => (article.page ? [article.page] : [])),
    annotations: result.articles.flatMap(({ annotations }) => annotations.map((a) => a.annotation)),
  };
}

/** Ids of every passage in the result: "select all" in the bulk bar. */
export function annotationIdsOf(result: QueryResult): string[] {
  return result.articles.flatMap(({ annotations }) => annotations.map((a) => a.annotation.id));
}
