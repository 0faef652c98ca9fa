// The analysis contract (DESIGN.md "Analysis result"). Every other part of the
// extension shows these fields; add fields freely, never change a meaning.

export interface PartyBuildingVerdict {
  detected: boolean;
  /** 0..1: how strongly the body reads as party-building discourse. */
  score: number;
  /** Human-readable, Chinese: which formulations, how dense, what else counted. */
  reasons: string[];
}

export interface ArticleMetadata {
  /** The headline, without site or channel suffix. */
  title: string | null;
  /** 来源 / originating publication / WeChat account. */
  source: string | null;
  /** Byline author(s); never the editor. */
  author: string | null;
  /** 责任编辑 / 责编 / 编辑. */
  editor: string | null;
  /** ISO 8601: "2021-05-15" or "2021-05-15T10:20:00+08:00" (Beijing time). */
  publishedAt: string | null;
  siteName: string | null;
  /** 发布者, where the page names one. */
  publisher: string | null;
}

export interface Slogan {
  text: string;
  count: number;
  /** Where it came from: a lexicon category, or a pattern kind ("numbered", "parallel", "clauses", "quoted", "lead", "core", "maxim"). */
  kind: string;
}

export interface ArticleSummary {
  /** 3-6 sentences taken from the body. */
  keyPoints: string[];
  /** Chinese characters (Han ideographs) in the body. */
  charCount: number;
  readingMinutes: number;
  paragraphs: number;
}

export interface ArticleAnalysis {
  url: string | null;
  /** A single article, not a list/index/encyclopedia page. */
  isArticle: boolean;
  partyBuilding: PartyBuildingVerdict;
  metadata: ArticleMetadata;
  /** Best first. */
  slogans: Slogan[];
  summary: ArticleSummary;
}

/** One block of the article body as the reader sees it. */
export interface BodyParagraph {
  /** Visible text, whitespace collapsed (NBSP and U+3000 included), trimmed. */
  text: string;
  /** Text of a bold/strong run that opens the paragraph, if any (the genre's lead sentences). */
  lead: string | null;
  /** True for sub-headings inside the body (h2-h6, or a short fully-bold line). */
  heading: boolean;
}

/** The main article body found in a page. */
export interface ArticleBody {
  /** The element holding the body, or null when none was found. */
  root: Element | null;
  paragraphs: BodyParagraph[];
}
