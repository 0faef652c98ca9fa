// One highlighted passage: its colour, the quote (a click shows it in the
// article), the note, the tags, when it was saved, a checkbox for bulk
// actions, an editor for note, tags and colour, copy with citation, delete.
import { useState } from 'preact/hooks';
import type { Annotation, StoredAnnotation } from '../../../store/model.ts';
import { quoteWithCitation } from '../../../store/formats/quote-citation.ts';
import type { IndexedAnnotation, IndexedArticle } from '../../../store/query/index.ts';
import { COLOR_LABEL_KEYS } from '../colors.ts';
import type { ManagerDataSource } from '../data-source.ts';
import { t, uiLocale } from '../i18n.ts';
import { safeHttpUrl } from '../safe-url.ts';
import { errorText } from '../state/use-library.ts';
import { Marked } from './Marked.tsx';
import { PassageEditor } from './PassageEditor.tsx';
import type { ToastMessage } from './Toast.tsx';

interface PassageItemProps {
  item: IndexedAnnotation;
  article: IndexedArticle;
  selected: boolean;
  onSelect: (on: boolean) => void;
  onEdited: (annotation: StoredAnnotation) => void;
  /** Deletes it at once; the toast offers 撤销. */
  onDelete: () => void;
  source: ManagerDataSource;
  notify: (toast: ToastMessage) => void;
}

export function PassageItem({ item, article, selected, onSelect, onEdited, onDelete, source, notify }: PassageItemProps) {
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const colorName = t(COLOR_LABEL_KEYS[item.color]);

  const save = async (edited: Annotation) => {
    setSaving(true);
    try {
      onEdited(await source.updateAnnotation(edited));
      setEditing(false);
    } catch (error) {
      notify({ text: t('mgrActionFailed', errorText(error)), tone: 'error' });
    } finally {
      setSaving(false);
    }
  };

  const failed = (error: unknown) => notify({ text: t('mgrActionFailed', errorText(error)), tone: 'error' });
  const copy = () => {
    source.copyText(quoteWithCitation(item.quote, article)).then(() => notify({ text: t('mgrCopiedToast') }), failed);
  };
  const href = safeHttpUrl(article.url);
  const open = () => {
    source.openPassage(article.url, item.annotation.id).then((outcome) => {
      if (outcome === 'not-found') notify({ text: t('mgrPassageNotFound') });
    }, failed);
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
        <blockquote class="passage__quote">
          {href ? (
            <button type="button" class="passage__open" title={t('mgrOpenPassage')} onClick={open}>
              <Marked text={item.quote} quote />
            </button>
          ) : (
            <Marked text={item.quote} quote />
          )}
        </blockquote>
        {editing ? (
          <PassageEditor item={item} saving={saving} onSave={(edited) => void save(edited)} onCancel={() => setEditing(false)} />
        ) : (
          item.note && (
            <p class="passage__note">
              <span class="passage__label">{t('mgrNoteLabel')}：</span>
              <Marked text={item.note} />
            </p>
          )
        )}
        {!editing && item.tags.length > 0 && (
          <p class="passage__tags">
            <span class="visually-hidden">{t('mgrTagsLabel')}：</span>
            {item.tags.map((tag) => (
              <span key={tag} class="tag">
                <Marked text={tag} />
              </span>
            ))}
          </p>
        )}
        <div class="passage__meta">
          <span>{t('mgrSavedOn', formatSavedDate(item.createdAt))}</span>
          {!editing && (
            <>
              <button type="button" class="link-button" onClick={() => setEditing(true)}>
                {t('mgrEditPassage')}
              </button>
              <button type="button" class="link-button" data-action="copy-citation" onClick={copy}>
                {t('mgrCopyCitation')}
              </button>
              <button
                type="button"
                class="link-button link-button--danger"
                data-action="delete-passage"
                aria-label={`${t('mgrDeletePassage')}：${shorten(item.quote)}`}
                onClick={onDelete}
              >
                {t('mgrDeletePassage')}
              </button>
            </>
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
