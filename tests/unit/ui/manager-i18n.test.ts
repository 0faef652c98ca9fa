import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from '../../../src/ui/manager/messages.en.json';
import zh from '../../../src/ui/manager/messages.zh_CN.json';
import { t } from '../../../src/ui/manager/i18n.ts';
import { formatMessage, installFakeBrowser } from './manager-fake-browser.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

describe('manager message fragments', () => {
  it('have the same keys and placeholders in Chinese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, entry] of Object.entries(zh as Catalogue)) {
      expect((en as Catalogue)[key]?.placeholders, key).toEqual(entry.placeholders);
    }
  });

  it('use every placeholder they declare and declare every one they use', () => {
    for (const catalogue of [zh, en] as Catalogue[]) {
      for (const [key, entry] of Object.entries(catalogue)) {
        const used = new Set([...entry.message.matchAll(/\$([A-Z]+)\$/g)].map((m) => m[1]!.toLowerCase()));
        expect(new Set(Object.keys(entry.placeholders ?? {})), key).toEqual(used);
      }
    }
  });

  it('do not collide with keys already in _locales', () => {
    for (const locale of readdirSync(path.join(root, '_locales'))) {
      const existing = JSON.parse(readFileSync(path.join(root, '_locales', locale, 'messages.json'), 'utf8')) as Catalogue;
      for (const key of Object.keys(zh)) expect(Object.hasOwn(existing, key), `${locale}: ${key}`).toBe(false);
    }
  });

  it('every UI source file uses only keys the fragment defines', () => {
    const dir = path.join(root, 'src/ui/manager');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
    for (const file of files) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      for (const match of text.matchAll(/'(mgr[A-Za-z]+)'/g)) expect(Object.hasOwn(zh, match[1]!), `${file}: ${match[1]}`).toBe(true);
    }
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
