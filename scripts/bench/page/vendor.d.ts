// dom-anchor-text-quote and dom-anchor-text-position ship no type declarations;
// the part of their API the bench calls.
declare module 'dom-anchor-text-quote' {
  export interface TextQuoteSelector { exact: string; prefix?: string; suffix?: string }
  export function fromRange(root: Node, range: Range): TextQuoteSelector;
  export function toRange(root: Node, selector: TextQuoteSelector, options?: { hint?: number }): Range | null;
  export function toTextPosition(root: Node, selector: TextQuoteSelector, options?: { hint?: number }): { start: number; end: number } | null;
}
declare module 'dom-anchor-text-position' {
  export function fromRange(root: Node, range: Range): { start: number; end: number };
}
