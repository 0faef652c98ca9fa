// 发布者 / 发布人 / 发布单位: the account or unit that posted the page, as
// university and government CMSs (VSB/博达, 大汉) print it above the body.
import { choose, type MetadataTrace } from './candidates.ts';
import { nearestHits, type LabelHit } from './label-hits.ts';
import { cleanOrganisation } from './names.ts';

export function extractPublisher(hits: readonly LabelHit[], trace?: MetadataTrace): string | null {
  const candidates = nearestHits(hits, ['publisher']).map((hit) => ({
    value: hit.value, where: `标签“${hit.label}”（第 ${hit.blockIndex} 块）`, rule: '标签行',
  }));
  return choose('publisher', candidates, (raw) => cleanOrganisation(raw), trace);
}
