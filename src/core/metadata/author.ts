// 作者: byline author(s), never the editor. In order: labelled bylines near the
// article (作者/文/撰文/记者/通讯员), bylines in the body ("（作者：…，单位）",
// "（总台央视记者 奚丹霓 张赛）", "新华社巴黎12月9日电（记者唐霁）", a closing
// "（经济日报评论员）"), JSON-LD author, and last the meta author tag — which
// platforms fill with a numeric id ("105464"), the site's own name ("网易",
// "中国科普网") or the editor ("青网校园崔宁宁"), so it must survive those checks.
import { nearestHits, type LabelHit } from './label-hits.ts';
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
}

const compact = (s: string): string => s.replace(/[\s\u00A0\u3000]+/gu, '');

function overlapsEditor(value: string, editor: string | null): boolean {
  if (editor === null) return false;
  const v = compact(value);
  return editor.split(/[、，,\s]+/u).some((name) => name.length >= 2 && (v.includes(name) || name.includes(v)));
}

export function extractAuthor(ctx: AuthorContext): string | null {
  const accept = (raw: string): string | null => {
    const value = cleanAuthor(raw);
    return value !== null && !overlapsEditor(value, ctx.editor) ? value : null;
  };
  for (const hit of nearestHits(ctx.hits, ['author'], 30)) {
    const value = accept(hit.value);
    if (value !== null) return value;
  }
  for (const line of ctx.bodyBylines) {
    // "（作者单位：某某学院党委组织部）" names the author's unit, not the author.
    if (/^[（(]?\s*作者单位/u.test(line)) continue;
    const value = accept(line.replace(/^[（(]|[）)]$/gu, '').replace(/^(作者|文|撰文)[:：丨|/]/u, ''));
    if (value !== null) return value;
  }
  for (const name of ctx.jsonLdAuthors) {
    const value = accept(name);
    if (value !== null) return value;
  }
  const metaAuthor = firstMeta(ctx.meta, ['author', 'article:author', 'byl', 'dc.creator']);
  if (metaAuthor !== null) {
    const value = accept(metaAuthor);
    const site = ctx.siteNames.filter((s): s is string => s !== null).map(compact);
    if (value !== null && !site.some((s) => s.includes(compact(value)) || compact(value).includes(s))) return value;
  }
  return null;
}
