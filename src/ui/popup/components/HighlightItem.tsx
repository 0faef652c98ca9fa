// One highlight in 我的标注: its quote (a click scrolls the page to it), colour,
// note and tags; 编辑 turns the note (multi-line) and tags into fields in
// place; 删除 hands the deletion up (the section offers 撤销).
import { useState } from 'preact/hooks';
import { colorOf, noteOf, tagsOf, quoteOf } from '../../../store/annotations.ts';
import type { StoredAnnotation } from '../../../store/model.ts';
import { joinTags, splitTags } from '../../../store/tag-syntax.ts';
import { t, type MessageKey } from '../../shared/i18n.ts';
import { NoteProblem, noteProblemOf } from '../../shared/NoteProblem.tsx';

const COLOR_NAMES: Record<string, MessageKey> = {
  yellow: 'colorYellow',
  red: 'colorRed',
  green: 'colorGreen',
  blue: 'colorBlue',
  purple: 'colorPurple',
};

interface HighlightItemProps {
  annotation: StoredAnnotation;
  orphan: boolean;
  /** The text the highlight covers now, when the page's text changed since it was saved (原文已变). */
  changedTo?: string | undefined;
  onReveal: () => void;
  onSave: (note: string, tags: string[]) => Promise<boolean>;
  onDelete: () => void;
}

export function HighlightItem({ annotation, orphan, changedTo, onReveal, onSave, onDelete }: HighlightItemProps) {
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(noteOf(annotation));
  const [tags, setTags] = useState(joinTags(tagsOf(annotation)));
  const color = colorOf(annotation);
  const savedNote = noteOf(annotation);
  const savedTags = tagsOf(annotation);

  // Over a limit: said beside the fields, and nothing is sent.
  const problem = editing ? noteProblemOf(note, tags) : null;

  async function save(): Promise<void> {
    if (problem) return;
    if (await onSave(note, splitTags(tags))) setEditing(false);
  }

  return (
    <li class="highlight" data-id={annotation.id} data-color={color} data-changed={changedTo === undefined ? undefined : 'true'}>
      <span class={`highlight__swatch highlight__swatch--${color}`} title={t('highlightColorLabel', t(COLOR_NAMES[color]!))} />
      <div class="highlight__body">
        {orphan ? (
          <p class="highlight__quote" data-field="quote">{quoteOf(annotation)}</p>
        ) : (
          <button type="button" class="highlight__quote" data-field="quote" title={t('revealHighlight')} onClick={onReveal}>
            {quoteOf(annotation)}
          </button>
        )}
        {changedTo !== undefined && (
          <p class="highlight__changed" data-field="changed">
            <span class="highlight__changed-label">{t('textChangedLabel')}</span>
            <span data-field="current-text">{t('textChangedNow', changedTo)}</span>
          </p>
        )}
        {editing ? (
          <div class="highlight__editor">
            <textarea
              aria-label={t('noteLabel')}
              placeholder={t('notePlaceholder')}
              data-field="note-input"
              aria-invalid={problem?.field === 'note' ? 'true' : undefined}
              value={note}
              onInput={(e) => setNote(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
              }}
            />
            <input
              type="text"
              aria-label={t('tagsLabel')}
              placeholder={t('tagsPlaceholder')}
              data-field="tags-input"
              aria-invalid={problem?.field === 'tags' ? 'true' : undefined}
              value={tags}
              onInput={(e) => setTags(e.currentTarget.value)}
            />
            <NoteProblem problem={problem} />
            <div class="highlight__actions">
              <button type="button" class="hl-button hl-button--primary" data-action="save" disabled={problem !== null} onClick={() => void save()}>
                {t('saveNote')}
              </button>
              <button type="button" class="hl-button" onClick={() => setEditing(false)}>
                {t('cancel')}
              </button>
            </div>
          </div>
        ) : (
          <>
            {savedNote && <p class="highlight__note" data-field="note">{savedNote}</p>}
            {savedTags.length > 0 && (
              <p class="highlight__tags" data-field="tags">
                {savedTags.map((tag) => `#${tag}`).join(' ')}
              </p>
            )}
            <div class="highlight__actions">
              <button type="button" class="hl-button" data-action="edit" onClick={() => setEditing(true)}>
                {t('editHighlight')}
              </button>
              <button type="button" class="hl-button" data-action="delete" onClick={onDelete}>
                {t('deleteHighlight')}
              </button>
            </div>
          </>
        )}
      </div>
    </li>
  );
}
