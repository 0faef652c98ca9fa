// Lets the early verdict's walk (quick-link-list.ts) read a sample of a long
// run of like items, the rows of a list, and count the rest by the sample
// instead of reading every text node of them. A portal's news list of 140
// rows is most of its page: ~85 text nodes a row, mostly the indentation
// between elements, so reading all of them costs more than the whole verdict
// may (0.5 ms; one bare TreeWalker pass over such a page already takes
// 0.35 ms). A list row is small and like its neighbours, and its text is a
// headline link with a date or a counter; an article's body is neither: its
// paragraphs are prose, not links, and a sample taken from the start, the
// middle and the end of the run would meet them. So a run is counted from
// its sample only when every sampled row is free of prose and mostly links,
// and every row left unread is no bigger than the sampled ones; otherwise
// the walk reads the run like any other text.
import { isLinkText, NOT_TEXT, proseHan } from './quick-text.ts';

/** Children a container needs before its run of rows is worth sampling (a nav bar's dozen is read). */
const MIN_CONTAINER_CHILDREN = 20;
/** Rows left after the one being read for a plan to pay for its sampling. */
const MIN_ROWS_AFTER = 12;
/** Rows read from the start, the middle and the end of what is left of the run. */
const SAMPLE_FROM_START = 2;
const SAMPLE_FROM_MIDDLE = 2;
const SAMPLE_FROM_END = 1;
/** Sampled rows' text that must be link text: headlines, not captions or paragraphs. */
const MIN_SAMPLE_LINK_SHARE = 0.5;
/**
 * A row left unread has at most this many times the elements of the biggest
 * sampled row (plus a few): a container whose children differ that much is a
 * layout, not a list, and one of them may hold an article.
 */
const MAX_ROW_GROWTH = 2;
const ROW_SLACK = 8;
/** Row elements that carry no class and still mark list rows; a classless <div> or <p> may be anything. */
const CLASSLESS_ROW_TAGS = new Set(['li', 'dd', 'dt']);

/**
 * What the walk counts for the rows it does not read node by node: the
 * sampled rows as read, the others at the sample's average per row.
 */
export interface SkippedRows {
  /** The run's first text node: when the walk reaches it... */
  first: Text;
  /** ...it goes on after this one, the run's last. */
  last: Text;
  chars: number;
  linkChars: number;
  links: number;
  /** The sampled rows' texts, in order, for what the walk looks for in short lines (dated lines, result counts). */
  texts: string[];
}

interface RowSample {
  texts: string[];
  chars: number;
  linkChars: number;
  links: number;
  prose: boolean;
  elements: number;
}

/** A row's shape: its element name and the first word of its class ("data_row news_first" ~ "data_row"). */
function shapeOf(el: Element): string | null {
  const firstClass = /\S+/.exec(el.getAttribute('class') ?? '')?.[0];
  if (firstClass !== undefined) return `${el.localName}.${firstClass}`;
  return CLASSLESS_ROW_TAGS.has(el.localName) ? el.localName : null;
}

function readRow(row: Element): RowSample {
  const sample: RowSample = { texts: [], chars: 0, linkChars: 0, links: 0, prose: false, elements: row.getElementsByTagName('*').length };
  const walker = row.ownerDocument.createTreeWalker(row, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node !== null; node = walker.nextNode() as Text | null) {
    const text = node.data.trim();
    const parent = node.parentElement;
    if (text.length === 0 || parent === null || NOT_TEXT.has(parent.localName)) continue;
    sample.texts.push(text);
    sample.chars += text.length;
    if (isLinkText(parent)) {
      sample.linkChars += text.length;
      sample.links += 1;
    } else if (proseHan(text) > 0) {
      sample.prose = true;
    }
  }
  return sample;
}

function firstText(el: Element): Text | null {
  return el.ownerDocument.createTreeWalker(el, 4).nextNode() as Text | null;
}

function lastText(el: Element): Text | null {
  return el.ownerDocument.createTreeWalker(el, 4).lastChild() as Text | null;
}

/** The row the text is in: its nearest ancestor (below <body>) whose parent has many children. */
function rowAround(node: Text, body: Element): Element | null {
  for (let el = node.parentElement; el !== null && el !== body; el = el.parentElement) {
    const container = el.parentElement;
    if (container === null || container === body) return null;
    if (container.childElementCount >= MIN_CONTAINER_CHILDREN) return el;
  }
  return null;
}

/** Indices of the rows to read: some from the start, the middle and the end. */
function samplePositions(count: number): number[] {
  const positions = new Set<number>();
  for (let k = 0; k < SAMPLE_FROM_START; k += 1) positions.add(k);
  const middle = Math.floor(count / 2) - 1;
  for (let k = 0; k < SAMPLE_FROM_MIDDLE; k += 1) positions.add(middle + k);
  for (let k = 1; k <= SAMPLE_FROM_END; k += 1) positions.add(count - k);
  return [...positions].filter((p) => p >= 0 && p < count).sort((a, b) => a - b);
}

/**
 * The run of like rows after the one `node` is in, for the walk to count from
 * a sample instead of reading; null when the text is in no such run or the
 * sample does not read as a list's. A container whose sample was refused is
 * added to `refused` and not sampled again: the walk looks every few hundred
 * nodes, and a list of rows with blurbs would otherwise have five of its rows
 * read at every look.
 */
export function planSkippedRows(node: Text, body: Element, refused: Set<Element>): SkippedRows | null {
  const current = rowAround(node, body);
  if (current === null || refused.has(current.parentElement!)) return null;
  const shape = shapeOf(current);
  if (shape === null) return null;
  const rows: Element[] = [];
  for (let el = current.nextElementSibling; el !== null && shapeOf(el) === shape; el = el.nextElementSibling) rows.push(el);
  if (rows.length < MIN_ROWS_AFTER) return null;
  const run = sampledRun(rows);
  if (run === null) refused.add(current.parentElement!);
  return run;
}

function sampledRun(rows: readonly Element[]): SkippedRows | null {
  const positions = samplePositions(rows.length);
  const texts: string[] = [];
  let chars = 0;
  let linkChars = 0;
  let links = 0;
  let biggest = 0;
  for (const p of positions) {
    const sample = readRow(rows[p]!);
    if (sample.prose) return null;
    texts.push(...sample.texts);
    chars += sample.chars;
    linkChars += sample.linkChars;
    links += sample.links;
    biggest = Math.max(biggest, sample.elements);
  }
  if (chars === 0 || linkChars < chars * MIN_SAMPLE_LINK_SHARE) return null;
  const maxElements = biggest * MAX_ROW_GROWTH + ROW_SLACK;
  if (rows.some((row) => row.getElementsByTagName('*').length > maxElements)) return null;
  const first = firstText(rows[0]!);
  const last = lastText(rows[rows.length - 1]!);
  if (first === null || last === null) return null;
  // The rows left unread count at the sample's average.
  const scale = rows.length / positions.length;
  return { first, last, chars: chars * scale, linkChars: linkChars * scale, links: links * scale, texts };
}
