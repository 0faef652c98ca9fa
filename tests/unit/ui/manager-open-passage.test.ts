import { describe, expect, it } from 'vitest';
import type { Tab } from '../../../src/extension/browser-api.ts';
import { tabShowing } from '../../../src/ui/manager/open-passage.ts';

const tab = (id: number, url: string | undefined, active = false): Tab => ({ id, url, active, index: id, highlighted: active, pinned: false, incognito: false }) as Tab;

describe('tabShowing', () => {
  const url = 'https://news.example.cn/theory/2024/leadership.html';

  it('finds the tab of the same page, whatever its fragment or tracking parameters', () => {
    const tabs = [tab(1, 'https://example.org/'), tab(2, `${url}?utm_source=wechat#para-3`), tab(3, undefined)];
    expect(tabShowing(tabs, url)?.id).toBe(2);
  });

  it('prefers the active one when the page is open twice', () => {
    expect(tabShowing([tab(1, url), tab(2, url, true)], url)?.id).toBe(2);
    expect(tabShowing([tab(1, url), tab(2, url)], url)?.id).toBe(1);
  });

  it('finds none for another page on the same site, or a tab whose address it may not read', () => {
    expect(tabShowing([tab(1, 'https://news.example.cn/theory/2024/other.html'), tab(2, undefined)], url)).toBeNull();
  });
});
