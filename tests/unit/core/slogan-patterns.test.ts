// The formulation patterns of issue 13: parallel sets joined by ，/；, long
// parallel sets, quoted numbered formulations with their head noun,
// core-leadership formulas and leaders' maxims, each with the prose, speech
// and lists that must not become formulations. Pages and sentences written
// for these tests.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/index.ts';
import { findSlogans } from '../../../src/core/slogans/index.ts';
import { formulationKey } from '../../../src/core/slogans/match-text.ts';
import type { Slogan } from '../../../src/core/types.ts';
import { page } from './fixtures.ts';
import { paragraphsOf } from './slogans-seed.ts';

/** Two established formulations: a body that speaks the genre. */
const GENRE = '落实全面从严治党主体责任，坚定“四个自信”，做到“两个维护”。';
const slogansOf = (...texts: string[]): Slogan[] => findSlogans(paragraphsOf(texts));
const genreSlogans = (...texts: string[]): Slogan[] => slogansOf(GENRE, ...texts);
const has = (slogans: readonly Slogan[], text: string): boolean => slogans.some((s) => formulationKey(s.text) === formulationKey(text));
const ofKind = (slogans: readonly Slogan[], kind: string): string[] => slogans.filter((s) => s.kind === kind).map((s) => s.text);

describe('parallel sets joined by ， or ；', () => {
  it('finds three balanced clauses repeating a frame, after the sentence’s own words of the same length', () => {
    const slogans = genreSlogans('总书记指出，人民有信仰，国家有力量，民族有希望。旗帜决定方向；方向决定道路；道路决定命运。');
    expect(ofKind(slogans, 'clauses').sort()).toEqual(['人民有信仰，国家有力量，民族有希望', '旗帜决定方向；方向决定道路；道路决定命运'].sort());
  });

  it('finds a long set of eight or more clauses sharing their opening', () => {
    const tenClauses = '坚持党的领导，坚持人民至上，坚持理论创新，坚持独立自主，坚持中国道路，坚持胸怀天下，坚持开拓创新，坚持敢于斗争，坚持统一战线，坚持自我革命';
    expect(ofKind(genreSlogans(`百年奋斗的历史经验是：${tenClauses}。`), 'clauses')).toEqual([tenClauses]);
  });

  it('finds a quoted pair of clauses of five or more characters', () => {
    const slogans = genreSlogans('始终坚持“聚精会神搞建设，一心一意谋发展”不动摇。');
    expect(ofKind(slogans, 'clauses')).toEqual(['聚精会神搞建设，一心一意谋发展']);
  });

  it('leaves ordinary prose, lists of tasks, ordinals and place boundaries alone', () => {
    const slogans = genreSlogans(
      '会议强调，推动解决重大问题，推动重大改革落地，推动重点任务落实。',
      '一是坚持和巩固，二是完善和发展，三是遵守和执行。',
      '新区西至大营镇东照村，东至容城县张市村，西至容城县白塔村。',
      '他走进村里，看了看庄稼，问了问收成，心里踏实了。',
      '既不符合客观事实，也不符合经济规律，更不符合群众期待。',
      '我有胳膊还有腿，我有鼻子还有嘴，我有眼睛还有耳。',
    );
    expect(ofKind(slogans, 'clauses')).toEqual([]);
  });

  it('does not take quoted speech, quoted idioms or unquoted pairs', () => {
    const slogans = genreSlogans(
      '总书记强调，“人民对美好生活的向往，就是我们的奋斗目标”。',
      '他说：“企业来钱太容易了，所以抢着进入”。',
      '古人讲“取之有度，用之有节”。维护人民利益，增进人民福祉。',
    );
    expect(ofKind(slogans, 'clauses')).toEqual([]);
  });

  it('keeps none outside a body that speaks the genre', () => {
    expect(ofKind(slogansOf('小村庄很安静，风吹麦浪起，鸟鸣山更幽，人在画中游。'), 'clauses')).toEqual([]);
    expect(ofKind(slogansOf('她的愿望很简单：会暖床，会唱歌，会写作。“青山青水青少年，分别不知八三年”。'), 'clauses')).toEqual([]);
  });

  it('finds the lexicon’s comma-joined formulations in running text, quoted or not', () => {
    const slogans = genreSlogans(
      '深刻理解“党政军民学，东西南北中，党是领导一切的”这一重大原则。',
      '中国共产党人的初心和使命，就是为中国人民谋幸福，为中华民族谋复兴。',
    );
    expect(has(slogans, '党政军民学，东西南北中，党是领导一切的')).toBe(true);
    expect(has(slogans, '为中国人民谋幸福、为中华民族谋复兴')).toBe(true);
  });
});

describe('quoted series of eight or more items', () => {
  it('keeps a long quoted series of items of one length, and not one of mixed lengths', () => {
    const series = '学理论、强党性、重实践、建新功、明规矩、守底线、勇担当、优作风、树形象';
    expect(has(genreSlogans(`全面推进“${series}”建设。`), series)).toBe(true);
    const names = '北京、上海、广州、深圳、杭州、南京、苏州、成都、石家庄';
    expect(has(genreSlogans(`走访了“${names}”等城市。`), names)).toBe(false);
  });
});

