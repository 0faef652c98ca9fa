// Shape of the formulation lexicon. The category is a short Chinese key the
// popup shows next to each formulation (it becomes the slogan's `kind`), and
// tells the party-building detector how party-specific the formulation is.

import type { LexiconSource } from './sources.ts';

export const LEXICON_CATEGORIES = [
  '政治建设',
  '理论武装',
  '全面从严治党',
  '纪检监察',
  '组织建设',
  '作风建设',
  '党史学习教育',
  '主题教育',
  '精神谱系',
  '生平评价',
  '党的会议',
  '发展理念',
  '奋斗目标',
  '国家治理',
  '统一战线',
  '意识形态',
  '教育',
  '国防军队',
  '民生',
  '生态文明',
  '外交',
] as const;

export type LexiconCategory = (typeof LEXICON_CATEGORIES)[number];

export interface LexiconEntry {
  /** The formulation as official texts write it (with its 、 and quotes). */
  text: string;
  category: LexiconCategory;
  /** The document it is attributed to (sources.ts), or 'common'. */
  source: LexiconSource;
  /** What it refers to, where the text alone does not say. */
  note?: string;
  /**
   * Ranking tier: 'signature' for the era's key formulations
   * (signature-formulations.ts), 'common' for everyday vocabulary of the
   * genre (common-terms.ts); absent for other formulations.
   */
  tier?: 'signature' | 'common';
}

/** An item of a category list: the text, or the text with a note. */
export type LexiconItem = string | readonly [text: string, note: string];

/** Entries of one category; without a source document they are 'common'. */
export function entriesOf(category: LexiconCategory, items: readonly LexiconItem[], source: LexiconSource = 'common'): LexiconEntry[] {
  return items.map((item) =>
    typeof item === 'string' ? { text: item, category, source } : { text: item[0], category, source, note: item[1] },
  );
}
