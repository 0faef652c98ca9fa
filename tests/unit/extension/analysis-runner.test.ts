// The content script's order of work, with a recording scheduler: the
// analysis runs only after the page was idle, never for pages the prefilter
// rules out, and in a later task than the prefilter (the page gets a turn).
import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../../src/core/types.ts';
import { runPageAnalysis, type PageAnalyser, type TaskScheduler } from '../../../src/extension/content/analysis-runner.ts';

const ANALYSIS: ArticleAnalysis = {
  url: 'https://example.cn/a',
  isArticle: true,
  partyBuilding: { detected: true, score: 0.9, reasons: ['提法'] },
  metadata: { title: '标题', source: null, author: null, editor: null, publishedAt: null, siteName: null, publisher: null },
  slogans: [],
  summary: { keyPoints: [], charCount: 10, readingMinutes: 1, paragraphs: 1 },
};

const LIST_PAGE: ArticleAnalysis = {
  ...ANALYSIS,
  url: 'https://example.cn/list',
  isArticle: false,
  partyBuilding: { detected: false, score: 0, reasons: ['不是单篇文章：列表页'] },
};

function recorder(candidate: boolean, engine: 'loads' | 'fails' = 'loads', early: ArticleAnalysis | null = null) {
  const log: string[] = [];
  const scheduler: TaskScheduler = {
    whenIdle: async () => void log.push('idle'),
    yieldToPage: async () => void log.push('yield'),
  };
  const analyser: PageAnalyser = {
    isCandidatePage: () => (log.push('prefilter'), candidate),
    earlyNotAnArticle: () => (log.push('early verdict'), early),
    loadEngine: async () => {
      log.push('load engine');
      if (engine === 'fails') throw new Error('analysis engine could not be loaded');
      return () => (log.push('analyze'), ANALYSIS);
    },
  };
  return { log, scheduler, analyser };
}

const doc = {} as Document;

describe('runPageAnalysis', () => {
  it('waits for idle, prefilters, loads the engine, yields to the page, then analyses', async () => {
    const { log, scheduler, analyser } = recorder(true);
    expect(await runPageAnalysis(doc, ANALYSIS.url!, analyser, scheduler)).toEqual({ status: 'analysed', analysis: ANALYSIS });
    expect(log).toEqual(['idle', 'prefilter', 'early verdict', 'load engine', 'yield', 'analyze']);
  });

  it('answers a page that is plainly not an article without loading the engine', async () => {
    const { log, scheduler, analyser } = recorder(true, 'loads', LIST_PAGE);
    expect(await runPageAnalysis(doc, LIST_PAGE.url!, analyser, scheduler)).toEqual({ status: 'analysed', analysis: LIST_PAGE });
    expect(log).toEqual(['idle', 'prefilter', 'early verdict']);
  });

  it('stops after the prefilter on a page that cannot be a Chinese article', async () => {
    const { log, scheduler, analyser } = recorder(false);
    expect(await runPageAnalysis(doc, 'https://example.com/', analyser, scheduler)).toEqual({ status: 'not-candidate' });
    expect(log).toEqual(['idle', 'prefilter']);
  });

  it('reports a failure instead of throwing when the engine cannot be loaded', async () => {
    const { scheduler, analyser } = recorder(true, 'fails');
    expect(await runPageAnalysis(doc, ANALYSIS.url!, analyser, scheduler)).toEqual({
      status: 'failed',
      error: 'analysis engine could not be loaded',
    });
  });
});
