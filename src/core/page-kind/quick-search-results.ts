// Search result pages say what they are. In <title>: "关键词 - 搜索结果 - 某站",
// "关键词_某某搜索", "站内搜索". Above the results: a count of what the search
// found ("找到约 1,230 条结果", "共找到 56 条相关记录", "共 12 条搜索结果"), a
// short line of its own. Their first result may be expanded in full and pass
// every body test, so the page's own words decide. Small and lexicon-free:
// the content script's early verdict reads both.
const TITLE_SEPARATOR = /\s*(?:_|\||｜|\s-\s|—|--)\s*/u;
/** A <title> part that names the page a search: "搜索结果", "检索结果", "某某搜索", "站内搜索". */
const SEARCH_PART = /^(?:[\p{Script=Han}A-Za-z]{0,4}搜索|搜索结果|检索结果|[\p{Script=Han}]{0,4}的搜索结果)$/u;

export function titleNamesSearchResults(documentTitle: string | null): boolean {
  if (documentTitle === null) return false;
  const parts = documentTitle.split(TITLE_SEPARATOR);
  // The first part is the query or the headline; only a later part names the page.
  return parts.length > 1 && parts.slice(1).some((p) => SEARCH_PART.test(p.trim()));
}

/** A count line is short: the number, a unit, "结果" and perhaps the query ("为您找到"…"的相关结果约…"). */
export const MAX_RESULT_COUNT_LINE = 48;

/**
 * What a search says it found: a verb of finding or 共, a number, a counter
 * word, then 结果/记录/网页 ("找到约100,000个结果", "共检索到 56 条记录",
 * "相关结果约1,230个"), or a number of 搜索结果/检索结果. The noun is required:
 * "共 3 条评论" under an article counts comments, not results.
 */
const RESULT_COUNT = new RegExp(
  [
    String.raw`(?:找到|搜到|搜索到|检索到|查到|共有?)\s*(?:相关)?(?:结果|记录|网页)?\s*约?\s*\d[\d,，]*\s*(?:个|条|篇|项|份)(?:相关)?(?:结果|记录|网页)`,
    String.raw`(?:相关|搜索|检索)(?:结果|记录)\s*(?:约|共)?\s*\d[\d,，]*\s*(?:个|条|篇|项)`,
    String.raw`\d[\d,，]*\s*(?:个|条|篇|项)\s*(?:相关|搜索|检索)?(?:结果|记录)`,
  ].join('|'),
  'u',
);

/** True for a short line that reports how many results a search found. */
export function isResultCountLine(text: string): boolean {
  return text.length <= MAX_RESULT_COUNT_LINE && RESULT_COUNT.test(text);
}
