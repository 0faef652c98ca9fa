// The early "plainly not an article" verdict: it must let list, portal,
// search, forum and encyclopedia pages go before the full walk, never an
// article (link-heavy ones included), and read a bounded part of any page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, type WorkMeter } from '../../../src/core/index.ts';
import { newWorkMeter } from '../../../src/core/budget.ts';
import { quickPageVerdict } from '../../../src/core/page-kind/quick-verdict.ts';
import { earlyNotAnArticle } from '../../../src/core/early-bail-out.ts';
import { loadFixture, page, parse } from './fixtures.ts';
import { decodeHtml } from '../../../src/cli/decode-html.ts';

const EXTENSION_FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/extension');

function loadExtensionFixture(name: string): Document {
  return parse(decodeHtml(readFileSync(path.join(EXTENSION_FIXTURES, name))).text);
}

describe('quick verdict on pages that are plainly not articles', () => {
  it.each([
    ['quick-news-portal-home.html', '列表页'],
    ['quick-column-list.html', '列表页'],
    ['quick-search-results.html', '搜索结果页'],
    ['quick-forum-threads.html', '列表页'],
    ['quick-encyclopedia-entry.html', '百科词条'],
    ['list-page.html', '列表页'],
    // Several posts, each a title, a time, prose and a dated footer line in one template.
    ['quick-blog-archive.html', '多篇文章的归档页'],
    // A line counting what the search found, above result items with snippets.
    ['quick-search-count.html', '搜索结果页'],
    // No edit marks: citations, a contents list of its own sections and a box of facts.
    ['quick-encyclopedia-contents.html', '百科词条'],
  ])('%s: %s, and analyze() says so without the full walk', (name, reason) => {
    // One parse: neither the quick verdict nor analyze() changes the document.
    const doc = loadFixture(name);
    const quickMeter = newWorkMeter();
    expect(quickPageVerdict(doc, quickMeter)).toEqual({ isArticle: false, reason });
    const analyzeMeter = newWorkMeter();
    const result = analyze(doc, undefined, { meter: analyzeMeter });
    expect(result.isArticle).toBe(false);
    expect(result.partyBuilding.reasons).toEqual([`不是单篇文章：${reason}`]);
    // analyze() read exactly what the quick verdict read: no full walk followed.
    expect(analyzeMeter).toEqual(quickMeter);
  });

  it('an extension fixture news list is a list too', () => {
    expect(quickPageVerdict(loadExtensionFixture('party-news-list.html'))?.reason).toBe('列表页');
  });
});

