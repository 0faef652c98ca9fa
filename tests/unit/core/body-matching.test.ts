import { describe, expect, it } from 'vitest';
import { lexiconOccurrencesByParagraph, matchingTexts } from '../../../src/core/slogans/body-matching.ts';
import { findLexiconOccurrences } from '../../../src/core/slogans/lexicon-matcher.ts';
import { toMatchingText } from '../../../src/core/slogans/match-text.ts';
import type { BodyParagraph } from '../../../src/core/types.ts';

const para = (text: string): BodyParagraph => ({ text, lead: null, heading: false });

describe('body matching memo', () => {
  it('gives what the matcher gives each paragraph, and the same arrays on a second call', () => {
    const body = [para('全党要不忘初心、牢记使命, 坚定 "四个自信"。'), para('做到“两个维护”。')];
    const texts = matchingTexts(body);
    expect(texts).toEqual(body.map((p) => toMatchingText(p.text)));
    const lexicon = lexiconOccurrencesByParagraph(body);
    expect(lexicon).toEqual(texts.map((t, i) => findLexiconOccurrences(t, i)));
    expect(lexicon.flat().length).toBeGreaterThanOrEqual(3);
    expect(matchingTexts(body)).toBe(texts);
    expect(lexiconOccurrencesByParagraph(body)).toBe(lexicon);
  });

  it('reads the body again when the array was changed after a call', () => {
    const body = [para('做到“两个维护”。')];
    expect(lexiconOccurrencesByParagraph(body)[0]).toHaveLength(1);
    body[0] = para('今天天气很好。');
    expect(matchingTexts(body)).toEqual(['今天天气很好。']);
    expect(lexiconOccurrencesByParagraph(body)[0]).toHaveLength(0);
    body.push(para('增强“四个意识”。'));
    expect(lexiconOccurrencesByParagraph(body)).toHaveLength(2);
  });
});
