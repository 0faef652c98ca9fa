// Loads the library from the data source and keeps the prepared query index
// in step with it (rebuilt only when the library changes).
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { Library } from '../../../store/formats/library.ts';
import type { StoredAnnotation } from '../../../store/model.ts';
import { buildLibraryIndex, type LibraryIndex } from '../../../store/query/index.ts';
import type { DeletedAnnotation } from '../../../store/repository.ts';
import type { ManagerDataSource } from '../data-source.ts';
import { withoutDeleted, withRestored, withUpdated } from './library-edits.ts';

export type LibraryLoad = { status: 'loading' } | { status: 'failed'; error: string } | { status: 'ready'; library: Library };

export interface LibraryHandle {
  load: LibraryLoad;
  /** Null until loaded. */
  index: LibraryIndex | null;
  reload(): Promise<void>;
  applyDeleted(deleted: readonly DeletedAnnotation[]): void;
  applyRestored(deleted: readonly DeletedAnnotation[]): void;
  applyUpdated(annotation: StoredAnnotation): void;
}

export function useLibrary(source: ManagerDataSource): LibraryHandle {
  const [load, setLoad] = useState<LibraryLoad>({ status: 'loading' });

  const reload = useCallback(async () => {
    try {
      const library = await source.loadLibrary();
      setLoad({ status: 'ready', library });
    } catch (error) {
      setLoad({ status: 'failed', error: errorText(error) });
    }
  }, [source]);

  useEffect(() => {
    void reload();
  }, [reload]);

  // Highlights saved, edited or deleted in another tab (or another manager
  // tab's import) show up without a manual reload.
  useEffect(() => source.onLibraryChanged?.(() => void reload()), [source, reload]);

  const edit = useCallback((change: (library: Library) => Library) => {
    setLoad((current) => (current.status === 'ready' ? { status: 'ready', library: change(current.library) } : current));
  }, []);

  const library = load.status === 'ready' ? load.library : null;
  const index = useMemo(() => (library ? buildLibraryIndex(library) : null), [library]);

  return {
    load,
    index,
    reload,
    applyDeleted: (deleted) => edit((l) => withoutDeleted(l, deleted)),
    applyRestored: (deleted) => edit((l) => withRestored(l, deleted)),
    applyUpdated: (annotation) => edit((l) => withUpdated(l, annotation)),
  };
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