describe('quick verdict leaves every article to the full analysis', () => {
  it.each([
    'quick-article-link-heavy.html',
    // One-sentence paragraphs, each in a <section> of its own, inside a template whose links outweigh them.
    'quick-short-article-heavy-template.html',
    // Dated comments of 150+ characters after the body: its headline repeats <title>, so no archive.
    'quick-article-comments.html',
    // Forty dated headline links under a short body: they close no prose.
    'quick-article-related-links.html',
    // A 100-character report beside twenty dated links.
    'quick-party-report-sidebar.html',
    'dangyuan-style.html', 'gb2312-declared-utf8-bytes.html', 'gbk-declared.html', 'gov-xxgk.html', 'govcn-style.html',
    'labels-run-together.html', 'people-style.html', 'qstheory-style.html', 'render-date-only.html', 'sina-style.html',
    'university-style.html', 'wechat-article.html', 'xinhuanet-style.html',
  ])('%s', (name) => {
    const doc = loadFixture(name);
    expect(quickPageVerdict(doc)).toBeNull();
    expect(analyze(doc).isArticle).toBe(true);
  });

  it('the comments of an article without a headline of its own are still not several posts when short', () => {
    const comment = (i: number): string => `<div><span>网友${i}</span><span>2024-05-0${i + 1} 10:0${i}</span><p>说得好，支持！学习了。</p></div>`;
    const body = '<p>各级党组织坚持以党的政治建设为统领，扎实推进基层党组织标准化规范化建设，着力提升组织力，把党的政治优势和组织优势转化为发展优势，推动各项工作取得新成效，确保各项任务落到实处，群众满意度明显提升。</p>'.repeat(2);
    expect(quickPageVerdict(page(`<div class="time">2024-05-01 09:30</div><div class="text">${body}</div>${[0, 1, 2, 3, 4].map(comment).join('')}`))).toBeNull();
  });

  it('a report with a contents list of its sections and footnote marks but no box of facts is not an encyclopedia', () => {
    const names = ['总体要求', '主要任务', '保障措施', '组织实施'];
    const toc = `<ol>${names.map((n, i) => `<li><a href="#p${i}">${i + 1}. ${n}</a></li>`).join('')}</ol>`;
    const sections = names.map((n, i) =>
      `<h2 id="p${i}">${n}</h2><p>坚持和加强党的全面领导，推动全面从严治党向纵深发展，确保改革发展各项任务落到实处。<sup>[${i + 1}]</sup></p>`,
    ).join('');
    expect(quickPageVerdict(page(`<h1>关于加强基层党组织建设的实施意见</h1>${toc}${sections}`))).toBeNull();
  });

  it.each(['everyday-article.html', 'party-commentary.html'])('extension fixture %s', (name) => {
    expect(quickPageVerdict(loadExtensionFixture(name))).toBeNull();
  });

  it('a long report with a contents list and footnote marks but no edit links is not an encyclopedia', () => {
    const sections = Array.from({ length: 5 }, (_, i) =>
      `<h2>${i + 1}. 第${i + 1}部分</h2><p>坚持和加强党的全面领导，推动全面从严治党向纵深发展，确保改革发展各项任务落到实处。<sup>[${i + 1}]</sup></p>`,
    ).join('');
    expect(quickPageVerdict(page(`<div class="toc"><a href="#1">一</a><a href="#2">二</a></div>${sections}`))).toBeNull();
  });

  it('a page of links with one paragraph of 101 Han (a short notice) is left to the full analysis', () => {
    const links = Array.from({ length: 60 }, (_, i) => `<li><a href="/n/${i}.html">某地推进基层党建工作第${i}篇报道</a></li>`).join('');
    const prose = '<p>全区各级党组织坚持以党的政治建设为统领，扎实推进基层党组织标准化规范化建设，着力提升组织力，把党的政治优势和组织优势转化为发展优势，推动各项工作取得新成效。会议要求，各单位要对照年度任务清单逐项推进，确保按时保质完成。</p>';
    expect(quickPageVerdict(page(`<ul>${links}</ul><div class="content">${prose}</div>`))).toBeNull();
  });
});

describe('quick verdict: a news brief among links is known by its own headline, in whatever element', () => {
  const HEADLINE = '市政府召开常务会议研究部署近期重点工作';
  const BRIEF = '<p>本报讯（记者 王明）5月20日，市政府召开常务会议，研究部署安全生产和防汛备汛等近期重点工作。会议强调，要压实各方责任，确保群众生命财产安全。</p>';
  const links = Array.from({ length: 200 }, (_, i) => `<li class="nav-item"><a href="/c/${i}/">频道栏目${i}</a></li>`).join('');
  const briefPage = (headline: string, title: string): Document =>
    page(`<ul class="nav">${links}</ul><div class="main">${headline}<div class="content">${BRIEF}</div></div>`, `<title>${title}</title>`);

  it.each([
    ['<div>', `<div class="t1">${HEADLINE}</div>`],
    ['<p><strong>', `<p align="center"><strong>${HEADLINE}</strong></p>`],
    ['<td>', `<table><tbody><tr><td>${HEADLINE}</td></tr></tbody></table>`],
  ])('headline in %s under a <title> that names it: left to the full analysis', (_tag, headline) => {
    expect(quickPageVerdict(briefPage(headline, `${HEADLINE}_要闻_某某新闻网`))).toBeNull();
  });

  it('the same page without its headline line is a list', () => {
    expect(quickPageVerdict(briefPage('', `${HEADLINE}_要闻_某某新闻网`))?.reason).toBe('列表页');
  });

  it('a list whose channel name (too short for a headline) stands as a line is still a list', () => {
    expect(quickPageVerdict(briefPage('<div class="t1">国际新闻</div>', '国际新闻_某某新闻网'))?.reason).toBe('列表页');
  });
});

