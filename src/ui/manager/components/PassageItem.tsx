// One highlighted passage: its colour, the quote, the note (editable), the
// tags, when it was saved, and a checkbox for bulk actions.
import { useState } from 'preact/hooks';
import { withNote } from '../../../store/annotations.ts';
import type { StoredAnnotation } from '../../../store/model.ts';
import type { IndexedAnnotation } from '../../../store/query/index.ts';
import { COLOR_LABEL_KEYS } from '../colors.ts';
import type { ManagerDataSource } from '../data-source.ts';
import { t, uiLocale } from '../i18n.ts';
import { errorText } from '../state/use-library.ts';
import type { ToastMessage } from './Toast.tsx';

interface PassageItemProps {
  item: IndexedAnnotation;
  selected: boolean;
  onSelect: (on: boolean) => void;
  onEdited: (annotation: StoredAnnotation) => void;
  source: ManagerDataSource;
  notify: (toast: ToastMessage) => void;
}

export function PassageItem({ item, selected, onSelect, onEdited, source, notify }: PassageItemProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const colorName = t(COLOR_LABEL_KEYS[item.color]);

  const saveNote = async () => {
    if (draft === null) return;
    setSaving(true);
    try {
      onEdited(await source.updateAnnotation(withNote(item.annotation, draft)));
      setDraft(null);
    } catch (error) {
      notify({ text: t('mgrActionFailed', errorText(error)), tone: 'error' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <li class={`passage passage--${item.color}`} data-id={item.annotation.id}>
      <input
        type="checkbox"
        class="passage__select"
        checked={selected}
        aria-label={`${t('mgrSelectPassage')}：${shorten(item.quote)}`}
        onChange={(e) => onSelect(e.currentTarget.checked)}
      />
      <div class="passage__content">
        <span class={`swatch swatch--${item.color} swatch--small`} role="img" aria-label={colorName} title={colorName} />
        <blockquote class="passage__quote">{item.quote}</blockquote>
        {draft === null ? (
          item.note && (
            <p class="passage__note">
              <span class="passage__label">{t('mgrNoteLabel')}：</span>
              {item.note}
            </p>
          )
        ) : (
          <div class="passage__editor">
            <label class="passage__label" for={`note-${item.annotation.id}`}>
              {t('mgrNoteLabel')}
            </label>
            <textarea id={`note-${item.annotation.id}`} rows={3} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
            <div class="passage__editor-actions">
              <button type="button" disabled={saving} onClick={() => void saveNote()}>
                {t('mgrSave')}
              </button>
              <button type="button" onClick={() => setDraft(null)}>
                {t('mgrCancel')}
              </button>
            </div>
          </div>
        )}
        {item.tags.length > 0 && (
          <p class="passage__tags">
            <span class="visually-hidden">{t('mgrTagsLabel')}：</span>
            {item.tags.map((tag) => (
              <span key={tag} class="tag">
                {tag}
              </span>
            ))}
          </p>
        )}
        <div class="passage__meta">
          <span>{t('mgrSavedOn', formatSavedDate(item.createdAt))}</span>
          {draft === null && (
            <button type="button" class="link-button" onClick={() => setDraft(item.note)}>
              {t('mgrEditNote')}
            </button>
          )}
        </div>
      </div>
    </li>
  );
}

function shorten(text: string): string {
  const chars = Array.from(text);
  return chars.length > 30 ? `${chars.slice(0, 30).join('')}…` : text;
}

function formatSavedDate(epochMs: number): string {
  if (Number.isNaN(epochMs)) return '—';
  try {
    return new Date(epochMs).toLocaleDateString(uiLocale(), { year: 'numeric', month: 'long', day: 'numeric' });
  } catch {
    return new Date(epochMs).toISOString().slice(0, 10);
  }
}
