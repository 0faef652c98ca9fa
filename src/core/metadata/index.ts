// Metadata of an article page: composes the per-field extractors over one
// shared reading of the page (meta tags, JSON-LD, headline, label hits).
import type { ArticleMetadata } from '../types.ts';
import type { WorkMeter } from '../budget.ts';
import type { TextBlock } from '../body/text-blocks.ts';
import type { PageLandmarks } from '../body/landmarks.ts';
import { extractAuthor } from './author.ts';
import { extractEditor } from './editor.ts';
import { readJsonLdArticle, type JsonLdArticle } from './json-ld.ts';
import { collectLabelHits, type ArticleRegion } from './label-hits.ts';
import { readMetaTags, type MetaTags } from './meta-tags.ts';
import { extractPublishedAt } from './published-at.ts';
import { extractPublisher } from './publisher.ts';
import { extractSiteName } from './site-name.ts';
import { extractSource } from './source.ts';
import { extractTitle, type TitleResult } from './title.ts';
import type { MetadataTrace } from './candidates.ts';

export { extractTitle, type TitleResult } from './title.ts';
export { readMetaTags, type MetaTags } from './meta-tags.ts';
export { readJsonLdArticle, type JsonLdArticle } from './json-ld.ts';
export type { MetadataTrace, TracedCandidate } from './candidates.ts';

/** What the page-level readings give the field extractors. */
export interface PageReading {
  meta: MetaTags;
  jsonLd: JsonLdArticle | null;
  title: TitleResult;
  /** The metadata elements the page walk noted (scripts and <time> feed the date). */
  landmarks: PageLandmarks;
}

/**
 * Meta tags, JSON-LD and the headline, from the elements the page walk noted
 * (collectTextBlocks): no search of the whole document.
 */
export function readPage(doc: Document, landmarks: PageLandmarks, meter?: WorkMeter): PageReading {
  const meta = readMetaTags(landmarks.metas);
  const jsonLd = readJsonLdArticle(landmarks.jsonLdScripts, meter);
  const title = extractTitle(landmarks.title, landmarks.headlines, meta, jsonLd?.headline ?? null, meter);
  return { meta, jsonLd, title, landmarks };
}

/** Blocks a header spans: the lines above a body without a headline, or above a headline inside the body's container. */
const HEADER_BLOCKS = 6;

/** Block indices from the headline to the end of the body. */
export function articleRegion(blocks: readonly TextBlock[], titleElement: Element | null, bodyRoot: Element | null): ArticleRegion {
  let titleIndex = -1;
  let bodyStart = -1;
  let bodyEnd = -1;
  for (const block of blocks) {
    if (titleIndex < 0 && titleElement !== null && (titleElement === block.owner || titleElement.contains(block.owner))) {
      titleIndex = block.index;
    }
    if (bodyRoot !== null && (bodyRoot === block.owner || bodyRoot.contains(block.owner))) {
      if (bodyStart < 0) bodyStart = block.index;
      bodyEnd = block.index;
    }
  }
  if (bodyStart < 0) {
    bodyStart = titleIndex >= 0 ? titleIndex + 1 : 0;
    bodyEnd = bodyStart;
  }
  // Without an on-page headline, the lines just above the body are its header.
  if (titleIndex < 0) return { start: Math.max(0, bodyStart - HEADER_BLOCKS), bodyStart, end: bodyEnd };
  if (titleIndex <= bodyStart) return { start: titleIndex, bodyStart, end: bodyEnd };
  // A headline among the first blocks of the body's container (one table cell
  // holding a page's widgets, date line, headline and text): the article
  // starts at the headline, and the lines above it are no nearer than those
  // below. A headline further down is no header of this body.
  if (titleIndex < bodyEnd && titleIndex - bodyStart <= HEADER_BLOCKS) return { start: titleIndex, bodyStart: titleIndex + 1, end: bodyEnd };
  return { start: Math.max(0, bodyStart - HEADER_BLOCKS), bodyStart, end: bodyEnd };
}

export interface MetadataInput {
  doc: Document;
  reading: PageReading;
  blocks: readonly TextBlock[];
  bodyRoot: Element | null;
  bodyBylines: readonly string[];
  /** Elements named "source" met in the page walk. */
  sourceSlots: readonly Element[];
  /** The page URL, whose path often carries the publish date. */
  url?: string | null;
  meter?: WorkMeter;
  /** Filled with every candidate considered per field, for `analyze --explain`. */
  trace?: MetadataTrace;
}

export function extractMetadata(input: MetadataInput): ArticleMetadata {
  const { doc, reading, blocks, trace } = input;
  const region = articleRegion(blocks, reading.title.element, input.bodyRoot);
  const hits = collectLabelHits(blocks, region);
  const editor = extractEditor(hits, trace);
  const siteName = extractSiteName(reading.meta, reading.title.titleSuffix);
  const source = extractSource({
    doc, hits, meta: reading.meta, blocks, region, titleElement: reading.title.element, bodyRoot: input.bodyRoot,
    sourceSlots: input.sourceSlots, siteName,
  }, trace);
  return {
    title: reading.title.title,
    source,
    author: extractAuthor({
      hits,
      bodyBylines: input.bodyBylines,
      jsonLdAuthors: reading.jsonLd?.authors ?? [],
      meta: reading.meta,
      editor,
      siteNames: [siteName, reading.title.titleSuffix, source],
      blocks,
      region,
    }, trace),
    editor,
    publishedAt: extractPublishedAt(
      doc, hits, reading.meta, reading.jsonLd?.datePublished ?? null, input.url ?? null, reading.landmarks, input.meter, trace,
    ),
    siteName,
    publisher: extractPublisher(hits, trace),
  };
}
