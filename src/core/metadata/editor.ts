// 责任编辑 / 责编 / 编辑: labelled values only (the meta author tag sometimes
// holds the editor, but that cannot be told apart from an author there).
import { nearestHits, type LabelHit } from './label-hits.ts';
import { cleanEditor } from './names.ts';

export function extractEditor(hits: readonly LabelHit[]): string | null {
  for (const hit of nearestHits(hits, ['editor'])) {
    const value = cleanEditor(hit.value);
    if (value !== null) return value;
  }
  return null;
}