describe('quick verdict reads a bounded part of the page', () => {
  /** A column page of `items` headline links with dates, each row a `<li>` like the others. */
  function hugeList(items: number): Document {
    const rows = Array.from({ length: items }, (_, i) => `<li><a href="/n/${i}.html">基层党建工作动态第${i}期</a><span>2024-06-${10 + (i % 18)}</span></li>`).join('\n');
    return page(`<ul>${rows}</ul>`);
  }

  /** The same page with rows of no telling shape (classless <div>s): nothing marks them as one list's rows. */
  function hugeUnlikeList(items: number): Document {
    const rows = Array.from({ length: items }, (_, i) => `<div><a href="/n/${i}.html">基层党建工作动态第${i}期</a><span>2024-06-${10 + (i % 18)}</span></div>`).join('\n');
    return page(`<div>${rows}</div>`);
  }

  it('counts a long run of like rows from a sample: twice the rows, the same work', () => {
    const meters: WorkMeter[] = [4_000, 8_000].map((items) => {
      const meter = newWorkMeter();
      expect(quickPageVerdict(hugeList(items), meter)?.reason).toBe('列表页');
      return meter;
    });
    expect(meters[1]).toEqual(meters[0]);
    // The rows up to the first look, its sample and the rows it does not cover.
    expect(meters[0]!.elements).toBeLessThan(500);
  });

  it('stops at its bounds on a list of unlike rows too long to read, and then leaves the page to the full analysis', () => {
    const meters: WorkMeter[] = [4_000, 8_000].map((items) => {
      const meter = newWorkMeter();
      expect(quickPageVerdict(hugeUnlikeList(items), meter)).toBeNull();
      return meter;
    });
    // Twice the page, the same work: the bound, not the page, sets it.
    expect(meters[1]).toEqual(meters[0]);
    expect(meters[0]!.textChars).toBeLessThanOrEqual(60_000);
  });

  it('a list of unlike rows within the bounds is read to its end once', () => {
    const meter = newWorkMeter();
    expect(quickPageVerdict(hugeUnlikeList(1_000), meter)?.reason).toBe('列表页');
    // Each of the 2,000 text nodes (headline and date) counted once.
    expect(meter.elements).toBe(2_000);
  });

  /** 300 rows of `div.item`, a headline link and a date each, with `row(i)` in place of row i where it gives one. */
  function rowsWith(row: (i: number) => string | null): Document {
    const rows = Array.from({ length: 300 }, (_, i) => row(i) ?? `<div class="item"><a href="/n/${i}.html">基层党建工作动态第${i}期</a><span>06-${10 + (i % 18)}</span></div>`);
    return page(`<div class="list">${rows.join('')}</div>`);
  }
  const paragraph = (i: number) => `<p>第${i}段：各级党组织坚持以党的政治建设为统领，扎实推进基层党组织标准化规范化建设，取得明显成效。</p>`;

  it('does not count away an article that sits among like rows but is bigger than they are', () => {
    // Row 230 is not among the sampled rows (the walk's first look is at row 100).
    const article = `<div class="item"><h1>标题</h1>${Array.from({ length: 30 }, (_, i) => paragraph(i)).join('')}</div>`;
    expect(quickPageVerdict(rowsWith((i) => (i === 230 ? article : null)))).toBeNull();
  });

  it('does not count away rows of prose: the sample from the middle and the end meets them', () => {
    // Link-only rows, then from row 240 on the rows are paragraphs of the same class.
    const doc = rowsWith((i) => (i >= 240 ? `<div class="item">${paragraph(i)}</div>` : null));
    expect(quickPageVerdict(doc)).toBeNull();
  });

  it('stops at the first prose on an article page', () => {
    const nav = Array.from({ length: 500 }, (_, i) => `<li><a href="/c/${i}">栏目${i}</a></li>`).join('');
    const paragraphs = Array.from({ length: 400 }, (_, i) => `<p>第${i}段：各级党组织坚持以党的政治建设为统领，扎实推进基层党组织标准化规范化建设，取得明显成效。</p>`).join('');
    const meter = newWorkMeter();
    expect(quickPageVerdict(page(`<ul>${nav}</ul><div class="article">${paragraphs}</div>`), meter)).toBeNull();
    // The navigation, then two paragraphs (2 x 40 Han <= 120 < 3 x 40 Han): not the other 397.
    expect(meter.elements).toBeLessThan(520);
  });
});

describe('earlyNotAnArticle, for callers that have not loaded the engine', () => {
  it('gives exactly the analysis analyze() gives a plainly non-article page', () => {
    const url = 'https://example.org/list/';
    expect(earlyNotAnArticle(loadFixture('quick-column-list.html'), url)).toEqual(analyze(loadFixture('quick-column-list.html'), url));
  });

  it('gives nothing for an article', () => {
    expect(earlyNotAnArticle(loadFixture('quick-article-link-heavy.html'), null)).toBeNull();
  });
});
