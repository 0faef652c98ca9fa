// What makes a page one article even when its body is short (a news brief of
// 60-120 characters, a photo story with captions) or framed by a template
// that is mostly links: one headline, then a date or byline line, then prose,
// in that order and close together. Lists have many headlines and no line of
// prose right under one; a portal's headline (if any) is its own name.
import type { TextBlock } from '../body/text-blocks.ts';
import { classifyBodyLine } from '../body/byline-lines.ts';

/** Blocks between the headline and the body's first line: the metadata lines, share bars and tools. */
const MAX_HEADER_BLOCKS = 8;
/** A date or timestamp in a metadata line. */
const DATED = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}:\d{2}|\d{1,2}\s*月\s*\d{1,2}\s*[日，,]\s*\d{4}/u;
/** Metadata lines are short. */
const MAX_META_LINE = 120;

function firstBlockInside(blocks: readonly TextBlock[], el: Element, from = 0): number {
  for (let i = from; i < blocks.length; i += 1) {
    const owner = blocks[i]!.owner;
    if (owner === el || el.contains(owner)) return i;
  }
  return -1;
}

/**
 * True when the headline element stands a few blocks above the body and a
 * dated or byline line sits between them (or opens the body).
 */
export function hasArticleSignature(blocks: readonly TextBlock[], headline: Element | null, bodyRoot: Element | null): boolean {
  if (headline === null || bodyRoot === null || headline.contains(bodyRoot)) return false;
  const h = firstBlockInside(blocks, headline);
  if (h < 0) return false;
  const start = firstBlockInside(blocks, bodyRoot, h + 1);
  if (start < 0 || start - h > MAX_HEADER_BLOCKS) return false;
  // The body's first block may hold the dateline ("本报讯（记者 某某）5月20日，…").
  for (let i = h + 1; i <= start; i += 1) {
    const block = blocks[i]!;
    if (block.chars > MAX_META_LINE && i < start) continue;
    const text = block.text.slice(0, MAX_META_LINE);
    if (DATED.test(text)) return true;
    const kind = classifyBodyLine(text.trim(), false);
    if (kind === 'label' || kind === 'byline') return true;
  }
  return false;
}
