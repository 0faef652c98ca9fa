// manager-import.js: the import code the manager page loads on first use (import-engine.ts).
import { publishImportEngine } from './import-engine.ts';
import { importIntoLibrary } from './import-into-library.ts';

publishImportEngine(importIntoLibrary);
