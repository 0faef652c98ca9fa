// 作者: byline author(s), never the editor. Candidates, in order of trust:
// 1. labelled bylines near the article (作者/文/撰文/记者/通讯员), and the
//    unlabelled ones label-hits.ts recognises (a reporter line before a
//    来源 label, a name after the source value, a forum post's "由某某于…发表");
// 2. bylines in the header between headline and body ("澎湃新闻记者 贺梨萍",
//    "石佳/中国青年报");
// 3. bylines in the body ("（作者：…，单位）", "（总台央视记者 奚丹霓 张赛）",
//    "新华社巴黎12月9日电（记者唐霁）", a closing "（姚峰 上海报道）");
// 4. JSON-LD author;
// 5. a name alone on a line under the headline or opening the body ("周明远"),
//    when it starts with a common surname;
// 6. the meta author tag — which platforms fill with a numeric id, the
//    site's own name or the editor, so it must not repeat those.
// Every value passes the shared plausibility checks (names only: no job
// titles, affiliations, photo credits, placeholders or markup).
import { classifyBodyLine } from '../body/byline-lines.ts';
import type { TextBlock } from '../body/text-blocks.ts';
import { choose, type MetadataTrace, type RawCandidate } from './candidates.ts';
import { bodyOpeningLines, loneNameAtBodyStart } from './body-opening.ts';
import { headerLines, MEDIA_NAME, NAME_SLASH_OUTLET } from './header-lines.ts';
import { nearestHits, type ArticleRegion, type LabelHit } from './label-hits.ts';
import { firstMeta, type MetaTags } from './meta-tags.ts';
import { cleanAuthor } from './names.ts';

export interface AuthorContext {
  hits: readonly LabelHit[];
  bodyBylines: readonly string[];
  jsonLdAuthors: readonly string[];
  meta: MetaTags;
  editor: string | null;
  /**
   * Site name, <title> suffix and the source: a meta author equal to these is
   * the platform or the originating media (sina fills article:author with
   * the source), not a byline.
   */
  siteNames: readonly (string | null)[];
  blocks?: readonly TextBlock[];
  region?: ArticleRegion;
}

const compact = (s: string): string => s.replace(/[\s\u00A0\u3000]+/gu, '');

function overlapsEditor(value: string, editor: string | null): boolean {
  if (editor === null) return false;
  const v = compact(value);
  return editor.split(/[、，,\s]+/u).some((name) => name.length >= 2 && (v.includes(name) || name.includes(v)));
}


function* headerBylines(blocks: readonly TextBlock[] | undefined, region: ArticleRegion | undefined): Generator<RawCandidate> {
  if (blocks === undefined || region === undefined) return;
  for (const line of headerLines(blocks, region)) {
    const slash = NAME_SLASH_OUTLET.exec(line.text);
    if (slash !== null && MEDIA_NAME.test(slash[2] ?? '')) {
      yield { value: slash[1] ?? '', where: `标题下（第 ${line.blockIndex} 块）`, rule: '“姓名/媒体”署名行' };
    } else if (classifyBodyLine(line.text, false) === 'byline') {
      yield { value: line.text, where: `标题下（第 ${line.blockIndex} 块）`, rule: '记者署名行' };
    }
  }
}

/** "周明远" alone under the headline or on the body's first lines: how reposted essays sign. */
function* loneNameBylines(blocks: readonly TextBlock[] | undefined, region: ArticleRegion | undefined): Generator<RawCandidate> {
  if (blocks === undefined || region === undefined) return;
  const line = loneNameAtBodyStart(headerLines(blocks, region)) ?? loneNameAtBodyStart(bodyOpeningLines(blocks, region));
  if (line !== null) yield { value: line.text, where: `标题下单独一行（第 ${line.blockIndex} 块）`, rule: '标题下单独一行的姓名' };
}

function* authorCandidates(ctx: AuthorContext): Generator<RawCandidate> {
  for (const hit of nearestHits(ctx.hits, ['author', 'looseAuthor'], 30)) {
    const rule = hit.field === 'author' ? '标签行' : hit.label;
    yield { value: hit.value, where: `标签“${hit.label}”（第 ${hit.blockIndex} 块，距文章 ${hit.distance} 块）`, rule };
  }
  yield* headerBylines(ctx.blocks, ctx.region);
  for (const line of ctx.bodyBylines) {
    // "（作者单位：某某学院党委组织部）" names the author's unit, not the author.
    if (/^[（(]?\s*作者单位/u.test(line)) continue;
    const value = line.replace(/^[（(]|[）)]$/gu, '').replace(/^(作者|文|撰文)(?:[:：丨|｜/]|[\s\u00A0\u3000]+)/u, '');
    yield { value, where: '正文中的署名', rule: '正文署名行' };
  }
  for (const name of ctx.jsonLdAuthors) yield { value: name, where: 'JSON-LD author', rule: 'JSON-LD' };
  yield* loneNameBylines(ctx.blocks, ctx.region);
  const metaAuthor = firstMeta(ctx.meta, ['author', 'article:author', 'byl', 'dc.creator']);
  if (metaAuthor !== null) yield { value: metaAuthor, where: 'meta author', rule: 'meta 标签' };
}

export function extractAuthor(ctx: AuthorContext, trace?: MetadataTrace): string | null {
  const site = ctx.siteNames.filter((s): s is string => s !== null).map(compact);
  return choose('author', authorCandidates(ctx), (raw) => cleanAuthor(raw), trace, (value, candidate) => {
    if (overlapsEditor(value, ctx.editor) && candidate.rule !== '正文署名行') return '与编辑相同';
    // The meta tag often holds the platform or the source: only a name of its own counts.
    if (candidate.rule === 'meta 标签' && site.some((s) => s.includes(compact(value)) || compact(value).includes(s))) {
      return '是网站或来源名';
    }
    return null;
  });
}
