// 我的标注: the current page's highlights in reading order, then the ones the
// page no longer contains (orphans, with their text: never dropped), and
// 保存选中内容. Every change goes to the background (the only writer); the
// page is then told to repaint. A failure is said in words, never swallowed.
import { useEffect, useState } from 'preact/hooks';
import type { HighlightFailure } from '../../../extension/messages.ts';
import type { StoredAnnotation } from '../../../store/model.ts';
import type { DeletedAnnotation } from '../../../store/repository.ts';
import { t, type MessageKey } from '../../shared/i18n.ts';
import type { HighlightsChannel } from '../highlights-channel.ts';
import { HighlightItem } from './HighlightItem.tsx';

const FAILURE_TEXT: Record<HighlightFailure['error'], MessageKey> = {
  quota: 'saveFailedQuota',
  'write-failed': 'saveFailedWrite',
  'not-found': 'saveFailedNotFound',
  invalid: 'saveFailedWrite',
  unavailable: 'saveFailedUnavailable',
};

export function HighlightsSection({ channel }: { channel: HighlightsChannel }) {
  const [annotations, setAnnotations] = useState<StoredAnnotation[] | null>(null);
  const [orphans, setOrphans] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<{ text: string; kind: 'info' | 'error' } | null>(null);
  const [undo, setUndo] = useState<DeletedAnnotation | null>(null);
  const [failed, setFailed] = useState(false);

  async function refresh(): Promise<void> {
    const [list, status] = await Promise.all([channel.list(), channel.status()]);
    setFailed(list === null);
    setAnnotations(list ?? []);
    setOrphans(new Set(status?.orphans ?? []));
  }

  useEffect(() => {
    void refresh();
  }, []);

  async function afterChange(text: string): Promise<void> {
    setMessage({ text, kind: 'info' });
    await channel.notifyChanged();
    await refresh();
  }

  async function saveSelection(): Promise<void> {
    const outcome = await channel.saveSelection();
    if (outcome.status === 'saved') await afterChange(t('highlightSaved'));
    else if (outcome.status === 'no-selection') setMessage({ text: t('noSelection'), kind: 'info' });
    else setMessage({ text: t(FAILURE_TEXT[outcome.error]), kind: 'error' });
  }

  async function saveEdit(annotation: StoredAnnotation, note: string, tags: string[]): Promise<boolean> {
    const result = await channel.edit({ type: 'update-highlight', id: annotation.id, note, tags });
    if (!result.ok) {
      setMessage({ text: t(FAILURE_TEXT[result.error]), kind: 'error' });
      return false;
    }
    await afterChange(t('noteSaved'));
    return true;
  }

  async function remove(annotation: StoredAnnotation): Promise<void> {
    const result = await channel.edit({ type: 'delete-highlight', id: annotation.id });
    if (!result.ok) {
      setMessage({ text: t(FAILURE_TEXT[result.error]), kind: 'error' });
      return;
    }
    setUndo(result.value as DeletedAnnotation);
    await afterChange(t('highlightDeleted'));
  }

  async function restore(deleted: DeletedAnnotation): Promise<void> {
    const result = await channel.edit({ type: 'restore-highlight', deleted });
    if (!result.ok) {
      setMessage({ text: t(FAILURE_TEXT[result.error]), kind: 'error' });
      return;
    }
    setUndo(null);
    await afterChange(t('highlightSaved'));
  }

  const list = annotations ?? [];
  const placed = list.filter((a) => !orphans.has(a.id));
  const lost = list.filter((a) => orphans.has(a.id));
  const item = (annotation: StoredAnnotation, orphan: boolean) => (
    <HighlightItem
      key={`${annotation.id}:${annotation.modified}`}
      annotation={annotation}
      orphan={orphan}
      onReveal={() => void channel.reveal(annotation.id)}
      onSave={(note, tags) => saveEdit(annotation, note, tags)}
      onDelete={() => void remove(annotation)}
    />
  );

  return (
    <section class="section highlights" aria-labelledby="highlights-heading" data-state={annotations === null ? 'loading' : 'loaded'}>
      <h2 class="section__heading" id="highlights-heading">
        {t('highlightsHeading')}
        <button type="button" class="button button--primary" data-action="save-selection" onClick={() => void saveSelection()}>
          {t('saveSelectionButton')}
        </button>
      </h2>
      <p class="highlights__message" role="status" data-kind={message?.kind} hidden={!message && !undo}>
        {message?.text}
        {undo && (
          <button type="button" class="button" data-action="undo" onClick={() => void restore(undo)}>
            {t('undo')}
          </button>
        )}
      </p>
      {failed && <p class="section__empty">{t('highlightListFailed')}</p>}
      {annotations !== null && list.length === 0 && !failed && <p class="section__empty">{t('highlightsNone')}</p>}
      {placed.length > 0 && (
        <ul class="highlights__list" data-list="placed">
          {placed.map((a) => item(a, false))}
        </ul>
      )}
      {lost.length > 0 && (
        <>
          <h3 class="highlights__subheading">{t('orphansHeading')}</h3>
          <p class="section__hint">{t('orphansHint')}</p>
          <ul class="highlights__list" data-list="orphans">
            {lost.map((a) => item(a, true))}
          </ul>
        </>
      )}
    </section>
  );
}
