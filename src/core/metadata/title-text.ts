// Small text tests on headline candidates, shared by the <title>/heading
// reconciliation (title.ts) and the look at the lines above the body
// (title-near-body.ts). Each names a way Chinese pages are written.
import { SITE_NAME_LIKE } from '../text/document-title.ts';

/**
 * Where run-on page furniture starts inside a headline block: the metadata
 * line glued after the headline in one element ("标题 某某账号 发布时间：10-08
 * 12:00", "标题 来源：某某 作者：某某", "标题 2019-10-08 12:00"). A headline
 * names events and may hold a year, but not a labelled field or a full
 * timestamp.
 */
const RUN_ON_METADATA =
  /(?:发布时间|发布日期|发表时间|发表于|发布于|更新时间|来源|作者|责任编辑|编辑|时间|日期|浏览|阅读|点击)\s*[:：]|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}|\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}/u;

/** The headline before any run-on metadata, or null when nothing of it is left. */
export function cutAtRunOnMetadata(text: string): string {
  const m = RUN_ON_METADATA.exec(text);
  return m === null ? text : text.slice(0, m.index).trim();
}

export function hasRunOnMetadata(text: string): boolean {
  return RUN_ON_METADATA.test(text);
}

/** Greetings old templates use as <title>: "欢迎访问某某网", "谢谢您访问〖某某〗", "欢迎光临". */
const GREETING = /^(?:欢迎|谢谢|感谢)[您你]?(?:访问|光临|来到|浏览)/u;
/** A <title> this short, with no separator, is a site, channel or button name ("显示", "网易娱乐"), not a headline. */
const MAX_CHROME_TITLE = 6;

/**
 * A <title> that names the site, channel or page furniture rather than this
 * article: a greeting, a site name, or a bare word of a few characters with
 * no separator. Only used to decide whether a heading on the page should win.
 */
export function isChromeTitle(title: string, hasSeparator: boolean): boolean {
  if (GREETING.test(title)) return true;
  if (hasSeparator) return false;
  return title.length <= MAX_CHROME_TITLE || SITE_NAME_LIKE.test(title);
}

/**
 * Length of the longest common substring of two short strings (headlines:
 * at most a few hundred characters), by the usual dynamic programme over one
 * row. Bounded by the callers' length caps.
 */
export function longestCommonSubstring(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  const row = new Uint16Array(b.length + 1);
  let best = 0;
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? diagonal + 1 : 0;
      if (row[j]! > best) best = row[j]!;
      diagonal = above;
    }
  }
  return best;
}
