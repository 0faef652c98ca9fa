// One import problem as a line in the UI language: the store reports where
// (record, field, JSONPath) and which problem with which values; the words
// are the `mgrImport*` messages. Values from the file arrive as substitutions
// and are rendered as text, never as markup.
import type { ImportIssue } from '../../store/import/index.ts';
import { isPluralProblem, type ImportProblem, type IssueValue, type RecordRef } from '../../store/import/import-problems.ts';
import { plural, t } from './i18n.ts';

/** e.g. `第 3 条标注：target.source 不是有效的网址：…（位置 $[2].target.source）` / `Highlight 3: target.source is not a valid web address: … (at $[2].target.source)`. */
export function describeImportIssue(issue: ImportIssue): string {
  const problem = problemText(issue.problem);
  if (issue.record === null) return problem;
  const record = recordText(issue.record);
  if (issue.path === null) return t('mgrImportIssueOfRecord', record, problem);
  if (issue.field === '') return t('mgrImportIssueAtRecord', record, problem, issue.path);
  return t('mgrImportIssueAtField', record, issue.field, problem, issue.path);
}

function problemText({ id, values }: ImportProblem): string {
  const texts = (values as readonly IssueValue[]).map(valueText);
  if (isPluralProblem(id)) return plural(`mgrImportIssue${id}`, values[0] as number, ...texts.slice(1));
  return t(`mgrImportIssue${id}`, ...texts);
}

function valueText(value: IssueValue): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if ('jsonType' in value) return t(`mgrImportType${value.jsonType}`);
  return recordText(value);
}

function recordText(ref: RecordRef): string {
  switch (ref.record) {
    case 'File':
      return t('mgrImportRecordFile');
    case 'SoleAnnotation':
      return t('mgrImportRecordSoleAnnotation');
    case 'Annotation':
      return t('mgrImportRecordAnnotation', ref.number);
    case 'AnnotationId':
      return t('mgrImportRecordAnnotationId', ref.id);
    case 'Page':
      return t('mgrImportRecordPage', ref.number);
  }
}
