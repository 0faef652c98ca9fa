// The manager's import path end to end below the UI: the page's validation
// and merge, batches over the library messages, the background's handler
// over in-memory storage (with a quota, to stop an import part way).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLibraryHandler } from '../../../src/extension/background/library-handlers.ts';
import { IMPORT_BATCH_SIZE, parseLibraryRequest } from '../../../src/extension/library-messages.ts';
import { exportJson } from '../../../src/store/formats/index.ts';
import { MemoryStorageArea } from '../../../src/store/memory-storage.ts';
import { AnnotationRepository } from '../../../src/store/repository.ts';
import { LibraryRequestError, type SendToBackground } from '../../../src/ui/shared/library-client.ts';
import type { ImportPhase } from '../../../src/ui/manager/data-source.ts';
import { importIntoLibrary } from '../../../src/ui/manager/import-into-library.ts';
import { EXPORT_NOW, sampleLibrary } from '../store/formats-sample-library.ts';
import { installFakeBrowser } from './manager-fake-browser.ts';

let uninstall: () => void;
beforeEach(() => {
  uninstall = installFakeBrowser();
});
afterEach(() => uninstall());

function background(storage: MemoryStorageArea) {
  const handle = createLibraryHandler(storage);
  const sent: string[] = [];
  const send: SendToBackground = async (request) => {
    sent.push(request.type);
    const parsed = parseLibraryRequest(structuredClone(request));
    return parsed ? structuredClone(await handle(parsed)) : undefined;
  };
  return { send, sent };
}

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('importIntoLibrary', () => {
  it('checks, then writes in batches with progress, and the store holds the file', async () => {
    const library = sampleLibrary(30, 40); // 1,200 annotations: 3 annotation batches
    const file = exportJson(library, { now: EXPORT_NOW });
    const storage = new MemoryStorageArea();
    const { send, sent } = background(storage);
    const progress: [ImportPhase, number, number][] = [];
    const outcome = await importIntoLibrary(send, bytesOf(file.content), (done, total, phase) => progress.push([phase, done, total]));
    expect(outcome).toMatchObject({ ok: true, summary: { added: 1200, updated: 0, skipped: 0 } });
    expect(sent.filter((type) => type === 'library-import-batch')).toHaveLength(1 + Math.ceil(1200 / IMPORT_BATCH_SIZE));
    const writing = progress.filter(([phase]) => phase === 'writing');
    expect(writing[0]).toEqual(['writing', 0, 1230]);
    expect(writing.at(-1)).toEqual(['writing', 1230, 1230]);
    const phases = progress.map(([phase]) => phase);
    expect(phases.indexOf('writing')).toBeGreaterThan(phases.lastIndexOf('checking'));
    const stored = await new AnnotationRepository(storage).getAll();
    expect(stored.annotations.map((a) => a.id).sort()).toEqual(library.annotations.map((a) => a.id).sort());
  });

  it('importing the same file again writes nothing and skips everything', async () => {
    const file = exportJson(sampleLibrary(2, 3), { now: EXPORT_NOW });
    const { send, sent } = background(new MemoryStorageArea());
    await importIntoLibrary(send, bytesOf(file.content), () => {});
    sent.length = 0;
    const again = await importIntoLibrary(send, bytesOf(file.content), () => {});
    expect(again).toMatchObject({ ok: true, summary: { added: 0, updated: 0, skipped: 6 } });
    expect(sent).toEqual(['library-get']);
  });

  it('a malformed file sends nothing to the background', async () => {
    const { send, sent } = background(new MemoryStorageArea());
    const outcome = await importIntoLibrary(send, bytesOf('{"type":"AnnotationCollection","first":{"items":[{"id":1}]}}'), () => {});
    expect(outcome.ok).toBe(false);
    expect(sent).toEqual([]);
  });

  it('storage filling up part way stops the import and says how much was written and why', async () => {
    const library = sampleLibrary(10, 120);
    const file = exportJson(library, { now: EXPORT_NOW });
    const storage = new MemoryStorageArea({ quotaBytes: 600_000 });
    const { send } = background(storage);
    const error = await importIntoLibrary(send, bytesOf(file.content), () => {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryRequestError);
    const { message, kind } = error as LibraryRequestError;
    expect(kind).toBe('quota');
    const written = Number(/已写入 (\d+) 条记录/.exec(message)?.[1]);
    const unsaved = Number(/另有 (\d+) 条没有保存/.exec(message)?.[1]);
    expect(written).toBeGreaterThan(0);
    expect(written + unsaved).toBe(1210);
    expect(message).toContain('存储空间已满');
    const stored = await new AnnotationRepository(storage).getAll();
    expect(stored.annotations.length + stored.pages.length).toBe(written);
  });
});
