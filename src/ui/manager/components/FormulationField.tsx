// The formulation filter: a text field suggesting the saved pages' key
// formulations (most articles first). It applies when the reader picks a
// suggestion or presses Enter / leaves the field, not at every character:
// "两个" alone would match passages about anything "两个…".
import { useEffect, useState } from 'preact/hooks';
import type { Facet } from '../../../store/query/index.ts';
import { t } from '../i18n.ts';

const MAX_SUGGESTIONS = 200;

interface FormulationFieldProps {
  value: string | null;
  suggestions: readonly Facet[];
  onChange: (formulation: string | null) => void;
}

export function FormulationField({ value, suggestions, onChange }: FormulationFieldProps) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const commit = (raw: string) => {
    const next = raw.trim() || null;
    if (next !== value) onChange(next);
  };
  return (
    <span class="filters__field">
      <label class="filters__label" for="formulation-filter">
        {t('mgrFilterFormulationLabel')}
      </label>
      <input
        id="formulation-filter"
        type="search"
        list="formulation-suggestions"
        value={text}
        size={12}
        onInput={(e) => setText(e.currentTarget.value)}
        onChange={(e) => commit(e.currentTarget.value)}
      />
      <datalist id="formulation-suggestions">
        {suggestions.slice(0, MAX_SUGGESTIONS).map((s) => (
          <option key={s.value} value={s.value}>
            {t('mgrFormulationArticleCount', s.count)}
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
