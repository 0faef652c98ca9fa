import { describe, expect, it } from 'vitest';
import { withNote } from '../../../src/store/annotations.ts';
import type { StoredAnnotation } from '../../../src/store/model.ts';
import { withoutDeleted, withRestored, withUpdated } from '../../../src/ui/manager/state/library-edits.ts';
import { generateLibrary } from '../store/query-sample-library.ts';

describe('keeping the manager\'s copy of the library in step', () => {
  const library = generateLibrary(3, 9, 2);
  const [a, b] = [library.annotations[0]!, library.annotations[1]!];
  const lastPage = library.pages[2]!;

  it('a delete removes the annotations, and the page records storage removed with them', () => {
    const after = withoutDeleted(library, [
      { annotation: a, page: null },
      { annotation: b, page: lastPage },
    ]);
    expect(after.annotations.map((x) => x.id)).toEqual(library.annotations.slice(2).map((x) => x.id));
    expect(after.pages.map((p) => p.url)).toEqual(library.pages.slice(0, 2).map((p) => p.url));
  });

  it('undo puts back the same records', () => {
    const deleted = [{ annotation: a, page: null }, { annotation: b, page: lastPage }];
    const restored = withRestored(withoutDeleted(library, deleted), deleted);
    const ids = (l: { annotations: StoredAnnotation[] }) => l.annotations.map((x) => x.id).sort();
    expect(ids(restored)).toEqual(ids(library));
    expect(restored.pages.map((p) => p.url).sort()).toEqual(library.pages.map((p) => p.url).sort());
    // Restoring twice does not duplicate.
    expect(withRestored(restored, deleted).annotations).toHaveLength(library.annotations.length);
  });

  it('an edit replaces the annotation in place', () => {
    const edited = { ...withNote(a, '新的批注'), schemaVersion: a.schemaVersion };
    const after = withUpdated(library, edited);
    expect(after.annotations[0]).toBe(edited);
    expect(after.annotations.slice(1)).toEqual(library.annotations.slice(1));
  });
});
