// The listed articles, a page at a time: a search can match thousands of
// passages, and rendering them all at once would stall the page for the
// reader who only looks at the first screen.
import { useState } from 'preact/hooks';
import type { StoredAnnotation } from '../../../store/model.ts';
import type { ArticleMatch } from '../../../store/query/index.ts';
import type { ManagerDataSource } from '../data-source.ts';
import { t } from '../i18n.ts';
import { ArticleCard } from './ArticleCard.tsx';
import type { ToastMessage } from './Toast.tsx';

export const ARTICLES_PER_PAGE = 50;

/**
 * Whether the cards' passages are open. A new object each time the reader
 * presses 全部展开 / 全部收起 or the query changes: every card follows it,
 * then each card can be toggled on its own until the next one.
 */
export interface Expansion {
  open: boolean;
}

interface ArticleListProps {
  matches: ArticleMatch[];
  /** Changes when the reader changes the query or the order (not when a passage is edited or deleted). */
  resetKey: string;
  expansion: Expansion;
  selected: ReadonlySet<string>;
  onToggle: (ids: readonly string[], on: boolean) => void;
  onEdited: (annotation: StoredAnnotation) => void;
  onDelete: (id: string) => void;
  source: ManagerDataSource;
  notify: (toast: ToastMessage) => void;
}

export function ArticleList({ matches, resetKey, expansion, selected, onToggle, onEdited, onDelete, source, notify }: ArticleListProps) {
  const [shown, setShown] = useState(ARTICLES_PER_PAGE);
  // A new query starts at its top again; a delete or an edit keeps the reader
  // where they were. Adjusted during render, not in an effect, so the first
  // render after a change already shows the right slice.
  const [shownFor, setShownFor] = useState(resetKey);
  if (shownFor !== resetKey) {
    setShownFor(resetKey);
    setShown(ARTICLES_PER_PAGE);
  }
  const remaining = matches.length - shown;
  return (
    <>
      <ul class="articles">
        {matches.slice(0, shown).map((match) => (
          <ArticleCard
            key={match.article.url}
            match={match}
            expansion={expansion}
            selected={selected}
            onToggle={onToggle}
            onEdited={onEdited}
            onDelete={onDelete}
            source={source}
            notify={notify}
          />
        ))}
      </ul>
      {remaining > 0 && (
        <button type="button" class="more" onClick={() => setShown(shown + ARTICLES_PER_PAGE)}>
          {t('mgrShowMoreArticles', Math.min(ARTICLES_PER_PAGE, remaining), remaining)}
        </button>
      )}
    </>
  );
}
