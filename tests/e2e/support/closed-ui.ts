// Our in-page UI sits in a CLOSED shadow root and acts only on trusted input,
// so a test reaches it as the reader does: it finds a control's box through
// the DevTools protocol (which, like the browser's inspector, sees closed
// roots; no page script can), then presses it with the real mouse and
// types with the real keyboard. Reads (text, attributes, values) go through
// the same protocol handle.
import type { CDPSession, Page } from 'playwright-core';

export type UiName = 'selection-toolbar' | 'note-popover';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function sessionOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

interface RemoteObject {
  objectId?: string;
}

/** The closed shadow roots of every shown host of `name`, as protocol object ids. */
async function rootsOf(page: Page, name: UiName): Promise<string[]> {
  const cdp = await sessionOf(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
  const { nodeIds } = (await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: `[data-dj-ui="${name}"]` })) as { nodeIds: number[] };
  const roots: string[] = [];
  for (const nodeId of nodeIds) {
    // A host removed after querySelectorAll (a popover closing while a test
    // waits for it to go) is no longer shown: skip it rather than fail.
    const described = await ifNodeStillThere(() => cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true }));
    const shadow = (described as { node: { shadowRoots?: { backendNodeId: number }[] } } | null)?.node.shadowRoots?.[0];
    if (!shadow) continue;
    const resolved = await ifNodeStillThere(() => cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId }));
    const objectId = (resolved as { object: RemoteObject } | null)?.object.objectId;
    if (objectId) roots.push(objectId);
  }
  return roots;
}

/** The protocol's answer, or null when the node it names has left the document meanwhile. */
async function ifNodeStillThere<T>(send: () => Promise<T>): Promise<T | null> {
  try {
    return await send();
  } catch (error) {
    if (/Could not find node|No node with given id/i.test(String(error))) return null;
    throw error;
  }
}

/** Poll `read` until `accept` holds (no fixed sleeps); throws with `what` after `timeoutMs`. */
async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await read();
    if (accept(last)) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** What the test sees of one control: found or not, its box, text, value and attributes. */
export interface Control {
  found: boolean;
  box: Box | null;
  text: string;
  value: string | null;
  attributes: Record<string, string>;
}

/** One of our in-page panels (the toolbar or the highlight popover), reached as a reader reaches it. */
export class InPageUi {
  constructor(
    readonly page: Page,
    readonly name: UiName,
  ) {}

  /** How many hosts of this panel are in the page. */
  async count(): Promise<number> {
    return (await rootsOf(this.page, this.name)).length;
  }

  /** Run `fn` on the (single) shown panel's closed root; null when none is shown. */
  async evaluate<T, A>(fn: (root: ShadowRoot, arg: A) => T, arg: A): Promise<T | null> {
    const [objectId] = await rootsOf(this.page, this.name);
    if (!objectId) return null;
    const cdp = await sessionOf(this.page);
    const { result, exceptionDetails } = (await cdp.send('Runtime.callFunctionOn', {
      objectId,
      // esbuild's keep-names helper, in case the test's function was compiled with it.
      functionDeclaration: `function (arg) { const __name = (f) => f; return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    })) as { result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  }

  /** The first control matching `selector` (and containing `hasText`, when given). */
  async control(selector: string, hasText?: string): Promise<Control> {
    const found = await this.evaluate(
      (root, { selector, hasText }) => {
        const element = [...root.querySelectorAll(selector)].find((e) => hasText === undefined || (e.textContent ?? '').includes(hasText));
        if (!element) return null;
        const rect = element.getBoundingClientRect();
        const shown = rect.width > 0 && rect.height > 0;
        return {
          found: true,
          box: shown ? { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom } : null,
          text: element.textContent ?? '',
          value: 'value' in element ? String((element as HTMLInputElement).value) : null,
          attributes: Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])),
        };
      },
      { selector, hasText },
    );
    return found ?? { found: false, box: null, text: '', value: null, attributes: {} };
  }

  /** Wait until a control matching `selector` (with `hasText`) is shown; returns it. */
  waitFor(selector: string, hasText?: string): Promise<Control> {
    return until(() => this.control(selector, hasText), (c) => c.box !== null, `${this.name} ${selector} ${hasText ?? ''}`);
  }

  /** Wait until this panel is gone from the page. */
  async waitForGone(): Promise<void> {
    await until(() => this.count(), (n) => n === 0, `${this.name} to close`);
  }

  /** A real mouse click in the middle of the control (a trusted event, as the reader's). */
  async click(selector: string, hasText?: string): Promise<void> {
    const { box } = await this.waitFor(selector, hasText);
    await this.page.mouse.click((box!.left + box!.right) / 2, (box!.top + box!.bottom) / 2);
  }

  /** Click into a field, select what it holds and type `text` over it with the keyboard. */
  async fill(selector: string, text: string): Promise<void> {
    await this.click(selector);
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    if (text) await this.page.keyboard.insertText(text);
  }

  async text(selector: string, hasText?: string): Promise<string> {
    return (await this.waitFor(selector, hasText)).text;
  }

  async value(selector: string): Promise<string | null> {
    return (await this.waitFor(selector)).value;
  }

  async attribute(selector: string, name: string): Promise<string | null> {
    return (await this.waitFor(selector)).attributes[name] ?? null;
  }
}

export const toolbarOf = (page: Page): InPageUi => new InPageUi(page, 'selection-toolbar');
export const popoverOf = (page: Page): InPageUi => new InPageUi(page, 'note-popover');

/** After a selection made by script, the reader's next key-up shows the toolbar (as after Shift+arrows). */
export async function showToolbarForSelection(page: Page): Promise<InPageUi> {
  await page.keyboard.press('Shift');
  const toolbar = toolbarOf(page);
  await toolbar.waitFor('.panel');
  return toolbar;
}
