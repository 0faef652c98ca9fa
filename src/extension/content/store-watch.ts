// Whether a storage change concerns this page's highlights, so the page
// repaints when they change anywhere else: the manager (edit, delete,
// import), the same page in another tab, the popup. The content script
// reads the change event only; the background stays the only writer.
//
// The key prefixes are the store's (store/records.ts, KEY_PREFIX in
// store/migrations.ts), repeated here because the content script imports no
// store code; a unit test keeps them equal.

export const ANNOTATION_KEY_PREFIX = 'anno:';
export const PAGE_INDEX_KEY_PREFIX = 'pageIndex:';

type StorageChanges = Record<string, { newValue?: unknown } | undefined>;

/**
 * `known`: the painted annotations' ids with their `modified` times.
 * `pageUrl`: the page's normalised URL, as the background keys it.
 */
export function changesTouchPage(changes: StorageChanges, pageUrl: string, known: ReadonlyMap<string, string>): boolean {
  for (const [key, change] of Object.entries(changes)) {
    const value = change?.newValue as { ids?: unknown; modified?: unknown; target?: { source?: unknown } } | undefined;
    if (key === PAGE_INDEX_KEY_PREFIX + pageUrl) {
      const ids = Array.isArray(value?.ids) ? (value.ids as unknown[]) : [];
      if (ids.length !== known.size || ids.some((id) => typeof id !== 'string' || !known.has(id))) return true;
    } else if (key.startsWith(ANNOTATION_KEY_PREFIX)) {
      const id = key.slice(ANNOTATION_KEY_PREFIX.length);
      if (known.has(id)) {
        if (!value || value.modified !== known.get(id)) return true;
      } else if (value?.target?.source === pageUrl) {
        return true;
      }
    }
  }
  return false;
}
