// Our in-page UI (selection toolbar, note popover) lives in a shadow root on
// a host element marked data-dj-ui. The page is not trusted (issue 11):
// - the root is closed, so the page's scripts cannot reach our controls or
//   read a note shown in them (the handlers also act on trusted events only);
// - the host's tag name is random per load (a page cannot pre-define it as a
//   custom element or select it by name) and its inline styles are
//   !important (inline !important outranks every page rule, `all: unset`
//   included), re-asserted if a script rewrites them;
// - the panel is shown in the top layer (popover="manual"), above the page's
//   z-index and unaffected by transforms on html/body, and shown again on top
//   when the page opens its own popover or dialog over it;
// - a host the page removes is put back (a bounded number of times).
// The anchoring text model skips the host (text-model.ts UI_ATTRIBUTE), so
// the words on our buttons never become page text or shift offsets.
// Strings come from the extension's _locales through i18n.getMessage (the
// content script imports no UI code).
import { extensionApi } from '../browser-api.ts';

export const UI_HOST_ATTRIBUTE = 'data-dj-ui';

/** How often one host is put back or re-styled after the page undid it: enough for any accident, bounded against a page that fights. */
const MAX_REPAIRS = 20;

const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: absolute',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'overflow: visible',
  'visibility: visible',
  'opacity: 1',
  'transform: none',
  'filter: none',
  'clip-path: none',
  'pointer-events: auto',
  'z-index: 2147483647',
].map((declaration) => `${declaration} !important`).join('; ');

export interface ShadowUi {
  host: HTMLElement;
  root: ShadowRoot;
  /** Put `panel` in the root and show it (in the top layer where the browser has one). */
  present(panel: HTMLElement): void;
  remove(): void;
}

/** A custom-element-shaped name no page can guess: `dj-` and 10 random letters/digits. */
function randomTagName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return `dj-${Array.from(bytes, (byte) => (byte % 36).toString(36)).join('')}`;
}

let hostTag = randomTagName();

/** A host with a closed shadow root; a name the page has defined anyway (its constructor attached a root first) is replaced. */
function attachHost(doc: Document): { host: HTMLElement; root: ShadowRoot } {
  for (let attempt = 0; ; attempt++) {
    try {
      const host = doc.createElement(hostTag);
      return { host, root: host.attachShadow({ mode: 'closed' }) };
    } catch (error) {
      if (attempt >= 3) throw error;
      hostTag = randomTagName();
    }
  }
}

/** Where the host goes: the page's topmost modal dialog while one is open (everything outside it is inert), else the end of <html> (not <body>: pages that rebuild their body would drop it). */
function hostParent(doc: Document): Element {
  let modal: Element | null = null;
  try {
    const open = doc.querySelectorAll('dialog:modal');
    modal = open[open.length - 1] ?? null;
  } catch {
    // :modal unsupported: no modal dialogs either
  }
  return modal ?? doc.documentElement;
}

export function createShadowUi(doc: Document, name: string, css: string): ShadowUi {
  const { host, root } = attachHost(doc);
  host.setAttribute(UI_HOST_ATTRIBUTE, name);
  host.setAttribute('style', HOST_STYLE);
  const style = doc.createElement('style');
  style.textContent = BASE_CSS + css;
  root.append(style);
  hostParent(doc).append(host);

  let panel: HTMLElement | null = null;
  let repairs = 0;
  let raises = 0;
  let removed = false;

  /** Show the panel (again) at the top of the top layer. */
  const raise = (): void => {
    if (!panel || !host.isConnected || typeof panel.showPopover !== 'function') return;
    try {
      if (panel.matches(':popover-open')) panel.hidePopover();
      panel.showPopover();
    } catch {
      // not rendered (an ancestor hidden): the next repair tries again
    }
  };
  const repair = (): void => {
    if (removed || ++repairs > MAX_REPAIRS) return;
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
    const parent = hostParent(doc);
    if (host.parentNode !== parent) {
      parent.append(host);
      raise();
    }
  };
  const observer = new MutationObserver(() => {
    if (host.parentNode !== hostParent(doc) || host.getAttribute('style') !== HOST_STYLE) repair();
  });
  observer.observe(doc, { childList: true, subtree: true });
  observer.observe(host, { attributes: true });
  // A popover or dialog the page opens goes above ours: ours goes above it again
  // (our own toggles stay inside the closed root: toggle is not composed).
  const onToggle = (event: Event): void => {
    if (removed || !event.isTrusted || ++raises > MAX_REPAIRS) return;
    const parent = hostParent(doc);
    if (host.parentNode !== parent) parent.append(host);
    raise();
  };
  doc.addEventListener('toggle', onToggle, true);

  return {
    host,
    root,
    present(element) {
      panel = element;
      if (typeof element.showPopover === 'function') element.popover = 'manual';
      root.append(element);
      raise();
    },
    remove() {
      removed = true;
      observer.disconnect();
      doc.removeEventListener('toggle', onToggle, true);
      host.remove();
    },
  };
}

