// Party-building detection: the verdict, its score and, on demand, the
// engine's reasons (a native <details>, so it opens with Enter/Space).
import type { PartyBuildingVerdict } from '../../../core/types.ts';
import { formatScore } from '../../shared/format.ts';
import { t } from '../../shared/i18n.ts';

export function VerdictBanner({ verdict }: { verdict: PartyBuildingVerdict }) {
  const detected = verdict.detected;
  return (
    <section class={`verdict ${detected ? 'verdict--detected' : 'verdict--not-detected'}`} data-field="verdict" data-detected={String(detected)}>
      <p class="verdict__line">
        <span class="verdict__label">{detected ? t('verdictPartyBuilding') : t('verdictNotPartyBuilding')}</span>
        <span class="verdict__score" title={t('verdictScoreHint')}>
          {t('verdictScore', formatScore(verdict.score))}
        </span>
      </p>
      {verdict.reasons.length > 0 && (
        <details class="verdict__reasons">
          <summary>{t('verdictReasons', verdict.reasons.length)}</summary>
          <ul data-field="reasons">
            {verdict.reasons.map((reason, index) => (
              <li key={index}>{reason}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
