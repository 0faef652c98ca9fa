// Every popup state, decided from what the browser reports (a scripted TabChannel).
import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../../src/core/types.ts';
import { loadTabView, type TabChannel, type TabView } from '../../../src/ui/popup/tab-view.ts';

const ANALYSIS: ArticleAnalysis = {
  url: 'https://example.cn/a.html',
  isArticle: true,
  partyBuilding: { detected: false, score: 0.1, reasons: [] },
  metadata: { title: '标题', source: '来源', author: null, editor: null, publishedAt: '2024-06-28', siteName: null, publisher: null },
  slogans: [{ text: '高质量发展', count: 2, kind: '发展理念' }],
  summary: { keyPoints: ['要点一。'], charCount: 500, readingMinutes: 1.2, paragraphs: 4 },
};

const NO_RECEIVER = new Error('Could not establish connection. Receiving end does not exist.');

function channel(overrides: Partial<TabChannel> & { log?: string[] }): TabChannel {
  const log = overrides.log ?? [];
  return {
    tabUrl: 'https://example.cn/a.html',
    askContentScript: async () => (log.push('ask'), { status: 'analysed', analysis: ANALYSIS }),
    injectContentScript: async () => void log.push('inject'),
    ...overrides,
  };
}

async function decide(tab: TabChannel): Promise<{ final: TabView; progress: TabView[] }> {
  const progress: TabView[] = [];
  const final = await loadTabView(tab, (view) => progress.push(view));
  return { final, progress };
}

describe('loadTabView', () => {
  it('shows the analysis the content script answers, after an "analysing" state', async () => {
    const { final, progress } = await decide(channel({}));
    expect(progress).toEqual([{ kind: 'analysing' }]);
    expect(final).toEqual({ kind: 'analysed', analysis: ANALYSIS });
  });

  it('says the site is switched off when the content script answers so (not a failure), with its host', async () => {
    const { final } = await decide(channel({ askContentScript: async () => ({ status: 'switched-off', host: 'www.example.cn' }) }));
    expect(final).toEqual({ kind: 'switched-off', host: 'www.example.cn' });
    const { final: malformed } = await decide(channel({ askContentScript: async () => ({ status: 'switched-off' }) }));
    expect(malformed.kind).toBe('failed');
  });

  it.each([
    ['chrome://settings/', 'browser-page'],
    ['about:newtab', 'browser-page'],
    ['view-source:https://example.cn/', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'store-page'],
    ['https://example.cn/doc.pdf', 'pdf'],
    ['file:///tmp/a.html', 'file'],
    ['chrome-error://chromewebdata/', 'error-page'],
    ['about:neterror?e=dnsNotFound&u=https%3A//example.cn/', 'error-page'],
  ])('does not try to read %s', async (tabUrl, reason) => {
    const log: string[] = [];
    const { final, progress } = await decide(channel({ tabUrl, log }));
    expect(final).toEqual({ kind: 'cannot-read', reason });
    expect(progress).toEqual([]);
    expect(log).toEqual([]);
  });

  it('injects the content script into a tab opened before installation, then asks again', async () => {
    const log: string[] = [];
    let injected = false;
    const tab = channel({
      log,
      askContentScript: async () => {
        log.push('ask');
        if (!injected) throw NO_RECEIVER;
        return { status: 'not-candidate' };
      },
      injectContentScript: async () => {
        log.push('inject');
        injected = true;
      },
    });
    expect((await decide(tab)).final).toEqual({ kind: 'not-candidate' });
    expect(log).toEqual(['ask', 'inject', 'ask']);
  });

  it('offers a reload when injection is refused for an ordinary page', async () => {
    const tab = channel({
      tabUrl: undefined,
      askContentScript: async () => Promise.reject(NO_RECEIVER),
      injectContentScript: async () =>
        Promise.reject(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.')),
    });
    expect((await decide(tab)).final).toEqual({ kind: 'needs-reload' });
  });

  it('tells a hidden browser page from the refusal to inject', async () => {
    const tab = channel({
      tabUrl: undefined,
      askContentScript: async () => Promise.reject(NO_RECEIVER),
      injectContentScript: async () => Promise.reject(new Error('Cannot access a chrome:// URL')),
    });
    expect((await decide(tab)).final).toEqual({ kind: 'cannot-read', reason: 'browser-page' });
  });

  it('tells a browser error page (a failed load) from the refusal to inject, not a tab to reload', async () => {
    const tab = channel({
      tabUrl: undefined,
      askContentScript: async () => Promise.reject(NO_RECEIVER),
      injectContentScript: async () => Promise.reject(new Error('Frame with ID 0 is showing error page')),
    });
    expect((await decide(tab)).final).toEqual({ kind: 'cannot-read', reason: 'error-page' });
  });

  it('tells Firefox\'s error page (the tab keeps the failed URL) from its refusal on a site the extension may script', async () => {
    const firefoxErrorPage = (hostAccess: boolean) =>
      channel({
        tabUrl: 'http://example.cn/unreachable.html',
        askContentScript: async () => Promise.reject(NO_RECEIVER),
        injectContentScript: async () => Promise.reject(new Error('Missing host permission for the tab')),
        hasHostAccess: async () => hostAccess,
      });
    expect((await decide(firefoxErrorPage(true))).final).toEqual({ kind: 'cannot-read', reason: 'error-page' });
    // Without host access the same words say nothing about the page: a reload (after a click on the button) may help.
    expect((await decide(firefoxErrorPage(false))).final).toEqual({ kind: 'needs-reload' });
  });

  it('treats a malformed answer as a failure, not as an analysis', async () => {
    const tab = channel({ askContentScript: async () => ({ status: 'analysed', analysis: { title: '<img onerror=x>' } }) });
    expect((await decide(tab)).final).toEqual({ kind: 'failed', error: 'malformed reply' });
  });

  it('passes on the content script reporting a failed analysis', async () => {
    const tab = channel({ askContentScript: async () => ({ status: 'failed', error: 'analysis engine could not be loaded' }) });
    expect((await decide(tab)).final).toEqual({ kind: 'failed', error: 'analysis engine could not be loaded' });
  });
});
