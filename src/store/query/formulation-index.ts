// The cross-article index of key formulations (提法): every formulation the
// analysis found on any saved page (PageRecord.slogans), in how many articles
// and how often in all, leading to those articles and to the reader's own
// passages that contain it. A study group preparing a session on "两个确立"
// sees at once which saved articles use it, and what they highlighted there.
//
// Passages are found with one Aho-Corasick pass over all quotes (the same
// automaton the analysis uses), not one scan per formulation: a library of
// 1,000 pages holds a few thousand distinct formulations.
import { AhoCorasick } from '../../core/slogans/aho-corasick.ts';
import type { LibraryIndex } from './library-index.ts';
import { normalizeForSearch } from './search-text.ts';
import { compareTitles } from './sort.ts';

export interface FormulationArticle {
  url: string;
  title: string;
  /** Occurrences on that page when it was analysed. */
  count: number;
}

export interface FormulationEntry {
  /** As the first page that has it spells it. */
  text: string;
  /** Lexicon category or pattern kind, from that page. */
  kind: string;
  articleCount: number;
  /** Sum of the per-page counts. */
  occurrences: number;
  /** Most occurrences first. */
  articles: FormulationArticle[];
  /** Annotations whose quote contains the formulation, on any page, article by article in reading order. */
  passageIds: string[];
}

export function buildFormulationIndex(index: LibraryIndex): FormulationEntry[] {
  const byKey = new Map<string, FormulationEntry>();
  for (const article of index.articles) {
    for (const slogan of article.page?.slogans ?? []) {
      const key = normalizeForSearch(slogan.text.trim());
      if (!key) continue;
      let entry = byKey.get(key);
      if (!entry) {
        entry = { text: slogan.text.trim(), kind: slogan.kind, articleCount: 0, occurrences: 0, articles: [], passageIds: [] };
        byKey.set(key, entry);
      }
      // A page lists a formulation once; if a hand-edited import repeats it, count the page once.
      const existing = entry.articles.find((a) => a.url === article.url);
      if (existing) {
        existing.count += slogan.count;
      } else {
        entry.articles.push({ url: article.url, title: article.title, count: slogan.count });
        entry.articleCount += 1;
      }
      entry.occurrences += slogan.count;
    }
  }
  const keys = [...byKey.keys()];
  const entries = [...byKey.values()];
  if (keys.length > 0) attachPassages(index, keys, entries);
  for (const entry of entries) entry.articles.sort((a, b) => b.count - a.count || compareTitles(a.title, b.title));
  return entries.sort(
    (a, b) => b.articleCount - a.articleCount || b.occurrences - a.occurrences || compareTitles(a.text, b.text),
  );
}

function attachPassages(index: LibraryIndex, keys: string[], entries: FormulationEntry[]): void {
  const automaton = new AhoCorasick(keys);
  // lastSeen[id] = the passage that last matched formulation id: one mention per passage.
  const lastSeen = new Int32Array(keys.length).fill(-1);
  let passage = 0;
  for (const article of index.articles) {
    for (const annotation of article.annotations) {
      for (const match of automaton.findAll(annotation.normalizedQuote)) {
        if (lastSeen[match.id] === passage) continue;
        lastSeen[match.id] = passage;
        entries[match.id]?.passageIds.push(annotation.annotation.id);
      }
      passage += 1;
    }
  }
}

/** The entries whose text contains every character sequence typed (the index view's own search box). */
export function filterFormulations(entries: readonly FormulationEntry[], query: string): FormulationEntry[] {
  const needle = normalizeForSearch(query.trim());
  if (!needle) return [...entries];
  return entries.filter((entry) => normalizeForSearch(entry.text).includes(needle));
}
