// Our in-page UI (selection toolbar, note popover) lives in a shadow root on
// a host element marked data-dj-ui, so:
// - the page's CSS cannot restyle it and ours cannot leak out (`all: initial`
//   on the host stops inherited page styles at the boundary);
// - the anchoring text model skips it (text-model.ts UI_ATTRIBUTE), so the
//   words on our buttons never become page text or shift offsets.
// Open mode: the page's scripts could read what is typed into a note, but
// they can read the page's selection and our highlights anyway; open mode
// lets assistive technology and the browser tests reach the controls.
// Strings come from the extension's _locales through i18n.getMessage (the
// content script imports no UI code).
import { extensionApi } from '../browser-api.ts';

export const UI_HOST_ATTRIBUTE = 'data-dj-ui';

export interface ShadowUi {
  host: HTMLElement;
  root: ShadowRoot;
  remove(): void;
}

/** A fixed-position host at the end of <html> (not <body>: pages that rebuild their body would drop it). */
export function createShadowUi(doc: Document, name: string, css: string): ShadowUi {
  const host = doc.createElement('dj-ui');
  host.setAttribute(UI_HOST_ATTRIBUTE, name);
  host.style.cssText = 'all: initial; position: absolute; top: 0; left: 0; z-index: 2147483647;';
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = BASE_CSS + css;
  root.append(style);
  doc.documentElement.append(host);
  return { host, root, remove: () => host.remove() };
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
  position: absolute; box-sizing: border-box; font: 13px/1.4 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  color: #1d1d1f; background: #fff; border: 1px solid #d0d0d6; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18);
  padding: 6px; display: flex; flex-direction: column; gap: 6px;
  width: max-content; max-width: calc(100vw - 16px);
}
.panel[data-mode="colors"] { border-radius: 999px; padding: 4px 4px 4px 8px; }
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
