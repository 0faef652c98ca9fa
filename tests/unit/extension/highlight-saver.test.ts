// The content script keeps a highlight whose save failed (full quota, failed
// write, background not answering) and sends the very same draft again on
// 重试; nothing is painted until the store acknowledged it.
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { describe as describeRange } from '../../../src/annotate/selectors.ts';
import { HighlightSaver } from '../../../src/extension/content/highlight-saver.ts';
import { HIGHLIGHTER_GLOBAL, publishHighlighter, type HighlightEngine } from '../../../src/extension/highlighter-handle.ts';
import type { HighlightRequestFromContent } from '../../../src/extension/messages.ts';
import { createAnnotation } from '../../../src/store/annotations.ts';
import type { StoredAnnotation } from '../../../src/store/model.ts';

const scope = globalThis as Record<string, unknown>;

afterEach(() => {
  delete scope.chrome;
  delete scope[HIGHLIGHTER_GLOBAL];
});

function setUp(replies: unknown[]) {
  const { window } = new JSDOM('<body><p>坚持把党的政治建设摆在首位。</p><p>持续深化理论武装。</p></body>', { url: 'http://127.0.0.1/a.html' });
  const doc = window.document;
  const sent: HighlightRequestFromContent[] = [];
  scope.chrome = {
    runtime: {
      id: 'test-extension',
      sendMessage: async (message: HighlightRequestFromContent) => {
        sent.push(structuredClone(message));
        const reply = replies.shift();
        if (reply instanceof Error) throw reply;
        return reply;
      },
    },
  };
  const painted: { id: string; text: string }[] = [];
  const engine: HighlightEngine = {
    describeRange: (range) => ({ selectors: describeRange(doc.body, range), quote: range.toString() }),
    show: async () => undefined,
    add: (annotation, range) => painted.push({ id: annotation.id, text: range.toString() }),
    status: () => ({ painted: painted.map((p) => p.id), orphans: [], changed: [] }),
    reveal: () => false,
    existingAt: () => null,
    openEditor: () => false,
  };
  publishHighlighter(engine);
  const range = doc.createRange();
  range.setStart(doc.querySelectorAll('p')[0]!.firstChild!, 2);
  range.setEnd(doc.querySelectorAll('p')[1]!.firstChild!, 4);
  return { doc, sent, painted, range };
}

function stored(selectorsFrom: HighlightRequestFromContent): StoredAnnotation {
  if (selectorsFrom.type !== 'save-highlight') throw new Error('not a save');
  return { ...createAnnotation({ url: 'http://127.0.0.1/a.html', selectors: selectorsFrom.draft.selectors }), schemaVersion: 1 };
}

const analysed = () => Promise.resolve({ status: 'not-candidate' as const });

describe('HighlightSaver', () => {
  it('keeps a draft refused for quota, paints nothing, and saves the same draft on retry', async () => {
    const replies: unknown[] = [{ ok: false, error: 'quota', message: 'QUOTA_BYTES quota exceeded' }];
    const { sent, painted, range } = setUp(replies);
    const changes: number[] = [];
    const saver = new HighlightSaver(analysed, (unsaved) => changes.push(unsaved.length));
    const selected = range.toString();

    expect(await saver.save(range, { color: 'red', note: '注\n释', tags: ['学习'] })).toEqual({ status: 'failed', error: 'quota' });
    expect(saver.pending).toHaveLength(1);
    expect(painted).toEqual([]);

    replies.push({ ok: true, value: stored(sent[0]!) });
    await saver.retryAll();
    expect(sent).toHaveLength(2);
    // The very same draft, id included: the background answers a repeat of a stored id with that record.
    expect(sent[1]).toEqual(sent[0]);
    expect(sent[0]!.type === 'save-highlight' && sent[0]!.draft.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(saver.pending).toHaveLength(0);
    expect(painted.map((p) => p.text)).toEqual([selected]);
    expect(changes).toEqual([1, 0]);
  });

  it('keeps the draft when the background does not answer at all', async () => {
    const { range } = setUp([new Error('Could not establish connection. Receiving end does not exist.')]);
    const saver = new HighlightSaver(analysed, () => undefined);
    expect(await saver.save(range, { color: 'yellow', note: '', tags: [] })).toEqual({ status: 'failed', error: 'unavailable' });
    expect(saver.pending.map((p) => p.draft.color)).toEqual(['yellow']);
  });

  it('reports a collapsed selection as nothing to save, without asking the background', async () => {
    const { sent, doc } = setUp([]);
    const saver = new HighlightSaver(analysed, () => undefined);
    const empty = doc.createRange();
    expect(await saver.save(empty, { color: 'yellow', note: '', tags: [] })).toEqual({ status: 'no-selection' });
    expect(sent).toEqual([]);
  });
});
