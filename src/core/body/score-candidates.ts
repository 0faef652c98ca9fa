// Which element holds the article? Readability's idea, tuned for Chinese
// pages: every block of running prose votes for the element that contains it
// (fully), and for the two levels above (half, a third). Prose is recognised by
// its punctuation (，。、；), which navigation, link lists and footers lack. A
// candidate's votes are then discounted by its link density, so a sidebar of
// headlines cannot outvote the one container of real paragraphs.
import { isBlock, looksLikeChrome } from './dom.ts';
import type { TextBlock } from './text-blocks.ts';

/** Block-level containers whose text belongs to the element around them (Readability's "paragraph" tags). */
const PARAGRAPH_TAGS = new Set(['P', 'PRE', 'BLOCKQUOTE', 'LI', 'DD', 'DT', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGCAPTION']);

const CLAUSE_PUNCTUATION = /[，。、；！？,;]/g;

/** Below this many visible characters a block is a label, a button or a headline, not prose. */
const MIN_PROSE_CHARS = 12;

export interface BodyCandidate {
  element: Element;
  /** Prose votes before the link-density discount. */
  votes: number;
  /** votes × (1 − link density), with a penalty for chrome-named containers. */
  score: number;
  linkDensity: number;
  /** Visible characters of the blocks inside. */
  chars: number;
}

function blockVotes(block: TextBlock): number {
  if (block.chars < MIN_PROSE_CHARS) return 0;
  if (block.linkChars > block.chars * 0.5) return 0;
  const clauses = block.text.match(CLAUSE_PUNCTUATION)?.length ?? 0;
  // A headline-length run without any clause punctuation is not prose.
  if (clauses === 0 && block.chars < 40) return 0;
  return 1 + clauses + Math.min(block.chars / 100, 3);
}

/**
 * A <div> with no block children is a paragraph in all but name: government
 * CMSs (TRS, 大汉) write each paragraph as <div style="text-align: justify">.
 */
function isLeafBlock(el: Element): boolean {
  for (let c = el.firstElementChild; c !== null; c = c.nextElementSibling) {
    if (isBlock(c)) return false;
  }
  return true;
}

/** The element a block's votes go to first: a <p>'s votes belong to its container. */
function votingContainer(owner: Element): Element | null {
  const tag = owner.tagName.toUpperCase();
  if (PARAGRAPH_TAGS.has(tag) || ((tag === 'DIV' || tag === 'SECTION') && isLeafBlock(owner))) {
    let parent = owner.parentElement;
    // <p> inside <font>/<span> wrappers: climb to the block that lays them out.
    while (parent !== null && !isBlock(parent)) parent = parent.parentElement;
    return parent;
  }
  return owner;
}

export function scoreBodyCandidates(blocks: readonly TextBlock[], limit = 5): BodyCandidate[] {
  const votes = new Map<Element, number>();
  const add = (el: Element | null, v: number): void => {
    if (el === null) return;
    votes.set(el, (votes.get(el) ?? 0) + v);
  };
  for (const block of blocks) {
    const v = blockVotes(block);
    if (v === 0) continue;
    const container = votingContainer(block.owner);
    if (container === null) continue;
    add(container, v);
    const up1 = container.parentElement;
    add(up1, v / 2);
    add(up1?.parentElement ?? null, v / 3);
  }
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit * 2);
  // Text inside each candidate: one climb from each block's owner through its
  // ancestors, instead of a contains() test per candidate and block.
  const totals = new Map<Element, { chars: number; linkChars: number }>(ranked.map(([element]) => [element, { chars: 0, linkChars: 0 }]));
  for (const block of blocks) {
    for (let el: Element | null = block.owner; el !== null; el = el.parentElement) {
      const total = totals.get(el);
      if (total === undefined) continue;
      total.chars += block.chars;
      total.linkChars += block.linkChars;
    }
  }
  const candidates: BodyCandidate[] = ranked.map(([element, v]) => {
    const { chars, linkChars } = totals.get(element)!;
    const linkDensity = chars === 0 ? 1 : linkChars / chars;
    const chromePenalty = looksLikeChrome(element) ? 0.3 : 1;
    return { element, votes: v, score: v * (1 - linkDensity) * chromePenalty, linkDensity, chars };
  });
  candidates.sort((a, b) => b.score - a.score);
  promoteSplitContainer(candidates);
  return candidates.slice(0, limit);
}

/** A parent scoring this close to its best child holds a second child of about equal prose. */
const SPLIT_CONTAINER_RATIO = 0.95;

/**
 * An article split over sibling containers (<article><section>…</section>
 * <section>…</section></article>, WeChat's nested sections, a lead block plus
 * a text block) gives each child its full votes and the parent only half of
 * each: with two equal halves parent and child tie, and the child would win
 * with half the text. When the parent scores within a few percent of the best
 * candidate, the parent is the article. Moves it to the front, at most twice up.
 */
function promoteSplitContainer(candidates: BodyCandidate[]): void {
  for (let step = 0; step < 2; step += 1) {
    const best = candidates[0];
    if (best === undefined) return;
    const parentIndex = candidates.findIndex((c) => c.element === best.element.parentElement);
    const parent = candidates[parentIndex];
    if (parent === undefined || parent.score < best.score * SPLIT_CONTAINER_RATIO) return;
    candidates.splice(parentIndex, 1);
    candidates.unshift(parent);
  }
}
