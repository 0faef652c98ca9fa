import { t } from '../../shared/i18n.ts';

export function KeyPoints({ points }: { points: string[] }) {
  return (
    <section class="section" aria-labelledby="key-points-heading">
      <h2 class="section__heading" id="key-points-heading">{t('keyPointsHeading')}</h2>
      {points.length === 0 ? (
        <p class="section__empty">{t('keyPointsNone')}</p>
      ) : (
        <ol class="key-points" data-field="keyPoints">
          {points.map((point, index) => (
            <li key={index}>{point}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
