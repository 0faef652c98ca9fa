// The article list with its search box, filters, sort, export menu and bulk
// actions. The query itself is store/query's; this component holds the
// reader's choices and the selection.
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  annotationIdsOf,
  EMPTY_FILTER,
  isFilterActive,
  libraryFacets,
  normalizeForSearch,
  parseSearchTerms,
  queryLibrary,
  type ArticleSort,
  type LibraryFilter,
  type LibraryIndex,
} from '../../../store/query/index.ts';
import type { ManagerDataSource } from '../data-source.ts';
import { plural, t } from '../i18n.ts';
import { errorText, type LibraryHandle } from '../state/use-library.ts';
import { TYPING_DELAY_MS, useDebouncedValue } from '../state/use-debounced-value.ts';
import { ArticleList, type Expansion } from './ArticleList.tsx';
import { BulkBar } from './BulkBar.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { FilterBar } from './FilterBar.tsx';
import { MarkTermsContext, type MarkTerms } from './Marked.tsx';
import { SearchBox } from './SearchBox.tsx';
import type { ToastMessage } from './Toast.tsx';

interface LibraryViewProps {
  index: LibraryIndex;
  source: ManagerDataSource;
  library: LibraryHandle;
  filter: LibraryFilter;
  /** Takes an updater, so two changes in one frame do not overwrite each other. */
  onFilterChange: (update: (filter: LibraryFilter) => LibraryFilter) => void;
  sort: ArticleSort;
  onSortChange: (sort: ArticleSort) => void;
  notify: (toast: ToastMessage) => void;
}

export function LibraryView({ index, source, library, filter, onFilterChange, sort, onSortChange, notify }: LibraryViewProps) {
  const [searchText, setSearchText] = useState(filter.query);
  // The query the page already holds needs no wait (cleared by 清除筛选).
  const query = useDebouncedValue(searchText, TYPING_DELAY_MS, searchText === filter.query);
  const effectiveFilter = useMemo(() => ({ ...filter, query }), [filter, query]);
  useEffect(() => {
    if (query !== filter.query) onFilterChange((current) => ({ ...current, query }));
  }, [query]); // eslint-disable-line react-hooks/exhaustive-deps

  const result = useMemo(() => queryLibrary(index, effectiveFilter, sort), [index, effectiveFilter, sort]);
  const facets = useMemo(() => libraryFacets(index), [index]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const active = isFilterActive(effectiveFilter);
  const resetKey = `${JSON.stringify(effectiveFilter)}|${sort}`;
  const [expansion, setExpansion] = useState<Expansion>({ open: active });
  // A new query opens its matches (or closes them when it is cleared) until the reader says otherwise.
  const [expansionFor, setExpansionFor] = useState(resetKey);
  if (expansionFor !== resetKey) {
    setExpansionFor(resetKey);
    setExpansion({ open: active });
  }
  const markTerms = useMemo<MarkTerms>(
    () => ({
      search: parseSearchTerms(effectiveFilter.query),
      formulation: effectiveFilter.formulation ? normalizeForSearch(effectiveFilter.formulation.trim()) : null,
    }),
    [effectiveFilter.query, effectiveFilter.formulation],
  );

  // The selection never holds passages that are gone (deleted, or edited out of the library).
  useEffect(() => {
    setSelected((current) => {
      if (current.size === 0) return current;
      const ids = new Set(index.library.annotations.map((a) => a.id));
      const present = new Set([...current].filter((id) => ids.has(id)));
      return present.size === current.size ? current : present;
    });
  }, [index]);

  const toggle = (ids: readonly string[], on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  };

  /** Deletes at once and offers 撤销 in the toast: the one delete path, for one passage or a selection. */
  const deleteWithUndo = async (ids: readonly string[]): Promise<boolean> => {
    try {
      const deleted = await source.deleteAnnotations(ids);
      library.applyDeleted(deleted);
      notify({
        text: t('mgrDeletedToast', plural('mgrCountHighlights', deleted.length)),
        action: {
          label: t('mgrUndo'),
          run: () => {
            void source.restoreAnnotations(deleted).then(
              () => {
                library.applyRestored(deleted);
                notify({ text: t('mgrRestoredToast', plural('mgrCountHighlights', deleted.length)) });
              },
              (error: unknown) => notify({ text: t('mgrActionFailed', errorText(error)), tone: 'error' }),
            );
          },
        },
      });
      return true;
    } catch (error) {
      notify({ text: t('mgrActionFailed', errorText(error)), tone: 'error' });
      return false;
    }
  };

  const deleteSelected = async () => {
    setConfirming(false);
    if (await deleteWithUndo([...selected])) setSelected(new Set());
  };

  if (index.library.annotations.length === 0 && index.articles.length === 0) {
    return <p class="notice">{t('mgrEmptyLibrary')}</p>;
  }

  return (
    <div class="library">
      <div class="library__tools">
        <SearchBox value={searchText} onSearch={setSearchText} />
        <FilterBar
          filter={effectiveFilter}
          facets={facets}
          sort={sort}
          onSortChange={onSortChange}
          onChange={(change) => onFilterChange((current) => ({ ...current, ...change }))}
          onClear={() => {
            setSearchText('');
            onFilterChange(() => EMPTY_FILTER);
          }}
          active={active}
        />
        <ExportMenu library={index.library} result={result} filtered={active} filter={effectiveFilter} source={source} notify={notify} />
      </div>
      <div class="library__summary">
        <p class="library__counts" role="status" aria-live="polite">
          {active
            ? t('mgrResultCounts', plural('mgrCountArticles', result.articles.length), plural('mgrCountHighlights', result.annotationCount))
            : t('mgrLibraryCounts', plural('mgrCountArticles', result.articles.length), plural('mgrCountHighlights', result.annotationCount))}
        </p>
        {result.annotationCount > 0 && (
          <div class="library__expand">
            <button type="button" class="link-button" data-action="expand-all" onClick={() => setExpansion({ open: true })}>
              {t('mgrExpandAll')}
            </button>
            <button type="button" class="link-button" data-action="collapse-all" onClick={() => setExpansion({ open: false })}>
              {t('mgrCollapseAll')}
            </button>
          </div>
        )}
      </div>
      {selected.size > 0 && (
        <BulkBar
          count={selected.size}
          onSelectAll={() => toggle(annotationIdsOf(result), true)}
          onClear={() => setSelected(new Set())}
          onDelete={() => setConfirming(true)}
        />
      )}
      {result.articles.length === 0 ? (
        <p class="notice">{t('mgrNoResults')}</p>
      ) : (
        <MarkTermsContext.Provider value={markTerms}>
          <ArticleList
            matches={result.articles}
            resetKey={resetKey}
            expansion={expansion}
            selected={selected}
            onToggle={toggle}
            onEdited={library.applyUpdated}
            onDelete={(id) => void deleteWithUndo([id])}
            source={source}
            notify={notify}
          />
        </MarkTermsContext.Provider>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('mgrConfirmDeleteTitle')}
          body={t('mgrConfirmDeleteBody', plural('mgrCountHighlights', selected.size))}
          confirmLabel={t('mgrConfirmDelete')}
          onConfirm={() => void deleteSelected()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
