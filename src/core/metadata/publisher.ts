// 发布者 / 发布人 / 发布单位: the account or unit that posted the page, as
// university and government CMSs (VSB/博达, 大汉) print it above the body.
import { nearestHits, type LabelHit } from './label-hits.ts';
import { cleanOrganisation } from './names.ts';

export function extractPublisher(hits: readonly LabelHit[]): string | null {
  for (const hit of nearestHits(hits, ['publisher'])) {
    const value = cleanOrganisation(hit.value);
    if (value !== null) return value;
  }
  return null;
}
