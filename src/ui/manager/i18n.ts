// The manager's UI text, through the shared helper the popup uses
// (src/ui/shared/i18n.ts: browser.i18n, Chinese by default). The manager's
// keys are the `mgr*` entries of _locales/<lang>/messages.json; restricting
// the key type to them keeps the manager from borrowing popup wording by
// accident, and a misspelt key is a type error.
import { plural as sharedPlural, t as sharedT, uiLanguage, type MessageKey, type PluralBase } from '../shared/i18n.ts';

export type ManagerMessageKey = Extract<MessageKey, `mgr${string}`>;

export function t(key: ManagerMessageKey, ...substitutions: (string | number)[]): string {
  return sharedT(key, ...substitutions);
}

/** A manager message with a count, in the UI language's plural form (see shared/i18n.ts). */
export function plural(base: Extract<PluralBase, `mgr${string}`>, count: number, ...substitutions: (string | number)[]): string {
  return sharedPlural(base, count, ...substitutions);
}

/** The browser UI language ("zh-CN", "en-US") for dates and numbers. */
export function uiLocale(): string {
  return uiLanguage();
}
