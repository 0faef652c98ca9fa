// Search result pages say so in <title>: "关键词 - 搜索结果 - 某站",
// "关键词_某某搜索", "站内搜索". Their first result may be expanded in full and
// pass every body test, so the page's own name decides.
const TITLE_SEPARATOR = /\s*(?:_|\||｜|\s-\s|—|--)\s*/u;
/** A <title> part that names the page a search: "搜索结果", "检索结果", "某某搜索", "站内搜索". */
const SEARCH_PART = /^(?:[\p{Script=Han}A-Za-z]{0,4}搜索|搜索结果|检索结果|[\p{Script=Han}]{0,4}的搜索结果)$/u;

export function titleNamesSearchResults(documentTitle: string | null): boolean {
  if (documentTitle === null) return false;
  const parts = documentTitle.split(TITLE_SEPARATOR);
  // The first part is the query or the headline; only a later part names the page.
  return parts.length > 1 && parts.slice(1).some((p) => SEARCH_PART.test(p.trim()));
}
