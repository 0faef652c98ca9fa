import { describe, expect, it } from 'vitest';
import { detectPartyBuilding, DETECTION_THRESHOLD } from '../../../src/core/party-building.ts';
import { findSlogans } from '../../../src/core/slogans/index.ts';
import type { BodyParagraph, PartyBuildingVerdict } from '../../../src/core/types.ts';
import { loadSeedParagraphs, paragraphsOf, seedAvailable } from './slogans-seed.ts';

function verdictFor(title: string | null, texts: string[] | BodyParagraph[]): PartyBuildingVerdict {
  const paragraphs = typeof texts[0] === 'string' ? paragraphsOf(texts as string[]) : (texts as BodyParagraph[]);
  return detectPartyBuilding({ title, paragraphs, slogans: findSlogans(paragraphs) });
}

const BRANCH_ACTIVITY = [
  '近日，某局机关第二党支部开展主题党日活动，支部全体党员参加。',
  '活动中，支部书记带领党员重温入党誓词，围绕学习贯彻党的二十大精神讲了专题党课，要求党员干部增强“四个意识”、坚定“四个自信”、做到“两个维护”。',
  '支部严格落实“三会一课”制度，组织党员交流学习体会。大家表示，要把学习成果转化为推动业务工作的实际成效，发挥党员先锋模范作用。',
];

const CULTURE_NEWS = [
  '省博物馆“丝路瑰宝”特展日前开幕，展出来自十余家文博机构的两百余件文物，其中一级文物三十余件。',
  '展览分为“驼铃声声”“海舶来往”“文明互鉴”三个单元，以陶器、丝织品、金银器等展现古代丝绸之路上的商贸往来与文化交流。',
  '策展人介绍，展览运用数字投影复原了古代商队的行进路线，观众可以通过触摸屏了解每件文物的出土地点和背后的故事。',
  '据介绍，此次展览是深入贯彻习近平文化思想、推动中华优秀传统文化创造性转化的一次实践，展期将持续到明年三月。',
  '开幕首日，博物馆接待观众八千余人次，不少家长带着孩子前来参观。',
];

const BUSINESS_NEWS = [
  '今年前三季度，某省规模以上工业增加值同比增长百分之六点五，高技术制造业增加值增长百分之十一。',
  '从行业看，电子信息、汽车制造、新材料等行业增速较快，新能源汽车产量同比增长四成以上。',
  '外贸方面，全省进出口总额同比增长百分之四，其中对共建“一带一路”国家进出口增长百分之九。',
  '专家表示，下阶段应进一步稳定市场预期，扩大有效投资，推动消费持续恢复。',
];

describe.skipIf(!seedAvailable)('the seed article', () => {
  const verdict = seedAvailable ? verdictFor(null, loadSeedParagraphs()) : null;

  it('is detected with a high score', () => {
    expect(verdict!.detected).toBe(true);
    expect(verdict!.score).toBeGreaterThan(0.9);
    expect(verdict!.score).toBeLessThanOrEqual(1);
  });

  it('says why in Chinese: which formulations, their density, what else counted', () => {
    const reasons = verdict!.reasons.join('\n');
    expect(reasons).toContain('两个维护');
    expect(reasons).toMatch(/每千字\d+(\.\d)?次/);
    expect(reasons).toContain('党组织与党务用语');
    expect(reasons).toContain('判定：党建类文章');
  });
});

describe('party-building detection', () => {
  it('detects a party-branch activity report', () => {
    const verdict = verdictFor('某局机关第二党支部开展主题党日活动', BRANCH_ACTIVITY);
    expect(verdict.detected).toBe(true);
  });

  it('detects a discipline-inspection case report', () => {
    const verdict = verdictFor(null, [
      '日前，经中共某省委批准，某省纪委监委对某市原副市长张某某严重违纪违法问题进行了立案审查调查。',
      '经查，张某某丧失理想信念，背弃初心使命，无视中央八项规定精神，违规收受礼品礼金；违反组织原则，在干部选拔任用工作中为他人谋取利益；利用职务上的便利为他人谋利，并非法收受他人财物，数额特别巨大。',
      '依据《中国共产党纪律处分条例》等有关规定，经省纪委常委会会议研究并报省委批准，决定给予张某某开除党籍处分，将其涉嫌犯罪问题移送检察机关依法审查起诉。',
    ]);
    expect(verdict.detected).toBe(true);
  });

  it('detects a state funeral with its obituary formulae', () => {
    const verdict = verdictFor(null, [
      '中国共产党的优秀党员，久经考验的忠诚的共产主义战士，杰出的无产阶级革命家、政治家，党和国家的卓越领导人某某同志的遗体，今日在北京八宝山革命公墓火化。',
      '习近平、李强、赵乐际等前往八宝山革命公墓送别，向某某同志的遗体三鞠躬，并向其亲属表示深切慰问。',
      '某某同志逝世后，党和国家领导人以各种形式表示沉痛悼念。',
    ]);
    expect(verdict.detected).toBe(true);
    expect(verdict.reasons.join('\n')).toContain('悼念、治丧用语');
  });

  it('does not detect the funeral of someone outside politics', () => {
    const verdict = verdictFor(null, [
      '著名演员某某因病于10月5日在北京逝世，享年85岁。',
      '某某的遗体告别仪式10日在八宝山殡仪馆举行，遗体随后火化。',
      '众多影迷自发前往送别，沉痛悼念这位老艺术家。',
      '某某一生塑造了许多经典银幕形象，深受观众喜爱。',
    ]);
    expect(verdict.detected).toBe(false);
  });

  it('does not detect culture news that mentions a formulation once', () => {
    const verdict = verdictFor('丝路瑰宝特展开幕', CULTURE_NEWS);
    expect(verdict.detected).toBe(false);
    expect(verdict.score).toBeLessThan(DETECTION_THRESHOLD);
  });

  it('does not detect business news with a policy term in it', () => {
    expect(verdictFor('前三季度工业经济稳中有进', BUSINESS_NEWS).detected).toBe(false);
  });

  it('does not let a political headline make a non-political body detected', () => {
    expect(verdictFor('党建引领促发展：丝路瑰宝特展开幕', CULTURE_NEWS).detected).toBe(false);
  });

  it('scores more evidence higher', () => {
    const weak = verdictFor(null, CULTURE_NEWS);
    const strong = verdictFor(null, [...CULTURE_NEWS, ...BRANCH_ACTIVITY]);
    expect(strong.score).toBeGreaterThan(weak.score);
  });

  it('gives an empty body score 0 and says so', () => {
    const verdict = detectPartyBuilding({ title: '某某', paragraphs: [], slogans: [] });
    expect(verdict).toMatchObject({ detected: false, score: 0 });
    expect(verdict.reasons[0]).toContain('正文为空');
  });
});
