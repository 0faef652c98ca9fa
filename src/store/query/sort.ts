// Orders of the article list. Dates newest first (what a reader looks for on
// coming back); titles in Chinese dictionary order (pinyin under zh-CN
// collation), which is what a Chinese reader expects of "按标题".
import type { IndexedArticle } from './library-index.ts';

export type ArticleSort = 'saved' | 'published' | 'title';

export const ARTICLE_SORTS: readonly ArticleSort[] = ['saved', 'published', 'title'];

const titleCollator = new Intl.Collator('zh-CN', { numeric: true });

export function compareTitles(a: string, b: string): number {
  return titleCollator.compare(a, b);
}

export function sortArticles<T extends { article: IndexedArticle }>(items: T[], sort: ArticleSort): T[] {
  const compare = COMPARATORS[sort];
  return items.sort((x, y) => compare(x.article, y.article) || (x.article.url < y.article.url ? -1 : x.article.url > y.article.url ? 1 : 0));
}

const COMPARATORS: Record<ArticleSort, (a: IndexedArticle, b: IndexedArticle) => number> = {
  saved: (a, b) => newestFirst(a.savedAt, b.savedAt),
  // Day first (a date-only "2021-05-15" and a date-time on the same day tie on the day), then the full value.
  published: (a, b) => newestFirstText(a.publishedDay, b.publishedDay) || newestFirstText(a.publishedAt, b.publishedAt),
  title: (a, b) => compareTitles(a.title, b.title),
};

/** Unknown dates (NaN) go last. */
function newestFirst(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) ? (Number.isNaN(b) ? 0 : 1) : -1;
  return b - a;
}

/** ISO days compare as text; null goes last. */
function newestFirstText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}
