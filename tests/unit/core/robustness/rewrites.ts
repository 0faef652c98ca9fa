// Rewrites that keep what a reader sees while changing how the page says it,
// each one a way Chinese sites commonly print the same thing: another label
// word for 来源/作者/编辑/发布时间, another colon or bracket, another
// separator between the metadata items, another date format, another element
// for the headline, neutral class names, the metadata line elsewhere. Each
// finds the nodes that hold the gold value by its text and edits them
// (undoably); `apply` returns false when the page has no such nodes.
import type { GoldEntry } from '../corpus-pages.ts';
import { Edits } from './edits.ts';
import { bodyContainer, goldNames, headlineElement, labelSpotsBefore, metadataLine, textAfter, textNodes, type LabelSpot } from './locate.ts';

export type Field = 'title' | 'source' | 'author' | 'editor' | 'date';

export interface Rewrite {
  name: string;
  family: string;
  /** The fields this rewrite could break. */
  fields: readonly Field[];
  apply(doc: Document, gold: GoldEntry, edits: Edits): boolean;
}

const SOURCE_LABELS = ['来源', '来源于', '稿源', '文章来源', '信息来源', '稿件来源', '新闻来源', '本文来源', '出处'];
const AUTHOR_LABELS = ['作者', '撰稿', '撰文', '文', '记者', '本报记者'];
const EDITOR_LABELS = ['编辑', '责任编辑', '责编', '本文编辑', '网络编辑', '编审'];
const DATE_LABELS = ['发布时间', '发布日期', '发表时间', '发表日期', '发稿时间', '时间', '日期', '发布于', '发表于'];

