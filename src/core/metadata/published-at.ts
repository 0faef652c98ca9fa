// 发布时间: the publish date of THIS page, in Beijing time. Order of trust:
// a labelled publish date (发布时间/发布日期/发稿时间) near the article; the
// publish-time meta tags; JSON-LD datePublished; a generic 时间/日期 label; an
// unlabelled date line under the headline; WeChat's `var ct` (Unix seconds);
// <time datetime>; last the document date 成文日期 (government 信息公开 pages
// print both, and the page was published on 发布日期). The date inside a
// 来源 value ("来源:《旗帜》 2021-04-23") is the source publication's, never used;
// a "today" widget ("2024年4月28日 星期日") is never a publish date. A date the
// page prints without its year ("发布时间：10-08 12:00") or as a relative day
// (昨天) is read from a machine timestamp of the page (meta, WeChat's `ct`)
// when that timestamp falls on the same month and day; else it is no date.
// Hits are only read near the article (label-hits.ts stops at 40 blocks), so
// dates in related links, comments and the footer are not candidates.
import type { WorkMeter } from '../budget.ts';
import { boundedTextContent } from '../body/dom.ts';
import { parseDateInText, parseMachineDate, parseYearlessDate } from './dates.ts';
import { choose, type MetadataTrace, type RawCandidate } from './candidates.ts';
import { nearestHits, type HitField, type LabelHit } from './label-hits.ts';
import { firstMeta, type MetaTags } from './meta-tags.ts';

const PUBLISH_META = [
  'article:published_time', 'og:article:published_time', 'og:release_date', 'publishdate', 'pubdate', 'firstpublishedtime',
  'publish_date', 'publishtime', 'datepublished', 'dc.date.issued', 'dc.date', 'weibo:article:create_at',
];

