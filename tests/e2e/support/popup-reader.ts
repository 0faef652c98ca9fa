// Read back what the popup displays, field by field, in the shape of the
// analysis, so a test can compare it with analyze() for the same page.
import type { Page } from 'playwright-core';
import type { ArticleAnalysis } from '../../../src/core/types.ts';
import { formatPublishedAt } from '../../../src/ui/shared/format.ts';
import { shownMetadataFields } from '../../../src/ui/popup/components/MetadataList.tsx';

export interface DisplayedAnalysis {
  detected: boolean;
  reasons: string[];
  title: string | null;
  metadata: Record<string, string | null>;
  length: { chars: number; minutes: number; paragraphs: number };
  slogans: { text: string; count: number; kind: string }[];
  keyPoints: string[];
}

export async function readPopup(popup: Page): Promise<DisplayedAnalysis> {
  const more = popup.locator('.formulations__more');
  if ((await more.count()) > 0 && (await more.getAttribute('aria-expanded')) === 'false') await more.click();
  return popup.evaluate(() => {
    const one = (selector: string) => document.querySelector<HTMLElement>(selector);
    const texts = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)].map((node) => node.textContent ?? '');
    const metadata: Record<string, string | null> = {};
    for (const field of ['source', 'author', 'editor', 'publishedAt', 'siteName', 'publisher']) {
      const cell = one(`dd[data-field="${field}"]`);
      metadata[field] = cell?.dataset.empty === 'true' ? null : (cell?.textContent ?? null);
    }
    const length = one('dd[data-field="length"]')?.dataset ?? {};
    return {
      detected: one('[data-field="verdict"]')?.dataset.detected === 'true',
      reasons: texts('[data-field="reasons"] li'),
      title: one('[data-field="title"]')?.dataset.empty === 'true' ? null : (one('[data-field="title"]')?.textContent ?? ''),
      metadata,
      length: { chars: Number(length.chars), minutes: Number(length.minutes), paragraphs: Number(length.paragraphs) },
      slogans: [...document.querySelectorAll<HTMLButtonElement>('button.formulation')].map((button) => ({
        text: button.dataset.text ?? '',
        count: Number(button.dataset.count),
        kind: button.dataset.kind ?? '',
      })),
      keyPoints: texts('[data-field="keyPoints"] li'),
    };
  });
}

/** What the popup must show for `analysis`: the same values, dates as formatPublishedAt shows them. */
export function expectedDisplay(analysis: ArticleAnalysis): DisplayedAnalysis {
  const { metadata } = analysis;
  const shown = shownMetadataFields(metadata);
  const ifShown = (field: keyof typeof metadata) => (shown.has(field) ? metadata[field] : null);
  return {
    detected: analysis.partyBuilding.detected,
    reasons: analysis.partyBuilding.reasons,
    title: metadata.title,
    metadata: {
      source: ifShown('source'),
      author: ifShown('author'),
      editor: ifShown('editor'),
      publishedAt: metadata.publishedAt === null || !shown.has('publishedAt') ? null : formatPublishedAt(metadata.publishedAt),
      siteName: ifShown('siteName'),
      publisher: ifShown('publisher'),
    },
    length: {
      chars: analysis.summary.charCount,
      minutes: analysis.summary.readingMinutes,
      paragraphs: analysis.summary.paragraphs,
    },
    slogans: analysis.slogans.map(({ text, count, kind }) => ({ text, count, kind })),
    keyPoints: analysis.summary.keyPoints,
  };
}
