// UI text comes from _locales/<lang>/messages.json through the browser's i18n
// API: Chinese by default (manifest default_locale zh_CN), English under an
// English browser. MessageKey is derived from the Chinese catalogue, so a
// missing or misspelt key is a type error; a unit test keeps en complete.
import type zhCN from '../../../_locales/zh_CN/messages.json';
import { extensionApi } from '../../extension/browser-api.ts';

export type MessageKey = keyof typeof zhCN;

/** The localised message, with $1…$9 substitutions. Falls back to the key so a gap is visible, not blank. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const text = extensionApi().i18n.getMessage(key, substitutions.map(String));
  return text || key;
}

/** The browser UI language ("zh-CN", "en-US"), for number and date formatting. */
export function uiLanguage(): string {
  return extensionApi().i18n.getUILanguage();
}

/** The bases of messages that come in plural forms: `<base>_one` and `<base>_other` in both catalogues. */
export type PluralBase = { [K in MessageKey]: K extends `${infer Base}_other` ? (`${Base}_one` extends MessageKey ? Base : never) : never }[MessageKey];

/**
 * A message with a count, in the form the UI language's plural rules pick
 * (Intl.PluralRules: "1 highlight", "2 highlights"; Chinese has one form).
 * The count is the first substitution.
 */
export function plural(base: PluralBase, count: number, ...substitutions: (string | number)[]): string {
  const form = new Intl.PluralRules(uiLanguage()).select(count) === 'one' ? 'one' : 'other';
  return t(`${base}_${form}` as MessageKey, count, ...substitutions);
}