/** WeChat articles: `var ct = "1620000000";` (Unix seconds) or `var createTime = '2021-05-15 10:20';` in an inline script. */
const WECHAT_CT = /var\s+ct\s*=\s*["']?(\d{10})["']?/;
const WECHAT_CREATE_TIME = /var\s+createTime\s*=\s*["']([^"']{8,25})["']/;

/** Inline scripts are read up to this many characters each (WeChat's carry `ct` in their first kilobytes). */
const MAX_SCRIPT_READ = 200_000;

function weChatCreateTime(doc: Document, scripts: readonly Element[], meter?: WorkMeter): string | null {
  // Only WeChat article pages (which carry the account name #js_name) set `ct`.
  if (doc.getElementById('js_name') === null) return null;
  for (const script of scripts) {
    if (script.hasAttribute('src')) continue;
    const text = boundedTextContent(script, MAX_SCRIPT_READ, meter);
    const m = WECHAT_CT.exec(text) ?? WECHAT_CREATE_TIME.exec(text);
    if (m?.[1]) return parseMachineDate(m[1]);
  }
  return null;
}

function timeElement(el: Element | null, meter?: WorkMeter): string | null {
  if (el === null) return null;
  return parseMachineDate(el.getAttribute('datetime') ?? boundedTextContent(el, 100, meter));
}

/**
 * News URLs carry the publish date: /2024-05/10/c_1130140.htm,
 * /20240510/a.html, /2024/0510/…, /2024/05/10/…, and government pages' /t20240510_4567.html.
 */
const URL_DATE = /\/[a-z]?((?:19|20)\d{2})(?:[-/_]?)(0[1-9]|1[0-2])(?:[-/_]?)(0[1-9]|[12]\d|3[01])(?=[/_.-]|\d{0,8}[/_.])/;

export function dateFromUrl(url: string | null): string | null {
  if (url === null) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = URL_DATE.exec(path);
  return m === null ? null : `${m[1]}-${m[2]}-${m[3]}`;
}

/** The page's machine-readable date carriers, as the page walk noted them. */
export interface DateElements {
  /** The first scripts of the page (capped), in document order. */
  scripts: readonly Element[];
  /** The first <time> element. */
  time: Element | null;
}

/** Meta tags that carry some machine timestamp of the page: a yearless visible date is completed from one of them. */
const ANY_TIME_META = /date|time|pubdate|modified/u;

function machineDates(meta: MetaTags, jsonLdDate: string | null, ct: string | null): string[] {
  const dates: string[] = [];
  for (const [key, values] of meta) {
    if (!ANY_TIME_META.test(key)) continue;
    const date = parseMachineDate(values[0] ?? '');
    if (date !== null) dates.push(date);
  }
  if (jsonLdDate !== null) {
    const date = parseMachineDate(jsonLdDate);
    if (date !== null) dates.push(date);
  }
  if (ct !== null) dates.push(ct);
  return dates;
}

/** The page's own address when the caller gave none: <link rel=canonical> is not noted, og:url is. */
function pageUrlFromMeta(meta: MetaTags): string | null {
  const url = firstMeta(meta, ['og:url']);
  return url !== null && /^https?:\/\//iu.test(url) ? url : null;
}

function* dateCandidates(
  doc: Document, hits: readonly LabelHit[], meta: MetaTags, jsonLdDate: string | null,
  url: string | null, elements: DateElements, meter?: WorkMeter,
): Generator<RawCandidate> {
  const fromHits = function* (fields: readonly HitField[], maxDistance: number, rule: string): Generator<RawCandidate> {
    for (const hit of nearestHits(hits, fields, maxDistance)) {
      yield { value: hit.value, where: `标签“${hit.label || '（无标签日期行）'}”（第 ${hit.blockIndex} 块，距文章 ${hit.distance} 块）`, rule };
    }
  };
  yield* fromHits(['publishDate'], 30, '发布时间标签');
  const fromMeta = firstMeta(meta, PUBLISH_META);
  if (fromMeta !== null) yield { value: fromMeta, where: 'meta 发布时间', rule: 'meta 标签' };
  if (jsonLdDate !== null) yield { value: jsonLdDate, where: 'JSON-LD datePublished', rule: 'JSON-LD' };
  yield* fromHits(['date'], 15, '时间/日期标签');
  yield* fromHits(['looseDate'], 10, '标题下的日期行');
  const ct = weChatCreateTime(doc, elements.scripts, meter);
  if (ct !== null) yield { value: ct, where: '微信脚本 ct', rule: '机器时间戳' };
  if (elements.time !== null) {
    yield { value: elements.time.getAttribute('datetime') ?? boundedTextContent(elements.time, 100, meter), where: '<time>', rule: 'time 元素' };
  }
  const address = url ?? pageUrlFromMeta(meta);
  const inUrl = dateFromUrl(address);
  if (inUrl !== null) yield { value: inUrl, where: url === null ? 'og:url 的路径' : '网址路径', rule: '网址中的日期' };
  yield* fromHits(['writtenDate'], 30, '成文日期');
}

/**
 * A visible date without a year ("10-08 12:00") completed from a machine
 * timestamp of the same month and day; null when none agrees.
 */
function completeYearless(raw: string, machine: readonly string[]): string | null {
  const md = parseYearlessDate(raw);
  if (md === null) return null;
  const key = `-${String(md.month).padStart(2, '0')}-${String(md.day).padStart(2, '0')}`;
  return machine.find((d) => d.slice(4, 10) === key) ?? null;
}

export function extractPublishedAt(
  doc: Document,
  hits: readonly LabelHit[],
  meta: MetaTags,
  jsonLdDate: string | null,
  url: string | null = null,
  elements: DateElements = { scripts: [], time: null },
  meter?: WorkMeter,
  trace?: MetadataTrace,
): string | null {
  let machine: string[] | null = null;
  const clean = (raw: string, c: RawCandidate): string | null => {
    const machineRule = c.rule === 'meta 标签' || c.rule === 'JSON-LD' || c.rule === '机器时间戳' || c.rule === 'time 元素';
    const parsed = machineRule ? parseMachineDate(raw) : parseDateInText(raw);
    if (parsed !== null || machineRule || c.rule === '网址中的日期') return parsed ?? (c.rule === '网址中的日期' ? raw : null);
    machine ??= machineDates(meta, jsonLdDate, weChatCreateTime(doc, elements.scripts, meter));
    return completeYearless(raw, machine);
  };
  return choose('date', dateCandidates(doc, hits, meta, jsonLdDate, url, elements, meter), clean, trace);
}
