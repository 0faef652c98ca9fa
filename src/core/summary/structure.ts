// The genre's own structure, when the body has one: a structured commentary
// or study article states each of its points once, in a marked place — a
// sub-heading (一、坚持…), a bold lead run opening the paragraph, a numbered
// point (第一，… / 一是…), or a short
// thesis sentence opening a long paragraph (the seed's
// “紧紧围绕推动机关党的建设高质量发展这个主题。” followed by its elaboration).
// When at least three such places exist, they are the key points.
import type { BodyParagraph } from '../types.ts';
import { countHanChars } from '../text/normalize.ts';
import { splitSentences } from './sentences.ts';

export const MIN_POINTS = 3;
export const MAX_POINTS = 6;

/** Shortest and longest structural statement, in Han characters. */
const MIN_STATEMENT = 6;
const MAX_STATEMENT = 80;
/** A thesis sentence states; it does not run on through commas or semicolons. */
const CLAUSE_BREAK = /[，,；;：:]/;
/** Thesis sentences must open at least one developed paragraph in this many. */
const THESIS_SHARE = 2;

function isStatement(text: string): boolean {
  const han = countHanChars(text);
  return han >= MIN_STATEMENT && han <= MAX_STATEMENT;
}

/** Headings of a document's apparatus, not of its argument. */
const APPARATUS_HEADING = /^(?:目\s*录|导\s*言|引\s*言|前\s*言|序\s*言|结\s*语|结束语|编写说明|致\s*谢|参考文献|附\s*录|注\s*释|后\s*记)/;

/**
 * Sub-headings that state something. Headings before the first prose
 * paragraph are the headline block (a news story's multi-line title and deck,
 * or a notice's title broken over lines), not sub-headings; a table of
 * contents repeats the headings, so each counts once, at its last place; 目录, 结语, 编写说明 and
 * the like belong to the apparatus.
 */
export function headingPoints(paragraphs: readonly BodyParagraph[]): string[] {
  const firstProse = paragraphs.findIndex((p) => !p.heading);
  if (firstProse === -1) return [];
  // Keyed by text, so a heading listed in a table of contents and again at
  // its chapter keeps the chapter's place (Map order follows the last set).
  const byText = new Map<string, string>();
  for (const p of paragraphs.slice(firstProse)) {
    if (!p.heading || !isStatement(p.text) || APPARATUS_HEADING.test(p.text)) continue;
    const key = p.text.replace(/\s+/g, '');
    byText.delete(key);
    byText.set(key, p.text);
  }
  return [...byText.values()];
}

/** Bold runs opening paragraphs, cut to their first sentence. */
export function leadPoints(paragraphs: readonly BodyParagraph[]): string[] {
  const points: string[] = [];
  for (const p of paragraphs) {
    if (p.heading || p.lead === null) continue;
    const first = splitSentences(p.lead)[0];
    if (first !== undefined && isStatement(first)) points.push(first);
  }
  return points;
}

/** Ordinal openings of a numbered point: 第一，/ 一是 / 一、/（一）/ 首先. */
const ORDINAL_OPENING = /^(?:第[一二三四五六七八九十]+[，、,：:是]|[一二三四五六七八九十]+是|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|首先|其次|再次|最后[，,])/;

/**
 * Numbered points: paragraphs that open with an ordinal (第一，…/ 一是…),
 * as commentaries summarising a speech or document set out its points; the
 * point is the opening sentence.
 */
export function ordinalPoints(paragraphs: readonly BodyParagraph[]): string[] {
  const points: string[] = [];
  for (const p of paragraphs) {
    if (p.heading || !ORDINAL_OPENING.test(p.text)) continue;
    const first = splitSentences(p.text)[0];
    if (first !== undefined && isStatement(first)) points.push(first);
  }
  return points;
}

/**
 * First sentences that state a thesis the paragraph then develops: no clause
 * breaks, and the rest of the paragraph at least twice as long.
 */
export function thesisPoints(paragraphs: readonly BodyParagraph[]): string[] {
  const points: string[] = [];
  let developed = 0;
  for (const p of paragraphs) {
    if (p.heading) continue;
    const sentences = splitSentences(p.text);
    const first = sentences[0];
    if (first === undefined || sentences.length < 2) continue;
    developed += 1;
    if (CLAUSE_BREAK.test(first) || !isStatement(first)) continue;
    const rest = countHanChars(p.text) - countHanChars(first);
    if (rest >= 2 * countHanChars(first)) points.push(first);
  }
  // News also opens a paragraph with a short sentence now and then; an
  // outline is when most developed paragraphs do.
  return points.length * THESIS_SHARE >= developed ? points : [];
}

/** Spread a long outline over at most MAX_POINTS items, keeping the first and the last. */
export function spread(points: readonly string[]): string[] {
  if (points.length <= MAX_POINTS) return [...points];
  const picked: string[] = [];
  for (let i = 0; i < MAX_POINTS; i += 1) picked.push(points[Math.round((i * (points.length - 1)) / (MAX_POINTS - 1))]!);
  return picked;
}

/**
 * The body's own outline, or null when it has none: headings first (they are
 * the skeleton), then bold leads, numbered points, thesis sentences.
 */
export function structuralPoints(paragraphs: readonly BodyParagraph[]): string[] | null {
  for (const finder of [headingPoints, leadPoints, ordinalPoints, thesisPoints]) {
    const points = finder(paragraphs);
    if (points.length >= MIN_POINTS) return spread(points);
  }
  return null;
}
