// The one tag syntax the note form, the popup and the manager share.
import { describe, expect, it } from 'vitest';
import { joinTags, splitTags } from '../../../src/store/tag-syntax.ts';

describe('splitTags', () => {
  it('splits on commas, 、, semicolons (both widths) and white space', () => {
    expect(splitTags('学习，二十大、党史;理论；作风, 纪律 建设\n调研\t整改')).toEqual([
      '学习', '二十大', '党史', '理论', '作风', '纪律', '建设', '调研', '整改',
    ]);
  });

  it('drops a leading # (either width), empty pieces and repeats', () => {
    expect(splitTags(' #党史，，＃学习 、 党史 ')).toEqual(['党史', '学习']);
    expect(splitTags('')).toEqual([]);
    expect(splitTags(' ，、 ')).toEqual([]);
  });

  it('keeps a # inside a tag and Latin tags whole', () => {
    expect(splitTags('C#, study-notes')).toEqual(['C#', 'study-notes']);
  });
});

describe('joinTags', () => {
  it('writes what splitTags reads back to the same tags', () => {
    for (const tags of [['学习', '二十大'], ['study', 'notes'], ['学习', 'notes'], []]) {
      expect(splitTags(joinTags(tags))).toEqual(tags);
    }
  });

  it('uses 、 between Chinese tags and ", " between others', () => {
    expect(joinTags(['学习', '党史'])).toBe('学习、党史');
    expect(joinTags(['study', 'notes'])).toBe('study, notes');
  });
});
