// The manager's sections as an ARIA tab list: arrow keys move between tabs,
// Home/End jump to the ends (WAI-ARIA Authoring Practices, tabs pattern).
import { useRef } from 'preact/hooks';
import { t, type ManagerMessageKey } from '../i18n.ts';

export type ManagerSection = 'library' | 'formulations' | 'import' | 'settings';

const SECTIONS: readonly [ManagerSection, ManagerMessageKey][] = [
  ['library', 'mgrTabLibrary'],
  ['formulations', 'mgrTabFormulations'],
  ['import', 'mgrTabImport'],
  ['settings', 'mgrTabSettings'],
];

export function SectionTabs({ current, onSelect }: { current: ManagerSection; onSelect: (section: ManagerSection) => void }) {
  const list = useRef<HTMLDivElement>(null);
  const move = (event: KeyboardEvent) => {
    const at = SECTIONS.findIndex(([id]) => id === current);
    const last = SECTIONS.length - 1;
    const next =
      event.key === 'ArrowRight' ? (at + 1) % SECTIONS.length
      : event.key === 'ArrowLeft' ? (at + last) % SECTIONS.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : null;
    if (next === null) return;
    event.preventDefault();
    const [id] = SECTIONS[next]!;
    onSelect(id);
    list.current?.querySelector<HTMLButtonElement>(`#tab-${id}`)?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label={t('mgrTabsLabel')} ref={list} onKeyDown={move}>
      {SECTIONS.map(([id, label]) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`tab-${id}`}
          aria-selected={current === id}
          aria-controls={`panel-${id}`}
          tabIndex={current === id ? 0 : -1}
          class="tabs__tab"
          onClick={() => onSelect(id)}
        >
          {t(label)}
        </button>
      ))}
    </div>
  );
}
