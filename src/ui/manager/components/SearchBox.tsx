// The search box: results follow as the reader types (debounced by the
// list). While a Chinese input method is composing, the box holds pinyin
// ("dangjian") that the reader has not chosen yet; searching for it would
// flash "no results" at every keystroke, so the query waits for the
// composition to end.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n.ts';

export function SearchBox({ value, onSearch }: { value: string; onSearch: (text: string) => void }) {
  const [text, setText] = useState(value);
  const composing = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  // A reset from outside (清除筛选) replaces what is in the box.
  useEffect(() => setText(value), [value]);
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
        value={text}
        placeholder={t('mgrSearchPlaceholder')}
        autoComplete="off"
        onCompositionStart={() => {
          composing.current = true;
        }}
        onCompositionEnd={(event) => {
          composing.current = false;
          onSearch(event.currentTarget.value);
        }}
        onInput={(event) => {
          setText(event.currentTarget.value);
          if (!composing.current && !(event as InputEvent).isComposing) onSearch(event.currentTarget.value);
        }}
      />
    </div>
  );
}
