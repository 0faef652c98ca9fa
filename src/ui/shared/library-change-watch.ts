// Changes to the annotation store made anywhere (the page's toolbar, the
// popup, the side panel, the manager, another tab's import), learnt from
// storage.onChanged, which an extension page may listen to without touching
// storage (the background stays the only writer). A burst of writes calls
// back once, after `quietMs` without another.
import { extensionApi } from '../../extension/browser-api.ts';
import { recordKindOfKey } from '../../store/migrations.ts';

/** Returns the unsubscribe. */
export function watchLibraryChanges(listener: () => void, quietMs: number): () => void {
  const api = extensionApi();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !Object.keys(changes).some((key) => recordKindOfKey(key) !== null)) return;
    clearTimeout(timer);
    timer = setTimeout(listener, quietMs);
  };
  api.storage.onChanged.addListener(onChanged);
  return () => {
    clearTimeout(timer);
    api.storage.onChanged.removeListener(onChanged);
  };
}
