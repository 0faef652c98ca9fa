// The import code (the file validators and merge planning, ~22 KB minified)
// is not part of manager.js: most visits to the manager never import, and
// the page should open fast on a large library. ImportPanel loads
// manager-import.js the first time a file is chosen; the bundle hands its
// entry point over under a global name, as the analysis engine does for the
// content script (extension/analyser-handle.ts).
import type { importIntoLibrary } from './import-into-library.ts';

export type ImportIntoLibrary = typeof importIntoLibrary;

export const IMPORT_ENGINE_FILE = 'manager-import.js';
const IMPORT_ENGINE_GLOBAL = '__dangjianAnnotatorImport';

type EngineScope = Record<typeof IMPORT_ENGINE_GLOBAL, ImportIntoLibrary | undefined>;

export function publishImportEngine(engine: ImportIntoLibrary): void {
  (globalThis as unknown as EngineScope)[IMPORT_ENGINE_GLOBAL] = engine;
}

let loading: Promise<ImportIntoLibrary> | null = null;

/** The import entry point, loading its bundle once (same-origin extension file: allowed by the page's CSP). */
export function loadImportEngine(doc: Document = document): Promise<ImportIntoLibrary> {
  const loaded = (globalThis as unknown as EngineScope)[IMPORT_ENGINE_GLOBAL];
  if (loaded) return Promise.resolve(loaded);
  loading ??= new Promise<ImportIntoLibrary>((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = IMPORT_ENGINE_FILE;
    script.onload = () => {
      const engine = (globalThis as unknown as EngineScope)[IMPORT_ENGINE_GLOBAL];
      if (engine) resolve(engine);
      else reject(new Error(`${IMPORT_ENGINE_FILE} did not load`));
    };
    script.onerror = () => reject(new Error(`${IMPORT_ENGINE_FILE} did not load`));
    doc.head.append(script);
  }).catch((error: unknown) => {
    loading = null; // let the next attempt try again
    throw error;
  });
  return loading;
}
