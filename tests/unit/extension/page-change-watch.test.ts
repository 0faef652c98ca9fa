import { describe, expect, it } from 'vitest';
import { currentPageUrl } from '../../../src/extension/background/annotation-handlers.ts';
import { pageIdentity } from '../../../src/extension/content/page-change-watch.ts';
import { parseHighlightFromContent } from '../../../src/extension/messages.ts';
import { normalizePageUrl } from '../../../src/store/url.ts';

const URLS = [
  'https://news.example.cn/a/1.html',
  'https://news.example.cn/a/1.html#comments',
  'https://news.example.cn/a/1.html?from=timeline',
  'https://news.example.cn/a/2.html',
  'https://news.example.cn/a/1.html?id=7',
  'https://news.example.cn/a/1.html?id=8',
  'https://app.example.cn/#/article/5',
  'https://app.example.cn/#/article/6',
  'https://app.example.cn/#!/news/5',
  'https://app.example.cn/#top',
  'https://app.example.cn/',
];

describe('pageIdentity (content script: did a single-page site move to another page?)', () => {
  it('never calls two URLs the same page when the store keys them apart', () => {
    for (const a of URLS) {
      for (const b of URLS) {
        if (pageIdentity(a) === pageIdentity(b)) expect(normalizePageUrl(a)).toBe(normalizePageUrl(b));
      }
    }
  });

  it('an in-page anchor is the same page; a hash route, path or query is another', () => {
    expect(pageIdentity(URLS[1]!)).toBe(pageIdentity(URLS[0]!));
    expect(pageIdentity(URLS[9]!)).toBe(pageIdentity(URLS[10]!));
    expect(pageIdentity(URLS[3]!)).not.toBe(pageIdentity(URLS[0]!));
    expect(pageIdentity(URLS[5]!)).not.toBe(pageIdentity(URLS[4]!));
    expect(pageIdentity(URLS[7]!)).not.toBe(pageIdentity(URLS[6]!));
  });
});

describe('currentPageUrl (background: which page a content script message is about)', () => {
  const loaded = 'https://news.example.cn/a/1.html';
  it('takes the page’s own address after a history navigation on the same origin', () => {
    expect(currentPageUrl(loaded, 'https://news.example.cn/a/2.html')).toBe('https://news.example.cn/a/2.html');
  });
  it('ignores an address on another origin, a malformed one, or none', () => {
    expect(currentPageUrl(loaded, 'https://other.example.org/a/2.html')).toBe(loaded);
    expect(currentPageUrl(loaded, 'http://news.example.cn/a/2.html')).toBe(loaded);
    expect(currentPageUrl(loaded, 'not a url')).toBe(loaded);
    expect(currentPageUrl(loaded, undefined)).toBe(loaded);
  });
  it('the message validator refuses a page address that is not http(s)', () => {
    expect(parseHighlightFromContent({ type: 'list-page-highlights', pageUrl: 'https://news.example.cn/a/2.html' })).not.toBeNull();
    expect(parseHighlightFromContent({ type: 'list-page-highlights' })).not.toBeNull();
    expect(parseHighlightFromContent({ type: 'list-page-highlights', pageUrl: 'javascript:alert(1)' })).toBeNull();
    expect(parseHighlightFromContent({ type: 'list-page-highlights', pageUrl: 42 })).toBeNull();
  });
});
