// The formulation filter: a text field suggesting the saved pages' key
// formulations (most articles first). Like the search box, it applies as the
// reader types (after the same short pause, and not on unfinished pinyin);
// Enter, leaving the field or picking a suggestion applies it at once.
import { useEffect } from 'preact/hooks';
import type { Facet } from '../../../store/query/index.ts';
import { plural, t } from '../i18n.ts';
import { TYPING_DELAY_MS, useDebouncedValue } from '../state/use-debounced-value.ts';
import { useTypedText } from '../state/use-typed-text.ts';

const MAX_SUGGESTIONS = 200;

interface FormulationFieldProps {
  value: string | null;
  suggestions: readonly Facet[];
  onChange: (formulation: string | null) => void;
}

const asFilter = (text: string): string | null => text.trim() || null;

export function FormulationField({ value, suggestions, onChange }: FormulationFieldProps) {
  const { typed, handOver, inputProps } = useTypedText(value ?? '', (outside, text) => (outside || null) === asFilter(text));
  // What the page already applies needs no wait (a reset by 清除筛选 or the index).
  const settled = useDebouncedValue(typed, TYPING_DELAY_MS, asFilter(typed) === value);
  const commit = (text: string) => {
    const next = asFilter(text);
    if (next === value) return;
    // Its echo may come back after the reader typed on: not a reset (useTypedText).
    handOver(text);
    onChange(next);
  };
  useEffect(() => commit(settled), [settled]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <span class="filters__field">
      <label class="filters__label" for="formulation-filter">
        {t('mgrFilterFormulationLabel')}
      </label>
      <input
        id="formulation-filter"
        type="search"
        list="formulation-suggestions"
        size={12}
        {...inputProps}
        onChange={(e) => commit(e.currentTarget.value)}
      />
      <datalist id="formulation-suggestions">
        {suggestions.slice(0, MAX_SUGGESTIONS).map((s) => (
          <option key={s.value} value={s.value}>
            {plural('mgrCountArticles', s.count)}
          </option>
        ))}
      </datalist>
      {value && (
        <button type="button" class="chip__remove" aria-label={t('mgrRemoveFormulation')} onClick={() => onChange(null)}>
          ×
        </button>
      )}
    </span>
  );
}
