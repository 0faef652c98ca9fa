// The store as the import tests model it: two plain Maps, and the import
// pipeline the repository will run (validate the whole file, plan, then apply
// the plan). A refused file must produce no plan and leave the Maps unchanged.
import { planMerge, validateImportBytes, validateImportFile, type ImportOptions, type ImportResult, type MergePlan } from '../../../src/store/import/index.ts';
import type { PageRecord, StoredAnnotation } from '../../../src/store/model.ts';
import type { Library } from '../../../src/store/formats/library.ts';

export interface MemoryStore {
  annotations: Map<string, StoredAnnotation>;
  pages: Map<string, PageRecord>;
}

export function memoryStore(library: Library): MemoryStore {
  return {
    annotations: new Map(library.annotations.map((a) => [a.id, structuredClone(a)])),
    pages: new Map(library.pages.map((p) => [p.url, structuredClone(p)])),
  };
}

export const noPause = async (): Promise<void> => {};

export async function importInto(
  store: MemoryStore,
  file: string | Uint8Array,
  options: ImportOptions = {},
): Promise<{ result: ImportResult; plan: MergePlan | null }> {
  const settings = { pause: noPause, ...options };
  const result = typeof file === 'string' ? await validateImportFile(file, settings) : await validateImportBytes(file, settings);
  if (!result.ok) return { result, plan: null };
  const plan = planMerge(store, result);
  for (const annotation of plan.toWrite.annotations) store.annotations.set(annotation.id, annotation);
  for (const page of plan.toWrite.pages) store.pages.set(page.url, page);
  return { result, plan };
}
