// Anchoring on the real pages of the shared corpus (issue 4, "Done means"):
// for every case at least 200 generated highlights, saved with describe() on
// the page as it was, then anchored on the page as it is now:
//   (a) the unchanged page;
//   (b) layout-only changes: paragraphs wrapped in new elements, ad blocks and
//       new paragraphs inserted, classes changed, HTML re-indented, U+3000
//       indents and <br> added;
//   (c) the quoted text itself edited by a few characters;
//   (d) a formulation that repeats on the page, highlighted at an occurrence
//       that is not the first (on the unchanged and on the re-laid-out page);
//   (e) the quote and the text just before and just after it each edited by
//       one character, so neither the quote nor its context is found intact.
// Success rates are printed; the required ones are asserted.
import { beforeAll, describe, expect, it } from 'vitest';
import { anchorMany } from '../../../src/annotate/anchor-many.ts';
import { anchorInModel } from '../../../src/annotate/anchor.ts';
import { describe as describeRange } from '../../../src/annotate/selectors.ts';
import { TextModel, type TextPoint } from '../../../src/annotate/text-model.ts';
import { rangeToSpan, spanToRange, type TextSpan } from '../../../src/annotate/text-range.ts';
import type { Selector } from '../../../src/store/model.ts';
import { corpusAvailable, corpusFiles, loadPage, parsePage } from './corpus-pages.ts';

const HIGHLIGHTS_PER_PAGE = 12;
const REPEATS_PER_PAGE = 16;

/** Deterministic PRNG (mulberry32): the same highlights on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T,>(rng: () => number, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const between = (rng: () => number, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

interface Saved {
  id: string;
  selectors: Selector[];
  span: TextSpan;
}

/** Random highlights inside the page's text: most within a paragraph, a quarter spanning elements and paragraphs. */
function generateHighlights(doc: Document, rng: () => number, count: number, tag: string): Saved[] {
  const model = TextModel.build(doc.body);
  const textNodes = model.nodes.filter((n) => n.data.replace(/\s/g, '').length >= 12);
  const saved: Saved[] = [];
  for (let i = 0; saved.length < count && i < count * 10 && textNodes.length > 0; i++) {
    const node = pick(rng, textNodes);
    const nodeStart = model.offsetOf(node, 0)!;
    const nodeLength = model.offsetOf(node, node.data.length)! - nodeStart;
    const start = nodeStart + Math.floor(rng() * Math.max(1, nodeLength - 4));
    const length = rng() < 0.25 ? between(rng, 40, 300) : between(rng, 4, 40);
    const span = { start, end: Math.min(model.text.length, start + length) };
    if (span.end - span.start < 4) continue;
    saved.push(save(doc, model, span, `${tag}-${saved.length}`));
  }
  return saved;
}

function save(doc: Document, model: TextModel, span: TextSpan, id: string): Saved {
  const range = spanToRange(model, span)!;
  const selectors = describeRange(doc.body, range, model);
  expect(rangeToSpan(model, range)).toEqual(span);
  return { id, selectors, span };
}

/** Formulations (runs of Han characters) that occur at least three times, with their start offsets. */
function repeatedFormulations(text: string): [string, number[]][] {
  const found = new Map<string, number[]>();
  for (const length of [4, 6, 8]) {
    const seen = new Map<string, number[]>();
    for (let i = 0; i + length <= text.length; i++) {
      const gram = text.slice(i, i + length);
      if (!/^\p{Script=Han}+$/u.test(gram)) continue;
      const list = seen.get(gram) ?? [];
      if (list.length === 0 || list[list.length - 1]! + length <= i) list.push(i);
      seen.set(gram, list);
    }
    for (const [gram, starts] of seen) if (starts.length >= 3) found.set(gram, starts);
  }
  return [...found];
}

function generateRepeatHighlights(doc: Document, rng: () => number, count: number, tag: string): (Saved & { occurrence: number; of: number })[] {
  const model = TextModel.build(doc.body);
  const grams = repeatedFormulations(model.text);
  const saved: (Saved & { occurrence: number; of: number })[] = [];
  for (let i = 0; saved.length < count && i < count * 4 && grams.length > 0; i++) {
    const [gram, starts] = pick(rng, grams);
    const occurrence = between(rng, 1, starts.length - 1); // never the first
    const start = starts[occurrence]!;
    saved.push({ ...save(doc, model, { start, end: start + gram.length }, `${tag}-r${saved.length}`), occurrence, of: starts.length });
  }
  return saved;
}

