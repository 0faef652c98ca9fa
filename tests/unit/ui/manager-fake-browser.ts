// A stand-in for the WebExtension globals the manager page reads (i18n
// only): messages come from the extension's _locales catalogues, with the
// browser's placeholder substitution, so render tests see the real Chinese
// (or English) text.
import en from '../../../_locales/en/messages.json';
import zhCN from '../../../_locales/zh_CN/messages.json';

interface CatalogueEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Catalogue = Record<string, CatalogueEntry>;

/** As chrome.i18n does: $NAME$ -> its placeholder's content ($1…), then $n -> substitution n. */
export function formatMessage(entry: CatalogueEntry, substitutions: readonly string[]): string {
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole);
  return named.replace(/\$(\d)/g, (whole, digit: string) => substitutions[Number(digit) - 1] ?? whole);
}

export function installFakeBrowser(locale: 'zh_CN' | 'en' = 'zh_CN'): () => void {
  const catalogue: Catalogue = locale === 'en' ? en : zhCN;
  const globals = globalThis as { browser?: unknown };
  const previous = globals.browser;
  globals.browser = {
    runtime: { id: 'manager-test' },
    i18n: {
      getMessage: (key: string, substitutions?: string | string[]) => {
        const entry = catalogue[key];
        if (!entry) return '';
        return formatMessage(entry, typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []));
      },
      getUILanguage: () => (locale === 'en' ? 'en-US' : 'zh-CN'),
    },
  };
  return () => {
    globals.browser = previous;
  };
}
