// Cleaning of the person and organisation names found after labels: role
// words ("本报记者", "总台央视记者"), staff codes ("罗崇纬_NB12082"), units
// after a comma ("（作者：张三，中央党校教授）"), and plausibility checks so a
// numeric id, a date or a sentence never becomes a name.
import { collapseWhitespace } from '../text/normalize.ts';
import { parseDateInText } from './dates.ts';

/** Words that say what a person is, not who: dropped from author values. */
const ROLE = /(特约记者|实习记者|见习记者|摄影记者|记者|特约通讯员|通讯员)/u;
const ROLE_ALL = new RegExp(ROLE.source, 'gu');
/** Staff codes CMSs append to editor names: "罗崇纬_NB12082", "张三 NN001". */
const STAFF_CODE = /[\s_-]*[A-Za-z]{1,6}\d{2,}$/u;
const BRACKETED_TAIL = /[（(][^（）()]*[）)]?$/u;
const HAN = /\p{Script=Han}/u;

/** Brackets, separators and spaces around a value: "[ 国际金融报 ]", "：张三，". */
const EDGE_JUNK = /^[\s:：丨|｜︱/（(【\[]+|[\s：:，,。；;、）)】\]（(【\[]+$/gu;

function baseClean(value: string): string {
  // An enclosing pair ("[ 黄宇 ]", "（郭旭）") goes with the separators around it.
  // Private-use characters are icon-font glyphs (arrows, separators), never text.
  return collapseWhitespace(value.replace(/\p{Co}/gu, '')).replace(EDGE_JUNK, '').trim();
}

function longestDigitRun(value: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charCodeAt(i);
    run = c >= 48 && c <= 57 ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/** A value that can be a name: has letters, is short, is not an id, a date, a URL or a sentence. */
export function isPlausibleName(value: string, maxChars = 30, maxDigitRun = 2): boolean {
  if (value.length < 2 || value.length > maxChars) return false;
  if (!HAN.test(value) && !/[A-Za-z]{2}/.test(value)) return false;
  // A colon left in the value means an unknown label followed ("张三 审稿：王五").
  if (/https?:|www\.|[。！？:：]/.test(value)) return false;
  // Numeric ids ("105464", "_NB12082") are not names.
  if (longestDigitRun(value) > maxDigitRun) return false;
  if (parseDateInText(value) !== null) return false;
  return true;
}

/**
 * A name after the job title or affiliation that introduces it, as Chinese
 * bylines write them: "某某大学教授 张三", "…研究部部长、研究员徐占忱".
 */
const NAME_AFTER_TITLE =
  /(?:教授|研究员|副研究员|讲师|博士|院士|部长|主任|院长|所长|校长|书记|局长|处长|主席|会长|秘书长|总裁|总经理|董事长|主编|分析师|律师|学者|专家|成员)\s*[:：]?\s*([\p{Script=Han}·]{2,4})$/u;
/** A photo credit: "惠禾 摄", "新华社记者 李梦馨 摄", "图/张三". */
const PHOTO_CREDIT = /(摄|摄影|供图|翻摄)$|^图\s*[/／丨|]/u;
/** "（姚峰 上海报道）", "张三 北京报道": the place of a dateline byline is not part of the name. */
const PLACE_REPORT = /[\s\u00A0\u3000]+[\p{Script=Han}]{2,6}(?:报道|电|讯)$/u;

/** Author value -> names: "总台央视记者 奚丹霓 张赛" -> "奚丹霓 张赛"; "张三，中央党校教授" -> "张三". */
export function cleanAuthor(raw: string): string | null {
  // A sentence is never a byline, even when its final "。" would be trimmed.
  if (/[。！？?!]/u.test(raw)) return null;
  const whole = baseClean(raw);
  if (PHOTO_CREDIT.test(whole)) return null;
  const titled = NAME_AFTER_TITLE.exec(whole);
  if (titled !== null && titled.index > 0) return titled[1] ?? null;
  let value = whole.replace(PLACE_REPORT, '').split(/[，,；;]/u)[0] ?? '';
  const role = ROLE.exec(value);
  if (role !== null) {
    const after = value.slice(role.index + role[0].length).replace(ROLE_ALL, ' ');
    if (HAN.test(after)) value = after;
  }
  value = baseClean(value.replace(BRACKETED_TAIL, ''));
  return isPlausibleName(value) ? value : null;
}

/** Editor value: "罗崇纬_NB12082" -> "罗崇纬"; "(责编：胡永秋、杨光宇)" -> "胡永秋、杨光宇". */
export function cleanEditor(raw: string): string | null {
  const value = baseClean(baseClean(raw).replace(STAFF_CODE, ''));
  // An editor is people: at most a handful of short names.
  if (!isPlausibleName(value, 24)) return null;
  if (value.split(/[、，,\s]+/u).some((name) => name.length > 6)) return null;
  return value;
}

/** Organisation value (source, publisher): at most a short name. */
export function cleanOrganisation(raw: string, maxChars = 30): string | null {
  const value = baseClean(raw.replace(/^(来源|来源于)[:：]/u, ''));
  // Organisation names may carry digits ("江苏13个设区市", "bat365…") but not ids.
  return isPlausibleName(value, maxChars, 4) ? value : null;
}