/** A printed date, read by the test itself (not the engine's parser). */
const PRINTED_DATE = /(\d{4})\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月|[-./])\s*(\d{1,2})\s*日?(?:\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?/u;
const PRINTED_DATE_GLOBAL = new RegExp(PRINTED_DATE.source, 'gu');

function dayOf(m: RegExpMatchArray): string {
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

function replaceLabel(spots: readonly LabelSpot[], replacement: string, edits: Edits): boolean {
  // Right to left within a node, so earlier offsets stay valid.
  const ordered = [...spots].sort((a, b) => (a.node === b.node ? b.start - a.start : 0));
  for (const s of ordered) {
    if (s.node.data.slice(s.start, s.end) === replacement) continue;
    edits.setData(s.node, s.node.data.slice(0, s.start) + replacement + s.node.data.slice(s.end));
  }
  return edits.count > 0;
}

function labelRewrite(field: 'source' | 'author' | 'editor', labels: readonly string[], replacement: string): Rewrite {
  return {
    name: `${field} label → "${replacement}"`,
    family: `${field} label`,
    fields: [field],
    apply(doc, gold, edits) {
      const value = gold[field];
      if (value === null) return false;
      const first = field === 'author' ? goldNames(value)[0] : value;
      if (first === undefined) return false;
      return replaceLabel(labelSpotsBefore(doc, labels, first), replacement, edits);
    },
  };
}

/** Label spots followed by a printed date that is the gold date. */
function dateLabelSpots(doc: Document, gold: GoldEntry): LabelSpot[] {
  if (gold.date === null) return [];
  const sorted = [...DATE_LABELS].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`[【\\[]?(${sorted.join('|')})[】\\]]?[ \\t\\u00A0\\u3000]*[:：]?[ \\t\\u00A0\\u3000]*`, 'gu');
  const nodes = textNodes(doc.body ?? doc.documentElement);
  const spots: LabelSpot[] = [];
  nodes.forEach((node, i) => {
    for (const m of node.data.matchAll(pattern)) {
      const before = node.data.slice(0, m.index ?? 0);
      if (/[\p{Script=Han}]$/u.test(before)) continue;
      const end = (m.index ?? 0) + m[0].length;
      const date = PRINTED_DATE.exec(textAfter(nodes, i, end, 30));
      if (date === null || date.index !== 0 || dayOf(date) !== gold.date!.slice(0, 10)) continue;
      spots.push({ node, start: m.index ?? 0, end, label: m[1] ?? '' });
    }
  });
  return spots;
}

function dateLabelRewrite(replacement: string): Rewrite {
  return {
    name: `date label → "${replacement}"`,
    family: 'date label',
    fields: ['date'],
    apply: (doc, gold, edits) => replaceLabel(dateLabelSpots(doc, gold), replacement, edits),
  };
}

type DateFormat = (y: string, mo: string, d: string, time: string | null) => string;
const p2 = (s: string): string => s.padStart(2, '0');
const unpad = (s: string): string => String(Number(s));

/** Every printed occurrence of the gold date in the page, reprinted in another format (the time kept if it had one). */
function dateFormatRewrite(name: string, format: DateFormat, withTime: 'keep' | 'drop' | 'add' = 'keep'): Rewrite {
  return {
    name: `date printed as ${name}`,
    family: 'date format',
    fields: ['date'],
    apply(doc, gold, edits) {
      if (gold.date === null) return false;
      const day = gold.date.slice(0, 10);
      for (const node of textNodes(doc.body ?? doc.documentElement)) {
        if (!PRINTED_DATE.test(node.data)) continue;
        const data = node.data.replace(PRINTED_DATE_GLOBAL, (...args: string[]) => {
          const [whole, y, mo, d, h, mi, s] = args as [string, string, string, string, string?, string?, string?];
          if (`${y}-${p2(mo)}-${p2(d)}` !== day) return whole;
          const printed = h === undefined ? null : `${p2(h)}:${mi}${s === undefined ? '' : ':' + s}`;
          const time = withTime === 'drop' ? null : withTime === 'add' ? (printed ?? '10:20:33') : printed;
          return format(y, mo, d, time);
        });
        if (data !== node.data) edits.setData(node, data);
      }
      return edits.count > 0;
    },
  };
}

const withTime = (date: string, time: string | null): string => (time === null ? date : `${date} ${time}`);

// ---- the metadata line --------------------------------------------------

const LINE_LABELS = [
  ...SOURCE_LABELS, ...AUTHOR_LABELS.filter((l) => l !== '文'), ...EDITOR_LABELS, ...DATE_LABELS,
  '浏览次数', '浏览', '点击数', '点击', '阅读', '字号', '通讯员', '摄影', '审核', '校对', '发布者', '作者单位',
];
const LINE_LABEL = new RegExp(`(${[...LINE_LABELS].sort((a, b) => b.length - a.length).join('|')})[ \\u00A0\\u3000]*[:：]`, 'gu');

/** The gold value's metadata line: around the source label, else the author's, else the date's. */
function findMetadataLine(doc: Document, gold: GoldEntry): Element | null {
  const headline = headlineElement(doc, [gold.title ?? '', ...(gold.title_alts ?? []).filter((t): t is string => t !== null)].filter((t) => t.length > 0));
  const spots = [
    ...(gold.source === null ? [] : labelSpotsBefore(doc, SOURCE_LABELS, gold.source)),
    ...(gold.author === null ? [] : labelSpotsBefore(doc, AUTHOR_LABELS, goldNames(gold.author)[0] ?? '\u0000')),
    ...dateLabelSpots(doc, gold),
  ];
  for (const spot of spots) {
    const line = metadataLine(spot, headline);
    if (line !== null) return line;
  }
  return null;
}

/** The items of a metadata line: cut before each label and before an unlabelled date. */
export function lineItems(text: string): string[] {
  const cuts = new Set<number>([0]);
  for (const m of text.matchAll(LINE_LABEL)) cuts.add(m.index ?? 0);
  for (const m of text.matchAll(PRINTED_DATE_GLOBAL)) {
    if (!/[:：][\s\u00A0\u3000]*$/u.test(text.slice(0, m.index ?? 0))) cuts.add(m.index ?? 0);
  }
  const points = [...cuts].sort((a, b) => a - b);
  return points
    .map((start, i) => text.slice(start, points[i + 1] ?? text.length))
    .map((item) => item.replace(/^[\s\u00A0\u3000|｜丨/·]+|[\s\u00A0\u3000|｜丨/·]+$/gu, ''))
    .filter((item) => item.length > 0);
}

function separatorRewrite(name: string, build: (doc: Document, items: string[]) => Node[]): Rewrite {
  return {
    name: `metadata items ${name}`,
    family: 'separators',
    fields: ['source', 'author', 'editor', 'date'],
    apply(doc, gold, edits) {
      const line = findMetadataLine(doc, gold);
      if (line === null) return false;
      const items = lineItems((line.textContent ?? '').replace(/[\s\u00A0\u3000]+/gu, ' ').trim());
      if (items.length < 2) return false;
      const copy = line.cloneNode(false) as Element;
      copy.append(...build(doc, items));
      edits.replace(line, copy);
      return true;
    },
  };
}

const joined = (sep: string) => (doc: Document, items: string[]): Node[] => [doc.createTextNode(items.join(sep))];
const inSpans = (doc: Document, items: string[]): Node[] =>
  items.map((item) => {
    const span = doc.createElement('span');
    span.textContent = item;
    return span;
  });

// ---- structure ----------------------------------------------------------

const titlesOf = (gold: GoldEntry): string[] =>
  [gold.title, ...(gold.title_alts ?? [])].filter((t): t is string => t !== null && t.length > 0);

/** Saved pages carry attribute names no DOM accepts (`"color":"rgba(0,`): those are left behind. */
function copyAttribute(to: Element, a: Attr): void {
  try {
    to.setAttribute(a.name, a.value);
  } catch {
    // not a valid name
  }
}

/** The headline in another element; its attributes kept unless `neutral`. */
function headlineRewrite(name: string, tag: string, inner: string | null, neutral: boolean): Rewrite {
  return {
    name: `headline in ${name}`,
    family: 'headline element',
    fields: ['title'],
    apply(doc, gold, edits) {
      const el = headlineElement(doc, titlesOf(gold));
      if (el === null) return false;
      const outer = doc.createElement(tag);
      if (neutral) outer.setAttribute('class', 'k1');
      else for (const a of el.attributes) copyAttribute(outer, a);
      const children = [...el.childNodes].map((c) => c.cloneNode(true));
      if (inner === null) outer.append(...children);
      else {
        const wrap = doc.createElement(inner);
        wrap.append(...children);
        outer.append(wrap);
      }
      edits.replace(el, outer);
      return true;
    },
  };
}

/** How far up from a gold-value node class and id names are neutralised. */
const NEUTRAL_ANCESTORS = 3;

function neutralise(el: Element, edits: Edits, counter: { n: number }): void {
  for (const e of [el, ...el.querySelectorAll('*')]) {
    if (e.hasAttribute('id')) edits.setAttribute(e, 'id', `n${(counter.n += 1)}`);
    if (e.hasAttribute('class')) edits.setAttribute(e, 'class', `n${(counter.n += 1)}`);
  }
}

const neutralNames: Rewrite = {
  name: 'neutral class/id names on headline and metadata line (+3 ancestors)',
  family: 'neutral names',
  fields: ['title', 'source', 'author', 'editor', 'date'],
  apply(doc, gold, edits) {
    const targets = [headlineElement(doc, titlesOf(gold)), findMetadataLine(doc, gold)].filter((e): e is Element => e !== null);
    if (targets.length === 0) return false;
    const counter = { n: 0 };
    for (const t of targets) {
      neutralise(t, edits, counter);
      let up = t.parentElement;
      for (let i = 0; i < NEUTRAL_ANCESTORS && up !== null && up.tagName !== 'BODY'; i += 1, up = up.parentElement) {
        if (up.hasAttribute('id')) edits.setAttribute(up, 'id', `n${(counter.n += 1)}`);
        if (up.hasAttribute('class')) edits.setAttribute(up, 'class', `n${(counter.n += 1)}`);
      }
    }
    return edits.count > 0;
  },
};

const neutralNamesEverywhere: Rewrite = {
  name: 'neutral class/id names on every element of the page',
  family: 'neutral names',
  fields: ['title', 'source', 'author', 'editor', 'date'],
  apply(doc, _gold, edits) {
    if (doc.body === null) return false;
    neutralise(doc.body, edits, { n: 0 });
    return edits.count > 0;
  },
};

function moveLine(name: string, where: (doc: Document, gold: GoldEntry, line: Element) => { parent: Node; before: Node | null } | null): Rewrite {
  return {
    name: `metadata line moved ${name}`,
    family: 'metadata position',
    fields: ['source', 'author', 'editor', 'date'],
    apply(doc, gold, edits) {
      const line = findMetadataLine(doc, gold);
      if (line === null) return false;
      const to = where(doc, gold, line);
      if (to === null || to.parent === line || line.contains(to.parent)) return false;
      edits.move(line, to.parent, to.before);
      return true;
    },
  };
}

const belowHeadline = moveLine('to just below the headline', (doc, gold, line) => {
  const h = headlineElement(doc, titlesOf(gold));
  if (h === null || h.parentNode === null || h.nextElementSibling === line) return null;
  return { parent: h.parentNode, before: h.nextSibling };
});

const endOfBody = moveLine('to the end of the body', (doc) => {
  const body = bodyContainer(doc);
  return body === null ? null : { parent: body, before: null };
});

export const REWRITES: readonly Rewrite[] = [
  ...['来源：', '来源:', '来源 ：', '来源: ', '来源于：', '稿源：', '文章来源：', '信息来源：', '出处：', '【来源】', '[来源]'].map((r) =>
    labelRewrite('source', SOURCE_LABELS, r)),
  ...['作者：', '作者:', '作者 ', '撰稿：', '文/', '文｜', '文丨', '记者 ', '【作者】'].map((r) => labelRewrite('author', AUTHOR_LABELS, r)),
  ...['编辑：', '编辑:', '责任编辑：', '责编：', '编审：', '[责任编辑]', '（责任编辑：'].map((r) => labelRewrite('editor', EDITOR_LABELS, r)),
  ...['发布时间：', '发布日期：', '时间：', '日期：', '发布时间:', '发表于 ', ''].map(dateLabelRewrite),
  dateFormatRewrite('2024-05-13', (y, mo, d, t) => withTime(`${y}-${p2(mo)}-${p2(d)}`, t)),
  dateFormatRewrite('2024-5-13', (y, mo, d, t) => withTime(`${y}-${unpad(mo)}-${unpad(d)}`, t)),
  dateFormatRewrite('2024年5月13日', (y, mo, d, t) => withTime(`${y}年${unpad(mo)}月${unpad(d)}日`, t)),
  dateFormatRewrite('2024年05月13日', (y, mo, d, t) => withTime(`${y}年${p2(mo)}月${p2(d)}日`, t)),
  dateFormatRewrite('2024/05/13', (y, mo, d, t) => withTime(`${y}/${p2(mo)}/${p2(d)}`, t)),
  dateFormatRewrite('2024.05.13', (y, mo, d, t) => withTime(`${y}.${p2(mo)}.${p2(d)}`, t)),
  dateFormatRewrite('2024-05-13 (no time)', (y, mo, d, t) => withTime(`${y}-${p2(mo)}-${p2(d)}`, t), 'drop'),
  dateFormatRewrite('2024-05-13 10:20:33', (y, mo, d, t) => withTime(`${y}-${p2(mo)}-${p2(d)}`, t), 'add'),
  dateFormatRewrite('2024年5月13日 10:20', (y, mo, d, t) => withTime(`${y}年${unpad(mo)}月${unpad(d)}日`, t?.slice(0, 5) ?? null), 'add'),
  separatorRewrite('separated by spaces', joined(' ')),
  separatorRewrite('separated by &nbsp;&nbsp;', joined('\u00A0\u00A0')),
  separatorRewrite('separated by " ｜ "', joined(' ｜ ')),
  separatorRewrite('separated by " | "', joined(' | ')),
  separatorRewrite('separated by "丨"', joined('丨')),
  separatorRewrite('separated by " / "', joined(' / ')),
  separatorRewrite('separated by " · "', joined(' · ')),
  separatorRewrite('each in its own <span>', inSpans),
  headlineRewrite('<h1>', 'h1', null, false),
  headlineRewrite('<h2>', 'h2', null, false),
  headlineRewrite('<div class=k1>', 'div', null, true),
  headlineRewrite('<p><strong>', 'p', 'strong', true),
  neutralNames,
  neutralNamesEverywhere,
  belowHeadline,
  endOfBody,
];
