// The annotation model: W3C Web Annotations (https://www.w3.org/TR/annotation-model/)
// as stored and exported. One place for these types; everything imports them.

/** Bumped whenever a stored record's shape changes; see store/migrations. */
export const SCHEMA_VERSION = 1;

export const HIGHLIGHT_COLORS = ['yellow', 'red', 'green', 'blue', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Offsets over the normalised page text defined in src/annotate/text-model.ts. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Structural selector: an element path, refined by character offsets inside that element. */
export interface XPathSelector {
  type: 'XPathSelector';
  value: string;
  refinedBy?: TextPositionSelector;
}

export interface RangeSelector {
  type: 'RangeSelector';
  startSelector: XPathSelector;
  endSelector: XPathSelector;
}

export type Selector = TextQuoteSelector | TextPositionSelector | RangeSelector;

export type BodyPurpose = 'commenting' | 'tagging' | 'highlighting';

/**
 * Bodies: the note (purpose "commenting"), one body per tag (purpose
 * "tagging"), and the colour (purpose "highlighting", value a HighlightColor).
 */
export interface TextualBody {
  type: 'TextualBody';
  purpose: BodyPurpose;
  value: string;
  format?: 'text/plain';
}

/** The page's metadata as it was when the annotation was saved. */
export interface PageSnapshot {
  title: string | null;
  source: string | null;
  author: string | null;
  publishedAt: string | null;
  siteName?: string | null;
}

export interface AnnotationTarget {
  /** The normalised page URL (store/url.ts normalizePageUrl). */
  source: string;
  selector: Selector[];
}

export interface Annotation {
  '@context'?: 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  /** ISO 8601 with time zone. */
  created: string;
  modified: string;
  body: TextualBody[];
  target: AnnotationTarget;
  /** Extension property: page metadata at save time. */
  page?: PageSnapshot;
}

/** A stored annotation record. */
export interface StoredAnnotation extends Annotation {
  schemaVersion: number;
}

/** What the store keeps about an annotated page (one record per page). */
export interface PageRecord {
  schemaVersion: number;
  /** The normalised URL: the page's key. */
  url: string;
  metadata: import('../core/types.ts').ArticleMetadata;
  partyBuilding: boolean;
  /** The page's key formulations when it was last analysed (best first). */
  slogans: import('../core/types.ts').Slogan[];
  keyPoints: string[];
  /** ISO 8601. */
  firstSavedAt: string;
  updatedAt: string;
}
