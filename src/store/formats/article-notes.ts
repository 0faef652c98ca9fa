// What the study notes say about one article, whatever the format (Word,
// print, Markdown): its facts with dates as readers write them, the reader's
// excerpts in page order, every key formulation, the key points and the
// GB/T 7714 reference. Each format lays this out and escapes it.
import type { GlossaryEntry } from '../../core/slogans/glossary.ts';
import type { HighlightColor, StoredAnnotation } from '../model.ts';
import { colorOf, noteOf, quoteOf, tagsOf } from './annotation-fields.ts';
import { citationOf } from './citation.ts';
import { groupByPage, pageFactsOf, pageTitleOf, type Library, type PageGroup } from './library.ts';
import { chineseDateTime } from './reader-dates.ts';

export interface ExcerptNotes {
  quote: string;
  color: HighlightColor;
  note: string;
  tags: string[];
  annotation: StoredAnnotation;
}

export interface ArticleNotes {
  title: string;
  source: string | null;
  author: string | null;
  /** 2020年1月3日, or with the time when the page gave one (Beijing time). */
  published: string | null;
  url: string;
  /** In page order. */
  excerpts: ExcerptNotes[];
  formulations: { text: string; count: number }[];
  keyPoints: string[];
  citation: string;
  group: PageGroup;
}

export function articleNotesOf(group: PageGroup, now: Date): ArticleNotes {
  const facts = pageFactsOf(group);
  return {
    title: pageTitleOf(group),
    source: facts.source,
    author: facts.author,
    published: facts.publishedAt ? chineseDateTime(facts.publishedAt) : null,
    url: group.url,
    excerpts: group.annotations.map((annotation) => ({
      quote: quoteOf(annotation),
      color: colorOf(annotation),
      note: noteOf(annotation),
      tags: tagsOf(annotation),
      annotation,
    })),
    formulations: (group.page?.slogans ?? []).map(({ text, count }) => ({ text, count })),
    keyPoints: group.page?.keyPoints ?? [],
    citation: citationOf(group, now),
    group,
  };
}

export function libraryNotesOf(library: Library, now: Date): ArticleNotes[] {
  return groupByPage(library).map((group) => articleNotesOf(group, now));
}

/** The 释义 of formulations (core/slogans/glossary.ts glossaryOf; the UI loads it as its own bundle). */
export type GlossaryOf = (texts: readonly string[]) => GlossaryEntry[];

/**
 * 术语释义, with which study notes end: the exported articles' formulations
 * that have a 释义, each once, in the order the notes list them. Empty when
 * the caller supplies no glossary.
 */
export function notesGlossary(articles: readonly ArticleNotes[], glossaryOf: GlossaryOf | undefined): GlossaryEntry[] {
  return glossaryOf ? glossaryOf(articles.flatMap((a) => a.formulations.map((f) => f.text))) : [];
}