const AD_TEXTS = [
  '广告：限时优惠，点击了解详情',
  '扫码关注官方微信公众号，获取更多资讯',
  '相关阅读：更多精彩内容请访问专题页面',
  '【编者按】本文有删节，标题为编者所加。',
];

/**
 * Layout-only changes, as a CMS redesign or a republishing site makes them.
 * Returns the expected new spans, computed from the DOM points of the saved
 * spans (text nodes keep their identity: only elements move).
 */
function changeLayout(doc: Document, rng: () => number, spans: TextSpan[]): TextSpan[] {
  const before = TextModel.build(doc.body);
  const points: [TextPoint, TextPoint][] = spans.map((s) => [before.pointAt(s.start, 'start')!, before.pointAt(s.end, 'end')!]);
  const insideSaved = (offset: number) => spans.some((s) => offset > s.start && offset < s.end);

  const blocks = Array.from(doc.body.querySelectorAll('p, div, li, h1, h2, h3, h4, table, section, article'));
  // Ads and new paragraphs, never inside a saved highlight (that would be a content change).
  for (let n = 0; n < 12 && blocks.length > 0; n++) {
    const block = pick(rng, blocks);
    const parent = block.parentNode!;
    const offset = before.offsetOf(parent, Array.prototype.indexOf.call(parent.childNodes, block))!;
    if (insideSaved(offset)) continue;
    const inserted = doc.createElement(rng() < 0.5 ? 'div' : 'p');
    inserted.className = 'ad-slot';
    inserted.innerHTML = `\n  <a href="#">${pick(rng, AD_TEXTS)}</a>\n`;
    parent.insertBefore(inserted, block);
  }
  // Wrap every third paragraph in a new element.
  Array.from(doc.body.querySelectorAll('p')).forEach((p, i) => {
    if (i % 3 !== 0 || !p.parentNode) return;
    const wrapper = doc.createElement('div');
    wrapper.className = 'para-wrap';
    p.replaceWith(wrapper);
    wrapper.append('\n    ', p, '\n  ');
  });
  // Paragraph indents changed (a template adding U+3000 indents as text) and
  // line breaks added at paragraph ends: new text nodes, existing ones untouched.
  for (const p of Array.from(doc.body.querySelectorAll('p'))) {
    p.prepend('\u3000\u3000');
    p.append(doc.createElement('br'));
  }
  // New class names everywhere, and re-indentation between block elements.
  for (const el of Array.from(doc.body.querySelectorAll('[class]'))) el.className = `x-${el.className.length}`;
  for (const el of Array.from(doc.body.querySelectorAll('p, div, li'))) el.before(doc.createTextNode('\n\t  '));

  const after = TextModel.build(doc.body);
  return points.map(([s, e]) => ({ start: after.offsetOf(s.node, s.offset)!, end: after.offsetOf(e.node, e.offset)! }));
}

const HAN_POOL = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家';

/**
 * Edit the page text at model offsets (each a substitution, insertion or
 * deletion of one character, chosen by `rng`). Returns an undo and, for each
 * offset, the change in length there (+1, 0, -1).
 */
function editAt(doc: Document, rng: () => number, offsets: readonly number[]): { undo: () => void; deltas: Map<number, number> } {
  const model = TextModel.build(doc.body);
  const originals = new Map<Text, string>();
  const deltas = new Map<number, number>();
  // Right to left, so the model's points for the offsets still left to edit stay valid.
  for (const position of [...offsets].sort((a, b) => b - a)) {
    const point = model.pointAt(position, 'start')!;
    if (!originals.has(point.node)) originals.set(point.node, point.node.data);
    const data = point.node.data;
    const kind = rng();
    const ch = pick(rng, [...HAN_POOL]);
    if (kind < 0.5) point.node.data = data.slice(0, point.offset) + ch + data.slice(point.offset + 1);
    else if (kind < 0.75) point.node.data = data.slice(0, point.offset) + ch + data.slice(point.offset);
    else point.node.data = data.slice(0, point.offset) + data.slice(point.offset + 1);
    deltas.set(position, kind < 0.5 ? 0 : kind < 0.75 ? 1 : -1);
  }
  return { undo: () => originals.forEach((data, node) => (node.data = data)), deltas };
}

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

