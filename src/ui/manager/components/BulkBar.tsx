// Shown while passages are selected: how many, select all shown, delete.
import { t } from '../i18n.ts';

interface BulkBarProps {
  count: number;
  onSelectAll: () => void;
  onClear: () => void;
  onDelete: () => void;
}

export function BulkBar({ count, onSelectAll, onClear, onDelete }: BulkBarProps) {
  return (
    <div class="bulk" role="region" aria-label={t('mgrSelectedCount', count)}>
      <span class="bulk__count">{t('mgrSelectedCount', count)}</span>
      <button type="button" onClick={onSelectAll}>
        {t('mgrSelectAllShown')}
      </button>
      <button type="button" onClick={onClear}>
        {t('mgrClearSelection')}
      </button>
      <button type="button" class="button--danger" onClick={onDelete}>
        {t('mgrDeleteSelected')}
      </button>
    </div>
  );
}
