import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import zh from '../../../_locales/zh_CN/messages.json';
import { t } from '../../../src/ui/manager/i18n.ts';
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
        expect(Object.hasOwn(zh, match[1]!), `${file}: ${match[1]}`).toBe(true);
      }
    }
    expect(named.size).toBeGreaterThan(100);
  });
});

describe('t', () => {
  it('asks the browser for the message with substitutions in placeholder order', () => {
    const uninstall = installFakeBrowser();
    try {
      expect(t('mgrResultCounts', 3, 12)).toBe('找到 3 篇文章、12 条摘录');
      expect(t('mgrSettingsInvalidSite', 2, 'a b')).toBe('第 2 行不是有效的域名：a b');
    } finally {
      uninstall();
    }
    const restore = installFakeBrowser('en');
    try {
      expect(t('mgrResultCounts', 3, 12)).toBe('Found 3 articles, 12 passages');
    } finally {
      restore();
    }
  });

  it('formats a catalogue entry as the browser does', () => {
    expect(formatMessage({ message: '$B$ then $A$', placeholders: { a: { content: '$1' }, b: { content: '$2' } } }, ['x', 'y'])).toBe('y then x');
  });
});
