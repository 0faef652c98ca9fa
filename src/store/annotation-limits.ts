// What the repository refuses to write: an annotation whose id, quote, note
// or tags break the extension's one set of limits (core/limits.ts). The
// messages and the importer check the same limits first; this is the last
// guard, so no path stores a record that another part could not edit,
// delete, list or re-import.
import * as limits from '../core/limits.ts';
import type { Annotation } from './model.ts';

export function limitProblems(annotation: Annotation): string[] {
  const problems: string[] = [];
  const over = (what: string, length: number, max: number) => {
    if (length > max) problems.push(`${what} is ${length} long, limit ${max}`);
  };
  if (typeof annotation.id === 'string') over('id', annotation.id.length, limits.MAX_ID_LENGTH);
  if (typeof annotation.target?.source === 'string') over('target.source', annotation.target.source.length, limits.MAX_URL_LENGTH);
  for (const selector of Array.isArray(annotation.target?.selector) ? annotation.target.selector : []) {
    if (selector.type !== 'TextQuoteSelector') continue;
    over('quote', selector.exact.length, limits.MAX_QUOTE_LENGTH);
    over('quote prefix', selector.prefix?.length ?? 0, limits.MAX_QUOTE_CONTEXT_LENGTH);
    over('quote suffix', selector.suffix?.length ?? 0, limits.MAX_QUOTE_CONTEXT_LENGTH);
  }
  const bodies = Array.isArray(annotation.body) ? annotation.body : [];
  const tags = bodies.filter((b) => b.purpose === 'tagging');
  over('tags', tags.length, limits.MAX_TAGS);
  for (const tag of tags) over('tag', tag.value.length, limits.MAX_TAG_LENGTH);
  for (const body of bodies) if (body.purpose !== 'tagging') over(`${body.purpose} body`, body.value.length, limits.MAX_NOTE_LENGTH);
  return problems;
}
