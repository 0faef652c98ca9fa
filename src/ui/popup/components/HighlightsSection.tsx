// 我的标注: the current page's highlights in reading order, then the ones the
// page no longer contains (orphans, with their text: never dropped). It comes
// first in the popup: a reader who has highlighted a page comes back for them.
// A page without highlights gets one line on how to make one (with the
// shortcut the browser has now), so the analysis keeps its room.
// 保存选中内容 lives in the popup header (SaveSelectionButton).
import type { StoredAnnotation } from '../../../store/model.ts';
import { plural, t } from '../../shared/i18n.ts';
import type { HighlightsState } from '../use-highlights.ts';
import { useSaveShortcut } from '../use-shortcut.ts';
import { HighlightItem } from './HighlightItem.tsx';

export function SaveSelectionButton({ state }: { state: HighlightsState }) {
  return (
    <button type="button" class="hl-button hl-button--primary popup__save" data-action="save-selection" onClick={() => void state.saveSelection()}>
      {t('saveSelectionButton')}
    </button>
  );
}

export function HighlightsSection({ state }: { state: HighlightsState }) {
  const shortcut = useSaveShortcut();
  const list = state.annotations ?? [];
  const { message, undo } = state;
  if (list.length === 0 && !message && !undo && !state.listFailed && state.unsaved === 0) {
    if (state.annotations === null) return null;
    return (
      <p class="highlights__hint" data-field="highlight-hint">
        {shortcut ? t('highlightsNoneShortcut', shortcut) : t('highlightsNone')}
      </p>
    );
  }
  const placed = list.filter((a) => !state.orphans.has(a.id));
  const lost = list.filter((a) => state.orphans.has(a.id));
  const item = (annotation: StoredAnnotation, orphan: boolean) => (
    <HighlightItem
      key={`${annotation.id}:${annotation.modified}`}
      annotation={annotation}
      orphan={orphan}
      changedTo={orphan ? undefined : state.changed.get(annotation.id)}
      onReveal={() => state.reveal(annotation)}
      onSave={(note, tags) => state.saveEdit(annotation, note, tags)}
      onDelete={() => void state.remove(annotation)}
    />
  );

  return (
    <section class="section highlights" aria-labelledby="highlights-heading">
      <h2 class="section__heading" id="highlights-heading">
        {t('highlightsHeading')}
        {list.length > 0 && <span class="section__hint">{list.length}</span>}
      </h2>
      {(message || undo) && (
        <p class="highlights__message" role="status" data-kind={message?.kind}>
          {message?.text}
          {undo && (
            <button type="button" class="hl-button" data-action="undo" onClick={() => void state.restore(undo)}>
              {t('undo')}
            </button>
          )}
        </p>
      )}
      {state.unsaved > 0 && (
        <p class="highlights__message" data-kind="error" data-field="unsaved">
          {plural('unsavedHighlights', state.unsaved)}
        </p>
      )}
      {state.listFailed && <p class="section__empty">{t('highlightListFailed')}</p>}
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
