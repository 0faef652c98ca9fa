// The import code (the file validators and merge planning, ~22 KB minified)
// is not part of manager.js: most visits to the manager never import, and
// the page should open fast on a large library. ImportPanel loads
// manager-import.js the first time a file is chosen (shared/lazy-bundle.ts).
import { lazyBundle, publishBundle } from '../shared/lazy-bundle.ts';
import type { importIntoLibrary } from './import-into-library.ts';

export type ImportIntoLibrary = typeof importIntoLibrary;

export const IMPORT_ENGINE_FILE = 'manager-import.js';
const IMPORT_ENGINE_GLOBAL = '__dangjianAnnotatorImport';

export function publishImportEngine(engine: ImportIntoLibrary): void {
  publishBundle(IMPORT_ENGINE_GLOBAL, engine);
}

/** The import entry point, loading its bundle once. */
export const loadImportEngine: (doc?: Document) => Promise<ImportIntoLibrary> = lazyBundle<ImportIntoLibrary>(IMPORT_ENGINE_FILE, IMPORT_ENGINE_GLOBAL);
