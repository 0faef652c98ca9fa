import { describe, expect, it } from 'vitest';
import { GLOSSES } from '../../../src/core/slogans/lexicon/glosses.ts';
import { COMMON_TERMS, LEXICON, LEXICON_CATEGORIES, LEXICON_SOURCES, SIGNATURE_FORMULATIONS } from '../../../src/core/slogans/lexicon/index.ts';
import { formulationKey, toMatchingText } from '../../../src/core/slogans/match-text.ts';

const HAN = /\p{Script=Han}/u;
/** Characters a formulation may contain besides Han: the separators official texts write. */
const ALLOWED = /^[\p{Script=Han}、，“”]+$/u;
/**
 * A cut-off fragment starts on a separator or a particle that binds to what
 * precedes it (的, 之, 与, 及), or ends on a separator or a conjunction
 * waiting for what follows (与, 及); no formulation does.
 */
const FRAGMENT_EDGE = /^[、，的之与及]|[、，与及]$/u;

describe('formulation lexicon', () => {
  it('holds over a thousand formulations, in every category', () => {
    expect(LEXICON.length).toBeGreaterThan(1000);
    for (const category of LEXICON_CATEGORIES) {
      expect(LEXICON.filter((e) => e.category === category).length, category).toBeGreaterThan(0);
    }
  });

  it('has well-formed entries: non-empty Han text, known category, no stray characters', () => {
    const categories = new Set<string>(LEXICON_CATEGORIES);
    for (const entry of LEXICON) {
      expect(categories.has(entry.category), entry.text).toBe(true);
      expect(entry.text, entry.text).toMatch(ALLOWED);
      expect(entry.text).toBe(entry.text.trim());
      expect(toMatchingText(entry.text), 'written in canonical full-width form').toBe(entry.text);
      expect([...entry.text].filter((ch) => HAN.test(ch)).length, entry.text).toBeGreaterThanOrEqual(2);
      if (entry.note !== undefined) expect(entry.note.trim().length, entry.text).toBeGreaterThan(0);
    }
  });

  it('has no duplicates once punctuation and quotes are normalised away', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const entry of LEXICON) {
      const key = formulationKey(entry.text);
      const earlier = seen.get(key);
      if (earlier !== undefined) duplicates.push(`${earlier} = ${entry.text}`);
      seen.set(key, entry.text);
    }
    expect(duplicates).toEqual([]);
  });

  it('attributes every entry to a listed document or to common usage, every document holding entries', () => {
    const sources = new Set(Object.keys(LEXICON_SOURCES));
    for (const entry of LEXICON) expect(sources.has(entry.source), entry.text).toBe(true);
    for (const source of sources) expect(LEXICON.filter((e) => e.source === source).length, source).toBeGreaterThan(0);
    for (const [source, { title, year }] of Object.entries(LEXICON_SOURCES)) {
      if (source === 'common') continue;
      expect(title, source).toMatch(HAN);
      expect(title, source).toContain(String(year));
    }
  });

  it('gives a 释义 only to sourced entries, from the very document the entry is attributed to', () => {
    const byText = new Map(LEXICON.map((e) => [e.text, e]));
    const glossed = Object.entries(GLOSSES);
    expect(glossed.length).toBeGreaterThanOrEqual(20);
    for (const [text, { source, gloss }] of glossed) {
      const entry = byText.get(text);
      expect(entry, text).toBeDefined();
      expect(entry!.source, text).toBe(source);
      expect(source, text).not.toBe('common');
      expect(gloss, text).toBe(gloss.trim());
      expect(gloss.length, text).toBeGreaterThan(4);
      // One line, quoted words only: no line break, no added commentary in brackets.
      // (…… marks words of the document left out of the quote.)
      expect(gloss, text).toMatch(/^[\p{Script=Han}、，；“”…]+$/u);
      expect(gloss.length, text).toBeLessThanOrEqual(120);
    }
  });

  it('has no entry that is a cut-off fragment (starting or ending on a particle or separator)', () => {
    expect(LEXICON.filter((e) => FRAGMENT_EDGE.test(e.text)).map((e) => e.text)).toEqual([]);
  });

  it('has balanced quotation marks in every entry', () => {
    for (const entry of LEXICON) {
      expect(entry.text.split('“').length, entry.text).toBe(entry.text.split('”').length);
    }
  });

  it('ranks tiers only of entries it holds, and no entry is both common and signature', () => {
    const texts = new Set(LEXICON.map((e) => e.text));
    expect([...COMMON_TERMS].filter((t) => !texts.has(t))).toEqual([]);
    expect([...SIGNATURE_FORMULATIONS].filter((t) => !texts.has(t))).toEqual([]);
    expect([...COMMON_TERMS].filter((t) => SIGNATURE_FORMULATIONS.has(t))).toEqual([]);
  });

  it('includes the core formulations of the genre', () => {
    const keys = new Set(LEXICON.map((e) => formulationKey(e.text)));
    const core = [
      '两个确立', '两个维护', '四个意识', '四个自信', '不忘初心、牢记使命', '全面从严治党', '一岗双责', '三会一课',
      '中央八项规定精神', '伟大建党精神', '中国式现代化', '新质生产力', '全过程人民民主', '人类命运共同体', '国之大者',
      '两个大局', '百年未有之大变局', '新发展理念', '新发展阶段', '新发展格局', '高质量发展', '总体国家安全观',
      '以人民为中心的发展思想', '习近平新时代中国特色社会主义思想', '协商民主',
    ];
    expect(core.filter((text) => !keys.has(formulationKey(text)))).toEqual([]);
  });
});
