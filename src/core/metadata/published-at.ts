// 发布时间: the publish date of THIS page, in Beijing time. Order of trust:
// a labelled publish date (发布时间/发布日期/发稿时间) near the article; the
// publish-time meta tags; JSON-LD datePublished; a generic 时间/日期 label; an
// unlabelled date line under the headline; WeChat's `var ct` (Unix seconds);
// <time datetime>; last the document date 成文日期 (government 信息公开 pages
// print both, and the page was published on 发布日期). The date inside a
// 来源 value ("来源:《旗帜》 2021-04-23") is the source publication's, never used;
// a "today" widget ("2024年4月28日 星期日") is never a publish date.
import type { WorkMeter } from '../budget.ts';
import { boundedTextContent } from '../body/dom.ts';
import { parseDateInText, parseMachineDate } from './dates.ts';
import { nearestHits, type HitField, type LabelHit } from './label-hits.ts';
import { firstMeta, type MetaTags } from './meta-tags.ts';

const PUBLISH_META = [
  'article:published_time', 'og:article:published_time', 'og:release_date', 'publishdate', 'pubdate', 'firstpublishedtime',
  'publish_date', 'publishtime', 'datepublished', 'dc.date.issued', 'dc.date', 'weibo:article:create_at',
];

/** WeChat articles: `var ct = "1620000000";` (Unix seconds) or `var createTime = '2021-05-15 10:20';` in an inline script. */
const WECHAT_CT = /var\s+ct\s*=\s*["']?(\d{10})["']?/;
const WECHAT_CREATE_TIME = /var\s+createTime\s*=\s*["']([^"']{8,25})["']/;

function fromHits(hits: readonly LabelHit[], fields: readonly HitField[], maxDistance: number): string | null {
  for (const hit of nearestHits(hits, fields, maxDistance)) {
    const date = parseDateInText(hit.value);
    if (date !== null) return date;
  }
  return null;
}

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

export function extractPublishedAt(
  doc: Document,
  hits: readonly LabelHit[],
  meta: MetaTags,
  jsonLdDate: string | null,
  url: string | null = null,
  elements: DateElements = { scripts: [], time: null },
  meter?: WorkMeter,
): string | null {
  const labelled = fromHits(hits, ['publishDate'], 30);
  if (labelled !== null) return labelled;
  const fromMeta = firstMeta(meta, PUBLISH_META);
  if (fromMeta !== null) {
    const date = parseMachineDate(fromMeta);
    if (date !== null) return date;
  }
  if (jsonLdDate !== null) {
    const date = parseMachineDate(jsonLdDate);
    if (date !== null) return date;
  }
  return (
    fromHits(hits, ['date'], 15) ??
    fromHits(hits, ['looseDate'], 10) ??
    weChatCreateTime(doc, elements.scripts, meter) ??
    timeElement(elements.time, meter) ??
    dateFromUrl(url) ??
    fromHits(hits, ['writtenDate'], 30)
  );
}
