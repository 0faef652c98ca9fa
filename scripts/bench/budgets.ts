// The budgets of issue 6, as checks over the measured figures. A row is
// "met" when the figure is within its limit; every row is printed and saved.
export interface BudgetRow {
  budget: string;
  value: number;
  limit: number;
  unit: 'ms' | 'KB' | '×';
  met: boolean;
}

export function budgetRow(budget: string, value: number, limit: number, unit: BudgetRow['unit']): BudgetRow {
  return { budget, value, limit, unit, met: Number.isFinite(value) && value <= limit };
}

export const LIMITS = {
  /** Our analysis time over Readability's (with the clone it needs), on the median corpus page. */
  analysisVsReadability: 0.5,
  bailOutMs: 0.5,
  anchor100Ms: 50,
  anchor500Ms: 250,
  longestTaskMs: 50,
  saveMs: 10,
  searchMs: 50,
  exportMs: 1000,
  contentMinifiedKB: 40,
  contentGzippedKB: 15,
  popupMinifiedKB: 60,
} as const;
