// Lines inside the article container that are about the article, not part of
// it: label lines ("来源:《旗帜》 2021-04-23 作者:本刊评论员", "责任编辑：…"),
// bylines in brackets at the end ("（作者：…，单位）", "（总台央视记者 奚丹霓 张赛）",
// "（德清县发改局）"), photo credits ("新华社记者 谢环驰 摄"), "原标题：…" and
// platform boilerplate ("（本文来自澎湃新闻…）"). They must not reach the
// summary; the bylines among them feed the author field.
import { METADATA_FIELDS, parseLabelLine } from '../metadata/labels.ts';

/** Role words of Chinese bylines. */
export const ROLE_WORDS = /(本报记者|特约记者|实习记者|见习记者|记者|通讯员|评论员|特约撰稿人|撰稿人|作者|供稿)/u;

const BRACKETED = /^[（(【\[]([^（）()【】\[\]]{1,60})[）)】\]]$/u;
const PHOTO_CREDIT = /^[^。，,]{0,30}(摄|摄影|供图|图片来源[:：].*)[）)]?$/u;
const PLATFORM_NOTE = /^[（(]?\s*(本文(来自|转自|来源|转载自)|原标题[:：]|来源[:：])/u;
const TRAILING_BRACKETED_BYLINE = /[（(]([^（）()]{2,40})[）)]\s*$/u;

/** The print-edition line people.cn-style pages add: "《 人民日报 》（ 2024年05月10日 04 版）". */
const PRINT_EDITION = /^《[^》]{1,20}》\s*[（(]\s*\d{4}\s*年[^）)]{0,20}版\s*[）)]$/u;
/** Calls to action that close an article: "关注公众号：…", "分享让更多人看到", "扫码下载客户端". */
const CALL_TO_ACTION = /^(关注|扫码|扫描|长按|分享|点击|欢迎|下载|更多精彩|推荐阅读|相关阅读|延伸阅读|相关新闻|责任编辑)/u;
const HAN = /\p{Script=Han}/u;
const SENTENCE_MARK = /[。？！?!；;]|[，,].*[，,]/u;
/** Page tools and pagers left inside the container: "上一篇：…", "【打印】【关闭】", "返回列表". */
const PAGE_TOOLS = /^[【\[]?\s*(上一[篇条页]|下一[篇条页]|返回(列表|顶部|首页)|打印(本页|此文)?|关闭(窗口|本页)?|收藏本文|我要纠错|纠错)\s*[】\]:：]?/u;

/**
 * A short line naming reporters: "整合 新华日报·交汇点记者 徐睿翔", "本报记者 王乐文 方 敏".
 * After the role word come names (2-4 characters, space-padded ones split in
 * two), not a phrase: "记者探访基层党建一线" is a headline.
 */
export const REPORTER_LINE =
  /^[^。，,；;]{0,30}(记者|通讯员|评论员)[\s\u00A0\u3000]*[\p{Script=Han}·]{2,4}([\s\u00A0\u3000、]+[\p{Script=Han}·]{1,4})*$/u;

export type BodyLineKind = 'prose' | 'label' | 'byline' | 'credit' | 'note';

export function classifyBodyLine(text: string, isFirstOrLast: boolean): BodyLineKind {
  if (text.length <= 160) {
    const labels = parseLabelLine(text);
    if (labels !== null && labels.entries.length > 0) {
      const first = labels.entries[0]!;
      // "记者：请问您如何看待……？" in an interview is a question, not a byline:
      // a label's value is a name or a date, never a sentence.
      const valueIsSentence = first.value.length > 40 || SENTENCE_MARK.test(first.value);
      const opensWithLabel = labels.prefix.length <= 20 && METADATA_FIELDS.has(first.field) && !valueIsSentence;
      if (opensWithLabel && (labels.entries.length >= 2 || text.length <= 60)) {
        return first.field === 'author' ? 'byline' : 'label';
      }
      // "【字体：大 中 小】", "浏览次数：128": page tools written as labels.
      if (text.length <= 40 && labels.entries.every((e) => e.field === 'other')) return 'note';
    }
  }
  if (text.length <= 60) {
    if (PLATFORM_NOTE.test(text) || PRINT_EDITION.test(text) || PAGE_TOOLS.test(text)) return 'note';
    // "+1", "|", "图集", "分享让更多人看到": widget text at the container's edges.
    if (!HAN.test(text) && text.length < 10) return 'note';
    // A closing sentence ("欢迎广大党员积极参与。") ends with a full stop; a widget label does not.
    const callToAction = text.length <= 20 && CALL_TO_ACTION.test(text) && !/[。！]$/u.test(text);
    if (isFirstOrLast && (text.length <= 4 || callToAction)) return 'note';
    const bracket = BRACKETED.exec(text);
    if (bracket !== null) {
      if (ROLE_WORDS.test(bracket[1] ?? '')) return 'byline';
      // "（德清县发改局）" closing the article: the contributing unit, not prose.
      if (isFirstOrLast && text.length <= 30) return 'note';
    }
    if (REPORTER_LINE.test(text)) return 'byline';
    if (text.length <= 40 && PHOTO_CREDIT.test(text)) return 'credit';
  }
  return 'prose';
}

/**
 * Names alone in brackets, as reporters sign a dateline or the last paragraph
 * without a role word: "新华社北京5月19日电（刘艺、杨吉）", "……（郭旭）",
 * "……（姚峰 上海报道）". Two to four characters a name, up to four names, an
 * optional "某地报道"; not a unit or outlet ("（新华社）", "（德清县发改局）")
 * and not a serial marker ("（待续）").
 */
const NAMES_ONLY = /^[\p{Script=Han}·]{2,4}(?:[、，,\s\u00A0\u3000]+[\p{Script=Han}·]{2,4}){0,3}(?:[\s\u00A0\u3000]+\p{Script=Han}{2,6}(?:报道|电))?$/u;
const NOT_A_NAME = /(社|报|网|台|刊|局|委|办|部|厅|院|所|处|会|组|队|站|中心|公司|待续|未完|全文完|续完|图文|原创|节选|摘编|整理)$/u;

export function isBracketedSignature(inner: string): boolean {
  const text = inner.trim();
  if (ROLE_WORDS.test(text)) return true;
  if (!NAMES_ONLY.test(text)) return false;
  const names = text.split(/[、，,\s\u00A0\u3000]+/u);
  return !names.some((n) => NOT_A_NAME.test(n) && !/(报道|电)$/u.test(n));
}

/**
 * "……不存在所谓“中国新能源产能过剩”问题。（经济日报评论员）": a byline in
 * brackets glued to the end of the last paragraph. Returns the paragraph
 * without it, and the byline.
 */
export function splitTrailingByline(text: string): { text: string; byline: string } | null {
  const m = TRAILING_BRACKETED_BYLINE.exec(text);
  if (m === null || m.index === 0) return null;
  const inner = m[1] ?? '';
  if (!isBracketedSignature(inner)) return null;
  return { text: text.slice(0, m.index).trimEnd(), byline: inner };
}
