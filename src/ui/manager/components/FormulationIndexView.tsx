// The cross-article formulation index: each formulation with in how many
// articles and how often it occurs, opening onto those articles and the
// reader's passages that contain it; one button narrows the article list to it.
import { useMemo, useState } from 'preact/hooks';
import { buildFormulationIndex, filterFormulations, type FormulationEntry, type IndexedAnnotation, type IndexedArticle, type LibraryIndex } from '../../../store/query/index.ts';
import type { GlossaryEntry } from '../../shared/glossary.ts';
import { useGlossary } from '../../shared/use-glossary.ts';
import { plural, t } from '../i18n.ts';
import { safeHttpUrl } from '../safe-url.ts';

const FORMULATIONS_PER_PAGE = 100;
/** Passages shown under an opened formulation; the article list (filtered by it) shows them all. */
const PASSAGES_SHOWN = 50;

interface PassageRef {
  passage: IndexedAnnotation;
  article: IndexedArticle;
}

export function FormulationIndexView({ index, onShowInLibrary }: { index: LibraryIndex; onShowInLibrary: (text: string) => void }) {
  const entries = useMemo(() => buildFormulationIndex(index), [index]);
  const passages = useMemo(() => {
    const byId = new Map<string, PassageRef>();
    for (const article of index.articles) for (const passage of article.annotations) byId.set(passage.annotation.id, { passage, article });
    return byId;
  }, [index]);
  const glossary = useGlossary();
  const [find, setFind] = useState('');
  const [shown, setShown] = useState(FORMULATIONS_PER_PAGE);
  const listed = useMemo(() => filterFormulations(entries, find), [entries, find]);
  const remaining = listed.length - shown;

  if (entries.length === 0) return <p class="notice">{t('mgrFormulationsEmpty')}</p>;
  return (
    <div class="formulations">
      <p class="formulations__intro">{t('mgrFormulationsIntro')}</p>
      <label class="filters__field">
        <span class="filters__label">{t('mgrFormulationFind')}</span>
        <input
          type="search"
          value={find}
          onInput={(e) => {
            setFind(e.currentTarget.value);
            setShown(FORMULATIONS_PER_PAGE);
          }}
        />
      </label>
      {listed.length === 0 && <p class="notice">{t('mgrFormulationsNoMatch')}</p>}
      <ul class="formulations__list">
        {listed.slice(0, shown).map((entry) => (
          <FormulationRow key={entry.text} entry={entry} gloss={glossary?.entryFor(entry.text)} passages={passages} onShowInLibrary={onShowInLibrary} />
        ))}
      </ul>
      {remaining > 0 && (
        <button type="button" class="more" onClick={() => setShown(shown + FORMULATIONS_PER_PAGE)}>
          {plural('mgrShowMoreFormulations', Math.min(FORMULATIONS_PER_PAGE, remaining), remaining)}
        </button>
      )}
    </div>
  );
}

interface FormulationRowProps {
  entry: FormulationEntry;
  /** Its 释义 and source document, when the lexicon has one. */
  gloss: GlossaryEntry | undefined;
  passages: Map<string, PassageRef>;
  onShowInLibrary: (text: string) => void;
}

function FormulationRow({ entry, gloss, passages, onShowInLibrary }: FormulationRowProps) {
  const [open, setOpen] = useState(false);
  const detailsId = `formulation-${encodeURIComponent(entry.text)}`;
  return (
    <li class="formulation" data-formulation={entry.text}>
      <button type="button" class="formulation__toggle" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)}>
        <span class="formulation__text">{entry.text}</span>
        <span class="formulation__stats">{t('mgrFormulationStats', plural('mgrCountArticles', entry.articleCount), plural('mgrCountTimes', entry.occurrences), plural('mgrCountHighlights', entry.passageIds.length))}</span>
      </button>
      {open && (
        <div class="formulation__details" id={detailsId}>
          {gloss && (
            <div class="formulation__gloss" data-field="gloss">
              <h3>{t('mgrFormulationGlossHeading')}</h3>
              <p class="formulation__gloss-text">{gloss.gloss}</p>
              <p class="formulation__gloss-source">{t('mgrFormulationGlossSource', gloss.sourceTitle)}</p>
            </div>
          )}
          <h3>{t('mgrFormulationArticlesHeading')}</h3>
          <ul class="formulation__articles">
            {entry.articles.map((article) => {
              const href = safeHttpUrl(article.url);
              return (
                <li key={article.url}>
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      {article.title}
                    </a>
                  ) : (
                    article.title
                  )}
                  <span class="formulation__count">{t('mgrOccurrencesInArticle', article.count)}</span>
                </li>
              );
            })}
          </ul>
          <h3>{t('mgrFormulationPassagesHeading')}</h3>
          {entry.passageIds.length === 0 ? (
            <p class="notice">{t('mgrFormulationNoPassages')}</p>
          ) : (
            <ul class="formulation__passages">
              {entry.passageIds.slice(0, PASSAGES_SHOWN).map((id) => {
                const ref = passages.get(id);
                if (!ref) return null;
                return (
                  <li key={id} class={`passage passage--${ref.passage.color}`}>
                    <blockquote class="passage__quote">{ref.passage.quote}</blockquote>
                    <p class="passage__source">— {ref.article.title}</p>
                  </li>
                );
              })}
            </ul>
          )}
          {entry.passageIds.length > PASSAGES_SHOWN && (
            <p class="notice">{plural('mgrFormulationMorePassages', entry.passageIds.length - PASSAGES_SHOWN)}</p>
          )}
          <button type="button" onClick={() => onShowInLibrary(entry.text)}>
            {t('mgrFormulationShowInLibrary')}
          </button>
        </div>
      )}
    </li>
  );
}
