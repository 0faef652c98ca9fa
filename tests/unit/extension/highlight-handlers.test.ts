// The background's highlight handlers, driven as the service worker drives
// them, over an in-memory StorageArea with the real one's failure modes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { describe as describeRange } from '../../../src/annotate/selectors.ts';
import { analyze } from '../../../src/core/index.ts';
import { createAnnotationHandlers } from '../../../src/extension/background/annotation-handlers.ts';
import { parseHighlightFromContent, type HighlightRequestFromContent } from '../../../src/extension/messages.ts';
import { noteOf } from '../../../src/store/annotations.ts';
import { MemoryStorageArea } from '../../../src/store/memory-storage.ts';
import { AnnotationRepository } from '../../../src/store/repository.ts';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/extension/party-commentary.html');
const PAGE_URL = 'http://127.0.0.1/party-commentary.html?utm_source=wechat#top';

/** A real page, a real selection of `text` in it, described as the content script does; the message passes the receiver's validator. */
function saveMessage(text: string): { message: HighlightRequestFromContent; analysisTitle: string | null } {
  const { window } = new JSDOM(readFileSync(fixture), { url: PAGE_URL });
  const doc = window.document;
  const walker = doc.createTreeWalker(doc.body, window.NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(text);
    if (at < 0) continue;
    const range = doc.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const analysis = structuredClone(analyze(doc, PAGE_URL));
    const raw = structuredClone({ type: 'save-highlight', draft: { id: `urn:uuid:${crypto.randomUUID()}`, selectors: describeRange(doc.body, range), color: 'red', note: '', tags: [] }, analysis });
    const message = parseHighlightFromContent(raw);
    if (!message) throw new Error('the validator rejected a real save message');
    return { message, analysisTitle: analysis.metadata.title };
  }
  throw new Error(`"${text}" not in the fixture`);
}

function handlersOver(storage: MemoryStorageArea) {
  const repository = new AnnotationRepository(storage);
  return { repository, handlers: createAnnotationHandlers({ repository, ready: Promise.resolve(), injectHighlighter: async () => true }) };
}

const sender = { url: PAGE_URL, tabTitle: 'tab title' };

describe('saving through the background handlers', () => {
  it('stores the annotation under the normalised URL with the page snapshot and page record', async () => {
    const { handlers, repository } = handlersOver(new MemoryStorageArea());
    const { message, analysisTitle } = saveMessage('两个确立');
    const reply = (await handlers.fromContent(message, sender)) as { ok: boolean; value: { target: { source: string }; page: { title: string } } };
    expect(reply.ok).toBe(true);
    expect(reply.value.target.source).toBe('http://127.0.0.1/party-commentary.html');
    expect(reply.value.page.title).toBe(analysisTitle);
    expect((await repository.getPage(PAGE_URL))?.metadata.title).toBe(analysisTitle);
    const listed = (await handlers.fromContent({ type: 'list-page-highlights' }, { url: 'http://127.0.0.1/party-commentary.html#other' })) as { annotations: unknown[] };
    expect(listed.annotations).toHaveLength(1);
  });

  it('loses nothing when two saves arrive at the same time', async () => {
    // A delay inside every storage call lets the two saves interleave as two tabs' would.
    const storage = new MemoryStorageArea({ delay: () => new Promise((resolve) => setTimeout(resolve, 2)) });
    const { handlers, repository } = handlersOver(storage);
    const [a, b] = await Promise.all([
      handlers.fromContent(saveMessage('两个确立').message, sender),
      handlers.fromContent(saveMessage('四个自信').message, sender),
    ]);
    expect([a, b].map((r) => (r as { ok: boolean }).ok)).toEqual([true, true]);
    const quotes = (await repository.listForPage(PAGE_URL)).map((x) => x.target.selector.find((s) => s.type === 'TextQuoteSelector'));
    expect(quotes.map((q) => (q?.type === 'TextQuoteSelector' ? q.exact : '')).sort()).toEqual(['两个确立', '四个自信'].sort());
  });

  it('answers a full quota with { ok: false, error: "quota" } and stores nothing', async () => {
    const { handlers, repository } = handlersOver(new MemoryStorageArea({ quotaBytes: 500 }));
    const reply = (await handlers.fromContent(saveMessage('两个确立').message, sender)) as { ok: boolean; error: string };
    expect(reply).toMatchObject({ ok: false, error: 'quota' });
    expect(await repository.listForPage(PAGE_URL)).toEqual([]);
  });

  it('answers a failed write with write-failed, and the same draft saves on retry', async () => {
    const storage = new MemoryStorageArea();
    const { handlers, repository } = handlersOver(storage);
    const { message } = saveMessage('两个确立');
    storage.failNextWrite();
    expect(await handlers.fromContent(message, sender)).toMatchObject({ ok: false, error: 'write-failed' });
    expect(await handlers.fromContent(message, sender)).toMatchObject({ ok: true });
    expect(await repository.listForPage(PAGE_URL)).toHaveLength(1);
  });

  it('answers a repeat of a stored draft (its answer was lost) with the stored record, and stores no copy', async () => {
    const { handlers, repository } = handlersOver(new MemoryStorageArea());
    const { message } = saveMessage('两个确立');
    const first = (await handlers.fromContent(message, sender)) as { ok: true; value: { id: string; created: string } };
    expect(first.ok).toBe(true);
    const again = (await handlers.fromContent(structuredClone(message), sender)) as { ok: true; value: unknown };
    expect(again).toEqual(first);
    expect((await repository.listForPage(PAGE_URL)).map((a) => a.id)).toEqual([first.value.id]);
    // The same id from another page is refused: a save never moves a stored highlight.
    const elsewhere = await handlers.fromContent(structuredClone(message), { url: 'http://127.0.0.1/other.html', tabTitle: 'other' });
    expect(elsewhere).toMatchObject({ ok: false, error: 'invalid' });
    expect(await repository.listForPage('http://127.0.0.1/other.html')).toEqual([]);
    expect(await repository.listForPage(PAGE_URL)).toHaveLength(1);
  });

  it('edits, deletes and restores (undo) through the page handlers', async () => {
    const { handlers, repository } = handlersOver(new MemoryStorageArea());
    const saved = (await handlers.fromContent(saveMessage('两个确立').message, sender)) as { value: { id: string } };
    const id = saved.value.id;
    await handlers.fromPage({ type: 'update-highlight', id, note: '第一行\n第二行', tags: ['学习'] });
    expect(noteOf((await repository.getAnnotation(id))!)).toBe('第一行\n第二行');
    const deleted = (await handlers.fromPage({ type: 'delete-highlight', id })) as { ok: true; value: never };
    expect(await repository.getAnnotation(id)).toBeNull();
    expect(await handlers.fromPage({ type: 'restore-highlight', deleted: structuredClone(deleted.value) })).toMatchObject({ ok: true });
    expect(noteOf((await repository.getAnnotation(id))!)).toBe('第一行\n第二行');
    expect(await handlers.fromPage({ type: 'update-highlight', id: 'urn:uuid:missing', note: 'x' })).toMatchObject({ ok: false, error: 'not-found' });
  });
});