/** Edit a saved quote in place by 1-3 characters (substitutions, insertions, deletions); returns an undo and the edited span. */
function editQuote(doc: Document, rng: () => number, span: TextSpan): { undo: () => void; edited: TextSpan } {
  const length = span.end - span.start;
  const edits = Math.min(between(rng, 1, 3), Math.max(1, Math.floor(length / 5)));
  const positions = new Set<number>();
  while (positions.size < edits) positions.add(span.start + Math.floor(rng() * length));
  const { undo, deltas } = editAt(doc, rng, [...positions]);
  return { undo, edited: { start: span.start, end: span.end + sum(deltas.values()) } };
}

/** How close to the quote a context edit falls: an editor rewording a sentence touches the words next to the highlight. */
const CONTEXT_EDIT_REACH = 12;

/**
 * Edit one character of the quote, one of the text just before it and one
 * just after it (within CONTEXT_EDIT_REACH characters), so neither the
 * quote nor its stored prefix and suffix are found intact.
 */
function editQuoteAndContext(doc: Document, rng: () => number, span: TextSpan): { undo: () => void; edited: TextSpan } {
  const textLength = TextModel.build(doc.body).text.length;
  const inQuote = span.start + Math.floor(rng() * (span.end - span.start));
  const before = span.start > 0 ? span.start - 1 - Math.floor(rng() * Math.min(CONTEXT_EDIT_REACH, span.start)) : undefined;
  const after = span.end < textLength ? span.end + Math.floor(rng() * Math.min(CONTEXT_EDIT_REACH, textLength - span.end)) : undefined;
  const offsets = [before, inQuote, after].filter((o): o is number => o !== undefined);
  const { undo, deltas } = editAt(doc, rng, offsets);
  const shift = before === undefined ? 0 : deltas.get(before)!;
  return { undo, edited: { start: span.start + shift, end: span.end + shift + deltas.get(inQuote)! } };
}

interface Tally {
  total: number;
  correct: number;
  methods: Record<string, number>;
}
const tally = (): Tally => ({ total: 0, correct: 0, methods: {} });
/** Tallied by how the highlight was placed: the anchoring step, and for a quote search which search found it. */
function count(t: Tally, ok: boolean, anchored: { method: string; source?: string } | undefined) {
  t.total += 1;
  if (ok) t.correct += 1;
  const key = anchored ? anchored.method + (anchored.source ? `/${anchored.source}` : '') : 'orphan';
  t.methods[key] = (t.methods[key] ?? 0) + 1;
}
const rate = (t: Tally) => t.correct / Math.max(1, t.total);
const line = (name: string, t: Tally) =>
  `${name.padEnd(44)} ${String(t.correct).padStart(4)}/${String(t.total).padEnd(4)} ${(100 * rate(t)).toFixed(1).padStart(5)}%  ${JSON.stringify(t.methods)}`;

async function anchorAll(doc: Document, saved: Saved[]) {
  const result = await anchorMany(doc.body, saved, { scheduler: { now: () => 0, yield: async () => {} } });
  return new Map(result.anchored.map((a) => [a.id, a]));
}

