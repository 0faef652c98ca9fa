import { describe, expect, it } from 'vitest';
import { classifyInjectionError, classifyPageUrl } from '../../../src/extension/page-access.ts';

describe('classifyPageUrl', () => {
  it.each([
    ['https://www.12371.cn/2024/06/28/ARTI1719.shtml', 'readable'],
    ['http://127.0.0.1:8080/a.html', 'readable'],
    ['https://mp.weixin.qq.com/s?__biz=MzA&mid=1&idx=1&sn=abc', 'readable'],
    ['chrome://extensions/', 'browser-page'],
    ['chrome-extension://abc/popup.html', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['view-source:https://www.gov.cn/', 'browser-page'],
    ['moz-extension://uuid/popup.html', 'browser-page'],
    ['data:text/html,<p>x</p>', 'browser-page'],
    ['https://chromewebstore.google.com/detail/abc', 'store-page'],
    ['https://chrome.google.com/webstore/detail/abc', 'store-page'],
    ['https://addons.mozilla.org/zh-CN/firefox/addon/x/', 'store-page'],
    ['https://microsoftedge.microsoft.com/addons/detail/x', 'store-page'],
    ['https://www.gov.cn/zhengce/report.PDF', 'pdf'],
    ['file:///home/user/article.html', 'file'],
    [undefined, 'unknown'],
    ['', 'unknown'],
    ['not a url', 'unknown'],
  ])('%s -> %s', (url, expected) => {
    expect(classifyPageUrl(url)).toBe(expected);
  });

  it('does not take a store name in a path for the store', () => {
    expect(classifyPageUrl('https://www.example.cn/chromewebstore.google.com/')).toBe('readable');
    expect(classifyPageUrl('https://chrome.google.com/search')).toBe('readable');
  });
});

describe('classifyInjectionError (messages Chromium gives, checked in the browser)', () => {
  it.each([
    ['Cannot access a chrome:// URL', 'browser-page'],
    ['Cannot access a chrome-extension:// URL of different extension', 'browser-page'],
    ['The extensions gallery cannot be scripted.', 'store-page'],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'unknown'],
    ['Missing host permission for the tab', 'unknown'],
  ])('%s -> %s', (message, expected) => {
    expect(classifyInjectionError(message)).toBe(expected);
  });
});
