// 来源: the originating publication. Candidates, in order of trust:
// 1. labelled values near the article ("来源：", "信息来源：", "来源于：", "素材来源 …");
// 2. the CMS meta tags (source, ContentSource);
// 3. an end-of-body credit without a colon ("转自《北京科技报》", "摘自…",
//    "——《某某》1996年3月号");
// 4. an unlabelled slot the page names "source" between headline and body;
// 5. the WeChat account name;
// 6. an outlet beside the date in the header line ("2024-05-09 22:30·新华社",
//    "中国网 2019-11-25 10:37:31", "原创：某某网2024-04-23");
// 7. the outlet in a dateline opening the body ("【某某网2005年07月03日报道】");
// 8. a self-media account name beside its 关注 button under the headline;
// 9. the issuing organ of a government document (发文机关);
// 10. an unlabelled media name alone under the headline.
// A placeholder in the 来源 slot (转载文章, 互联网, 本站) fails the shared
// plausibility checks and the next candidate is considered.
import { boundedTextContent } from '../body/dom.ts';
import { collapseWhitespace } from '../text/normalize.ts';
import { isRenderDateWidget, parseDateInText, removeDate, stripDate } from './dates.ts';
import { choose, type MetadataTrace, type RawCandidate } from './candidates.ts';
import { bodyOpeningLines, outletInOpeningDateline } from './body-opening.ts';
import { headerLines, MEDIA_NAME, NAME_SLASH_OUTLET } from './header-lines.ts';
import { nearestHits, type ArticleRegion, type LabelHit } from './label-hits.ts';
import { parseLabelLine } from './labels.ts';
import { firstMeta, type MetaTags } from './meta-tags.ts';
import { cleanOrganisation } from './names.ts';
import type { TextBlock } from '../body/text-blocks.ts';

/** A magazine issue after its name: "《求是》2024/10", "《旗帜》2021年第4期". */
const ISSUE_NUMBER = /\s*\d{4}\s*(?:[/／-]|年)\s*第?\s*\d{1,2}\s*期?\s*$/u;

/** "新京报 举报": a button the template prints after the source link, one space apart. */
const TRAILING_BUTTON = /[\s\u00A0\u3000]+(?:举报|纠错|分享|收藏|打印|关闭|关闭窗口|评论)$/u;

export function cleanSource(raw: string): string | null {
  // "《旗帜》 2021-04-23": the publication's own date is not part of its name.
  const value = stripDate(raw).replace(ISSUE_NUMBER, '').replace(/^(本文)?来源(于)?[:：]?/u, '').replace(TRAILING_BUTTON, '');
  return cleanOrganisation(value);
}

/** The WeChat official-account name (mp.weixin.qq.com: #js_name). */
function weChatAccount(doc: Document): string | null {
  const el = doc.getElementById('js_name');
  if (el === null) return null;
  const name = collapseWhitespace(boundedTextContent(el, MAX_SLOT_READ));
  return name.length > 0 ? name : null;
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/** A source or account name is short; its element's text is read this far at most, indentation included. */
const MAX_SLOT_READ = 500;

/**
 * Unlabelled source slots named "source" between the headline and the body
 * (sina-style '<a class="source">新京报</a>'). Slots elsewhere (each related
 * headline's source in a sidebar) do not count. Of nested slots the innermost
 * is read: the outer one also holds the buttons beside the name
 * ("在人间" + "下载客户端 独家抢先看").
 */
function* sourceSlots(slots: readonly Element[], titleElement: Element | null, bodyRoot: Element | null): Generator<RawCandidate> {
  if (bodyRoot === null) return;
  for (let i = 0; i < slots.length; i += 1) {
    const el = slots[i]!;
    const next = slots[i + 1];
    if (next !== undefined && el.contains(next)) continue;
    if (!(el.compareDocumentPosition(bodyRoot) & FOLLOWING) || bodyRoot.contains(el)) continue;
    if (titleElement !== null && !(titleElement.compareDocumentPosition(el) & FOLLOWING)) continue;
    const value = collapseWhitespace(boundedTextContent(el, MAX_SLOT_READ));
    if (value.length <= 20) yield { value, where: `标题与正文之间名为 source 的元素 <${el.tagName.toLowerCase()}>`, rule: '无标签来源位' };
  }
}

/** "原创：", "来自北京", "发布于…": header words around the outlet that are not its name. */
const HEADER_NOISE = /^原创\s*[:：]?|来自\S{0,12}$|发布于\S{0,12}$|更新$|[（(][^）)]*时间[）)]/gu;

