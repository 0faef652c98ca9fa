// DOM edits that can be taken back: a rewrite changes one loaded page, the
// analysis runs, and the page is restored for the next rewrite (parsing a
// saved page again costs ten times the analysis).

export class Edits {
  private readonly undos: (() => void)[] = [];

  get count(): number {
    return this.undos.length;
  }

  setData(node: Text, data: string): void {
    const old = node.data;
    node.data = data;
    this.undos.push(() => { node.data = old; });
  }

  /** Put `replacement` where `el` is; `el` comes back on undo. */
  replace(el: Element, replacement: Node): void {
    const parent = el.parentNode!;
    parent.replaceChild(replacement, el);
    this.undos.push(() => { parent.replaceChild(el, replacement); });
  }

  /** Move `node` into `parent` before `before` (null: at the end). */
  move(node: Node, parent: Node, before: Node | null): void {
    const oldParent = node.parentNode!;
    const oldNext = node.nextSibling;
    parent.insertBefore(node, before);
    this.undos.push(() => { oldParent.insertBefore(node, oldNext); });
  }

  setAttribute(el: Element, name: string, value: string | null): void {
    const old = el.getAttribute(name);
    if (value === null) el.removeAttribute(name);
    else el.setAttribute(name, value);
    this.undos.push(() => { if (old === null) el.removeAttribute(name); else el.setAttribute(name, old); });
  }

  undoAll(): void {
    while (this.undos.length > 0) this.undos.pop()!();
  }
}
