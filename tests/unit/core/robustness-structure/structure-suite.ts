// A structural metamorphic suite over the shared corpus: every article page
// (gold is_article true) goes through one realistic rewrite of its template
// at a time (rewrites.ts: a portal's mega-menu, sidebars and footers, neutral
// class names, the headline in another element, <title> in another pattern,
// the body's paragraphs in other markup, a short body with captions) and
// must stay (a) out of the early verdict's reach, (b) an article for the full
// analysis and (c) titled as gold says. The figures count the pages kept
// right: right as saved and still right after the rewrite. They print as a
// table per rewrite and are asserted at the floors below (the figures the
// engine reached), so a change that loses one fails here. Non-articles go
// through the reverse (a long blurb, a heading repeating <title>) and are
// measured only: falling to the full analysis is allowed for them.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';
import { quickPageVerdict } from '../../../../src/core/page-kind/quick-verdict.ts';
import { textMatches } from '../corpus-matching.ts';
import { CORPUS_SETS, corpusAvailable, loadGold, loadPage, type CorpusSet, type GoldEntry } from '../corpus-pages.ts';
import { ARTICLE_REWRITES, NON_ARTICLE_REWRITES, type Rewrite } from './rewrites.ts';

interface Outcome {
  file: string;
  quickKept: boolean;
  articleKept: boolean;
  titleKept: boolean;
}


/**
 * Pages kept right per rewrite and part (isArticle true, title right), the
 * figures the engine reached; none may fall. Every rewrite is asserted, and
 * no article may ever be let go by the early verdict. Below a floor's full
 * count (the part's pages) are, in plain words: a 1,500-link menu or a
 * related list outweighing a one-paragraph brief; a <title> of the site's
 * name alone over a headline in a CMS-named <div>; a body cut to 150–300 Han.
 */
/**
 * Articles the early verdict still lets go, by rewrite (page id): a one-
 * paragraph brief among 200 links whose <title> is only the site's name and
 * whose headline is an <h2>. The rule that keeps it (under a site-name
 * <title>, the one long unlinked heading is the headline) did not fit the
 * analyser bundle's budget; the lead has the figures.
 */
const KNOWN_LET_GO: Record<string, string[]> = { '<title> site name only': ['d051'] };

// prettier-ignore
const FLOORS: Record<string, { article: number; title: number }[]> = {
  'mega-menu 1500 links before': [{ article: 15, title: 15 }, { article: 17, title: 17 }, { article: 16, title: 16 }, { article: 15, title: 15 }, { article: 15, title: 15 }],
  'sidebar 57 headline rows after': [{ article: 15, title: 15 }, { article: 17, title: 17 }, { article: 16, title: 16 }, { article: 15, title: 15 }, { article: 15, title: 15 }],
  'footer of link rows': [{ article: 17, title: 17 }, { article: 17, title: 17 }, { article: 16, title: 16 }, { article: 16, title: 16 }, { article: 16, title: 16 }],
  'related list inside the article': [{ article: 14, title: 15 }, { article: 17, title: 17 }, { article: 16, title: 16 }, { article: 15, title: 15 }, { article: 15, title: 15 }],
  'whole portal template (800 links)': [{ article: 15, title: 15 }, { article: 17, title: 17 }, { article: 16, title: 16 }, { article: 15, title: 14 }, { article: 15, title: 15 }],
  'neutral class and id names': [{ article: 17, title: 16 }, { article: 17, title: 17 }, { article: 15, title: 14 }, { article: 16, title: 16 }, { article: 16, title: 15 }],
  'headline in <div>': [{ article: 16, title: 17 }, { article: 16, title: 16 }, { article: 16, title: 16 }, { article: 16, title: 16 }, { article: 16, title: 15 }],
  'headline in <p><strong>': [{ article: 16, title: 17 }, { article: 16, title: 16 }, { article: 16, title: 16 }, { article: 16, title: 16 }, { article: 16, title: 15 }],
  'headline in <h2>': [{ article: 17, title: 17 }, { article: 16, title: 16 }, { article: 16, title: 16 }, { article: 16, title: 16 }, { article: 16, title: 16 }],
  'headline in <td>': [{ article: 17, title: 17 }, { article: 16, title: 16 }, { article: 16, title: 16 }, { article: 16, title: 16 }, { article: 16, title: 16 }],
  '<title> headline_栏目_站点': [{ article: 17, title: 17 }, { article: 17, title: 17 }, { article: 16, title: 16 }, { article: 16, title: 16 }, { article: 16, title: 16 }],
  '<title> 站点 - headline': [{ article: 17, title: 17 }, { article: 17, title: 17 }, { article: 16, title: 16 }, { article: 16, title: 16 }, { article: 16, title: 16 }],
  '<title> site name only': [{ article: 16, title: 11 }, { article: 17, title: 13 }, { article: 16, title: 16 }, { article: 16, title: 15 }, { article: 16, title: 16 }],
  'paragraphs as <div>': [{ article: 15, title: 15 }, { article: 17, title: 17 }, { article: 16, title: 16 }, { article: 15, title: 15 }, { article: 15, title: 15 }],
  'paragraphs in one <td> with <br>': [{ article: 15, title: 15 }, { article: 16, title: 16 }, { article: 16, title: 16 }, { article: 15, title: 15 }, { article: 15, title: 14 }],
  'paragraphs as <section><span>': [{ article: 15, title: 15 }, { article: 17, title: 17 }, { article: 16, title: 16 }, { article: 15, title: 15 }, { article: 15, title: 15 }],
  'paragraphs with 　　 indents': [{ article: 15, title: 15 }, { article: 17, title: 17 }, { article: 16, title: 16 }, { article: 15, title: 15 }, { article: 15, title: 15 }],
  'short body + captions': [{ article: 11, title: 11 }, { article: 12, title: 14 }, { article: 14, title: 14 }, { article: 9, title: 9 }, { article: 11, title: 12 }],
};

