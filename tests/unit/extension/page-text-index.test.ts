// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildPageTextIndex, findOccurrences, foldText } from '../../../src/extension/content/page-text-index.ts';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('findOccurrences', () => {
  it('finds a formulation split across bold and link runs, as a Range over the original nodes', () => {
    const doc = page('<p>坚决做到<strong>“两个</strong><a href="#">维护”</a>，增强“四个意识”。</p>');
    const [range, ...rest] = findOccurrences(buildPageTextIndex(doc.body), '两个维护');
    expect(rest).toEqual([]);
    expect(range!.toString()).toBe('两个维护');
    expect(range!.startContainer.parentElement!.tagName).toBe('STRONG');
    expect(range!.endContainer.parentElement!.tagName).toBe('A');
  });

  it('matches across the page typing ASCII punctuation and spaces where the analysis has Chinese ones', () => {
    const doc = page('<p>牢记 不忘初心, 牢记使命 的要求；又说不忘初心、牢记使命。</p>');
    const ranges = findOccurrences(buildPageTextIndex(doc.body), '不忘初心、牢记使命');
    expect(ranges.map((range) => range.toString())).toEqual(['不忘初心, 牢记使命', '不忘初心、牢记使命']);
  });

  it('skips script, style and form text and returns occurrences in page order', () => {
    const doc = page(
      '<script>var s = "全面从严治党";</script><style>.x{}</style><p>一、全面从严治党</p>' +
      '<textarea>全面从严治党</textarea><div>二、全面从严治党永远在路上</div>',
    );
    const ranges = findOccurrences(buildPageTextIndex(doc.body), '全面从严治党');
    expect(ranges.map((range) => range.startContainer.parentElement!.tagName)).toEqual(['P', 'DIV']);
  });

  it('matches as the engine does: quotes inside a formulation and enumeration commas are optional', () => {
    const doc = page('<p>中国共产党为什么“能”、马克思主义为什么“行”。实现碳达峰碳中和目标。</p>');
    const index = buildPageTextIndex(doc.body);
    expect(findOccurrences(index, '中国共产党为什么能、马克思主义为什么行')).toHaveLength(1);
    expect(findOccurrences(index, '碳达峰、碳中和').map((range) => range.toString())).toEqual(['碳达峰碳中和']);
  });

  it('finds nothing for an absent or empty phrase', () => {
    const index = buildPageTextIndex(page('<p>今天天气很好。</p>').body);
    expect(findOccurrences(index, '两个确立')).toEqual([]);
    expect(findOccurrences(index, ' ')).toEqual([]);
  });
});

describe('foldText', () => {
  it('folds full-width letters and digits, drops white space and optional separators', () => {
    expect(foldText('“十四五”　规划，２０２４年,ＡＩ')).toBe('十四五规划2024年ai');
    expect(foldText('党的二十大: 新征程')).toBe('党的二十大：新征程');
  });
});
