// Issue 11, point 5: the note form refuses, with a message that names the
// limit, what the background would drop (a tag over 100 characters, more than
// 50 tags, a note over 20,000 characters) instead of sending it and showing
// "扩展暂时没有响应" with a 重试 that never succeeds.
// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_NOTE_LENGTH, MAX_TAG_LENGTH, MAX_TAGS } from '../../../src/core/limits.ts';
import { noteFields } from '../../../src/extension/content/note-form.ts';
import { isNote, isTagList } from '../../../src/extension/annotation-shape.ts';
import { installFakeBrowser } from '../ui/manager-fake-browser.ts';

let uninstall: () => void = () => {};
afterEach(() => uninstall());

function form(note: string, tags: string) {
  const fields = noteFields(document);
  document.body.append(fields.element);
  fields.note.value = note;
  fields.tags.value = tags;
  return fields;
}

const errorText = (fields: ReturnType<typeof noteFields>) => fields.element.querySelector('[role="alert"]')?.textContent ?? '';

describe('note form limits (zh_CN)', () => {
  beforeEach(() => (uninstall = installFakeBrowser('zh_CN')));

  it('a note over 20,000 characters: refused, and the message says 20000', () => {
    const fields = form('注'.repeat(MAX_NOTE_LENGTH + 1), '学习');
    expect(fields.check()).toBe(false);
    expect(errorText(fields)).toContain(String(MAX_NOTE_LENGTH));
    expect(errorText(fields)).toMatch(/批注/);
    expect(fields.note.getAttribute('aria-invalid')).toBe('true');
  });

  it('a tag over 100 characters: refused, the message names the limit', () => {
    const fields = form('好', '标'.repeat(MAX_TAG_LENGTH + 1));
    expect(fields.check()).toBe(false);
    expect(errorText(fields)).toContain(String(MAX_TAG_LENGTH));
    expect(fields.tags.getAttribute('aria-invalid')).toBe('true');
  });

  it('more than 50 tags: refused, the message names the limit', () => {
    const fields = form('', Array.from({ length: MAX_TAGS + 1 }, (_, i) => `t${i}`).join(' '));
    expect(fields.check()).toBe(false);
    expect(errorText(fields)).toContain(String(MAX_TAGS));
  });

  it('at the limits: accepted, no message', () => {
    const fields = form('注'.repeat(MAX_NOTE_LENGTH), Array.from({ length: MAX_TAGS }, (_, i) => `${i}`.padEnd(MAX_TAG_LENGTH, '标')).join(' '));
    expect(fields.check()).toBe(true);
    expect(errorText(fields)).toBe('');
  });

  it('the form accepts exactly what the background accepts (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_NOTE_LENGTH + 50 }), fc.array(fc.integer({ min: 1, max: MAX_TAG_LENGTH + 5 }), { maxLength: MAX_TAGS + 3 }), (noteLength, tagLengths) => {
        const fields = form('注'.repeat(noteLength), tagLengths.map((n, i) => `${i}`.padEnd(n, '标')).join(' '));
        const read = fields.read();
        expect(fields.check()).toBe(isNote(read.note) && isTagList(read.tags));
        fields.element.remove();
      }),
      { numRuns: 60 },
    );
  });
});

describe('note form limits (en)', () => {
  beforeEach(() => (uninstall = installFakeBrowser('en')));
  it('says the limit in English', () => {
    const fields = form('n'.repeat(MAX_NOTE_LENGTH + 1), '');
    expect(fields.check()).toBe(false);
    expect(errorText(fields)).toMatch(/20,?000/);
    expect(errorText(fields)).toMatch(/note/i);
  });
});
