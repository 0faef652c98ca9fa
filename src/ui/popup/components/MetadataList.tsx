// The article's bibliographic fields as a definition list. A field the page
// names none for is left out: rows of "未注明" filled the popup with nothing
// to read and pushed the highlights down.
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

export function MetadataList({ metadata, summary }: { metadata: ArticleMetadata; summary: ArticleSummary }) {
  const locale = uiLanguage();
  return (
    <dl class="metadata">
      {FIELDS.map(({ field, label, format }) => {
        const value = metadata[field];
        if (value === null) return null;
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