interface Entry {
  gold: GoldEntry;
  set: CorpusSet;
}

const entries: Entry[] = corpusAvailable ? CORPUS_SETS.flatMap((set) => loadGold(set).map((gold) => ({ gold, set }))) : [];
const allArticles = entries.filter((e) => e.gold.is_article);
const allNonArticles = entries.filter((e) => !e.gold.is_article);

function rewritten(doc: Document, entry: Entry, rewrite: Rewrite): Document | null {
  const copy = doc.cloneNode(true) as Document;
  const titles = [entry.gold.title, ...(entry.gold.title_alts ?? [])];
  return rewrite.apply({ doc: copy, titles }) ? copy : null;
}

interface Verdict {
  quick: boolean;
  article: boolean;
  title: boolean;
}

function judge(entry: Entry, doc: Document): Verdict {
  const result = analyze(doc);
  return {
    quick: quickPageVerdict(doc) === null,
    article: result.isArticle,
    title: textMatches(result.metadata.title, entry.gold.title, entry.gold.title_alts),
  };
}

const pad = (n: number, width: number): string => String(n).padStart(width);

/**
 * The suite over one share of the pages (`part` of `parts`): jsdom keeps
 * much of every analysed copy alive until its worker ends, so the pages are
 * spread over several test files, each a worker of its own.
 */
export function structureSuite(part: number, parts: number): void {
  const mine = <T>(list: T[]): T[] => list.filter((_, i) => i % parts === part - 1);
  const articles = mine(allArticles);
  const nonArticles = mine(allNonArticles);
  const outcomes = new Map<string, Outcome[]>(ARTICLE_REWRITES.map((r) => [r.name, []]));
  const nonArticleOutcomes = new Map<string, { file: string; early: boolean; full: boolean }[]>(NON_ARTICLE_REWRITES.map((r) => [r.name, []]));
describe.skipIf(!corpusAvailable)(`structural rewrites of the corpus pages, part ${part} of ${parts}`, () => {
  // One page per test: parsed once, rewritten and analysed once per rewrite.
  it.each(articles.map((e) => [e.gold.file, e] as const))('article %s under every rewrite', (_file, entry) => {
    const doc = loadPage(entry.gold.file, entry.set);
    const before = judge(entry, doc.cloneNode(true) as Document);
    for (const rewrite of ARTICLE_REWRITES) {
      const copy = rewritten(doc, entry, rewrite);
      if (copy === null) continue;
      const now = rewrite === ARTICLE_REWRITES[0] ? before : judge(entry, copy);
      outcomes.get(rewrite.name)!.push({
        file: entry.gold.file,
        quickKept: before.quick && now.quick,
        articleKept: before.article && now.article,
        titleKept: before.title && now.title,
      });
    }
  });

  it.each(nonArticles.map((e) => [e.gold.file, e] as const))('non-article %s under every reverse rewrite', (_file, entry) => {
    const doc = loadPage(entry.gold.file, entry.set);
    for (const rewrite of NON_ARTICLE_REWRITES) {
      const copy = rewritten(doc, entry, rewrite);
      if (copy === null) continue;
      nonArticleOutcomes.get(rewrite.name)!.push({ file: entry.gold.file, early: quickPageVerdict(copy) !== null, full: !analyze(copy).isArticle });
    }
  });

  it('prints the table per rewrite, lets no article go early, and keeps the floors', () => {
    const lines = ['rewrite (articles kept right)          pages  early-null  isArticle  title'];
    const failures: string[] = [];
    for (const [name, rows] of outcomes) {
      const lost = (key: keyof Omit<Outcome, 'file'>): string[] => rows.filter((o) => !o[key]).map((o) => o.file.slice(0, 4));
      const figures = { quick: rows.length - lost('quickKept').length, article: rows.length - lost('articleKept').length, title: rows.length - lost('titleKept').length };
      lines.push(`${name.padEnd(38)}${pad(rows.length, 5)}  ${pad(figures.quick, 10)}  ${pad(figures.article, 9)}  ${pad(figures.title, 5)}`);
      const losses = (['quickKept', 'articleKept', 'titleKept'] as const).map((k) => `${k.replace('Kept', '')}: ${lost(k).join(' ') || '—'}`);
      lines.push(`    lost ${losses.join(' | ')}`);
      const letGo = lost('quickKept').filter((file) => !KNOWN_LET_GO[name]?.includes(file));
      if (letGo.length > 0) failures.push(`${name}: let go early ${letGo.join(' ')}`);
      const floor = FLOORS[name]?.[part - 1];
      if (floor === undefined) continue;
      if (figures.article < floor.article) failures.push(`${name}: isArticle ${figures.article} < ${floor.article}`);
      if (figures.title < floor.title) failures.push(`${name}: title ${figures.title} < ${floor.title}`);
    }
    lines.push('', 'rewrite (non-articles)                 pages  non-article early / full');
    for (const [name, rows] of nonArticleOutcomes) {
      const fell = rows.filter((r) => !r.full).map((r) => r.file.slice(0, 4));
      lines.push(`${name.padEnd(38)}${pad(rows.length, 5)}  ${rows.filter((r) => r.early).length} / ${rows.filter((r) => r.full).length}${fell.length > 0 ? '  called articles: ' + fell.join(' ') : ''}`);
    }
    console.log(lines.join('\n'));
    expect(failures).toEqual([]);
  });
});
}

if (!corpusAvailable) {
  describe('structural rewrites of the corpus pages', () => {
    it.skip('skipped: ../shared/corpus is not present next to the repository', () => {});
  });
}
