// What one run of the bench measured: the shape of bench-results.json.
import type { BudgetRow } from './budgets.ts';
import type { BundleSizes } from './bundle-sizes.ts';
import type { StorageFigures } from './extension/storage.ts';
import type { AnalysisFigures } from './page/analysis.ts';
import type { AnchoringFigures } from './page/anchoring.ts';
import type { BailOutFigures } from './page/bail-out.ts';

export type PageResult<T> = { file: string } & ({ ok: true; figures: T } | { ok: false; error: string });

export interface BenchResults {
  date: string;
  chromium: string;
  machine: { cpus: number; node: string };
  /** Modules replaced for this run (--substitute); empty for a run of the code as it is. */
  substitutes: Record<string, string>;
  analysis: PageResult<AnalysisFigures>[];
  bailOut: PageResult<BailOutFigures>[];
  anchoring: (AnchoringFigures & { file: string }) | { file: string; error: string } | null;
  storage: StorageFigures | { error: string } | null;
  sizes: BundleSizes | null;
  budgets: BudgetRow[];
}
