// The manager page (also the options page): every annotated article, search
// and filters, the formulation index, import, settings. Data comes only
// through the ManagerDataSource it is given.
import type { ComponentChildren } from 'preact';
import { useCallback, useRef, useState } from 'preact/hooks';
import { EMPTY_FILTER, type ArticleSort, type LibraryFilter } from '../../store/query/index.ts';
import { ConfirmDialog } from './components/ConfirmDialog.tsx';
import { FormulationIndexView } from './components/FormulationIndexView.tsx';
import { ImportPanel } from './components/ImportPanel.tsx';
import { LibraryView } from './components/LibraryView.tsx';
import { SectionTabs, type ManagerSection } from './components/SectionTabs.tsx';
import { SettingsPanel } from './components/SettingsPanel.tsx';
import { Toast, type ToastMessage } from './components/Toast.tsx';
import type { ManagerDataSource } from './data-source.ts';
import { plural, t } from './i18n.ts';
import { useLibrary } from './state/use-library.ts';

interface ManagerProps {
  source: ManagerDataSource;
  initialSection?: ManagerSection;
}

export function Manager({ source, initialSection = 'library' }: ManagerProps) {
  const library = useLibrary(source);
  const [section, showSection] = useState<ManagerSection>(initialSection);
  // Settings changed but not saved: leaving the tab asks first (the panel itself guards closing the page).
  const settingsUnsaved = useRef(false);
  const onSettingsUnsaved = useCallback((unsaved: boolean) => {
    settingsUnsaved.current = unsaved;
  }, []);
  const [leavingFor, setLeavingFor] = useState<ManagerSection | null>(null);
  const setSection = (next: ManagerSection) => {
    if (section === 'settings' && next !== 'settings' && settingsUnsaved.current) setLeavingFor(next);
    else showSection(next);
  };
  const [filter, setFilter] = useState<LibraryFilter>(EMPTY_FILTER);
  const [sort, setSort] = useState<ArticleSort>('saved');
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const dismissToast = useCallback(() => setToast(null), []);

  const showFormulationInLibrary = (text: string) => {
    setFilter({ ...EMPTY_FILTER, formulation: text });
    setSection('library');
  };

  return (
    <div class="manager">
      <header class="manager__header">
        <img src="icons/icon-32.png" width={24} height={24} alt="" />
        <h1 class="manager__title">{t('mgrHeading')}</h1>
        {library.index && (
          <span class="manager__counts">{t('mgrLibraryCounts', plural('mgrCountArticles', library.index.articles.length), plural('mgrCountHighlights', library.index.annotationCount))}</span>
        )}
      </header>
      <SectionTabs current={section} onSelect={setSection} />
      <main class="manager__body">
        <section id="panel-library" role="tabpanel" aria-labelledby="tab-library" hidden={section !== 'library'}>
          {section === 'library' && (
            <LoadGate library={library}>
              {library.index && (
                <LibraryView
                  index={library.index}
                  source={source}
                  filter={filter}
                  onFilterChange={setFilter}
                  sort={sort}
                  onSortChange={setSort}
                  library={library}
                  notify={setToast}
                />
              )}
            </LoadGate>
          )}
        </section>
        <section id="panel-formulations" role="tabpanel" aria-labelledby="tab-formulations" hidden={section !== 'formulations'}>
          {section === 'formulations' && (
            <LoadGate library={library}>
              {library.index && <FormulationIndexView index={library.index} onShowInLibrary={showFormulationInLibrary} />}
            </LoadGate>
          )}
        </section>
        <section id="panel-import" role="tabpanel" aria-labelledby="tab-import" hidden={section !== 'import'}>
          {section === 'import' && <ImportPanel source={source} onImported={() => void library.reload()} />}
        </section>
        <section id="panel-settings" role="tabpanel" aria-labelledby="tab-settings" hidden={section !== 'settings'}>
          {section === 'settings' && <SettingsPanel source={source} onUnsavedChange={onSettingsUnsaved} />}
        </section>
      </main>
      {leavingFor && (
        <ConfirmDialog
          title={t('mgrUnsavedSettingsTitle')}
          body={t('mgrUnsavedSettingsBody')}
          confirmLabel={t('mgrDiscardChanges')}
          cancelLabel={t('mgrKeepEditing')}
          onConfirm={() => {
            setLeavingFor(null);
            showSection(leavingFor);
          }}
          onCancel={() => setLeavingFor(null)}
        />
      )}
      {toast && <Toast message={toast} onDismiss={dismissToast} />}
    </div>
  );
}

function LoadGate({ library, children }: { library: ReturnType<typeof useLibrary>; children: ComponentChildren }) {
  const { load } = library;
  if (load.status === 'loading') {
    return (
      <p class="notice" role="status">
        {t('mgrLoading')}
      </p>
    );
  }
  if (load.status === 'failed') {
    return (
      <div class="notice notice--error" role="alert">
        <p>{t('mgrLoadFailed', load.error)}</p>
        <button type="button" onClick={() => void library.reload()}>
          {t('mgrRetry')}
        </button>
      </div>
    );
  }
  return <>{children}</>;
}
