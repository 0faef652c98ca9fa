// The search box: results follow as the reader types (debounced by the
// list), never on an input method's unfinished pinyin (use-typed-text.ts).
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n.ts';
import { useTypedText } from '../state/use-typed-text.ts';

export function SearchBox({ value, onSearch }: { value: string; onSearch: (text: string) => void }) {
  const { inputProps } = useTypedText(value, Object.is, onSearch);
  const input = useRef<HTMLInputElement>(null);
  // "/" jumps to the search box, as on most sites with a search, unless the reader is typing somewhere.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div class="search" role="search">
      <label class="visually-hidden" for="library-search">
        {t('mgrSearchLabel')}
      </label>
      <input
        id="library-search"
        ref={input}
        aria-keyshortcuts="/"
        class="search__input"
        type="search"
        placeholder={t('mgrSearchPlaceholder')}
        autoComplete="off"
        {...inputProps}
      />
    </div>
  );
}
