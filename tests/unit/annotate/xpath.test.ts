import { describe, expect, it } from 'vitest';
import { elementFromXPath, xpathFromElement } from '../../../src/annotate/xpath.ts';
import { documentOf } from './dom.ts';

describe('xpath', () => {
  const doc = documentOf('<div><p>a</p><span></span><p>b</p></div><div><p id="t">c</p></div>');

  it('names an element by tag and index among same-named siblings', () => {
    const p = doc.querySelectorAll('div')[0]!.querySelectorAll('p')[1]!;
    expect(xpathFromElement(p)).toBe('/html[1]/body[1]/div[1]/p[2]');
    expect(xpathFromElement(doc.getElementById('t')!)).toBe('/html[1]/body[1]/div[2]/p[1]');
    expect(xpathFromElement(doc.documentElement)).toBe('/html[1]');
  });

  it('resolves every element of the page back to itself', () => {
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      expect(elementFromXPath(doc, xpathFromElement(el))).toBe(el);
    }
  });

  it('returns null for paths the page no longer has or cannot be ours', () => {
    expect(elementFromXPath(doc, '/html[1]/body[1]/div[3]')).toBeNull();
    expect(elementFromXPath(doc, '/html[1]/body[1]/div[1]/p[3]')).toBeNull();
    expect(elementFromXPath(doc, 'html/body')).toBeNull();
    expect(elementFromXPath(doc, '/html[1]/body[1]/div[@id="x"]')).toBeNull();
  });

  it('accepts steps without an index as the first one, case-insensitively', () => {
    expect(elementFromXPath(doc, '/HTML/BODY/DIV[2]/P')).toBe(doc.getElementById('t'));
  });
});