/**
 * The outlet printed beside the date in the header line, with no label:
 * "2024-05-09 22:30·新华社", "中国网 2019-11-25 10:37:31",
 * "原创：某某网2024-04-23", "AUTO.EXAMPLE.COM 2003年11月12日16:36 某某网—某某报".
 * Only a name that ends like a medium (社/报/网/台/新闻…) or that the page
 * marks as the originator (原创：, a "·" joining it to the date) counts: a
 * bare word beside a date may be anyone.
 */
function* outletsBesideHeaderDate(blocks: readonly TextBlock[], region: ArticleRegion): Generator<RawCandidate> {
  for (const line of headerLines(blocks, region)) {
    if (parseDateInText(line.text) === null || isRenderDateWidget(line.text)) continue;
    const labels = parseLabelLine(line.text);
    if (labels !== null && labels.entries.length > 0) continue;
    const marked = /^原创\s*[:：]|·/u.test(line.text);
    const tokens = removeDate(line.text)
      .replace(HEADER_NOISE, ' ')
      .split(/[\s·|｜丨︱]+/u)
      .map((t) => t.trim())
      .filter((t) => t.length >= 2 && !/^[\w.-]+\.(com|cn|net|org)$/iu.test(t) && !/^\d+$/u.test(t));
    if (tokens.length !== 1) continue;
    const token = tokens[0]!;
    if (marked || MEDIA_NAME.test(token)) {
      yield { value: token, where: `标题下的日期行（第 ${line.blockIndex} 块）`, rule: '日期旁的媒体或账号名' };
    }
  }
}

/** A follow button: "关注", "+关注", "订阅". */
const FOLLOW_BUTTON = /^[+＋]?\s*(关注|订阅|已关注|关注TA|关注作者)$/u;

/**
 * Self-media pages print the account's name under the headline with a
 * follow button right after it ("管不饿" then "关注"): that name is the
 * account, which the labelling policy takes as the source.
 */
function* accountBesideFollowButton(blocks: readonly TextBlock[], region: ArticleRegion): Generator<RawCandidate> {
  const lines = headerLines(blocks, region);
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const name = lines[i]!.text;
    if (!FOLLOW_BUTTON.test(lines[i + 1]!.text) || name.length > 20 || parseDateInText(name) !== null) continue;
    yield { value: name, where: `标题下关注按钮前（第 ${lines[i]!.blockIndex} 块）`, rule: '自媒体账号名' };
  }
}

/** "转自《北京科技报》", "摘自《求是》2024/10", "（转载自人民网）": a credit closing the body, with no colon. */
const END_CREDIT = /^[（(【\[]?\s*(?:本文)?(?:转自|转载自|摘自|选自|原载于?|刊于)\s*[:：]?\s*(.{2,30}?)\s*[）)】\]]?$/u;
/**
 * "——《某某》1996年3月号", "——原载《某某》2003年第5期": a dash, the journal and
 * its issue, how reprinted essays close. The issue is required: a dash and a
 * book title alone also attribute a quotation ("——《论语》").
 */
const DASHED_JOURNAL_ISSUE = /^[—－─-]{1,2}\s*(?:原载|转载自|摘自|选自)?\s*《([^《》]{2,20})》\s*\d{4}\s*年\s*(?:\d{1,2}\s*月号?|第?\s*\d{1,3}\s*期)\s*$/u;
/** The last blocks of the body are read for such a credit, no further up. */
const END_CREDIT_BLOCKS = 20;
const MAX_CREDIT_LINE = 40;

/** The block's last non-empty line (a body cut into lines by <br> closes with its credit). */
function lastLine(text: string): string {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = collapseWhitespace(lines[i]!);
    if (line.length > 0) return line;
  }
  return '';
}

