// The article's bibliographic fields as a definition list. A field the page
// names none for is left out: rows of "未注明" filled the popup with nothing
// to read and pushed the highlights down. So is a value an earlier row
// already shows (a CMS's 发布者 that is the site's own name): the reader
// learns nothing from it, and the popup must fit 600 px.
import type { ArticleMetadata, ArticleSummary } from '../../../core/types.ts';
import { displayReadingMinutes, formatCount, formatPublishedAt } from '../../shared/format.ts';
import { t, uiLanguage, type MessageKey } from '../../shared/i18n.ts';

const FIELDS: readonly { field: keyof ArticleMetadata; label: MessageKey; format?: (value: string) => string }[] = [
  { field: 'source', label: 'fieldSource' },
  { field: 'author', label: 'fieldAuthor' },
  { field: 'editor', label: 'fieldEditor' },
  { field: 'publishedAt', label: 'fieldPublishedAt', format: formatPublishedAt },
  { field: 'siteName', label: 'fieldSiteName' },
  { field: 'publisher', label: 'fieldPublisher' },
];

/** The fields the popup lists: stated, and not a repeat of an earlier field's value. */
export function shownMetadataFields(metadata: ArticleMetadata): Set<keyof ArticleMetadata> {
  const shown = new Set<keyof ArticleMetadata>();
  const values = new Set<string>();
  for (const { field } of FIELDS) {
    const value = metadata[field];
    if (value === null || values.has(value)) continue;
    shown.add(field);
    values.add(value);
  }
  return shown;
}

export function MetadataList({ metadata, summary }: { metadata: ArticleMetadata; summary: ArticleSummary }) {
  const locale = uiLanguage();
  const shown = shownMetadataFields(metadata);
  return (
    <dl class="metadata">
      {FIELDS.map(({ field, label, format }) => {
        const value = metadata[field];
        if (value === null || !shown.has(field)) return null;
        return (
          <div class="metadata__row" key={field}>
            <dt>{t(label)}</dt>
            <dd data-field={field} title={value}>
              {format ? format(value) : value}
            </dd>
          </div>
        );
      })}
      <div class="metadata__row">
        <dt>{t('fieldLength')}</dt>
        <dd data-field="length" data-chars={summary.charCount} data-minutes={summary.readingMinutes} data-paragraphs={summary.paragraphs}>
          {t(
            'lengthValue',
            formatCount(summary.charCount, locale),
            displayReadingMinutes(summary.readingMinutes, summary.charCount),
            summary.paragraphs,
          )}
        </dd>
      </div>
    </dl>
  );
}
