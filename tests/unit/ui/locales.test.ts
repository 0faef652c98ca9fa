// Both catalogues are complete and agree, and every message the code asks
// for exists: a missing key would show the key itself to the reader.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (locale: string): Catalogue => JSON.parse(readFileSync(path.join(root, '_locales', locale, 'messages.json'), 'utf8'));
const zh = load('zh_CN');
const en = load('en');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.(ts|tsx)$/.test(entry) ? [full] : [];
  });
}

describe('_locales', () => {
  it('uses one word for a saved passage: 标注 in Chinese, highlight in English', () => {
    const words = (message: string) => message.replace(/\$\w+\$/g, '');
    for (const [key, { message }] of Object.entries(zh)) expect(words(message), key).not.toMatch(/划线|高亮|摘录/);
    // "W3C Web Annotations" names a file format, and Annotation, AnnotationPage
    // and AnnotationCollection (capitalised) are its type names that import
    // problems quote; neither is our word for a passage.
    const formatNames = (message: string) => message.replace('Web Annotations', '').replace(/\bAnnotation(Collection|Page)?\b/g, '');
    for (const [key, { message }] of Object.entries(en)) expect(formatNames(words(message)), key).not.toMatch(/annotation|passage/i);
  });

  it('has the same keys and the same placeholders in Chinese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh)) {
      expect(Object.keys(en[key]!.placeholders ?? {}).sort(), key).toEqual(Object.keys(zh[key]!.placeholders ?? {}).sort());
      expect(en[key]!.message.trim(), key).not.toBe('');
    }
  });

  it('uses every placeholder it declares and declares every one it uses', () => {
    for (const catalogue of [zh, en]) {
      for (const [key, { message, placeholders = {} }] of Object.entries(catalogue)) {
        const used = [...message.matchAll(/\$(\w+)\$/g)].map((match) => match[1]!.toLowerCase()).sort();
        expect(used, key).toEqual(Object.keys(placeholders).sort());
      }
    }
  });

  it('is Chinese in zh_CN (every message has Chinese text or is a symbol-only template)', () => {
    for (const [key, { message }] of Object.entries(zh)) {
      if (key === 'extensionName' || key === 'popupTitle' || /[\u4e00-\u9fff]/.test(message)) continue;
      // A template of other (Chinese) messages: "$ARTICLES$ · $OCCURRENCES$ · $PASSAGES$".
      if (/^[\s·、，,:：；;]*$/.test(message.replace(/\$\w+\$/g, ''))) continue;
      throw new Error(`${key} has no Chinese: ${message}`);
    }
  });

  it('has every key the extension code asks for', () => {
    const files = ['src/ui/popup', 'src/ui/manager', 'src/ui/shared', 'src/extension'].flatMap((dir) => sourceFiles(path.join(root, dir)));
    const asked = new Set<string>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'(\w+)'/g)) asked.add(match[1]!);
      for (const match of text.matchAll(/getMessage\(\s*'(\w+)'/g)) asked.add(match[1]!);
      for (const match of text.matchAll(/label: '(\w+)'/g)) asked.add(match[1]!);
      // plural('base', n): both forms, in both catalogues (the same keys: checked above).
      for (const match of text.matchAll(/\bplural\(\s*'(\w+)'/g)) asked.add(`${match[1]}_one`).add(`${match[1]}_other`);
    }
    expect(asked.size).toBeGreaterThan(20);
    for (const key of asked) expect(zh, key).toHaveProperty(key);
  });
});
