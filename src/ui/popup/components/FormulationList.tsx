// Key formulations (提法) with their counts. Each is a button: a click asks
// the page to scroll to and flash the next occurrence; the result ("2 / 5",
// or "not found") is announced in a live region that takes the heading's
// hint place, so it costs no height: the article view must fit 600 px.
// A formulation the lexicon explains has a 释义 disclosure next to it: the
// quoted official wording and its document open below the list's row, one
// at a time, only when asked for (no height otherwise).
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { Slogan } from '../../../core/types.ts';
import type { RevealResult } from '../../../extension/messages.ts';
import type { GlossaryEntry } from '../../shared/glossary.ts';
import { plural, t } from '../../shared/i18n.ts';
import { useGlossary } from '../../shared/use-glossary.ts';
import { advance, nextRequest, type OccurrenceCursor } from '../occurrence-cycle.ts';

/** Shown before "show all": the leading ones, three short rows at 13 px text, so the article view still fits 600 px (10 took five rows and 672 px on the sample article). */
const INITIALLY_SHOWN = 6;

interface FormulationListProps {
  slogans: Slogan[];
  reveal: (text: string, occurrence: number) => Promise<RevealResult | null>;
}

export function FormulationList({ slogans, reveal }: FormulationListProps) {
  const [cursor, setCursor] = useState<OccurrenceCursor>(new Map());
  const [announcement, setAnnouncement] = useState<{ text: string; result: RevealResult | null }>({ text: '', result: null });
  const [showAll, setShowAll] = useState(false);
  const [openGloss, setOpenGloss] = useState<string | null>(null);
  const glossary = useGlossary();
  const shown = showAll ? slogans : slogans.slice(0, INITIALLY_SHOWN);

  async function onActivate(text: string): Promise<void> {
    const result = await reveal(text, nextRequest(cursor, text));
    if (!result) {
      setAnnouncement({ text: t('revealUnavailable'), result: null });
      return;
    }
    setCursor((current) => advance(current, text, result));
    setAnnouncement({
      text: result.total === 0 ? t('revealNotFound', text) : t('revealPosition', text, result.occurrence + 1, result.total),
      result,
    });
  }

  return (
    <section class="section section--formulations" aria-labelledby="formulations-heading">
      <h2 class="section__heading" id="formulations-heading">
        {t('formulationsHeading')}
        {slogans.length > 0 && !announcement.text && <span class="section__hint">{t('formulationsHint')}</span>}
      </h2>
      {slogans.length === 0 ? (
        <p class="section__empty">{t('formulationsNone')}</p>
      ) : (
        <ul class="formulations" data-field="slogans">
          {shown.map((slogan, i) => {
            const gloss = glossary?.entryFor(slogan.text);
            const glossId = `formulation-gloss-${i}`;
            const open = gloss !== undefined && openGloss === slogan.text;
            return (
              <Fragment key={slogan.text}>
                <li class="formulations__item">
                  <button
                    type="button"
                    class="formulation"
                    data-text={slogan.text}
                    data-count={slogan.count}
                    data-kind={slogan.kind}
                    aria-label={plural('formulationButtonLabel', slogan.count, slogan.text)}
                    onClick={() => void onActivate(slogan.text)}
                  >
                    <span class="formulation__text">{slogan.text}</span>
                    <span class="formulation__count" aria-hidden="true">
                      {slogan.count}
                    </span>
                  </button>
                  {gloss && (
                    <button
                      type="button"
                      class="formulation__gloss-toggle"
                      aria-expanded={open}
                      aria-controls={glossId}
                      aria-label={t('formulationGlossToggleLabel', slogan.text)}
                      data-gloss-for={slogan.text}
                      onClick={() => setOpenGloss(open ? null : slogan.text)}
                    >
                      {t('formulationGlossToggle')}
                    </button>
                  )}
                </li>
                {open && gloss && <GlossPanel id={glossId} entry={gloss} />}
              </Fragment>
            );
          })}
          {slogans.length > INITIALLY_SHOWN && (
            <li>
              <button type="button" class="formulations__more" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
                {showAll ? t('formulationsShowFewer') : t('formulationsShowAll', slogans.length)}
              </button>
            </li>
          )}
        </ul>
      )}
      <p
        class="formulations__status"
        role="status"
        aria-live="polite"
        data-field="reveal-status"
        data-occurrence={announcement.result ? announcement.result.occurrence + 1 : undefined}
        data-total={announcement.result?.total}
      >
        {announcement.text}
      </p>
    </section>
  );
}

function GlossPanel({ id, entry }: { id: string; entry: GlossaryEntry }) {
  return (
    <li class="formulation-gloss" id={id} data-field="gloss">
      <p class="formulation-gloss__text">{entry.gloss}</p>
      <p class="formulation-gloss__source">{t('formulationGlossSource', entry.sourceTitle)}</p>
    </li>
  );
}
