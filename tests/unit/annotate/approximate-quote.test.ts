import { describe, expect, it } from 'vitest';
import { approximateCandidates } from '../../../src/annotate/approximate-quote.ts';

const SENTENCES = [
  '坚持以人民为中心的发展思想，把人民对美好生活的向往作为奋斗目标。',
  '各级党组织要切实履行管党治党政治责任，推动全面从严治党向纵深发展。',
  '深入开展调查研究，真正把情况摸清、把问题找准、把对策提实。',
  '加强基层党组织建设，把基层党组织建设成为坚强战斗堡垒。',
  '持续深化作风建设，锲而不舍落实中央八项规定精神。',
];
const filler = (length: number) => {
  let text = '';
  for (let i = 0; text.length < length; i++) text += `（${i}）` + SENTENCES[i % SENTENCES.length];
  return text;
};
const QUOTE = '要把学习贯彻党的创新理论作为首要政治任务';
const EDITED = '要把学习贯彻党的创新理论作为重要政治任务';

describe('approximateCandidates', () => {
  it('searches only the window it is given', () => {
    const text = filler(3000) + EDITED + filler(3000);
    const at = text.indexOf(EDITED);
    const inside = approximateCandidates(text, QUOTE, { hint: at }, { start: at - 500, end: at + 500 }, 10);
    expect(inside).toContainEqual({ start: at, end: at + QUOTE.length, errors: 1 });
    expect(approximateCandidates(text, QUOTE, { hint: 0 }, { start: 0, end: 2000 }, 10).some((c) => c.start === at)).toBe(false);
  });

  it('finds the edited original through its context although an unedited copy is nearer', () => {
    const prefix = '省委主要负责同志在专题读书班结业式上强调：';
    const suffix = '，在学懂弄通做实上下功夫。';
    const text = filler(1000) + '会议指出，' + QUOTE + '。' + filler(300) + prefix + EDITED + suffix + filler(1000);
    const at = text.indexOf(EDITED);
    const candidates = approximateCandidates(text, QUOTE, { prefix, suffix, hint: 1000 }, { start: 0, end: text.length }, 10);
    expect(candidates).toContainEqual({ start: at, end: at + QUOTE.length, errors: 1 });
  });

  it('finds a paragraph-long quote by its tail when its head was rewritten', () => {
    const paragraph = filler(800);
    const rewritten = '新的开头' + paragraph.slice(150);
    const text = filler(2000).replace(/（/g, '[') + rewritten + '。结束。';
    const at = text.indexOf(rewritten);
    const candidates = approximateCandidates(text, paragraph, {}, { start: 0, end: text.length }, 256);
    expect(candidates.some((c) => c.end === at + rewritten.length && c.start <= at + 4)).toBe(true);
  });
});
