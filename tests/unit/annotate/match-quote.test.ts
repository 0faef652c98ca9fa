import { describe, expect, it } from 'vitest';
import { findExactMatches, matchQuote, maxErrorsFor } from '../../../src/annotate/match-quote.ts';

// A text where the same formulation recurs with different surroundings, as
// in the genre's commentaries.
const PHRASE = '不忘初心、牢记使命';
const SENTENCES = [
  '全党同志要始终坚持',
  '主题教育的根本任务是',
  '各级党组织要把',
  '广大党员干部要做到',
  '新时代共产党人必须',
];
const TEXT = SENTENCES.map((s, i) => `${s}${PHRASE}，第${i + 1}次强调这一要求。`).join('');
const occurrences = findExactMatches(TEXT, PHRASE);

describe('findExactMatches', () => {
  it('finds every occurrence, overlapping ones too', () => {
    expect(occurrences).toHaveLength(5);
    expect(findExactMatches('aaaa', 'aa')).toEqual([0, 1, 2]);
    expect(findExactMatches('abc', '')).toEqual([]);
  });
});

describe('matchQuote', () => {
  it('picks the occurrence whose prefix and suffix match, not the first', () => {
    const at = occurrences[3]!;
    const match = matchQuote(TEXT, PHRASE, {
      prefix: TEXT.slice(at - 10, at),
      suffix: TEXT.slice(at + PHRASE.length, at + PHRASE.length + 10),
    })!;
    expect(match.start).toBe(at);
    expect(match.errors).toBe(0);
  });

  it('picks the right occurrence even when the stored position is stale and nearer another one', () => {
    const at = occurrences[2]!;
    const match = matchQuote(TEXT, PHRASE, {
      prefix: TEXT.slice(at - 8, at),
      suffix: TEXT.slice(at + PHRASE.length, at + PHRASE.length + 8),
      hint: occurrences[3]!,
    })!;
    expect(match.start).toBe(at);
  });

  it('breaks ties between identical contexts by nearness to the old position', () => {
    const text = '-'.repeat(50) + ('来源：人民日报' + '-'.repeat(40)).repeat(6);
    const starts = findExactMatches(text, '来源：人民日报');
    for (const [i, at] of starts.entries()) {
      const match = matchQuote(text, '来源：人民日报', { prefix: '-'.repeat(10), suffix: '-'.repeat(10), hint: at + 3 })!;
      expect(match.start, `occurrence ${i}`).toBe(at);
    }
  });

  it('finds a quote an editor changed by a few characters, at its old place', () => {
    const at = occurrences[1]!;
    const quote = '主题教育的根本任务是不忘初心、牢记使命';
    const quoteStart = at - '主题教育的根本任务是'.length;
    const edited = TEXT.replace('主题教育的根本任务是', '主题教育的首要任务是');
    const match = matchQuote(edited, quote, { prefix: edited.slice(quoteStart - 10, quoteStart), hint: quoteStart })!;
    expect(match.errors).toBeGreaterThan(0);
    expect(match.start).toBe(quoteStart);
    expect(match.end).toBe(quoteStart + quote.length);
  });

  it('prefers the edited original over an unedited copy elsewhere when the context says so', () => {
    const copy = '党员要' + PHRASE + '。';
    const page = copy + '中间'.repeat(1500) + '甲乙丙丁戊己' + '不忘初心、牢记的使命' + '庚辛壬癸子丑';
    const at = page.indexOf('不忘初心、牢记的使命');
    const match = matchQuote(page, PHRASE, { prefix: '甲乙丙丁戊己', suffix: '庚辛壬癸子丑', hint: at })!;
    expect(match.start).toBe(at);
    expect(match.errors).toBe(1);
  });

  it('returns null when nothing is close enough', () => {
    expect(matchQuote(TEXT, '完全无关的一句话内容在这里')).toBeNull();
    expect(matchQuote(TEXT, '')).toBeNull();
    // A short quote with no context is never matched approximately.
    expect(matchQuote(TEXT, '初x')).toBeNull();
  });

  it('bounds the error rate', () => {
    expect(maxErrorsFor(10)).toBe(5);
    expect(maxErrorsFor(10_000)).toBe(256);
  });
});

