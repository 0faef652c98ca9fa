// The manager's UI text, through the shared helper the popup uses
// (src/ui/shared/i18n.ts: browser.i18n, Chinese by default). The manager's
// keys live in messages.zh_CN.json / messages.en.json next to this file
// until they are merged into _locales/; ManagerMessageKey is derived from the
// Chinese fragment (a type-only import: no text in the bundle), so a
// misspelt key is a type error. Once merged, the cast below can go and
// ManagerMessageKey can become the shared MessageKey.
import { t as sharedT, uiLanguage, type MessageKey } from '../shared/i18n.ts';
import type zhCN from './messages.zh_CN.json';

export type ManagerMessageKey = keyof typeof zhCN;

export function t(key: ManagerMessageKey, ...substitutions: (string | number)[]): string {
  return sharedT(key as unknown as MessageKey, ...substitutions);
}

/** The browser UI language ("zh-CN", "en-US") for dates and numbers. */
export function uiLocale(): string {
  return uiLanguage();
}
