// 责任编辑 / 责编 / 编辑: labelled values only (the meta author tag sometimes
// holds the editor, but that cannot be told apart from an author there).
// The site's editor of record (责任编辑, 责编) outranks an 编辑 credit: a
// republished piece keeps its own "编辑 某某" line inside the article, and the
// page that republishes it adds "[责任编辑：…]" after it.
import { choose, type MetadataTrace, type RawCandidate } from './candidates.ts';
import { nearestHits, type LabelHit } from './label-hits.ts';
import { cleanEditor } from './names.ts';

const OF_RECORD = /责任编辑|责编/u;
/** The editor of record closes the article: a few blocks after it at most, not in a sidebar. */
const NEAR_ARTICLE = 10;

function* editorCandidates(hits: readonly LabelHit[]): Generator<RawCandidate> {
  const near = nearestHits(hits, ['editor']);
  const ofRecord = (h: LabelHit): boolean => OF_RECORD.test(h.label) && h.distance <= NEAR_ARTICLE;
  const ordered = [...near.filter(ofRecord), ...near.filter((h) => !ofRecord(h))];
  for (const hit of ordered) {
    yield { value: hit.value, where: `标签“${hit.label}”（第 ${hit.blockIndex} 块，距文章 ${hit.distance} 块）`, rule: OF_RECORD.test(hit.label) ? '责任编辑标签' : '编辑标签' };
  }
}

export function extractEditor(hits: readonly LabelHit[], trace?: MetadataTrace): string | null {
  return choose('editor', editorCandidates(hits), (raw) => cleanEditor(raw), trace);
}