// An article-length text for the approximate paths: sentences of the genre
// in a seeded order, so the text is long, repetitive in its vocabulary, and
// the same on every run.
const ARTICLE_SENTENCES = [
  '坚持以人民为中心的发展思想，把人民对美好生活的向往作为奋斗目标。',
  '各级党组织要切实履行管党治党政治责任，推动全面从严治党向纵深发展。',
  '深入开展调查研究，真正把情况摸清、把问题找准、把对策提实。',
  '统筹发展和安全，守住不发生系统性风险的底线。',
  '加强基层党组织建设，把基层党组织建设成为坚强战斗堡垒。',
  '持续深化作风建设，锲而不舍落实中央八项规定精神。',
  '推动理论学习往深里走、往心里走、往实里走。',
  '坚持把发展经济的着力点放在实体经济上，加快建设现代化产业体系。',
  '全面贯彻新时代党的组织路线，建设堪当民族复兴重任的高素质干部队伍。',
  '把学习成果转化为推动高质量发展的实际成效。',
  '健全党统一领导、全面覆盖、权威高效的监督体系。',
  '以钉钉子精神抓好各项任务落实，确保党中央决策部署落地见效。',
];
function articleText(minLength: number, seed: number): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  let text = '';
  for (let paragraph = 1; text.length < minLength; paragraph++) {
    text += `（${paragraph}）`;
    for (let i = 0; i < 3; i++) text += ARTICLE_SENTENCES[Math.floor(next() * ARTICLE_SENTENCES.length)]!;
  }
  return text;
}

// The highlighted passage: said once on the page, in a paragraph of its own.
const BEFORE = '在这次专题读书班结业式上，省委主要负责同志强调：';
const QUOTE = '要把学习贯彻党的创新理论作为首要政治任务，在学懂弄通做实上下功夫';
const AFTER = '，并要求各地区各部门结合实际抓好贯彻落实。';
const PAGE = articleText(3000, 1) + BEFORE + QUOTE + AFTER + articleText(3000, 2);
const QUOTE_AT = PAGE.indexOf(QUOTE);
/** What describe() would have stored: 32 characters on each side, and the position. */
const SAVED = { prefix: PAGE.slice(QUOTE_AT - 32, QUOTE_AT), suffix: PAGE.slice(QUOTE_AT + QUOTE.length, QUOTE_AT + QUOTE.length + 32), hint: QUOTE_AT };

/** Replace one character of `page` at `at` (a substitution: offsets stay). */
const substitute = (page: string, at: number, ch = '之') => page.slice(0, at) + ch + page.slice(at + 1);

