import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/index.ts';
import type { ArticleAnalysis } from '../../../src/core/types.ts';
import {
  MAX_FORMULATION_LENGTH,
  isPageAnalysisState,
  isRevealResult,
  parseContentToBackground,
  parseExtensionPageToContent,
} from '../../../src/extension/messages.ts';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/extension/party-commentary.html');

/** A real analysis of the project's sample article, as the content script would send it. */
function sampleAnalysis(): ArticleAnalysis {
  const url = 'http://127.0.0.1/sample.html';
  const { window } = new JSDOM(readFileSync(fixture), { url });
  // Messages carry JSON: what arrives is what survives structured cloning.
  return structuredClone(analyze(window.document, url));
}

describe('content script -> background', () => {
  it('accepts a real analysis of the sample article', () => {
    const analysis = sampleAnalysis();
    expect(analysis.slogans.length).toBeGreaterThan(0);
    expect(parseContentToBackground({ type: 'page-analysed', analysis })).toEqual({ type: 'page-analysed', analysis });
    expect(parseContentToBackground({ type: 'page-not-analysed' })).toEqual({ type: 'page-not-analysed' });
    expect(parseContentToBackground({ type: 'load-analyser' })).toEqual({ type: 'load-analyser' });
  });

  it.each([
    ['a string', 'page-analysed'],
    ['null', null],
    ['an array', [{ type: 'page-analysed' }]],
    ['no type', { analysis: {} }],
    ['an unknown type', { type: 'delete-everything' }],
    ['an inherited type name', { type: 'toString' }],
    ['a message for the content script', { type: 'reveal-formulation', text: '两个维护', occurrence: 0 }],
  ])('ignores %s', (_label, raw) => {
    expect(parseContentToBackground(raw)).toBeNull();
  });

  it('ignores an analysis with a wrong-typed field anywhere in it', () => {
    const mutations: ((analysis: Record<string, any>) => void)[] = [
      (a) => delete a.partyBuilding,
      (a) => (a.isArticle = 'yes'),
      (a) => (a.partyBuilding.detected = 1),
      (a) => (a.partyBuilding.score = Number.NaN),
      (a) => (a.partyBuilding.reasons = [42]),
      (a) => (a.metadata.title = { toString: 'x' }),
      (a) => delete a.metadata.author,
      (a) => (a.slogans[0].count = -1),
      (a) => (a.slogans[0].text = null),
      (a) => (a.summary.keyPoints = 'one point'),
      (a) => (a.summary.charCount = 1.5),
    ];
    for (const mutate of mutations) {
      const analysis = sampleAnalysis() as unknown as Record<string, any>;
      mutate(analysis);
      expect(parseContentToBackground({ type: 'page-analysed', analysis }), mutate.toString()).toBeNull();
    }
  });
});

describe('extension page -> content script', () => {
  it('accepts the popup requests', () => {
    expect(parseExtensionPageToContent({ type: 'get-page-analysis' })).toEqual({ type: 'get-page-analysis' });
    const reveal = { type: 'reveal-formulation', text: '不忘初心、牢记使命', occurrence: 3 };
    expect(parseExtensionPageToContent(reveal)).toEqual(reveal);
  });

  it.each([
    ['an empty formulation', { type: 'reveal-formulation', text: '', occurrence: 0 }],
    ['an over-long formulation', { type: 'reveal-formulation', text: '党'.repeat(MAX_FORMULATION_LENGTH + 1), occurrence: 0 }],
    ['a negative occurrence', { type: 'reveal-formulation', text: '两个维护', occurrence: -1 }],
    ['a fractional occurrence', { type: 'reveal-formulation', text: '两个维护', occurrence: 0.5 }],
    ['a numeric string occurrence', { type: 'reveal-formulation', text: '两个维护', occurrence: '1' }],
    ['a background message', { type: 'page-not-analysed' }],
  ])('ignores %s', (_label, raw) => {
    expect(parseExtensionPageToContent(raw)).toBeNull();
  });
});

describe('replies', () => {
  it('recognises the content script answers and rejects others', () => {
    expect(isPageAnalysisState({ status: 'analysed', analysis: sampleAnalysis() })).toBe(true);
    expect(isPageAnalysisState({ status: 'not-candidate' })).toBe(true);
    expect(isPageAnalysisState({ status: 'failed', error: 'boom' })).toBe(true);
    expect(isPageAnalysisState({ status: 'analysed', analysis: {} })).toBe(false);
    expect(isPageAnalysisState({ status: 'failed' })).toBe(false);
    expect(isPageAnalysisState({ error: 'Could not establish connection' })).toBe(false);
    expect(isRevealResult({ total: 2, occurrence: 1 })).toBe(true);
    expect(isRevealResult({ total: 2 })).toBe(false);
  });
});
