// The manager's import path end to end below the UI: the page's validation
// and merge, batches over the library messages, the background's handler
// over in-memory storage (with a quota, to stop an import part way).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLibraryHandler } from '../../../src/extension/background/library-handlers.ts';
import { IMPORT_BATCH_SIZE, parseLibraryRequest } from '../../../src/extension/library-messages.ts';
import { exportJson } from '../../../src/store/formats/index.ts';
import { MemoryStorageArea } from '../../../src/store/memory-storage.ts';
import type { StorageArea } from '../../../src/store/storage-area.ts';
import { noteOf } from '../../../src/store/annotations.ts';
import type { AnnotationChange } from '../../../src/store/import/index.ts';
import { AnnotationRepository } from '../../../src/store/repository.ts';
import { LibraryRequestError, type SendToBackground } from '../../../src/ui/shared/library-client.ts';
import type { StoredAnnotation } from '../../../src/store/model.ts';
import type { ImportPhase } from '../../../src/ui/manager/data-source.ts';
import { importIntoLibrary } from '../../../src/ui/manager/import-into-library.ts';
import { EXPORT_NOW, sampleLibrary } from '../store/formats-sample-library.ts';
import { installFakeBrowser } from './manager-fake-browser.ts';

let uninstall: () => void;
beforeEach(() => {
  uninstall = installFakeBrowser();
});
afterEach(() => uninstall());

