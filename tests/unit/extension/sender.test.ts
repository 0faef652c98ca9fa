import { describe, expect, it } from 'vitest';
import { isOwnContentScript, isOwnExtensionPage } from '../../../src/extension/sender.ts';

const self = { id: 'abcdefghijklmnopabcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/' };
const tab = { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false };

describe('isOwnContentScript', () => {
  it('accepts our content script in a top frame', () => {
    expect(isOwnContentScript({ id: self.id, tab, frameId: 0, url: 'https://www.example.cn/a.html' }, self)).toBe(true);
  });

  it.each([
    ['another extension', { id: 'someoneelse', tab, frameId: 0, url: 'https://www.example.cn/' }],
    ['a subframe', { id: self.id, tab, frameId: 3, url: 'https://ads.example.com/' }],
    ['a sender without a tab', { id: self.id, frameId: 0, url: 'https://www.example.cn/' }],
    ['our own popup opened in a tab', { id: self.id, tab, frameId: 0, url: `${self.origin}popup.html?tab=7` }],
  ])('rejects %s', (_label, sender) => {
    expect(isOwnContentScript(sender, self)).toBe(false);
  });
});

describe('isOwnExtensionPage', () => {
  it('accepts the popup, also when opened in a tab', () => {
    expect(isOwnExtensionPage({ id: self.id, url: `${self.origin}popup.html` }, self)).toBe(true);
    expect(isOwnExtensionPage({ id: self.id, tab, url: `${self.origin}popup.html?tab=3` }, self)).toBe(true);
  });

  it.each([
    ['a content script', { id: self.id, tab, frameId: 0, url: 'https://www.example.cn/' }],
    ['another extension page', { id: 'other', url: 'chrome-extension://other/popup.html' }],
    ['a look-alike origin', { id: self.id, url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop.evil/' }],
    ['no url', { id: self.id }],
  ])('rejects %s', (_label, sender) => {
    expect(isOwnExtensionPage(sender, self)).toBe(false);
  });
});
