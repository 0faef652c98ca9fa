// Filters and sort. Only choices that occur in the library are offered
// (store/query facets). Colours are toggle buttons; tag and site single
// choices; the date range applies to the publication or the saving date.
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../store/model.ts';
import { ARTICLE_SORTS, type ArticleSort, type DateRange, type LibraryFacets, type LibraryFilter } from '../../../store/query/index.ts';
import { COLOR_LABEL_KEYS } from '../colors.ts';
import { t, type ManagerMessageKey } from '../i18n.ts';
import { FormulationField } from './FormulationField.tsx';

interface FilterBarProps {
  filter: LibraryFilter;
  facets: LibraryFacets;
  sort: ArticleSort;
  active: boolean;
  onChange: (change: Partial<LibraryFilter>) => void;
  onSortChange: (sort: ArticleSort) => void;
  onClear: () => void;
}

const SORT_LABELS: Record<ArticleSort, ManagerMessageKey> = {
  saved: 'mgrSortSaved',
  published: 'mgrSortPublished',
  title: 'mgrSortTitle',
};

export function FilterBar({ filter, facets, sort, active, onChange, onSortChange, onClear }: FilterBarProps) {
  const set = onChange;
  const toggleColor = (color: HighlightColor) =>
    set({ colors: filter.colors.includes(color) ? filter.colors.filter((c) => c !== color) : [...filter.colors, color] });
  const range: DateRange = filter.dateRange ?? { field: 'published', from: null, to: null };
  const setRange = (change: Partial<DateRange>) => set({ dateRange: { ...range, ...change } });
  const usedColors = new Set(facets.colors.map((c) => c.value));

  return (
    <fieldset class="filters">
      <legend class="visually-hidden">{t('mgrFiltersLabel')}</legend>
      <div class="filters__group" role="group" aria-label={t('mgrFilterColor')}>
        <span class="filters__label" aria-hidden="true">
          {t('mgrFilterColor')}
        </span>
        {HIGHLIGHT_COLORS.filter((c) => usedColors.has(c)).map((color) => (
          <button
            key={color}
            type="button"
            class={`swatch swatch--${color}`}
            aria-pressed={filter.colors.includes(color)}
            aria-label={t(COLOR_LABEL_KEYS[color])}
            title={t(COLOR_LABEL_KEYS[color])}
            onClick={() => toggleColor(color)}
          />
        ))}
      </div>
      <label class="filters__field">
        <span class="filters__label">{t('mgrFilterTag')}</span>
        <select value={filter.tags[0] ?? ''} onChange={(e) => set({ tags: e.currentTarget.value ? [e.currentTarget.value] : [] })}>
          <option value="">{t('mgrFilterAny')}</option>
          {facets.tags.map((tag) => (
            <option key={tag.value} value={tag.value}>
              {`${tag.value}（${tag.count}）`}
            </option>
          ))}
        </select>
      </label>
      <label class="filters__field">
        <span class="filters__label">{t('mgrFilterSite')}</span>
        <select value={filter.sites[0] ?? ''} onChange={(e) => set({ sites: e.currentTarget.value ? [e.currentTarget.value] : [] })}>
          <option value="">{t('mgrFilterAny')}</option>
          {facets.sites.map((site) => (
            <option key={site.value} value={site.value}>
              {`${site.value}（${site.count}）`}
            </option>
          ))}
        </select>
      </label>
      <div class="filters__group" role="group" aria-label={t('mgrFilterDate')}>
        <label class="filters__field">
          <span class="filters__label">{t('mgrFilterDate')}</span>
          <select value={range.field} onChange={(e) => setRange({ field: e.currentTarget.value as DateRange['field'] })}>
            <option value="published">{t('mgrDatePublished')}</option>
            <option value="saved">{t('mgrDateSaved')}</option>
          </select>
        </label>
        <label class="filters__field">
          <span class="filters__label">{t('mgrDateFrom')}</span>
          <input type="date" value={range.from ?? ''} onChange={(e) => setRange({ from: e.currentTarget.value || null })} />
        </label>
        <label class="filters__field">
          <span class="filters__label">{t('mgrDateTo')}</span>
          <input type="date" value={range.to ?? ''} onChange={(e) => setRange({ to: e.currentTarget.value || null })} />
        </label>
      </div>
      <label class="filters__check">
        <input type="checkbox" checked={filter.partyBuildingOnly} onChange={(e) => set({ partyBuildingOnly: e.currentTarget.checked })} />
        {t('mgrFilterPartyOnly')}
      </label>
      <FormulationField value={filter.formulation} suggestions={facets.formulations} onChange={(formulation) => set({ formulation })} />
      <label class="filters__field">
        <span class="filters__label">{t('mgrSortLabel')}</span>
        <select value={sort} onChange={(e) => onSortChange(e.currentTarget.value as ArticleSort)}>
          {ARTICLE_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(SORT_LABELS[s])}
            </option>
          ))}
        </select>
      </label>
      {active && (
        <button type="button" class="filters__clear" onClick={onClear}>
          {t('mgrClearFilters')}
        </button>
      )}
    </fieldset>
  );
}
