// Remnants of links the page (or the saving tool) dropped: "……冲锋号。（详情请点击链接："
// closing one paragraph and "）江苏省委常委……" opening the next. The stub says
// nothing to a reader and breaks the first sentence of the next paragraph.

/** An open bracket at the end that only points at a link: "（详情请点击链接：", "（详见：". */
const TRAILING_LINK_STUB = /[（(][^（）()]{0,12}(点击|链接|详见|详情|查看)[^（）()]{0,8}$/u;
/** A close bracket opening a paragraph, left from the previous paragraph's stub. */
const LEADING_ORPHAN_CLOSE = /^[）)]\s*/u;
/** An empty bracket pair where a link used to be: "（详情请点击链接：）". */
const EMPTY_LINK_STUB = /[（(][^（）()]{0,12}(点击|链接|详见|详情|查看)[^（）()]{0,8}[:：]\s*[）)]/gu;

export function removeLinkStubs(text: string): string {
  return text.replace(EMPTY_LINK_STUB, '').replace(TRAILING_LINK_STUB, '').replace(LEADING_ORPHAN_CLOSE, '').trim();
}
