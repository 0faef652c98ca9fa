// The manager's UI text. Messages come from the browser's i18n API through
// the shared helper (src/ui/shared/i18n.ts), like the popup's. The manager's
// keys are written in messages.zh_CN.json / messages.en.json next to this
// file until they are merged into _locales/; until then, and wherever the
// extension API is absent (unit tests, the page opened as a plain file), the
// Chinese fragment itself supplies the text, with the same $1…$9 placeholders.
import { t as sharedT, uiLanguage as sharedUiLanguage, type MessageKey } from '../shared/i18n.ts';
import zhCN from './messages.zh_CN.json';

export type ManagerMessageKey = keyof typeof zhCN;

interface CatalogueEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export function t(key: ManagerMessageKey, ...substitutions: (string | number)[]): string {
  try {
    // The shared catalogue's key type does not know the manager's keys until they are merged.
    const text = sharedT(key as unknown as MessageKey, ...substitutions);
    if (text && text !== key) return text;
  } catch {
    // No WebExtension API here: fall through to the bundled Chinese text.
  }
  return formatMessage(zhCN[key], substitutions.map(String));
}

/** The catalogue format's substitution: $NAME$ -> its placeholder's content ($1…), then $n -> substitution n. */
export function formatMessage(entry: CatalogueEntry, substitutions: readonly string[]): string {
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    return entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
  });
  return named.replace(/\$(\d)/g, (whole, digit: string) => substitutions[Number(digit) - 1] ?? whole);
}

/** The browser's UI language for number and date formatting; Chinese outside the extension. */
export function uiLocale(): string {
  try {
    return sharedUiLanguage();
  } catch {
    return 'zh-CN';
  }
}
