// 来源: the originating publication. Labelled values first ("来源：", "信息来源：",
// "稿件来源：", "来源于：", "素材来源 …"), then the CMS meta tags (source,
// ContentSource), an unlabelled slot the page names "source" between headline
// and body, the WeChat account name, the issuing organ of a government
// document (发文机关), and last an unlabelled media name printed under the
// headline ("新华社" above the date on 澎湃-style pages, the account name on
// platform pages).
import { boundedTextContent } from '../body/dom.ts';
import { collapseWhitespace } from '../text/normalize.ts';
import { stripDate } from './dates.ts';
import { nearestHits, type ArticleRegion, type LabelHit } from './label-hits.ts';
import { firstMeta, type MetaTags } from './meta-tags.ts';
import { cleanOrganisation } from './names.ts';
import type { TextBlock } from '../body/text-blocks.ts';

/** Media names end like this: 新华社, 人民日报, 华龙网, 央视新闻, 求是杂志, 某某客户端. */
const MEDIA_NAME = /^[\p{Script=Han}·A-Za-z]{2,14}(社|报|网|台|刊|杂志|新闻|客户端|日报|晚报|周刊|频道|传媒|发布)$/u;

/** A magazine issue after its name: "《求是》2024/10", "《旗帜》2021年第4期". */
const ISSUE_NUMBER = /\s*\d{4}\s*(?:[/／-]|年)\s*第?\s*\d{1,2}\s*期?\s*$/u;

function cleanSource(raw: string): string | null {
  // "《旗帜》 2021-04-23": the publication's own date is not part of its name.
  const value = stripDate(raw).replace(ISSUE_NUMBER, '').replace(/^(本文)?来源[:：]/u, '');
  return cleanOrganisation(value);
}

/** The WeChat official-account name (mp.weixin.qq.com: #js_name). */
function weChatAccount(doc: Document): string | null {
  const el = doc.getElementById('js_name');
  if (el === null) return null;
  const name = collapseWhitespace(boundedTextContent(el, MAX_SLOT_READ));
  return name.length > 0 ? name : null;
}

function mediaNameUnderHeadline(blocks: readonly TextBlock[], region: ArticleRegion): string | null {
  for (let i = region.start + 1; i < region.bodyStart && i < region.start + 8; i += 1) {
    const block = blocks[i];
    if (block === undefined) break;
    const text = collapseWhitespace(block.text);
    if (MEDIA_NAME.test(text)) return text;
  }
  return null;
}


const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/** A source or account name is short; its element's text is read this far at most, indentation included. */
const MAX_SLOT_READ = 500;

/**
 * An unlabelled source slot named "source" between the headline and the body
 * (sina-style '<a class="source">新京报</a>'). Slots elsewhere (each related
 * headline's source in a sidebar) do not count.
 */
function sourceSlot(slots: readonly Element[], titleElement: Element | null, bodyRoot: Element | null): string | null {
  if (bodyRoot === null) return null;
  for (const el of slots) {
    if (!(el.compareDocumentPosition(bodyRoot) & FOLLOWING) || bodyRoot.contains(el)) continue;
    if (titleElement !== null && !(titleElement.compareDocumentPosition(el) & FOLLOWING)) continue;
    const value = cleanSource(collapseWhitespace(boundedTextContent(el, MAX_SLOT_READ)));
    if (value !== null && value.length <= 20) return value;
  }
  return null;
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
}

export function extractSource(ctx: SourceContext): string | null {
  const { doc, hits, meta, blocks, region } = ctx;
  for (const hit of nearestHits(hits, ['source'])) {
    const value = cleanSource(hit.value);
    if (value !== null) return value;
  }
  const fromMeta = firstMeta(meta, ['source', 'contentsource', 'og:article:source', 'article:source']);
  if (fromMeta !== null) {
    const value = cleanSource(fromMeta);
    if (value !== null) return value;
  }
  const slot = sourceSlot(ctx.sourceSlots, ctx.titleElement, ctx.bodyRoot);
  if (slot !== null) return slot;
  const account = weChatAccount(doc);
  if (account !== null) return account;
  for (const hit of nearestHits(hits, ['issuer'])) {
    const value = cleanOrganisation(hit.value);
    if (value !== null) return value;
  }
  return mediaNameUnderHeadline(blocks, region);
}
