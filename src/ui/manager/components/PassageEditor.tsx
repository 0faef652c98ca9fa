// Editing one passage's note, tags and colour in place. Tags are typed in
// one line, in the one tag syntax of store/tag-syntax.ts.
import { useState } from 'preact/hooks';
import { withColor, withNote, withTags } from '../../../store/annotations.ts';
import { joinTags, splitTags } from '../../../store/tag-syntax.ts';
import { HIGHLIGHT_COLORS, type Annotation, type HighlightColor } from '../../../store/model.ts';
import type { IndexedAnnotation } from '../../../store/query/index.ts';
import { COLOR_LABEL_KEYS } from '../colors.ts';
import { t } from '../i18n.ts';
// The one tag placeholder every tag field shows (it names the separators of store/tag-syntax.ts).
import { t as sharedText } from '../../shared/i18n.ts';
import { NoteProblem, noteProblemOf } from '../../shared/NoteProblem.tsx';

interface PassageEditorProps {
  item: IndexedAnnotation;
  saving: boolean;
  onSave: (edited: Annotation) => void;
  onCancel: () => void;
}

export function PassageEditor({ item, saving, onSave, onCancel }: PassageEditorProps) {
  const id = item.annotation.id;
  const [note, setNote] = useState(item.note);
  const [tags, setTags] = useState(joinTags(item.tags));
  const [color, setColor] = useState<HighlightColor>(item.color);

  // Over a limit: said beside the fields, and nothing is sent.
  const problem = noteProblemOf(note, tags);

  const save = (event: Event) => {
    event.preventDefault();
    if (problem) return;
    const now = new Date();
    onSave(withColor(withTags(withNote(item.annotation, note, now), splitTags(tags), now), color, now));
  };

  return (
    <form class="passage__editor" onSubmit={save}>
      <label class="passage__label" for={`note-${id}`}>
        {t('mgrNoteLabel')}
      </label>
      <textarea id={`note-${id}`} rows={3} aria-invalid={problem?.field === 'note' ? 'true' : undefined} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      <label class="passage__label" for={`tags-${id}`}>
        {t('mgrTagsLabel')}
      </label>
      <input id={`tags-${id}`} type="text" aria-invalid={problem?.field === 'tags' ? 'true' : undefined} value={tags} placeholder={sharedText('tagsPlaceholder')} onInput={(e) => setTags(e.currentTarget.value)} />
      <NoteProblem problem={problem} />
      <fieldset class="passage__colors">
        <legend class="passage__label">{t('mgrFilterColor')}</legend>
        {HIGHLIGHT_COLORS.map((c) => (
          <label key={c} class="passage__color">
            <input type="radio" name={`color-${id}`} value={c} checked={color === c} onChange={() => setColor(c)} />
            <span class={`swatch swatch--${c} swatch--small`} aria-hidden="true" />
            {t(COLOR_LABEL_KEYS[c])}
          </label>
        ))}
      </fieldset>
      <div class="passage__editor-actions">
        <button type="submit" class="button--primary" disabled={saving || problem !== null}>
          {t('mgrSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('mgrCancel')}
        </button>
      </div>
    </form>
  );
}