describe('matchQuote, approximate paths', () => {
  it('takes a quote edited in place between its intact context from the bracket, without searching the page', () => {
    const page = substitute(PAGE, QUOTE_AT + 10);
    const match = matchQuote(page, QUOTE, SAVED)!;
    expect(match).toMatchObject({ start: QUOTE_AT, end: QUOTE_AT + QUOTE.length, errors: 1, source: 'bracketed' });
  });

  it('finds the quote near the old position when the characters next to it were edited too', () => {
    let page = substitute(PAGE, QUOTE_AT + 10);
    page = substitute(page, QUOTE_AT - 2);
    page = substitute(page, QUOTE_AT + QUOTE.length + 1);
    const match = matchQuote(page, QUOTE, SAVED)!;
    expect(match).toMatchObject({ start: QUOTE_AT, end: QUOTE_AT + QUOTE.length, errors: 1, source: 'nearby' });
  });

  it('finds a quote whose text moved far away: 5,000 characters inserted before it', () => {
    const block = articleText(5000, 3);
    const moved = (page: string) => block + page;
    // Context intact: the bracket is searched over the whole page.
    const bracketed = matchQuote(moved(substitute(PAGE, QUOTE_AT + 10)), QUOTE, SAVED)!;
    expect(bracketed).toMatchObject({ start: block.length + QUOTE_AT, errors: 1, source: 'bracketed' });
    // Context edited too: nothing near the old position, so the whole page.
    let page = substitute(PAGE, QUOTE_AT + 10);
    page = substitute(page, QUOTE_AT - 2);
    page = substitute(page, QUOTE_AT + QUOTE.length + 1);
    const far = matchQuote(moved(page), QUOTE, SAVED)!;
    expect(far).toMatchObject({ start: block.length + QUOTE_AT, end: block.length + QUOTE_AT + QUOTE.length, errors: 1, source: 'whole-text' });
  });

  it('does not let a copy of the formulation near a stale position capture a highlight that moved away', () => {
    // Where the highlight used to be, the same formulation now stands in
    // another sentence; the highlighted passage (edited, and its context
    // too) is 5,000 characters further on.
    const copy = '会议指出，' + QUOTE + '，这是当前的重要工作。';
    let passage = BEFORE + QUOTE + AFTER;
    passage = substitute(passage, BEFORE.length + 10);
    passage = substitute(passage, BEFORE.length - 2);
    passage = substitute(passage, BEFORE.length + QUOTE.length + 1);
    const head = articleText(3000, 1);
    const page = head + copy + articleText(5000, 4) + passage + articleText(3000, 2);
    const at = page.indexOf(passage) + BEFORE.length;
    const match = matchQuote(page, QUOTE, { ...SAVED, hint: head.length + 5 })!;
    expect(match).toMatchObject({ start: at, end: at + QUOTE.length, errors: 1, source: 'whole-text' });
  });

  it('tells an edited original from an unedited copy in a repeated block by the longer stored context', () => {
    // A block shown twice (a ticker duplicated for scrolling); the
    // original's neighbouring characters and one of its own were edited.
    const tickers = {
      // Short items: the stored suffix holds the copy itself.
      'copy inside the stored context': '最新动态：' + QUOTE + '（详见专题）',
      // Long items: the copy stands between the same 16 + 16 characters as
      // the original did; only the context further out differs.
      'copy between the same bracketing characters': '【滚动】省委理论学习中心组专题学习会议：' + QUOTE + '（来源：省委宣传部网站专题报道）',
    };
    for (const [label, ticker] of Object.entries(tickers)) {
      const page = articleText(2000, 5) + '今日要闻' + ticker + ticker + '以上为滚动新闻。' + articleText(2000, 6);
      const original = page.indexOf(QUOTE);
      const context = { prefix: page.slice(original - 64, original), suffix: page.slice(original + QUOTE.length, original + QUOTE.length + 64), hint: original };
      let edited = substitute(page, original + 10);
      edited = substitute(edited, original - 2);
      edited = substitute(edited, original + QUOTE.length + 1);
      const match = matchQuote(edited, QUOTE, context)!;
      expect(match, label).toMatchObject({ start: original, end: original + QUOTE.length, errors: 1 });
    }
  });

  it('finds a paragraph-long quote edited near its head, with its context edited too', () => {
    const paragraph = articleText(600, 7);
    const page = articleText(3000, 8) + BEFORE + paragraph + AFTER + articleText(3000, 9);
    const at = page.indexOf(paragraph);
    const context = { prefix: page.slice(at - 32, at), suffix: page.slice(at + paragraph.length, at + paragraph.length + 32), hint: at };
    let edited = page;
    for (const offset of [3, 8, 15, 40, 90]) edited = substitute(edited, at + offset);
    edited = substitute(edited, at - 1);
    edited = substitute(edited, at + paragraph.length);
    for (const [label, text] of [['near the old place', edited], ['moved away', articleText(5000, 10) + edited]] as const) {
      const start = text.indexOf(edited.slice(at - 200, at)) + 200;
      const match = matchQuote(text, paragraph, context)!;
      expect(match, label).toMatchObject({ start, end: start + paragraph.length, errors: 5 });
    }
  });
});
