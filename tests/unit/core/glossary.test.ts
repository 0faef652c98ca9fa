import { describe, expect, it } from 'vitest';
import { glossaryEntryFor, glossaryOf } from '../../../src/core/slogans/glossary.ts';

describe('formulation glossary (释义)', () => {
  it('finds a formulation’s 释义 and source whatever quotes or 、 the body wrote', () => {
    const entry = glossaryEntryFor('“两个维护”');
    expect(entry?.gloss).toContain('坚决维护党中央权威和集中统一领导');
    expect(entry?.sourceTitle).toBe('党的百年奋斗重大成就和历史经验的决议（2021年）');
    expect(glossaryEntryFor('新发展理念')?.gloss).toContain('创新、协调、绿色、开放、共享');
  });

  it('has no 释义 for a formulation the documents do not explain, nor for an ordinary phrase', () => {
    expect(glossaryEntryFor('撸起袖子加油干')).toBeUndefined();
    expect(glossaryEntryFor('今天下午')).toBeUndefined();
  });

  it('builds an article’s glossary in the list order, skipping formulations without 释义 and repeats', () => {
    const glossary = glossaryOf(['高质量发展', '撸起袖子加油干', '两个确立', '伟大建党精神', '高质量发展']);
    expect(glossary.map((e) => e.text)).toEqual(['高质量发展', '两个确立']);
  });
});