function* creditsAtBodyEnd(blocks: readonly TextBlock[], region: ArticleRegion): Generator<RawCandidate> {
  const first = Math.max(region.bodyStart, region.end - END_CREDIT_BLOCKS);
  for (let i = region.end; i >= first; i -= 1) {
    const block = blocks[i];
    if (block === undefined) continue;
    const line = block.chars <= MAX_CREDIT_LINE ? collapseWhitespace(block.text) : lastLine(block.text);
    if (line.length > MAX_CREDIT_LINE) continue;
    const m = END_CREDIT.exec(line) ?? DASHED_JOURNAL_ISSUE.exec(line);
    if (m !== null) yield { value: m[1] ?? '', where: `正文末尾（第 ${i} 块）`, rule: '文末“转自/摘自”' };
  }
}

function* mediaNameUnderHeadline(blocks: readonly TextBlock[], region: ArticleRegion): Generator<RawCandidate> {
  for (const line of headerLines(blocks, region)) {
    if (MEDIA_NAME.test(line.text)) yield { value: line.text, where: `标题下（第 ${line.blockIndex} 块）`, rule: '标题下单独一行的媒体名' };
    // "石佳/中国青年报": the outlet after the writer's name.
    const slash = NAME_SLASH_OUTLET.exec(line.text);
    if (slash !== null && MEDIA_NAME.test(slash[2] ?? '')) {
      yield { value: slash[2] ?? '', where: `标题下（第 ${line.blockIndex} 块）`, rule: '“姓名/媒体”署名行' };
    }
  }
}

export interface SourceContext {
  doc: Document;
  hits: readonly LabelHit[];
  meta: MetaTags;
  blocks: readonly TextBlock[];
  region: ArticleRegion;
  titleElement: Element | null;
  bodyRoot: Element | null;
  /** Elements CMSs name "source" (<a class="source">, <em id="source">), from the page walk. */
  sourceSlots: readonly Element[];
  /** The page's own site name (og:site_name, <title> suffix). */
  siteName?: string | null;
}

/**
 * "来源：人民日报海外版 中国青年网": many templates print their own site's
 * name as a link after the source, one space apart; the site is where the
 * reader is, not where the article came from.
 */
export function withoutOwnSiteName(value: string, siteName: string | null | undefined): string {
  if (siteName === null || siteName === undefined || siteName.length < 2) return value;
  const v = value.trim();
  if (!v.endsWith(siteName)) return v;
  const head = v.slice(0, v.length - siteName.length);
  return /\S[\s\u00A0\u3000]+$/u.test(head) ? head.trim() : v;
}

function* sourceCandidates(ctx: SourceContext): Generator<RawCandidate> {
  const { doc, hits, meta, blocks, region } = ctx;
  for (const hit of nearestHits(hits, ['source'])) {
    yield { value: hit.value, where: `标签“${hit.label}”（第 ${hit.blockIndex} 块，距文章 ${hit.distance} 块）`, rule: '标签行' };
  }
  const fromMeta = firstMeta(meta, ['source', 'contentsource', 'og:article:source', 'article:source']);
  if (fromMeta !== null) yield { value: fromMeta, where: 'meta source', rule: 'meta 标签' };
  yield* creditsAtBodyEnd(blocks, region);
  yield* sourceSlots(ctx.sourceSlots, ctx.titleElement, ctx.bodyRoot);
  const account = weChatAccount(doc);
  if (account !== null) yield { value: account, where: '#js_name', rule: '微信公众号名' };
  yield* outletsBesideHeaderDate(blocks, region);
  const dateline = outletInOpeningDateline(bodyOpeningLines(blocks, region));
  if (dateline !== null) yield { value: dateline.value, where: `正文开头的电头（第 ${dateline.line.blockIndex} 块）`, rule: '电头中的媒体名' };
  yield* accountBesideFollowButton(blocks, region);
  for (const hit of nearestHits(hits, ['issuer'])) {
    yield { value: hit.value, where: `标签“${hit.label}”（第 ${hit.blockIndex} 块）`, rule: '发文机关' };
  }
  yield* mediaNameUnderHeadline(blocks, region);
}

export function extractSource(ctx: SourceContext, trace?: MetadataTrace): string | null {
  return choose(
    'source',
    sourceCandidates(ctx),
    (raw, c) => {
      if (c.rule === '发文机关') return cleanOrganisation(raw);
      const cleaned = cleanSource(raw);
      return cleaned === null ? null : withoutOwnSiteName(cleaned, ctx.siteName);
    },
    trace,
  );
}