describe.skipIf(!corpusAvailable)('anchoring on the corpus pages', () => {
  const results = {
    unchanged: tally(),
    layout: tally(),
    edited: tally(),
    editedExact: tally(),
    contextEdited: tally(),
    contextEditedExact: tally(),
    repeatUnchanged: tally(),
    repeatLayout: tally(),
  };

  beforeAll(async () => {
    for (const [pageIndex, file] of corpusFiles().entries()) {
      const html = loadPage(file);
      const rng = prng(1000 + pageIndex);
      const original = parsePage(html);
      const saved = generateHighlights(original, rng, HIGHLIGHTS_PER_PAGE, file.slice(0, 2));
      const repeats = generateRepeatHighlights(original, rng, REPEATS_PER_PAGE, file.slice(0, 2));

      // (a) and (d, unchanged): a fresh parse of the same page.
      const same = parsePage(html);
      const sameAnchors = await anchorAll(same, [...saved, ...repeats]);
      for (const s of saved) {
        const a = sameAnchors.get(s.id);
        count(results.unchanged, a?.span.start === s.span.start && a.span.end === s.span.end, a);
      }
      for (const s of repeats) {
        const a = sameAnchors.get(s.id);
        count(results.repeatUnchanged, a?.span.start === s.span.start && a.span.end === s.span.end, a);
      }

      // (b) and (d, re-laid-out).
      const relaid = parsePage(html);
      const all = [...saved, ...repeats];
      const expected = changeLayout(relaid, rng, all.map((s) => s.span));
      const relaidAnchors = await anchorAll(relaid, all);
      all.forEach((s, i) => {
        const a = relaidAnchors.get(s.id);
        const want = expected[i]!;
        const ok = a?.span.start === want.start && a.span.end === want.end;
        count(i < saved.length ? results.layout : results.repeatLayout, ok, a);
        if (!ok && process.env.DEBUG_ANCHOR) {
          const m = TextModel.build(relaid.body);
          console.log('MISS', s.id, JSON.stringify(s.selectors[0]), 'want:', want, m.text.slice(want.start, want.end), 'got:', a?.span, a && m.text.slice(a.span.start, a.span.end), a?.method);
        }
      });

      // (c): each quote edited in place, one at a time.
      const editable = parsePage(html);
      for (const s of saved) {
        if (s.span.end - s.span.start < 8) continue;
        const { undo, edited } = editQuote(editable, rng, s.span);
        const a = anchorInModel(TextModel.build(editable.body), s.selectors);
        const overlaps = !!a && a.span.start < edited.end && a.span.end > edited.start;
        count(results.edited, overlaps, a ?? undefined);
        if (!overlaps && process.env.DEBUG_ANCHOR) {
          const m = TextModel.build(editable.body);
          console.log('MISS', s.id, JSON.stringify(s.selectors[0]), 'now:', m.text.slice(edited.start - 10, edited.end + 10), 'got:', a && m.text.slice(a.span.start, a.span.end), a?.method);
        }
        count(results.editedExact, !!a && a.span.start === edited.start && a.span.end === edited.end, a ?? undefined);
        undo();
      }

      // (e): the quote and its immediate context each edited, one highlight at a time.
      for (const s of saved) {
        if (s.span.end - s.span.start < 8) continue;
        const { undo, edited } = editQuoteAndContext(editable, rng, s.span);
        const a = anchorInModel(TextModel.build(editable.body), s.selectors);
        const overlaps = !!a && a.span.start < edited.end && a.span.end > edited.start;
        count(results.contextEdited, overlaps, a ?? undefined);
        count(results.contextEditedExact, !!a && a.span.start === edited.start && a.span.end === edited.end, a ?? undefined);
        if (!overlaps && process.env.DEBUG_ANCHOR) {
          const m = TextModel.build(editable.body);
          console.log('MISS (e)', s.id, JSON.stringify(s.selectors[0]), 'now:', m.text.slice(edited.start - 14, edited.end + 14), 'got:', a && m.text.slice(a.span.start, a.span.end), a?.method, a?.source);
        }
        undo();
      }
    }
    console.log(
      [
        'Anchoring success on the corpus (' + corpusFiles().length + ' pages):',
        line('(a) unchanged page, exact position', results.unchanged),
        line('(b) layout-only changes, exact position', results.layout),
        line('(c) quote edited, result overlaps the edit', results.edited),
        line('(c) quote edited, exactly the edited span', results.editedExact),
        line('(d) repeated formulation, unchanged page', results.repeatUnchanged),
        line('(d) repeated formulation, layout changed', results.repeatLayout),
        line('(e) quote and context edited, overlaps', results.contextEdited),
        line('(e) quote and context edited, exact span', results.contextEditedExact),
      ].join('\n'),
    );
  }, 300_000);

  it('generates at least 200 highlights for every case', () => {
    for (const t of Object.values(results)) expect(t.total).toBeGreaterThanOrEqual(200);
  });

  it('(a) places every highlight of an unchanged page at its exact position', () => {
    expect(results.unchanged.correct).toBe(results.unchanged.total);
  });

  it('(b) places highlights exactly after layout-only changes', () => {
    expect(rate(results.layout)).toBeGreaterThanOrEqual(0.99);
  });

  it('(c) finds at least 95% of quotes edited by a few characters, overlapping the edit', () => {
    expect(rate(results.edited)).toBeGreaterThanOrEqual(0.95);
  });

  it('(d) finds the highlighted occurrence of a repeated formulation, not another one', () => {
    expect(results.repeatUnchanged.correct).toBe(results.repeatUnchanged.total);
    expect(rate(results.repeatLayout)).toBeGreaterThanOrEqual(0.99);
  });

  it('(e) finds at least 95% of quotes edited together with their context, overlapping the edit', () => {
    expect(rate(results.contextEdited)).toBeGreaterThanOrEqual(0.95);
  });
});