describe('quoted numbered formulations with a head noun', () => {
  it('joins the quote and its head noun, for 个-formulations and numeral-led terms', () => {
    const slogans = genreSlogans('实现“两个确保”奋斗目标，推进“三大攻坚”专题教育，做到“四个转变”工作要求。');
    expect(ofKind(slogans, 'numbered').sort()).toEqual(['“三大攻坚”专题教育', '“两个确保”奋斗目标', '“四个转变”工作要求'].sort());
  });

  it('yields to the lexicon’s own entry, which carries its category and 释义', () => {
    const slogans = genreSlogans('统筹推进“五位一体”总体布局，贯彻“三个务必”重要要求。');
    const fiveInOne = slogans.find((s) => formulationKey(s.text) === formulationKey('“五位一体”总体布局'));
    const threeMusts = slogans.find((s) => s.text === '三个务必');
    expect(fiveInOne).toBeDefined();
    expect(threeMusts).toBeDefined();
    expect([fiveInOne!.kind, threeMusts!.kind]).not.toContain('numbered');
    expect(slogans.some((s) => s.text.includes('重要要求'))).toBe(false);
  });

  it('does not join a head that is a verb, nor a quote that is not numbered', () => {
    const slogans = genreSlogans('“三个务必”要求我们保持谦虚谨慎。“枫桥经验”总体布局良好。');
    expect(slogans.some((s) => s.text.includes('要求'))).toBe(false);
    expect(slogans.some((s) => s.text.includes('总体布局'))).toBe(false);
    expect(has(slogans, '三个务必')).toBe(true);
  });
});

describe('core-leadership formulas', () => {
  it('finds 以…为核心的党中央 with any name in the slot', () => {
    const slogans = slogansOf(
      '在以习近平同志为核心的党中央坚强领导下，全党团结奋斗。',
      '以习近平同志为核心的中共中央团结带领全国人民。',
      '以毛泽东同志为核心的党的第一代中央领导集体带领人民建立新中国。',
    );
    expect(ofKind(slogans, 'core').sort()).toEqual(['以习近平同志为核心的中共中央', '以习近平同志为核心的党中央'].sort());
    // The lexicon has this one; the pattern finds the same words, the lexicon's category wins.
    expect(has(slogans, '以毛泽东同志为核心的党的第一代中央领导集体')).toBe(true);
  });

  it('leaves other uses of 为核心 alone', () => {
    expect(ofKind(genreSlogans('构建以科技创新为核心的全面创新体系，以联合国为核心的国际体系。'), 'core')).toEqual([]);
  });
});

describe('leaders’ maxims', () => {
  it('finds three-part “A是B人” clauses and a chiasm of 就是', () => {
    const slogans = genreSlogans('新征程上，时代是出题人，我们是答卷人，群众是阅卷人。', '江山就是人民，人民就是江山。');
    expect(ofKind(slogans, 'maxim')).toEqual(['时代是出题人，我们是答卷人，群众是阅卷人']);
    expect(has(slogans, '江山就是人民、人民就是江山')).toBe(true);
  });

  it('finds a quoted “X就是Y” that is not speech', () => {
    expect(ofKind(genreSlogans('牢固树立“保护生态就是发展生产力”的理念。'), 'maxim')).toEqual(['保护生态就是发展生产力']);
  });

  it('leaves prose 就是, quoted speech and one 是…人 clause alone', () => {
    const slogans = genreSlogans(
      '关键就是抓落实，这就是我们的办法。',
      '他说，“明天就是好日子”。',
      '老张是热心人，总是帮助别人。',
      '他是好人，她是能人，你是贵人。',
    );
    expect(ofKind(slogans, 'maxim')).toEqual([]);
  });
});

describe('nothing from navigation, related links or footers', () => {
  it('finds the patterns in the article and none from the list of related headlines', () => {
    const body = [
      '<p>会议强调，要坚定拥护“两个确立”，坚决做到“两个维护”，落实全面从严治党主体责任。</p>',
      '<p>在以习近平同志为核心的党中央坚强领导下，全市统筹推进“五位一体”总体布局。</p>',
      '<p>人民有信仰，国家有力量，民族有希望。广大党员干部要勇于担当，真抓实干，久久为功，在新征程上作出新的更大贡献。</p>',
      '<p>会议指出，各级党组织要把学习贯彻党的二十大精神作为首要政治任务，持续深化理论武装，推动各项工作落地见效。</p>',
    ].join('');
    const related = [
      '<li><a href="/a1.html">江山就是人民，人民就是江山</a></li>',
      '<li><a href="/a2.html">时代是出卷人，我们是答卷人，人民是阅卷人</a></li>',
      '<li><a href="/a3.html">以毛泽东同志为核心的党的第一代中央领导集体</a></li>',
      '<li><a href="/a4.html">协调推进“四个全面”战略布局</a></li>',
    ].join('');
    const doc = page(
      `<nav><a href="/">首页</a><a href="/news/">要闻</a></nav><article><h1>市委召开常委会议</h1><div class="info">2024-05-06 来源：本报</div>${body}</article>` +
        `<div class="related"><h3>相关新闻</h3><ul>${related}</ul></div><footer>版权所有 主办单位：某某市委宣传部</footer>`,
    );
    const texts = analyze(doc).slogans.map((s) => formulationKey(s.text));
    expect(texts).toContain(formulationKey('以习近平同志为核心的党中央'));
    expect(texts).toContain(formulationKey('人民有信仰，国家有力量，民族有希望'));
    expect(texts).toContain(formulationKey('“五位一体”总体布局'));
    for (const headline of ['江山就是人民', '出卷人', '中央领导集体', '四个全面']) {
      expect(texts.filter((t) => t.includes(headline))).toEqual([]);
    }
  });
});
