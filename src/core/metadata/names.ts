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
const UNMATCHED_BRACKETS = /^[（(【\[]+|[）)】\]（(【\[]+$/gu;
const HAN = /\p{Script=Han}/u;

function baseClean(value: string): string {
  return collapseWhitespace(value)
    .replace(UNMATCHED_BRACKETS, '')
    .replace(/^[:：丨|︱/\s]+|[：:，,。；;、\s]+$/gu, '')
    .trim();
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

/** Author value -> names: "总台央视记者 奚丹霓 张赛" -> "奚丹霓 张赛"; "张三，中央党校教授" -> "张三". */
export function cleanAuthor(raw: string): string | null {
  // A sentence is never a byline, even when its final "。" would be trimmed.
  if (/[。！？?!]/u.test(raw)) return null;
  let value = baseClean(raw).split(/[，,；;]/u)[0] ?? '';
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
