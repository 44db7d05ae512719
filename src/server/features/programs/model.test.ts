import { describe, expect, it } from 'vitest';
import { budgetTotals, realisationPercent } from './model';

describe('program budget totals', () => {
  it('sums per year (ascending) and overall, counting a missing realisation as nothing realised', () => {
    const totals = budgetTotals([
      { year: 2026, budget: 200, realisation: null, note: null },
      { year: 2025, budget: 300, realisation: 100, note: 'APBD-P' },
    ]);
    expect(totals.years).toEqual([
      {
        year: 2025,
        budget: 300,
        realisation: 100,
        realisationPercent: 33.3,
        note: 'APBD-P',
        realisationEntered: true,
      },
      {
        year: 2026,
        budget: 200,
        realisation: 0,
        realisationPercent: 0,
        note: null,
        realisationEntered: false,
      },
    ]);
    expect(totals.overall).toEqual({ budget: 500, realisation: 100, realisationPercent: 20 });
  });

  it('has no percentage without a budget', () => {
    expect(realisationPercent(0, 10)).toBeNull();
    expect(budgetTotals([]).overall).toEqual({ budget: 0, realisation: 0, realisationPercent: null });
  });
});
