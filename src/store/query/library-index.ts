// The manager's view of a Library, prepared once per load so that every
// keystroke in the search box and every filter change is a linear scan over
// precomputed plain values: lower-cased haystacks, hostnames, dates as
// numbers. Rebuilding it for 10,000 annotations takes a few tens of
// milliseconds (scripts/bench-query.ts); querying it, a few.
import { colorOf, noteOf, quoteOf, tagsOf } from '../annotations.ts';
import { localDateStamp } from '../formats/export-file.ts';
import { groupByPage, pageFactsOf, pageTitleOf, type Library, type PageGroup } from '../formats/library.ts';
import type { HighlightColor, PageRecord, StoredAnnotation } from '../model.ts';
import { joinFields, normalizeForSearch } from './search-text.ts';

export interface IndexedAnnotation {
  annotation: StoredAnnotation;
  quote: string;
  note: string;
  tags: string[];
  color: HighlightColor;
  /** quote, note, tags, and the article's title, source and author, normalised (search-text.ts). */
  haystack: string;
  /** The quote alone, normalised: the formulation filter looks only at what was highlighted. */
  normalizedQuote: string;
  /** `created` in epoch milliseconds (NaN if unparseable). */
  createdAt: number;
  /** The day it was saved, YYYY-MM-DD in the reader's time zone: the day they remember. */
  savedDay: string;
}

export interface IndexedArticle {
  url: string;
  /** Null for annotations whose page has no record (older imports). */
  page: PageRecord | null;
  title: string;
  source: string | null;
  author: string | null;
  /** As the page gave it: "2021-05-15" or a date-time. */
  publishedAt: string | null;
  /** YYYY-MM-DD of publishedAt, the page's own calendar day. */
  publishedDay: string | null;
  siteName: string | null;
  /** The URL's host name without a leading "www.". */
  hostname: string;
  partyBuilding: boolean;
  /** In reading order. */
  annotations: IndexedAnnotation[];
  /** Title, source, author and site name, normalised: how a page with no passages is found. */
  haystack: string;
  /** Its key formulations' texts (PageRecord.slogans), normalised. */
  formulations: Set<string>;
  /** Latest activity: newest annotation's `created`, else the page's firstSavedAt (epoch ms, NaN if none). */
  savedAt: number;
}

export interface LibraryIndex {
  library: Library;
  /** In the order of library.pages, then pages only annotations mention. */
  articles: IndexedArticle[];
  annotationCount: number;
}

export function buildLibraryIndex(library: Library): LibraryIndex {
  const articles = groupByPage(library).map(indexArticle);
  return { library, articles, annotationCount: library.annotations.length };
}

function indexArticle(group: PageGroup): IndexedArticle {
  const title = pageTitleOf(group);
  const facts = pageFactsOf(group);
  const page = group.page;
  const siteName = page?.metadata.siteName ?? group.annotations.find((a) => a.page?.siteName)?.page?.siteName ?? null;
  // Normalised once per article, not once per passage: joining normalised
  // fields around a line break equals normalising the joined text.
  const articleText = joinFields([title, facts.source, facts.author]);
  const annotations = group.annotations.map((annotation) => indexAnnotation(annotation, articleText));
  const newest = Math.max(...annotations.map((a) => a.createdAt).filter((t) => !Number.isNaN(t)));
  return {
    url: group.url,
    page,
    title,
    source: facts.source,
    author: facts.author,
    publishedAt: facts.publishedAt,
    publishedDay: calendarDayOf(facts.publishedAt),
    siteName,
    hostname: hostnameOf(group.url),
    partyBuilding: page?.partyBuilding ?? false,
    annotations,
    haystack: joinFields([articleText, siteName]),
    formulations: new Set((page?.slogans ?? []).map((s) => normalizeForSearch(s.text))),
    savedAt: Number.isFinite(newest) ? newest : Date.parse(page?.firstSavedAt ?? ''),
  };
}

function indexAnnotation(annotation: StoredAnnotation, articleText: string): IndexedAnnotation {
  const quote = quoteOf(annotation);
  const normalizedQuote = normalizeForSearch(quote);
  const note = noteOf(annotation);
  const tags = tagsOf(annotation);
  const createdAt = Date.parse(annotation.created);
  return {
    annotation,
    quote,
    note,
    tags,
    color: colorOf(annotation),
    haystack: `${normalizedQuote}\n${joinFields([note, ...tags])}\n${articleText}`,
    normalizedQuote,
    createdAt,
    savedDay: Number.isNaN(createdAt) ? '' : localDateStamp(new Date(createdAt)),
  };
}

/** "www.gov.cn" and "gov.cn" are one site to a reader. */
export function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The YYYY-MM-DD a page states: the first ten characters of its ISO date, in its own time zone. */
function calendarDayOf(iso: string | null): string | null {
  const match = iso ? /^\d{4}-\d{2}-\d{2}/.exec(iso) : null;
  return match ? match[0] : null;
}