function background(storage: StorageArea) {
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

/** Storage whose writes fail, as a full quota does, from the (k+1)-th on. */
function failingAfter(k: number): { storage: StorageArea; memory: MemoryStorageArea } {
  const memory = new MemoryStorageArea();
  let writes = 0;
  const storage: StorageArea = {
    get: (keys) => memory.get(keys),
    remove: (keys) => memory.remove(keys),
    set: async (items) => {
      writes += 1;
      if (writes > k) throw new Error('QUOTA_BYTES quota exceeded');
      await memory.set(items);
    },
  };
  return { storage, memory };
}

const storedCount = async (storage: StorageArea) => {
  const library = await new AnnotationRepository(storage).getAll();
  return library.annotations.length + library.pages.length;
};
const writtenIn = (message: string) => Number(/已写入 (\d+) 条记录/.exec(message)?.[1]);
const unsavedIn = (message: string) => Number(/另有 (\d+) 条没有保存/.exec(message)?.[1]);

describe('a partly written import is reported exactly, and a re-run completes it', () => {
  // 10 pages, 1,000 annotations: 1 page batch and 5 annotation batches.
  const library = sampleLibrary(10, 100);
  const file = bytesOf(exportJson(library, { now: EXPORT_NOW }).content);
  const total = library.annotations.length + library.pages.length;

  it.each([0, 1, 2, 4, 5])('storage refusing every write after %i: the message counts what is stored', async (k) => {
    const { storage, memory } = failingAfter(k);
    const error = await importIntoLibrary(background(storage).send, file, () => {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryRequestError);
    const { message, kind } = error as LibraryRequestError;
    expect(kind).toBe('quota');
    expect(writtenIn(message)).toBe(await storedCount(memory));
    expect(writtenIn(message) + unsavedIn(message)).toBe(total);
    expect(message).toContain('再次导入同一文件');
    // Space freed: the same file again adds exactly the rest.
    const again = await importIntoLibrary(background(memory).send, file, () => {});
    expect(again).toMatchObject({ ok: true });
    expect(await storedCount(memory)).toBe(total);
    const stored = await new AnnotationRepository(memory).getAll();
    expect(stored.annotations.map((a) => a.id).sort()).toEqual(library.annotations.map((a) => a.id).sort());
  });

  it('a write that landed but whose answer was lost (worker stopped) is counted from storage', async () => {
    const storage = new MemoryStorageArea();
    const { send: deliver } = background(storage);
    let batches = 0;
    const send: SendToBackground = async (request) => {
      if (request.type !== 'library-import-batch') return deliver(request);
      batches += 1;
      const reply = await deliver(request);
      if (batches === 3) throw new Error('The message port closed before a response was received.');
      return reply;
    };
    const error = (await importIntoLibrary(send, file, () => {}).catch((e: unknown) => e)) as LibraryRequestError;
    expect(error.kind).toBe('no-answer');
    expect(writtenIn(error.message)).toBe(await storedCount(storage));
    expect(writtenIn(error.message)).toBe(library.pages.length + 400);
    expect(error.message).toContain('扩展后台没有应答');
    const again = await importIntoLibrary(deliver, file, () => {});
    expect(again).toMatchObject({ ok: true, summary: { added: library.annotations.length - 400, skipped: 400 } });
    expect(await storedCount(storage)).toBe(total);
  });

  it('when the background cannot be asked afterwards, says what is confirmed and what is unknown', async () => {
    const storage = new MemoryStorageArea();
    const { send: deliver } = background(storage);
    let dead = false;
    const send: SendToBackground = async (request) => {
      if (dead) throw new Error('Could not establish connection. Receiving end does not exist.');
      if (request.type === 'library-import-batch' && (await storedCount(storage)) > 100) {
        dead = true;
        throw new Error('The message port closed before a response was received.');
      }
      return deliver(request);
    };
    const error = (await importIntoLibrary(send, file, () => {}).catch((e: unknown) => e)) as LibraryRequestError;
    expect(error.message).toMatch(/已确认写入 210 条记录；最后一批 200 条是否写入无法确认，另有 600 条没有保存/);
    expect(await storedCount(storage)).toBe(210);
  });
});

describe('an import that would change the reader’s annotations', () => {
  async function readerWithLibrary() {
    const library = sampleLibrary(2, 3);
    const storage = new MemoryStorageArea();
    const { send } = background(storage);
    await importIntoLibrary(send, bytesOf(exportJson(library, { now: EXPORT_NOW }).content), () => {});
    // The file: two of the reader's annotations edited later elsewhere, one new one.
    const file = structuredClone(library);
    const [first, second] = file.annotations as [StoredAnnotation, StoredAnnotation];
    for (const [annotation, note] of [[first, '别处改过的批注'], [second, '另一条改过的批注']] as const) {
      annotation.modified = '2030-01-01T00:00:00.000Z';
      annotation.body = [...annotation.body.filter((b) => b.purpose !== 'commenting'), { type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/plain' }];
    }
    const extra = sampleLibrary(3, 1).annotations[2]!;
    file.annotations.push(extra);
    file.pages.push(sampleLibrary(3, 1).pages[2]!);
    return { storage, send, library, first, second, extra, bytes: bytesOf(exportJson(file, { now: EXPORT_NOW }).content) };
  }

  it('asks before writing, lists each change, and by default keeps the reader’s version', async () => {
    const { storage, send, library, bytes, extra, first, second } = await readerWithLibrary();
    let asked: readonly AnnotationChange[] = [];
    const outcome = await importIntoLibrary(send, bytes, () => {}, async (changes) => {
      asked = changes;
      return new Set();
    });
    expect(asked.map((c) => [c.stored.id, noteOf(c.incoming)])).toEqual([
      [first.id, '别处改过的批注'],
      [second.id, '另一条改过的批注'],
    ]);
    expect(outcome).toMatchObject({ ok: true, summary: { added: 1, updated: 0, kept: 2 } });
    const stored = await new AnnotationRepository(storage).getAll();
    const byId = new Map(stored.annotations.map((a) => [a.id, a]));
    for (const original of library.annotations) expect(byId.get(original.id)).toEqual(original);
    expect(byId.has(extra.id)).toBe(true);
  });

  it('writes the file’s version of exactly the changes the reader accepts', async () => {
    const { storage, send, bytes, first, second } = await readerWithLibrary();
    const outcome = await importIntoLibrary(send, bytes, () => {}, async () => new Set([second.id]));
    expect(outcome).toMatchObject({ ok: true, summary: { added: 1, updated: 1, kept: 1 } });
    const repository = new AnnotationRepository(storage);
    const stored = new Map((await repository.getAll()).annotations.map((a) => [a.id, a]));
    expect(noteOf(stored.get(second.id)!)).toBe('另一条改过的批注');
    expect(noteOf(stored.get(first.id)!)).not.toBe('别处改过的批注');
  });

  it('cancelled at the list: nothing is written', async () => {
    const { storage, send, bytes } = await readerWithLibrary();
    const before = await storage.get(null);
    const outcome = await importIntoLibrary(send, bytes, () => {}, async () => null);
    expect(outcome).toMatchObject({ ok: false, cancelled: true });
    expect(await storage.get(null)).toEqual(before);
  });

  it('without a reviewer nothing of the reader’s is overwritten', async () => {
    const { storage, send, bytes, library } = await readerWithLibrary();
    await importIntoLibrary(send, bytes, () => {});
    const stored = new Map((await new AnnotationRepository(storage).getAll()).annotations.map((a) => [a.id, a]));
    for (const original of library.annotations) expect(stored.get(original.id)).toEqual(original);
  });
});
