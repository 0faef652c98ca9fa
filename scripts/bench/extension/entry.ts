// The bench extension page's bundle: the storage section, reachable through one global.
import { benchStorage } from './storage.ts';

(globalThis as Record<string, unknown>).__djStorageBench = { benchStorage };
