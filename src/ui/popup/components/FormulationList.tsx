// Key formulations (提法) with their counts. Each is a button: a click asks
// the page to scroll to and flash the next occurrence; the result ("2 / 5",
// or "not found") is announced in a live region that takes the heading's
// hint place, so it costs no height: the article view must fit 600 px.
// A formulation the lexicon explains is also a disclosure (aria-expanded):
// a click or keyboard focus opens its 释义 and source document on a card
// under the list. In the popup the card lies over what follows the list (the
// article view must still fit 600 px with it open); in the side panel it
// takes its own place there. Escape, or focus or a click elsewhere, closes it.
import type { TargetedFocusEvent, TargetedKeyboardEvent } from 'preact';
import { useRef, useState } from 'preact/hooks';
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
  const [openGloss, setOpenGloss] = useState<{ text: string; top: number } | null>(null);
  const glossary = useGlossary();
  const section = useRef<HTMLElement>(null);
  /** Set while Escape gives the chip its focus back: that focus must not open the card again. */
  const refocusing = useRef(false);
  const glossOpen = openGloss ? glossary?.entryFor(openGloss.text) : undefined;
  const shown = showAll ? slogans : slogans.slice(0, INITIALLY_SHOWN);

  /** Opens the 释义 of `text` under the list (never over another formulation), or closes the card when it has none. */
  function showGlossOf(text: string, chip: HTMLElement): void {
    const box = section.current?.getBoundingClientRect();
    const list = chip.closest('ul');
    if (!box || !list || !glossary?.entryFor(text)) {
      setOpenGloss(null);
      return;
    }
    setOpenGloss({ text, top: Math.round(list.getBoundingClientRect().bottom - box.top + 4) });
  }

  function closeGlossOnFocusLeaving(event: TargetedFocusEvent<HTMLElement>): void {
    // Focus going to another window (the page, beside the side panel) is not the reader leaving the card.
    if (!document.hasFocus()) return;
    // Onto the card, or onto another chip (which opens its own 释义 or closes this one).
    const next = event.relatedTarget;
    if (next instanceof Element && event.currentTarget.contains(next) && next.closest('.formulation, .formulation-gloss')) return;
    setOpenGloss(null);
  }

  function closeGlossOnEscape(event: TargetedKeyboardEvent<HTMLElement>): void {
    if (event.key !== 'Escape' || !openGloss) return;
    event.preventDefault();
    const chip = [...event.currentTarget.querySelectorAll<HTMLElement>('button.formulation')].find((b) => b.dataset.text === openGloss.text);
    setOpenGloss(null);
    refocusing.current = true;
    chip?.focus();
    refocusing.current = false;
  }

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
    <section
      class="section section--formulations"
      aria-labelledby="formulations-heading"
      ref={section}
      onFocusOut={closeGlossOnFocusLeaving}
      onKeyDown={closeGlossOnEscape}
    >
      <h2 class="section__heading" id="formulations-heading">
        {t('formulationsHeading')}
        {slogans.length > 0 && !announcement.text && <span class="section__hint">{t('formulationsHint')}</span>}
      </h2>
      {slogans.length === 0 ? (
        <p class="section__empty">{t('formulationsNone')}</p>
      ) : (
        <ul class="formulations" data-field="slogans">
          {shown.map((slogan) => {
            const glossed = glossary?.entryFor(slogan.text) !== undefined;
            return (
              <li key={slogan.text}>
                <button
                  type="button"
                  class={glossed ? 'formulation formulation--glossed' : 'formulation'}
                  data-text={slogan.text}
                  data-count={slogan.count}
                  data-kind={slogan.kind}
                  aria-label={plural('formulationButtonLabel', slogan.count, slogan.text)}
                  aria-expanded={glossed ? openGloss?.text === slogan.text : undefined}
                  aria-controls={glossed ? GLOSS_ID : undefined}
                  onFocus={(event) => {
                    // Keyboard focus opens it; a mouse press focuses too, and its click decides.
                    if (!refocusing.current && event.currentTarget.matches(':focus-visible')) showGlossOf(slogan.text, event.currentTarget);
                  }}
                  onClick={(event) => {
                    showGlossOf(slogan.text, event.currentTarget);
                    void onActivate(slogan.text);
                  }}
                >
                  <span class="formulation__text">{slogan.text}</span>
                  <span class="formulation__count" aria-hidden="true">
                    {slogan.count}
                  </span>
                </button>
              </li>
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
      {openGloss && glossOpen && <GlossCard entry={glossOpen} top={openGloss.top} />}
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

const GLOSS_ID = 'formulation-gloss';

function GlossCard({ entry, top }: { entry: GlossaryEntry; top: number }) {
  return (
    <div class="formulation-gloss" id={GLOSS_ID} data-field="gloss" role="region" aria-label={t('formulationGlossLabel', entry.text)} tabIndex={-1} style={{ top: `${top}px` }}>
      <p class="formulation-gloss__text">
        <span class="formulation-gloss__tag">{t('formulationGlossTag')}</span>
        {entry.gloss}
      </p>
      <p class="formulation-gloss__source">{t('formulationGlossSource', entry.sourceTitle)}</p>
    </div>
  );
}
