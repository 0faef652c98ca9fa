// The highlight messages' validators: what a real content script sends is
// accepted; malformed or oversized data, and messages of the wrong
// direction, are refused before any handler runs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { describe as describeRange } from '../../../src/annotate/selectors.ts';
import { MAX_NOTE_LENGTH } from '../../../src/extension/annotation-shape.ts';
import {
  isHighlightSaveReply,
  pageHighlightsOf,
  parseExtensionPageToContent,
  parseHighlightFromContent,
  parseHighlightFromPage,
} from '../../../src/extension/messages.ts';
import { createAnnotation } from '../../../src/store/annotations.ts';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/extension/party-commentary.html');

/** Selectors describe() gives for a selection spanning two paragraphs of the sample article. */
function realSelectors() {
  const { window } = new JSDOM(readFileSync(fixture), { url: 'http://127.0.0.1/a.html' });
  const doc = window.document;
  const paragraphs = doc.querySelectorAll('#article-body p');
  const range = doc.createRange();
  range.setStart(paragraphs[0]!.firstChild!, 5);
  range.setEnd(paragraphs[1]!.querySelector('strong')!.firstChild!, 4);
  return structuredClone(describeRange(doc.body, range));
}

const draft = (overrides: Record<string, unknown> = {}) => ({ id: 'urn:uuid:0b5c2f4e-8d4a-4c1e-9f61-2a7d3c9e1b20', selectors: realSelectors(), color: 'yellow', note: '', tags: [], ...overrides });

describe('content script -> background (highlights)', () => {
  it('accepts a save of a real two-paragraph selection, with or without an analysis', () => {
    const selectors = realSelectors();
    expect(selectors.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector', 'RangeSelector']);
    const message = { type: 'save-highlight', draft: draft({ note: '第一行\n第二行', tags: ['学习'] }), analysis: null };
    expect(parseHighlightFromContent(message)).toEqual(message);
    expect(parseHighlightFromContent({ type: 'list-page-highlights' })).toEqual({ type: 'list-page-highlights' });
  });

  it.each([
    ['an unknown colour', { draft: draft({ color: 'orange' }) }],
    ['no quote selector', { draft: draft({ selectors: realSelectors().filter((s) => s.type !== 'TextQuoteSelector') }) }],
    ['an empty quote', { draft: draft({ selectors: [{ type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' }] }) }],
    ['a negative position', { draft: draft({ selectors: [...realSelectors().slice(0, 1), { type: 'TextPositionSelector', start: -1, end: 3 }] }) }],
    ['a note too long', { draft: draft({ note: 'x'.repeat(MAX_NOTE_LENGTH + 1) }) }],
    ['tags that are not strings', { draft: draft({ tags: [1] }) }],
    ['a malformed analysis', { draft: draft(), analysis: { url: 3 } }],
    ['no id', { draft: draft({ id: undefined }) }],
    ['an id over the length limit', { draft: draft({ id: `urn:uuid:${'a'.repeat(300)}` }) }],
  ])('refuses a save with %s', (_, fields) => {
    expect(parseHighlightFromContent({ type: 'save-highlight', analysis: null, ...fields })).toBeNull();
  });

  it('does not let a content script list another page by URL', () => {
    expect(parseHighlightFromContent({ type: 'list-highlights-for-url', url: 'https://example.org/' })).toBeNull();
    expect(parseHighlightFromPage({ type: 'list-highlights-for-url', url: 'https://example.org/' })).not.toBeNull();
    expect(parseHighlightFromPage({ type: 'list-highlights-for-url', url: 'javascript:alert(1)' })).toBeNull();
    expect(parseHighlightFromPage({ type: 'save-highlight', draft: draft(), analysis: null })).toBeNull();
  });
});

describe('edits and replies', () => {
  const annotation = { ...createAnnotation({ url: 'http://127.0.0.1/a.html', selectors: realSelectors() }), schemaVersion: 1 };

  it('accepts updates, deletes and a restore of what a delete returned', () => {
    expect(parseHighlightFromPage({ type: 'update-highlight', id: annotation.id, color: 'red', note: '注', tags: ['a'] })).not.toBeNull();
    expect(parseHighlightFromContent({ type: 'delete-highlight', id: annotation.id })).not.toBeNull();
    expect(parseHighlightFromPage({ type: 'restore-highlight', deleted: { annotation: structuredClone(annotation), page: null } })).not.toBeNull();
    expect(parseHighlightFromPage({ type: 'restore-highlight', deleted: { annotation: { id: 'x' }, page: null } })).toBeNull();
    expect(parseHighlightFromPage({ type: 'update-highlight', id: '' })).toBeNull();
  });

  it('checks replies before the UI uses them', () => {
    expect(isHighlightSaveReply({ ok: true, value: structuredClone(annotation) })).toBe(true);
    expect(isHighlightSaveReply({ ok: false, error: 'quota', message: 'QUOTA_BYTES quota exceeded' })).toBe(true);
    expect(isHighlightSaveReply({ ok: true, value: { id: 1 } })).toBe(false);
    expect(pageHighlightsOf({ annotations: [structuredClone(annotation)] })?.annotations).toHaveLength(1);
    expect(pageHighlightsOf({ annotations: [{}] })).toEqual({ annotations: [], dropped: 1 });
    expect(pageHighlightsOf({ annotations: 'x' })).toBeNull();
  });

  it('accepts the popup and background requests to the content script', () => {
    expect(parseExtensionPageToContent({ type: 'save-selection' })).toEqual({ type: 'save-selection' });
    expect(parseExtensionPageToContent({ type: 'save-selection', color: 'purple' })).not.toBeNull();
    expect(parseExtensionPageToContent({ type: 'save-selection', color: 'black' })).toBeNull();
    expect(parseExtensionPageToContent({ type: 'reveal-highlight', id: annotation.id })).not.toBeNull();
    expect(parseExtensionPageToContent({ type: 'get-highlight-status' })).not.toBeNull();
  });
});
