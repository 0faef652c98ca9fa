// The manager keeps its copy of the library in step with what it asked the
// data source to do, instead of reloading everything after each delete, undo
// or edit. Pure functions over Library; the records come from the data
// source's answers, so the copy matches what storage now holds.
import type { Library } from '../../../store/formats/library.ts';
import type { StoredAnnotation } from '../../../store/model.ts';
import type { DeletedAnnotation } from '../../../store/repository.ts';

export function withoutDeleted(library: Library, deleted: readonly DeletedAnnotation[]): Library {
  const ids = new Set(deleted.map((d) => d.annotation.id));
  // A page record comes back in a DeletedAnnotation only when its last annotation went.
  const removedPages = new Set(deleted.flatMap((d) => (d.page ? [d.page.url] : [])));
  return {
    pages: library.pages.filter((p) => !removedPages.has(p.url)),
    annotations: library.annotations.filter((a) => !ids.has(a.id)),
  };
}

export function withRestored(library: Library, deleted: readonly DeletedAnnotation[]): Library {
  const ids = new Set(deleted.map((d) => d.annotation.id));
  const pageUrls = new Set(library.pages.map((p) => p.url));
  const pages = [...library.pages];
  for (const { page } of deleted) {
    if (page && !pageUrls.has(page.url)) {
      pages.push(page);
      pageUrls.add(page.url);
    }
  }
  return { pages, annotations: [...library.annotations.filter((a) => !ids.has(a.id)), ...deleted.map((d) => d.annotation)] };
}

export function withUpdated(library: Library, annotation: StoredAnnotation): Library {
  return { pages: library.pages, annotations: library.annotations.map((a) => (a.id === annotation.id ? annotation : a)) };
}
