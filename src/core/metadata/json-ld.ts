// schema.org JSON-LD (<script type="application/ld+json">): headline,
// datePublished, author and publisher of NewsArticle/Article pages. Malformed
// JSON is common on real pages and is ignored.

export interface JsonLdArticle {
  type: string | null;
  headline: string | null;
  datePublished: string | null;
  authors: string[];
  publisher: string | null;
}

import type { WorkMeter } from '../budget.ts';
import { boundedTextContent } from '../body/dom.ts';

type Json = unknown;

function asRecord(v: Json): Record<string, Json> | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, Json>) : null;
}

function names(v: Json): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(names);
  const rec = asRecord(v);
  const name = rec?.['name'];
  return typeof name === 'string' ? [name] : [];
}

function str(v: Json): string | null {
  return typeof v === 'string' && v.trim().length > 0 ? v.trim() : null;
}

const ARTICLE_TYPE = /Article|BlogPosting|Report|NewsArticle/;

function fromNode(node: Json): JsonLdArticle | null {
  const rec = asRecord(node);
  if (rec === null) return null;
  const graph = rec['@graph'];
  if (Array.isArray(graph)) {
    for (const item of graph) {
      const found = fromNode(item);
      if (found !== null) return found;
    }
  }
  const rawType = rec['@type'];
  const type = Array.isArray(rawType) ? rawType.filter((t) => typeof t === 'string').join(',') : str(rawType);
  if (type === null || !ARTICLE_TYPE.test(type)) return null;
  return {
    type,
    headline: str(rec['headline']) ?? str(rec['name']),
    datePublished: str(rec['datePublished']),
    authors: names(rec['author']),
    publisher: names(rec['publisher'])[0] ?? null,
  };
}

/** A JSON-LD block is a few kilobytes; past this it is not an article's metadata. */
const MAX_JSON_LD_CHARS = 100_000;

/**
 * @param scripts the page's <script type="application/ld+json"> elements in
 *   document order, as the page walk noted them (capped).
 */
export function readJsonLdArticle(scripts: readonly Element[], meter?: WorkMeter): JsonLdArticle | null {
  for (const script of scripts) {
    let parsed: Json;
    try {
      parsed = JSON.parse(boundedTextContent(script, MAX_JSON_LD_CHARS, meter));
    } catch {
      continue;
    }
    const items = Array.isArray(parsed) ? parsed : [parsed];
    for (const item of items) {
      const found = fromNode(item);
      if (found !== null) return found;
    }
  }
  return null;
}
