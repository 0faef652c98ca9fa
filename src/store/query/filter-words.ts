// The manager's active filter in a few words, for the name of a filtered
// export (export-file.ts libraryFilename): the search text, colours by their
// Chinese names, tags, sites, the formulation, the date range, 党建文章.
import { COLOR_NAMES_ZH } from '../formats/annotation-fields.ts';
import type { LibraryFilter } from './filters.ts';

export function filterWordsOf(filter: LibraryFilter): string[] {
  const words: string[] = [];
  const query = filter.query.trim();
  if (query) words.push(query);
  words.push(...filter.colors.map((c) => `${COLOR_NAMES_ZH[c]}色`), ...filter.tags, ...filter.sites);
  if (filter.formulation) words.push(filter.formulation);
  const range = filter.dateRange;
  if (range && (range.from || range.to)) {
    const label = range.field === 'published' ? '发布' : '保存';
    words.push(`${label}${range.from ?? ''}至${range.to ?? ''}`);
  }
  if (filter.partyBuildingOnly) words.push('党建文章');
  return words;
}
