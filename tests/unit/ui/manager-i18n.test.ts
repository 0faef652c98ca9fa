import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import zh from '../../../_locales/zh_CN/messages.json';
import { plural, t } from '../../../src/ui/manager/i18n.ts';
import { formatMessage, installFakeBrowser } from './manager-fake-browser.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

// Completeness of both catalogues (same keys, placeholders) is locales.test.ts's job.
describe('manager messages', () => {
  it('every manager source file names only mgr* keys the catalogue defines', () => {
    const dir = path.join(root, 'src/ui/manager');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
    const named = new Set<string>();
    for (const file of files) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      for (const match of text.matchAll(/'(mgr[A-Za-z]+)'/g)) {
        named.add(match[1]!);
        // A plural base names its two forms (see plural()).
        const defined = Object.hasOwn(zh, match[1]!) || (Object.hasOwn(zh, `${match[1]}_one`) && Object.hasOwn(zh, `${match[1]}_other`));
        expect(defined, `${file}: ${match[1]}`).toBe(true);
      }
    }
    expect(named.size).toBeGreaterThan(100);
  });
});

describe('t', () => {
  it('asks the browser for the message with substitutions in placeholder order', () => {
    const uninstall = installFakeBrowser();
    try {
      expect(t('mgrResultCounts', plural('mgrCountArticles', 3), plural('mgrCountHighlights', 12))).toBe('找到 3 篇文章、12 条标注');
      expect(t('mgrResultCounts', plural('mgrCountArticles', 1), plural('mgrCountHighlights', 1))).toBe('找到 1 篇文章、1 条标注');
      expect(t('mgrSettingsInvalidSite', 2, 'a b')).toBe('第 2 行不是有效的域名：a b');
    } finally {
      uninstall();
    }
    const restore = installFakeBrowser('en');
    try {
      expect(t('mgrResultCounts', plural('mgrCountArticles', 3), plural('mgrCountHighlights', 12))).toBe('Found 3 articles, 12 highlights');
      // English plurals by Intl.PluralRules: one form for 1, the other for 0 and 2.
      expect(t('mgrResultCounts', plural('mgrCountArticles', 1), plural('mgrCountHighlights', 1))).toBe('Found 1 article, 1 highlight');
      expect(plural('mgrCountHighlights', 0)).toBe('0 highlights');
      expect(t('mgrDeletedToast', plural('mgrCountHighlights', 1))).toBe('Deleted 1 highlight.');
      expect(plural('mgrShowMoreFormulations', 1, 1)).toBe('Show 1 more formulation (1 left)');
      expect(plural('mgrShowMoreFormulations', 20, 41)).toBe('Show 20 more formulations (41 left)');
    } finally {
      restore();
    }
  });

  it('formats a catalogue entry as the browser does', () => {
    expect(formatMessage({ message: '$B$ then $A$', placeholders: { a: { content: '$1' }, b: { content: '$2' } } }, ['x', 'y'])).toBe('y then x');
  });
});
