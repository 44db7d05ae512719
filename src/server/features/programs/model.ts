/**
 * A program's budget in figures: totals per budget year and overall, with the share realised. Pure,
 * so the detail answer, the list and the CSV export compute them the same way.
 */
import type { BudgetLine } from '../../../domain/records/schema.js';

export type BudgetTotals = {
  budget: number;
  /** Sum of the realisations entered; lines without one count as nothing realised yet. */
  realisation: number;
  /** Realisation as a share of the budget, in percent with one decimal; null when the budget is 0. */
  realisationPercent: number | null;
};

export type YearTotals = BudgetTotals & { year: number; note: string | null; realisationEntered: boolean };

/** Realisation in percent of the budget, one decimal (null without a budget to divide by). */
export function realisationPercent(budget: number, realisation: number): number | null {
  return budget > 0 ? Math.round((realisation / budget) * 1000) / 10 : null;
}

/** Totals per budget year (ascending) and over all years. */
export function budgetTotals(lines: readonly BudgetLine[]): { years: YearTotals[]; overall: BudgetTotals } {
  const years = [...lines]
    .sort((a, b) => a.year - b.year)
    .map((line) => {
      const realisation = line.realisation ?? 0;
      return {
        year: line.year,
        budget: line.budget,
        realisation,
        realisationPercent: realisationPercent(line.budget, realisation),
        note: line.note,
        realisationEntered: line.realisation !== null,
      };
    });
  const budget = years.reduce((sum, line) => sum + line.budget, 0);
  const realisation = years.reduce((sum, line) => sum + line.realisation, 0);
  return {
    years,
    overall: { budget, realisation, realisationPercent: realisationPercent(budget, realisation) },
  };
}
