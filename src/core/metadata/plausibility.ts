// The one set of plausibility checks every extracted metadata value passes
// before it is returned (issue 9, "a validation layer"). A value that fails is
// dropped and the next candidate is considered: null beats wrong. The checks
// describe what a value of each kind looks like on any Chinese page, never a
// particular site:
// - no markup left by a broken template (`size="20"`, `<b>`, `&nbsp;`);
// - no label words (来源, 作者, 责任编辑, 发布时间…) left inside the value;
// - no URL or e-mail address;
// - bounded length;
// - not a placeholder (佚名, 网络整理, 转载文章, 互联网, 本站, 管理员, "name");
// - persons look like names (no job titles, no affiliations, no outlet names);
// - sources look like an outlet (no call to action, no welcome text, no sentence);
// - dates fall in the years the Chinese web has existed.

import { isLabelWord } from './labels.ts';

export type CheckedField = 'source' | 'author' | 'editor' | 'publisher' | 'date';

/** Attribute or tag fragments a broken CMS template prints in place of a value. */
const MARKUP = /<\/?[a-z][^>]*>?|[a-z-]+\s*=\s*["'][^"']*["']?|&[a-z]{2,8};|&#\d+;/iu;

const URL_OR_EMAIL = /https?:|www\.|\.(?:com|cn|net|org)(?:\.cn)?\b|[\w.-]+@[\w-]+\.[a-z]/iu;

/** Label words: their presence means the value ran on into the next label. */
const LABEL_WORD = /来源[:：于]?|出处|作者[:：]|^(?:作者|稿源|撰稿)[\s\u00A0\u3000]|撰文|责任编辑|责编|编辑[:：]|发布时间|发布日期|发稿时间|发表于|浏览次数|阅读次数|点击[数率]|字号|分享到/u;

/**
 * Values that stand where a name should and name nobody: anonymous and
 * compiled-from-the-web markers, site-staff accounts, template words.
 */
const PLACEHOLDER =
  /^(佚名|未知|不详|匿名|网络|互联网|网络整理|网络转载|网友|网友供稿|综合|综合整理|综合报道|转载|转载文章|本站|本站编辑|本网|本网站|原创|管理员|系统管理员|超级管理员|小编|编辑部|admin(istrator)?|name|author|editor|user(name)?|null|undefined|none|unknown|anonymous|guest)$/iu;

/**
 * Calls to action and welcome text of site chrome: never part of an outlet's
 * name ("…下载客户端独家抢先看", "欢迎访问…"). "客户端" alone is a real outlet
 * ending (央视新闻客户端), so it is not listed.
 */
const CHROME_TEXT = /下载|抢先看|点击|扫码|登录|注册|欢迎|谢谢|阅读全文|查看更多|返回|收藏|举报|分享/u;
/** Beside a person's name, a follow or subscribe button is also chrome ("管不饿关注"). */
const PERSON_CHROME_TEXT = new RegExp(`${CHROME_TEXT.source}|关注|订阅|评论(?!员)|私信`, 'u');

/**
 * Job titles and affiliations: what a person is, not who ("…研究部部长",
 * "某某大学教授"). Author values carrying them were cut wrongly.
 */
export const JOB_TITLE =
  /(教授|研究员|副研究员|讲师|博士|硕士|院士|部长|副部长|主任|副主任|院长|副院长|所长|校长|书记|副书记|局长|处长|科长|主席|会长|秘书长|总裁|总经理|董事长|经理|主编|专栏作者|作家|分析师|律师|医生|工程师|学者|专家|负责人)$/u;
const AFFILIATION = /(大学|学院|学校|研究院|研究所|研究中心|研究部|中心|委员会|协会|学会|公司|集团|银行|医院|政府|办公室|部门|机关|党委|党校)/u;

const HAN = /\p{Script=Han}/u;
const SENTENCE = /[。！？!?；;]/u;

/** Most characters a value of each field may have. */
const MAX_CHARS: Record<Exclude<CheckedField, 'date'>, number> = { source: 30, author: 40, editor: 24, publisher: 30 };

/** The earliest year a Chinese web page can be published in. */
const EARLIEST_YEAR = 1994;

/**
 * Why a value is not plausible for a field, in a few Chinese words for
 * `analyze --explain`; null when it passes every check.
 */
export function implausibility(field: CheckedField, value: string, now: number = Date.now()): string | null {
  const v = value.trim();
  if (field === 'date') return implausibleDate(v, now);
  if (v.length === 0) return '空值';
  if (MARKUP.test(v)) return '含网页标记';
  if (URL_OR_EMAIL.test(v)) return '含网址或邮箱';
  if (LABEL_WORD.test(v) || isLabelWord(v)) return '含标签词';
  if (v.length > MAX_CHARS[field]) return '过长';
  if (PLACEHOLDER.test(v.replace(/[\s\u00A0\u3000]+/gu, ''))) return '占位词，不是真实名称';
  if (SENTENCE.test(v)) return '是句子';
  if (!HAN.test(v) && !/[A-Za-z]{2}/u.test(v)) return '不含文字';
  if (field === 'source' || field === 'publisher') {
    if (CHROME_TEXT.test(v)) return '含网站按钮或欢迎语';
    // An outlet's name has no full-width comma; a clause has ("力量来源：人民群众的实践，…" in prose).
    if (v.includes('，')) return '是句子';
    return null;
  }
  return implausiblePerson(v);
}

/** Author and editor values: one or a few names. */
function implausiblePerson(v: string): string | null {
  if (PERSON_CHROME_TEXT.test(v)) return '含网站按钮或欢迎语';
  const names = v.split(/[、，,;；\s\u00A0\u3000]+/u).filter((n) => n.length > 0);
  for (const name of names) {
    if (JOB_TITLE.test(name)) return '是职务或头衔，不是姓名';
    if (HAN.test(name) && AFFILIATION.test(name)) return '是单位，不是姓名';
    // "摄" closing a name is a photo credit ("惠禾 摄").
    if (/^(摄|摄影|供图|制图|整理|编译|编辑|校对)$/u.test(name)) return '是图片或编辑署名';
    // Transliterated names run longer, joined by "·" (克里斯蒂娜·莫拉莱斯).
    if (HAN.test(name) && name.length > (name.includes('·') ? 16 : 8)) return '不像姓名';
  }
  return null;
}

function implausibleDate(v: string, now: number): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m === null) return '不是日期';
  const year = Number(m[1]);
  if (year < EARLIEST_YEAR) return '早于中文网页出现的年代';
  // A day ahead of the reader's clock covers time zones; later is a typo or a schedule.
  if (Date.parse(`${m[1]}-${m[2]}-${m[3]}T00:00:00+08:00`) > now + 2 * 86_400_000) return '晚于今天';
  return null;
}

/** True when the value passes every check for the field. */
export function isPlausible(field: CheckedField, value: string): boolean {
  return implausibility(field, value) === null;
}
