// The state behind 我的标注 and 保存选中内容: the page's highlights, which are
// orphans, the last outcome message and the undo of the last delete. Every
// change goes to the background (the only writer); the page is then told to
// repaint and the list is read again. A failure is said in words. Changes
// made elsewhere (the page's toolbar, the manager, another tab) are read
// again as they are stored, so an open popup or side panel stays current.
import { useEffect, useState } from 'preact/hooks';
import type { HighlightFailure } from '../../extension/messages.ts';
import type { StoredAnnotation } from '../../store/model.ts';
import type { DeletedAnnotation } from '../../store/repository.ts';
import { t, type MessageKey } from '../shared/i18n.ts';
import { watchLibraryChanges } from '../shared/library-change-watch.ts';
import type { HighlightsChannel } from './highlights-channel.ts';

/** A save in the page writes three records at once: one read after them, soon enough to look immediate. */
const CHANGE_QUIET_MS = 60;

const FAILURE_TEXT: Record<HighlightFailure['error'], MessageKey> = {
  quota: 'saveFailedQuota',
  'write-failed': 'saveFailedWrite',
  'not-found': 'saveFailedNotFound',
  invalid: 'saveFailedWrite',
  unavailable: 'saveFailedUnavailable',
};

export interface HighlightsState {
  /** null until the first answer. */
  annotations: StoredAnnotation[] | null;
  orphans: ReadonlySet<string>;
  /** Highlights placed over text that changed since they were saved: id -> the text they cover now (原文已变). */
  changed: ReadonlyMap<string, string>;
  /** Saves that failed in the page and wait there for 重试. */
  unsaved: number;
  listFailed: boolean;
  message: { text: string; kind: 'info' | 'error' } | null;
  undo: DeletedAnnotation | null;
  saveSelection(): Promise<void>;
  saveEdit(annotation: StoredAnnotation, note: string, tags: string[]): Promise<boolean>;
  remove(annotation: StoredAnnotation): Promise<void>;
  restore(deleted: DeletedAnnotation): Promise<void>;
  reveal(annotation: StoredAnnotation): void;
}

export function useHighlights(channel: HighlightsChannel | null): HighlightsState {
  const [annotations, setAnnotations] = useState<StoredAnnotation[] | null>(null);
  const [orphans, setOrphans] = useState<ReadonlySet<string>>(new Set());
  const [changed, setChanged] = useState<ReadonlyMap<string, string>>(new Map());
  const [unsaved, setUnsaved] = useState(0);
  const [listFailed, setListFailed] = useState(false);
  const [message, setMessage] = useState<HighlightsState['message']>(null);
  const [undo, setUndo] = useState<DeletedAnnotation | null>(null);

  async function refresh(): Promise<void> {
    if (!channel) return;
    const [list, status] = await Promise.all([channel.list(), channel.status()]);
    setListFailed(list === null);
    setAnnotations(list ?? []);
    setOrphans(new Set(status?.orphans ?? []));
    setChanged(new Map((status?.changed ?? []).map(({ id, current }) => [id, current])));
    setUnsaved(status?.unsaved ?? 0);
  }

  useEffect(() => {
    void refresh();
    if (!channel) return undefined;
    return watchLibraryChanges(() => void refresh(), CHANGE_QUIET_MS);
  }, [channel]);

  async function afterChange(text: string): Promise<void> {
    setMessage({ text, kind: 'info' });
    await channel?.notifyChanged();
    await refresh();
  }

  const fail = (error: HighlightFailure['error']) => setMessage({ text: t(FAILURE_TEXT[error]), kind: 'error' });

  return {
    annotations,
    orphans,
    changed,
    unsaved,
    listFailed,
    message,
    undo,
    async saveSelection() {
      if (!channel) return;
      const outcome = await channel.saveSelection();
      if (outcome.status === 'saved') await afterChange(t('highlightSaved'));
      else if (outcome.status === 'exists') setMessage({ text: t('alreadyHighlighted'), kind: 'info' });
      else if (outcome.status === 'no-selection') setMessage({ text: t('noSelection'), kind: 'info' });
      else if (outcome.status === 'too-long') setMessage({ text: t('selectionTooLong'), kind: 'error' });
      else if (outcome.status === 'switched-off') setMessage({ text: t('siteSwitchedOff'), kind: 'info' });
      else fail(outcome.error);
    },
    async saveEdit(annotation, note, tags) {
      if (!channel) return false;
      const result = await channel.edit({ type: 'update-highlight', id: annotation.id, note, tags });
      if (!result.ok) {
        fail(result.error);
        return false;
      }
      await afterChange(t('noteSaved'));
      return true;
    },
    async remove(annotation) {
      if (!channel) return;
      const result = await channel.edit({ type: 'delete-highlight', id: annotation.id });
      if (!result.ok) return fail(result.error);
      setUndo(result.value as DeletedAnnotation);
      await afterChange(t('highlightDeleted'));
    },
    async restore(deleted) {
      if (!channel) return;
      const result = await channel.edit({ type: 'restore-highlight', deleted });
      if (!result.ok) return fail(result.error);
      setUndo(null);
      await afterChange(t('highlightSaved'));
    },
    reveal(annotation) {
      void channel?.reveal(annotation.id);
    },
  };
}
