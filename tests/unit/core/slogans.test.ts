import { describe, expect, it } from 'vitest';
import { findSlogans } from '../../../src/core/slogans/index.ts';
import { formulationKey } from '../../../src/core/slogans/match-text.ts';
import { MAX_SLOGANS } from '../../../src/core/slogans/rank.ts';
import type { Slogan } from '../../../src/core/types.ts';
import { goldAvailable, loadSeedGold, loadSeedParagraphs, paragraphsOf, seedAvailable } from './slogans-seed.ts';

function slogansOf(...texts: string[]): Slogan[] {
  return findSlogans(paragraphsOf(texts));
}

function find(slogans: readonly Slogan[], text: string): Slogan | undefined {
  return slogans.find((s) => formulationKey(s.text) === formulationKey(text));
}

describe.skipIf(!seedAvailable || !goldAvailable)('formulations of the seed article', () => {
  const slogans = seedAvailable && goldAvailable ? findSlogans(loadSeedParagraphs()) : [];

  it('lists every formulation gold requires', () => {
    const missing = loadSeedGold().slogans_must.filter((m) => find(slogans, m) === undefined);
    expect(missing).toEqual([]);
  });

  it('keeps the list to a size a reader scans, each entry counted and typed', () => {
    expect(slogans.length).toBeLessThanOrEqual(MAX_SLOGANS);
    for (const s of slogans) {
      expect(s.count).toBeGreaterThanOrEqual(1);
      expect(s.kind.length).toBeGreaterThan(0);
    }
  });

  it('counts a formulation the article uses twice twice (“两个维护”)', () => {
    expect(find(slogans, '两个维护')?.count).toBe(2);
    expect(find(slogans, '两个维护')?.kind).toBe('政治建设');
  });

  it('does not list reported speech or single quoted characters (“能”, “要我讲”)', () => {
    expect(slogans.map((s) => s.text)).not.toContain('能');
    expect(slogans.map((s) => s.text)).not.toContain('要我讲');
  });
});

describe('lexicon matching', () => {
  it('matches a formulation written with or without 、, with ASCII commas or spaces', () => {
    const slogans = slogansOf(
      '要完整、准确、全面贯彻新发展理念。',
      '必须完整准确全面贯彻新发展理念,加快构建新发展格局。',
      '牢记 不忘初心 牢记使命 的要求。',
    );
    expect(find(slogans, '完整、准确、全面贯彻新发展理念')).toMatchObject({ text: '完整、准确、全面贯彻新发展理念', count: 2 });
    expect(find(slogans, '不忘初心、牢记使命')?.count).toBe(1);
  });

  it('counts a fragment inside a longer formulation as part of it, and its own uses apart', () => {
    const slogans = slogansOf('完整、准确、全面贯彻新发展理念。', '新发展理念是管全局的理念。新发展理念要落实。');
    expect(find(slogans, '完整、准确、全面贯彻新发展理念')?.count).toBe(1);
    expect(find(slogans, '新发展理念')?.count).toBe(2);
  });

  it('uses the lexicon category as kind', () => {
    expect(find(slogansOf('坚定不移推进全面从严治党。'), '全面从严治党')?.kind).toBe('全面从严治党');
  });
});

/** A sentence in the genre's language: quoted words next to it are read as possible coinages. */
const GENRE_CONTEXT = '落实全面从严治党主体责任，执行中央八项规定精神。';

describe('quoted coinages', () => {
  it('finds short quoted terms the lexicon lacks in a body that speaks the genre', () => {
    const slogans = slogansOf(GENRE_CONTEXT, '要把“关键小事”当作大事来办，防止“中梗阻”。');
    expect(find(slogans, '关键小事')?.kind).toBe('quoted');
    expect(find(slogans, '中梗阻')?.kind).toBe('quoted');
  });

  it('does not take ordinary quoted words of a story outside the genre, unless the story repeats them', () => {
    const slogans = slogansOf(
      '工会负责人表示，罢工将是“无限期”的。男孩在“纸条”上写下求助的话。',
      '所谓“产能过剩论”站不住脚。“产能过剩论”忽视了市场规律。',
    );
    expect(slogans.map((s) => s.text)).toEqual(['产能过剩论']);
  });

  it('does not take quoted names of places and organisations', () => {
    const slogans = slogansOf(GENRE_CONTEXT, '设立“雄安新区”，乘坐“复兴号”，走访“某某集团”。');
    expect(slogans.filter((s) => s.kind === 'quoted')).toEqual([]);
  });

  it('does not take quoted phrases of speech opening with a preposition or adverb', () => {
    const slogans = slogansOf(GENRE_CONTEXT, '有人认为这是“靠政府补贴”，会“给市场带来灾难”。');
    expect(slogans.filter((s) => s.kind === 'quoted')).toEqual([]);
  });

  it('does not take reported speech, utterances or quoted sentences', () => {
    const slogans = slogansOf(
      GENRE_CONTEXT,
      '他指出：“要把工作做实。”',
      '她说“很好”，大家笑了。',
      '群众问：“来了吗”',
      '他表示“坚决落实”。',
      '文件写道“各地要统一思想，提高认识”。',
    );
    expect(slogans.filter((s) => s.kind === 'quoted')).toEqual([]);
  });

  it('does not take one-character quotes or short quotes with a pronoun', () => {
    const slogans = slogansOf(GENRE_CONTEXT, '为什么“能”，为什么“行”，从“要我讲”到“我要讲”。');
    expect(slogans.filter((s) => s.kind === 'quoted')).toEqual([]);
  });
});

