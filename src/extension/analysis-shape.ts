// Checks that a value received in a message is an ArticleAnalysis (the
// contract in src/core/types.ts) before anything displays or acts on it.
import type { ArticleAnalysis, Slogan } from '../core/types.ts';
import {
  isArrayOf,
  isFiniteNumber,
  isNonNegativeInteger,
  isRecord,
  isString,
  isStringOrNull,
  type UnknownRecord,
} from './shape.ts';

const METADATA_FIELDS = ['title', 'source', 'author', 'editor', 'publishedAt', 'siteName', 'publisher'] as const;

function isSlogan(value: unknown): value is Slogan {
  return (
    isRecord(value) &&
    isString(value.text) &&
    isNonNegativeInteger(value.count) &&
    isString(value.kind)
  );
}

function isMetadata(value: unknown): boolean {
  return isRecord(value) && METADATA_FIELDS.every((field) => isStringOrNull(value[field]));
}

function isVerdict(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.detected === 'boolean' &&
    isFiniteNumber(value.score) &&
    isArrayOf(value.reasons, isString)
  );
}

function isSummary(value: unknown): boolean {
  return (
    isRecord(value) &&
    isArrayOf(value.keyPoints, isString) &&
    isNonNegativeInteger(value.charCount) &&
    isFiniteNumber(value.readingMinutes) &&
    isNonNegativeInteger(value.paragraphs)
  );
}

export function isArticleAnalysis(value: unknown): value is ArticleAnalysis {
  if (!isRecord(value)) return false;
  const analysis: UnknownRecord = value;
  return (
    isStringOrNull(analysis.url) &&
    typeof analysis.isArticle === 'boolean' &&
    isVerdict(analysis.partyBuilding) &&
    isMetadata(analysis.metadata) &&
    isArrayOf(analysis.slogans, isSlogan) &&
    isSummary(analysis.summary)
  );
}