// Budget (DESIGN.md): re-anchoring 100 highlights on a 50,000-character page
// under 100 ms, no task over 50 ms. Measured and printed, never asserted
// (wall-clock depends on the machine); the test asserts only correctness.
describe.skipIf(!corpusAvailable)('anchoring performance (measured, printed)', () => {
  it('anchors 100 highlights on a ~50,000-character page', async () => {
    // A long page made of several real article bodies, one after another.
    const combined = parsePage('<!DOCTYPE html><html><body></body></html>');
    for (const file of corpusFiles()) {
      const body = parsePage(loadPage(file)).body;
      combined.body.insertAdjacentHTML('beforeend', `<article>${body.innerHTML}</article>`);
      if (TextModel.build(combined.body).text.length >= 50_000) break;
    }
    for (const s of Array.from(combined.body.querySelectorAll('script, style'))) s.remove();
    const html = combined.documentElement.outerHTML;
    const rng = prng(7);
    const original = parsePage(html);
    const saved = [
      ...generateHighlights(original, rng, 70, 'p'),
      ...generateRepeatHighlights(original, rng, 30, 'p'),
    ];
    expect(saved).toHaveLength(100);

    const measure = async (doc: Document) => {
      const chunks: number[] = [];
      let chunkStart = performance.now();
      const scheduler = {
        now: () => performance.now(),
        yield: async () => {
          chunks.push(performance.now() - chunkStart);
          await new Promise((r) => setTimeout(r, 0));
          chunkStart = performance.now();
        },
      };
      const t0 = performance.now();
      const result = await anchorMany(doc.body, saved, { scheduler });
      chunks.push(performance.now() - chunkStart);
      const work = chunks.reduce((a, b) => a + b, 0);
      return { result, work, total: performance.now() - t0, longest: Math.max(...chunks), chunks: chunks.length };
    };
    const unchanged = parsePage(html);
    // Warm-up (JIT) on both kinds of page, as a page that has run a while would be.
    await measure(parsePage(html));
    const warm = parsePage(html);
    changeLayout(warm, prng(8), saved.map((s) => s.span));
    await measure(warm);
    const builds = Array.from({ length: 5 }, () => {
      const t = performance.now();
      TextModel.build(unchanged.body);
      return performance.now() - t;
    }).sort((x, y) => x - y);
    const modelMs = builds[2]!;
    const chars = TextModel.build(unchanged.body).text.length;
    const a = await measure(unchanged);
    const relaid = parsePage(html);
    changeLayout(relaid, rng, saved.map((s) => s.span));
    const b = await measure(relaid);
    console.log(
      `Performance (jsdom, ${chars} model characters, 100 highlights): text model ${modelMs.toFixed(1)} ms (median of 5); ` +
        `unchanged page: ${a.work.toFixed(1)} ms of work in ${a.chunks} chunks, longest ${a.longest.toFixed(1)} ms; ` +
        `re-laid-out page: ${b.work.toFixed(1)} ms in ${b.chunks} chunks, longest ${b.longest.toFixed(1)} ms`,
    );
    expect(a.result.orphans).toEqual([]);
    expect(b.result.anchored.length).toBeGreaterThanOrEqual(99);
  });
});
