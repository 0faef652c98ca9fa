// An analysed page: verdict, headline, metadata, formulations, key points.
// Shown for every article, party-building or not (metadata and summary are
// useful either way); pages that are not single articles get NotArticleView.
import type { ArticleAnalysis } from '../../../core/types.ts';
import type { RevealResult } from '../../../extension/messages.ts';
import { t } from '../../shared/i18n.ts';
import { FormulationList } from './FormulationList.tsx';
import { KeyPoints } from './KeyPoints.tsx';
import { MetadataList } from './MetadataList.tsx';
import { VerdictBanner } from './VerdictBanner.tsx';

interface ArticleViewProps {
  analysis: ArticleAnalysis;
  reveal: (text: string, occurrence: number) => Promise<RevealResult | null>;
}

export function ArticleView({ analysis, reveal }: ArticleViewProps) {
  return (
    <article class="article" data-state="analysed">
      <VerdictBanner verdict={analysis.partyBuilding} />
      <h1
        class="article__title"
        data-field="title"
        data-empty={analysis.metadata.title === null ? 'true' : undefined}
        title={analysis.metadata.title ?? undefined}
      >
        {analysis.metadata.title ?? t('titleMissing')}
      </h1>
      <MetadataList metadata={analysis.metadata} summary={analysis.summary} />
      <FormulationList slogans={analysis.slogans} reveal={reveal} />
      <KeyPoints points={analysis.summary.keyPoints} />
    </article>
  );
}