describe('numbered formulations', () => {
  it('finds a quoted numeral + 个 + term and counts its unquoted repetitions', () => {
    const slogans = slogansOf('深刻把握“三个转变”。', '三个转变是方向。');
    expect(find(slogans, '三个转变')).toMatchObject({ kind: 'numbered', count: 2 });
  });

  it('leaves measure phrases alone', () => {
    const slogans = slogansOf('用了三个月，开了两个小时的会，一个人一个个地找，几个单位参加，这个问题和“五个方面”的要求。');
    expect(slogans.filter((s) => s.kind === 'numbered')).toEqual([]);
  });
});

describe('parallel series', () => {
  it('finds items of equal length sharing a head or tail, cut from the verb before them', () => {
    const slogans = slogansOf('加强对党员干部的思想淬炼、政治历练、实践锻炼、专业训练，提高本领。');
    expect(find(slogans, '思想淬炼、政治历练、实践锻炼、专业训练')?.kind).toBe('parallel');
  });

  it('keeps a series whose last item runs on into a particle', () => {
    const slogans = slogansOf('形成敢担当、善担当、勇担当的氛围。');
    expect(find(slogans, '敢担当、善担当、勇担当')?.kind).toBe('parallel');
  });

  it('ignores ordinary enumerations of places, institutions and ordinals', () => {
    const slogans = slogansOf(
      '在北京、上海、广州、深圳等地举行。',
      '教育部、科技部、财政部联合发文。',
      '第一年、第二年、第三年分别完成。',
      '南京市、苏州市、无锡市参加。',
    );
    expect(slogans.filter((s) => s.kind === 'parallel')).toEqual([]);
  });

  it('drops a series whose last item is longer than the others (its end is not known)', () => {
    const slogans = slogansOf('坚持发展为了人民、发展依靠人民、发展成果由人民共享。');
    expect(slogans.filter((s) => s.kind === 'parallel')).toEqual([]);
  });
});

describe('lead phrases', () => {
  it('reports the object of “……这个主题 / 这条主线”, without the leading verb', () => {
    const slogans = slogansOf('紧紧围绕推动机关作风建设提质增效这个主题。要进一步彰显目标导向。');
    expect(find(slogans, '推动机关作风建设提质增效')?.kind).toBe('lead');
  });

  it('reports X of 以X为抓手 / 为牵引', () => {
    const slogans = slogansOf('以作风建设为抓手，以数字化改革为牵引推进各项工作。');
    expect(find(slogans, '作风建设')?.kind).toBe('lead');
    expect(find(slogans, '数字化改革')?.kind).toBe('lead');
  });

  it('reports a quoted anchor (这个“牛鼻子”) as the lead phrase’s coinage', () => {
    const slogans = slogansOf('坚持扭住机关党建责任制这个“牛鼻子”。要突出抓好责任落实。');
    expect(find(slogans, '牛鼻子')?.kind).toBe('lead');
    expect(find(slogans, '机关党建责任制')).toBeDefined();
  });
});

describe('ranking', () => {
  it('puts formulations the author quotes or repeats before those used once', () => {
    const slogans = slogansOf('做到“两个维护”。两个维护是根本。践行新发展理念，推进乡村振兴。');
    const order = slogans.map((s) => s.text);
    expect(order.indexOf('两个维护')).toBeLessThan(order.indexOf('新发展理念'));
    expect(order.indexOf('新发展理念')).toBeLessThan(order.indexOf('乡村振兴'));
  });

  it('returns nothing for a body without formulations', () => {
    expect(slogansOf('今天天气晴朗，气温二十度。', '市民纷纷外出踏青。')).toEqual([]);
    expect(findSlogans([])).toEqual([]);
  });
});
