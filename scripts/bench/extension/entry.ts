// The bench extension page's bundle: the storage section, reachable through one global.
import { benchStorage } from './storage.ts';

const storageBench = { benchStorage };
export type StorageBench = typeof storageBench;

(globalThis as Record<string, unknown>).__djStorageBench = storageBench;