/** Runs `handler` only for events the browser made from the reader's input, never for a page script's dispatchEvent() or click(). */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}

/** Localised UI text; the key itself when missing, so a gap is visible. */
export function uiText(key: string, ...substitutions: string[]): string {
  try {
    return extensionApi().i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

/** Background colours matching the painted highlights (annotate/highlight-styles.ts), opaque for swatches. */
export const SWATCHES: Readonly<Record<string, string>> = {
  yellow: '#ffe240',
  red: '#ff6363',
  green: '#60d670',
  blue: '#5caaff',
  purple: '#ba78ff',
};

const BASE_CSS = `
:host { color-scheme: light dark; }
.panel {
  position: absolute; inset: auto; margin: 0; overflow: visible; box-sizing: border-box; font: 13px/1.4 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  color: #1d1d1f; background: #fff; border: 1px solid #d0d0d6; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18);
  padding: 6px; display: flex; flex-direction: column; gap: 6px;
  width: max-content; max-width: calc(100vw - 16px);
}
.panel[data-mode="colors"] { border-radius: 999px; padding: 4px 4px 4px 8px; }
.panel[data-mode="exists"] { border-radius: 999px; padding: 4px; }
.panel[data-mode="exists"] button { border-radius: 999px; }
.note-button { border-left: 1px solid #d0d0d6; border-radius: 0 999px 999px 0; margin-left: 2px; }
.row { display: flex; align-items: center; gap: 4px; flex-wrap: nowrap; }
button { font: inherit; color: inherit; cursor: pointer; border: 1px solid transparent; background: transparent; border-radius: 6px; padding: 3px 8px; white-space: nowrap; }
button:hover { background: rgba(127,127,127,.15); }
button:focus-visible, textarea:focus-visible, input:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
.swatch { width: 22px; height: 22px; padding: 0; border-radius: 50%; border: 2px solid rgba(0,0,0,.15); }
.swatch[aria-pressed="true"] { border-color: #1d1d1f; }
textarea, input { font: inherit; color: inherit; background: transparent; border: 1px solid #b8b8c0; border-radius: 6px; padding: 4px 6px; width: 100%; box-sizing: border-box; }
textarea { min-height: 4.5em; resize: vertical; }
.message { margin: 0; font-size: 12px; }
.message[data-kind="error"] { color: #b3261e; }
[aria-invalid="true"] { border-color: #b3261e; }
@media (prefers-color-scheme: dark) { .message[data-kind="error"] { color: #ffb4ab; } [aria-invalid="true"] { border-color: #ffb4ab; } }
.primary { background: #c8102e; color: #fff; }
.primary:hover { background: #a50d26; }
.note-text { margin: 0; white-space: pre-wrap; max-height: 10em; overflow: auto; }
.tags { margin: 0; font-size: 12px; opacity: .8; }
[hidden] { display: none !important; }
@media (prefers-color-scheme: dark) {
  .panel { color: #ececf1; background: #2b2b31; border-color: #48484f; }
  .note-button { border-left-color: #48484f; }
  .swatch[aria-pressed="true"] { border-color: #ececf1; }
  .message[data-kind="error"] { color: #ff8a80; }
}
`;
