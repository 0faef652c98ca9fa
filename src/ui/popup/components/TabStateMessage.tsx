// The popup's messages for every state that has no article to show.
import { useState } from 'preact/hooks';
import type { ArticleAnalysis } from '../../../core/types.ts';
import { StateMessage } from '../../shared/StateMessage.tsx';
import { t, type MessageKey } from '../../shared/i18n.ts';
import type { UnreadableReason } from '../tab-view.ts';

const UNREADABLE_TEXT: Record<UnreadableReason, MessageKey> = {
  'browser-page': 'cannotReadBrowserPage',
  'error-page': 'cannotReadErrorPage',
  'store-page': 'cannotReadStorePage',
  pdf: 'cannotReadPdf',
  file: 'cannotReadFile',
};

export function Analysing() {
  return <StateMessage tone="busy" heading={t('stateAnalysing')} testId="analysing" />;
}

export function CannotRead({ reason }: { reason: UnreadableReason }) {
  return (
    <StateMessage tone="info" heading={t(reason === 'error-page' ? 'stateErrorPage' : 'stateCannotRead')} testId="cannot-read">
      <p data-reason={reason}>{t(UNREADABLE_TEXT[reason])}</p>
    </StateMessage>
  );
}

export function NeedsReload({ onReload }: { onReload: () => void }) {
  return (
    <StateMessage tone="warning" heading={t('stateNeedsReload')} testId="needs-reload">
      <p>{t('needsReloadExplanation')}</p>
      <button type="button" class="button" onClick={onReload}>
        {t('reloadButton')}
      </button>
    </StateMessage>
  );
}

/** The prefilter found too little Chinese text: say that (an English page is not "not an article"). */
export function NotCandidate() {
  return (
    <StateMessage tone="info" heading={t('stateNotChinese')} testId="not-chinese">
      <p>{t('notCandidateExplanation')}</p>
    </StateMessage>
  );
}

/** Analysed, but a list, index or encyclopedia page rather than a single article. */
export function NotArticle({ analysis }: { analysis: ArticleAnalysis }) {
  const name = analysis.metadata.siteName ?? analysis.metadata.title;
  return (
    <StateMessage tone="info" heading={t('stateNotArticle')} testId="not-article">
      <p>{t('notArticleExplanation')}</p>
      {name && <p class="state__detail" data-field="siteName">{name}</p>}
    </StateMessage>
  );
}

/** A site the reader switched off in the settings: say so, and offer to switch it back on here. */
export function SwitchedOff({ host, onSwitchOn }: { host: string; onSwitchOn: () => Promise<string | null> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const switchOn = async () => {
    setBusy(true);
    const failure = await onSwitchOn();
    setBusy(false);
    setError(failure);
  };
  return (
    <StateMessage tone="info" heading={t('siteSwitchedOff')} testId="switched-off">
      <p>{t('siteSwitchedOffExplanation', host)}</p>
      <button type="button" class="button" disabled={busy} onClick={() => void switchOn()}>
        {t('switchSiteBackOn')}
      </button>
      {error && (
        <p class="state__detail" role="alert">
          {t('switchSiteBackOnFailed', error)}
        </p>
      )}
    </StateMessage>
  );
}

export function Failed({ error }: { error: string }) {
  return (
    <StateMessage tone="warning" heading={t('stateFailed')} testId="failed">
      <p class="state__detail">{error}</p>
    </StateMessage>
  );
}
