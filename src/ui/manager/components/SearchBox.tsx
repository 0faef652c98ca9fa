// The search box: results follow as the reader types (debounced by the list).
import { t } from '../i18n.ts';

export function SearchBox({ value, onInput }: { value: string; onInput: (text: string) => void }) {
  return (
    <div class="search" role="search">
      <label class="visually-hidden" for="library-search">
        {t('mgrSearchLabel')}
      </label>
      <input
        id="library-search"
        class="search__input"
        type="search"
        value={value}
        placeholder={t('mgrSearchPlaceholder')}
        autoComplete="off"
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </div>
  );
}
