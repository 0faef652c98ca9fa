// The annotations an import would change, shown before anything is written:
// each with its quote and what would change (note, tags, colour: the
// reader's version → the file's), and a box to take the file's version.
// Nothing is ticked at first, so the reader's annotations stay as they are
// unless the reader chooses otherwise; 全部保留 writes the rest of the file
// and none of these changes, 取消 writes nothing.
import { useState } from 'preact/hooks';
import { colorOf, noteOf, quoteOf, tagsOf } from '../../../store/annotations.ts';
import type { AnnotationChange } from '../../../store/import/index.ts';
import type { StoredAnnotation } from '../../../store/model.ts';
import { COLOR_LABEL_KEYS } from '../colors.ts';
import { plural, t } from '../i18n.ts';

interface Props {
  changes: readonly AnnotationChange[];
  /** The ids to take from the file, or null to cancel the import. */
  onDecide: (accepted: ReadonlySet<string> | null) => void;
}

export function ImportChanges({ changes, onDecide }: Props) {
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string, on: boolean) => {
    const next = new Set(accepted);
    if (on) next.add(id);
    else next.delete(id);
    setAccepted(next);
  };
  return (
    <section class="import-changes" aria-labelledby="import-changes-heading">
      <p id="import-changes-heading" class="import-changes__heading">
        {plural('mgrImportChangesHeading', changes.length)}
      </p>
      <ul class="import-changes__list">
        {changes.map((change) => (
          <ChangeItem key={change.stored.id} change={change} accepted={accepted.has(change.stored.id)} onToggle={toggle} />
        ))}
      </ul>
      <div class="import-changes__actions">
        <button type="button" class="button--primary" data-action="keep-all-mine" onClick={() => onDecide(new Set())}>
          {t('mgrImportKeepAllMine')}
        </button>
        <button type="button" data-action="apply-selected" disabled={accepted.size === 0} onClick={() => onDecide(accepted)}>
          {t('mgrImportApplySelected', accepted.size)}
        </button>
        <button type="button" data-action="cancel-import" onClick={() => onDecide(null)}>
          {t('mgrImportCancel')}
        </button>
      </div>
    </section>
  );
}

function ChangeItem({ change, accepted, onToggle }: { change: AnnotationChange; accepted: boolean; onToggle: (id: string, on: boolean) => void }) {
  const { stored, incoming } = change;
  const rows = changedFields(stored, incoming);
  return (
    <li class={`import-change import-change--${colorOf(stored)}`} data-id={stored.id}>
      <blockquote class="import-change__quote">{quoteOf(stored)}</blockquote>
      <dl class="import-change__fields">
        {rows.map(({ label, before, after }) => (
          <div class="import-change__field" key={label}>
            <dt>{label}</dt>
            <dd>
              <span class="import-change__old">{before}</span>
              <span aria-hidden="true"> → </span>
              <span class="import-change__new">{after}</span>
            </dd>
          </div>
        ))}
      </dl>
      {rows.length === 0 && <p class="import-change__other">{t('mgrImportChangeOther')}</p>}
      <label class="import-change__choice">
        <input type="checkbox" checked={accepted} onChange={(e) => onToggle(stored.id, e.currentTarget.checked)} />
        {t('mgrImportChangeUseImported')}
      </label>
    </li>
  );
}

/** The reader-visible fields that differ, as "mine → the file's". */
function changedFields(stored: StoredAnnotation, incoming: StoredAnnotation) {
  const none = t('mgrImportChangeNone');
  const tags = (a: StoredAnnotation) => tagsOf(a).join('、') || none;
  const fields = [
    { label: t('mgrImportChangeNote'), before: noteOf(stored) || none, after: noteOf(incoming) || none },
    { label: t('mgrImportChangeTags'), before: tags(stored), after: tags(incoming) },
    { label: t('mgrImportChangeColor'), before: t(COLOR_LABEL_KEYS[colorOf(stored)]), after: t(COLOR_LABEL_KEYS[colorOf(incoming)]) },
  ];
  return fields.filter((field) => field.before !== field.after);
}
