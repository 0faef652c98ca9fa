// The sentence the import panel shows once a file is written, in the UI
// language: counts of highlights (added, updated, skipped, kept, refused),
// then of articles, each in its language's plural form.
import type { MergePlan } from '../../store/import/index.ts';
import { plural, t } from './i18n.ts';

/** e.g. `Imported: 12 highlights added, 3 updated, 5 skipped (…); 2 articles added.` */
export function describeImport(plan: Pick<MergePlan, 'summary' | 'pageSummary'>): string {
  const { added, updated, skipped, kept, refused } = plan.summary;
  const highlights = [plural('mgrImportDoneAdded', added), t('mgrImportDoneUpdated', updated)];
  if (skipped > 0) highlights.push(t('mgrImportDoneSkipped', skipped));
  if (kept > 0) highlights.push(t('mgrImportDoneKept', kept));
  if (refused > 0) highlights.push(t('mgrImportDoneRefused', refused));
  const pages = plan.pageSummary;
  const articles: string[] = [];
  if (pages.added > 0) articles.push(plural('mgrImportDoneArticlesAdded', pages.added));
  if (pages.updated > 0) articles.push(plural('mgrImportDoneArticlesUpdated', pages.updated));
  const list = (parts: string[]) => parts.join(t('mgrImportDoneListSeparator'));
  const clauses = articles.length > 0 ? [list(highlights), list(articles)] : [list(highlights)];
  return t('mgrImportDone', clauses.join(t('mgrImportDoneClauseSeparator')));
}
