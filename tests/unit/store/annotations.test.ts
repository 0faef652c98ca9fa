import { describe, expect, it } from 'vitest';
import {
  colorOf,
  createAnnotation,
  noteOf,
  quoteOf,
  tagsOf,
  withColor,
  withNote,
  withTags,
  type Clock,
} from '../../../src/store/annotations.ts';
import type { Selector } from '../../../src/store/model.ts';

const SELECTORS: Selector[] = [
  { type: 'TextQuoteSelector', exact: '两个维护', prefix: '坚决做到', suffix: '，这是' },
  { type: 'TextPositionSelector', start: 10, end: 14 },
];
const clock: Clock = { now: () => new Date('2024-03-01T08:00:00.000Z'), uuid: () => '123e4567-e89b-42d3-a456-426614174000' };
const LATER = new Date('2024-03-02T09:30:00.000Z');

describe('createAnnotation', () => {
  it('builds a W3C highlighting annotation with colour body, normalised source and page snapshot', () => {
    const page = { title: '标题', source: '人民日报', author: '本报评论员', publishedAt: '2024-02-29' };
    const a = createAnnotation({ url: 'https://news.cn/a.htm?utm_source=x#top', selectors: SELECTORS, color: 'red', page }, clock);
    expect(a).toEqual({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:123e4567-e89b-42d3-a456-426614174000',
      type: 'Annotation',
      motivation: 'highlighting',
      created: '2024-03-01T08:00:00.000Z',
      modified: '2024-03-01T08:00:00.000Z',
      body: [{ type: 'TextualBody', purpose: 'highlighting', value: 'red' }],
      target: { source: 'https://news.cn/a.htm', selector: SELECTORS },
      page,
    });
    expect(a.target.selector).not.toBe(SELECTORS); // a copy
  });

  it('is a commenting annotation when it has a note, with one body per tag', () => {
    const a = createAnnotation({ url: 'https://x.cn/a', selectors: SELECTORS, note: '第一行\n第二行', tags: [' 学习 ', '#党课', '学习', ''] }, clock);
    expect(a.motivation).toBe('commenting');
    expect(noteOf(a)).toBe('第一行\n第二行');
    expect(tagsOf(a)).toEqual(['学习', '党课']);
    expect(colorOf(a)).toBe('yellow');
    expect(quoteOf(a)).toBe('两个维护');
  });

  it('uses crypto.randomUUID ids and the current time by default', () => {
    const a = createAnnotation({ url: 'https://x.cn/a', selectors: SELECTORS });
    const b = createAnnotation({ url: 'https://x.cn/a', selectors: SELECTORS });
    expect(a.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.id).not.toBe(b.id);
    expect(Number.isNaN(Date.parse(a.created))).toBe(false);
  });
});

describe('editing', () => {
  const base = createAnnotation({ url: 'https://x.cn/a', selectors: SELECTORS, color: 'green', tags: ['学习'] }, clock);

  it('withNote adds, changes and removes the note, switching motivation and bumping modified', () => {
    const noted = withNote(base, '要点', LATER);
    expect(noteOf(noted)).toBe('要点');
    expect(noted.motivation).toBe('commenting');
    expect(noted.modified).toBe(LATER.toISOString());
    expect(noted.created).toBe(base.created);
    expect(colorOf(noted)).toBe('green');
    expect(tagsOf(noted)).toEqual(['学习']);
    const cleared = withNote(noted, '  \n ', LATER);
    expect(noteOf(cleared)).toBe('');
    expect(cleared.motivation).toBe('highlighting');
    expect(noteOf(base)).toBe(''); // the original is untouched
  });

  it('withTags and withColor keep everything else', () => {
    const tagged = withTags(withNote(base, '注', LATER), ['甲', '乙'], LATER);
    expect(tagsOf(tagged)).toEqual(['甲', '乙']);
    expect(noteOf(tagged)).toBe('注');
    const recoloured = withColor(tagged, 'purple', LATER);
    expect(colorOf(recoloured)).toBe('purple');
    expect(tagsOf(recoloured)).toEqual(['甲', '乙']);
    expect(recoloured.target).toEqual(base.target);
    expect(recoloured.id).toBe(base.id);
  });

  it('colorOf falls back to the default for an unknown colour', () => {
    const odd = { ...base, body: [{ type: 'TextualBody' as const, purpose: 'highlighting' as const, value: 'orange' }] };
    expect(colorOf(odd)).toBe('yellow');
  });
});
