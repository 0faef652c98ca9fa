// An in-memory ManagerDataSource for the manager's render tests, built on the
// real store: the repository over in-memory storage, and the import's
// validation and merge planning. It does what the background will do for the
// manager's messages, so the tests exercise real deletes, restores and imports.
import type { ExportFile } from '../../../src/store/formats/index.ts';
import type { Library } from '../../../src/store/formats/library.ts';
import { describeMergePlan, planMerge, validateImportBytes } from '../../../src/store/import/index.ts';
import { MemoryStorageArea } from '../../../src/store/memory-storage.ts';
import { AnnotationRepository, type DeletedAnnotation, type StoreResult } from '../../../src/store/repository.ts';
import type { ManagerDataSource } from '../../../src/ui/manager/data-source.ts';
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '../../../src/store/settings.ts';

export interface TestSource extends ManagerDataSource {
  repository: AnnotationRepository;
  downloads: ExportFile[];
  savedSettings: Settings[];
  snapshot(): Promise<Library>;
}

function valueOf<T>(result: StoreResult<T>): T {
  if (!result.ok) throw new Error(`${result.error}: ${result.message}`);
  return result.value;
}

export async function memorySource(initial: Library): Promise<TestSource> {
  const repository = new AnnotationRepository(new MemoryStorageArea());
  valueOf(await repository.importMany({ annotations: initial.annotations, pages: initial.pages }));
  let settings: Settings = { ...DEFAULT_SETTINGS };
  const downloads: ExportFile[] = [];
  const savedSettings: Settings[] = [];
  const snapshot = async (): Promise<Library> => repository.getAll();

  return {
    repository,
    downloads,
    savedSettings,
    snapshot,
    loadLibrary: snapshot,
    async deleteAnnotations(ids) {
      const deleted: DeletedAnnotation[] = [];
      for (const id of ids) deleted.push(valueOf(await repository.deleteAnnotation(id)));
      return deleted;
    },
    async restoreAnnotations(records) {
      for (const record of records) valueOf(await repository.restore(record));
    },
    async updateAnnotation(annotation) {
      return valueOf(await repository.updateAnnotation(annotation));
    },
    async importFile(bytes, onProgress) {
      const result = await validateImportBytes(bytes, { onProgress, pause: () => Promise.resolve() });
      if (!result.ok) return { ok: false, errors: result.errors, warnings: result.warnings };
      const all = await repository.getAll();
      const plan = planMerge(
        { annotations: new Map(all.annotations.map((a) => [a.id, a])), pages: new Map(all.pages.map((p) => [p.url, p])) },
        result,
      );
      valueOf(await repository.importMany(plan.toWrite));
      return { ok: true, summary: plan.summary, pageSummary: plan.pageSummary, message: describeMergePlan(plan), warnings: result.warnings };
    },
    async getSettings() {
      return settings;
    },
    async saveSettings(next) {
      settings = validateSettings(next);
      savedSettings.push(settings);
    },
    async download(file) {
      downloads.push(file);
    },
  };
}
