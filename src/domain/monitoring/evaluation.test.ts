import { describe, expect, it } from 'vitest';
import { defaultAgreementRules, type AgreementRules } from '../agreements/rules';
import { issuesFromZod } from '../agreements/issues';
import {
  agreementPeriods,
  evaluationInputSchema,
  evaluationPatchSchema,
  evaluationSummary,
  parsePeriodKey,
  periodIssues,
  periodOf,
  periodsOfYear,
  periodsPerYear,
} from './evaluation';

const rulesWith = (minEvaluationsPerBudgetYear: number): AgreementRules => ({
  ...defaultAgreementRules,
  minEvaluationsPerBudgetYear,
});
const agreement = { validFrom: '2025-03-01', validUntil: '2027-02-28', signingDate: '2025-02-20' };

describe('evaluation periods', () => {
  it('cuts the budget year into semesters by default, the year or quarters when the rule says', () => {
    expect(periodsOfYear(2026).map((period) => period.key)).toEqual(['2026-S1', '2026-S2']);
    expect(periodsOfYear(2026)[1]).toEqual({
      key: '2026-S2',
      year: 2026,
      start: '2026-07-01',
      end: '2026-12-31',
      dueDate: '2027-01-30',
    });
    expect(periodsOfYear(2026, rulesWith(1)).map((period) => period.key)).toEqual(['2026']);
    expect(periodsOfYear(2026, rulesWith(0)).map((period) => period.key)).toEqual(['2026']);
    expect(periodsOfYear(2026, rulesWith(4)).map((period) => period.end)).toEqual([
      '2026-03-31',
      '2026-06-30',
      '2026-09-30',
      '2026-12-31',
    ]);
    expect(periodsOfYear(2026, rulesWith(4))[2]!.key).toBe('2026-Q3');
    // 5 evaluations a year do not cut the year evenly: six two-month periods hold them.
    expect(periodsPerYear(rulesWith(5))).toBe(6);
    expect(periodsOfYear(2026, rulesWith(12))[9]!.key).toBe('2026-M10');
  });

  it('reads a period key only under the rules that make it', () => {
    expect(parsePeriodKey('2026-S2')?.start).toBe('2026-07-01');
    expect(parsePeriodKey('2026-S3')).toBeNull();
    expect(parsePeriodKey('2026')).toBeNull();
    expect(parsePeriodKey('2026', rulesWith(1))?.end).toBe('2026-12-31');
    expect(parsePeriodKey('2026-Q4', rulesWith(4))?.start).toBe('2026-10-01');
    expect(parsePeriodKey('2026-Q4')).toBeNull();
    expect(parsePeriodKey('semester 1')).toBeNull();
    expect(parsePeriodKey('1999-S1')).toBeNull();
    expect(periodOf('2026-06-30').key).toBe('2026-S1');
  });

  it('refuses a period outside the validity, not begun, or malformed, as EVALUATION_PERIOD_INVALID', () => {
    expect(periodIssues('2025-S1', agreement, '2026-12-07')).toEqual([]);
    const reasons = (key: string) =>
      periodIssues(key, agreement, '2026-12-07').map((issue) => [
        issue.code,
        issue.field,
        issue.params?.reason,
      ]);
    expect(reasons('2024-S2')).toEqual([['EVALUATION_PERIOD_INVALID', 'period', 'outside_validity']]);
    expect(reasons('2027-S2')).toEqual([['EVALUATION_PERIOD_INVALID', 'period', 'outside_validity']]);
    expect(periodIssues('2027-S1', agreement, '2027-01-02')).toEqual([]);
    expect(reasons('2027-S1')).toEqual([['EVALUATION_PERIOD_INVALID', 'period', 'not_begun']]);
    expect(reasons('2026-Q1')).toEqual([['EVALUATION_PERIOD_INVALID', 'period', 'not_a_period']]);
  });

  it('lists the periods of an agreement up to today, within its validity', () => {
    expect(agreementPeriods(agreement, '2026-08-01').map((period) => period.key)).toEqual([
      '2025-S1',
      '2025-S2',
      '2026-S1',
      '2026-S2',
    ]);
    expect(agreementPeriods(agreement, '2030-01-01').at(-1)!.key).toBe('2027-S1');
    expect(
      agreementPeriods({ validFrom: null, validUntil: null, signingDate: null }, '2026-08-01'),
    ).toHaveLength(1);
    expect(agreementPeriods({ ...agreement, validFrom: '2027-01-01' }, '2026-08-01')).toEqual([]);
  });

  it('summarises what is done and due with the rules helpers', () => {
    const summary = evaluationSummary(
      agreement,
      [
        { period: '2025-S1', evaluatorRole: 'opd_pelaksana' },
        { period: '2026-S1', evaluatorRole: 'bagian_kerja_sama' },
        { period: '2026-S1', evaluatorRole: 'mitra' },
      ],
      '2026-08-01',
    );
    expect(summary.periods.map((period) => [period.key, period.status])).toEqual([
      ['2025-S1', 'done'],
      ['2025-S2', 'terlambat'],
      ['2026-S1', 'done'],
      ['2026-S2', 'berjalan'],
    ]);
    expect(summary.periods[2]!.evaluatorRoles).toEqual(['bagian_kerja_sama', 'mitra']);
    // Two evaluations of one period count once against the rule's minimum of two.
    expect(summary.progress).toEqual({ year: 2026, done: 1, required: 2, missing: 1 });
    expect(summary.due).toEqual(['2025-S2', '2026-S2']);
    // 2025-S2 is past its due date: it is overdue, not the next deadline, which is 2026-S2's.
    expect(summary.nextDueDate).toBe('2027-01-30');
    expect(summary.overdueSince).toBe('2026-01-30');
    expect(summary.nextReport.dueDate).toBe('2027-01-30');
    expect(summary.hasEvaluationThisYear).toBe(true);
    const early = evaluationSummary(agreement, [], '2026-07-15');
    expect(early.periods.find((period) => period.key === '2026-S1')!.status).toBe('jatuh_tempo');
    expect(early.hasEvaluationThisYear).toBe(false);
    expect(early.overdueSince).toBe('2025-07-30');
    expect(early.nextDueDate).toBe('2026-07-30');
  });
});

describe('evaluation input', () => {
  const valid = {
    period: '2026-S1',
    evaluatorRole: 'opd_pelaksana',
    indicators: [{ name: 'Peserta pelatihan', unit: 'orang', baseline: 0, target: 100, actual: 85.5 }],
    ratings: { manfaat: 4 },
    evidenceLinks: [{ url: 'https://example.go.id/laporan.pdf' }],
  };
  const codes = (input: unknown) => {
    const parsed = evaluationInputSchema.safeParse(input);
    return parsed.success ? [] : issuesFromZod(parsed.error.issues).map((issue) => [issue.code, issue.field]);
  };

  it('accepts an evaluation with typed indicator values', () => {
    const parsed = evaluationInputSchema.parse(valid);
    expect(parsed.indicators[0]).toEqual({
      name: 'Peserta pelatihan',
      unit: 'orang',
      baseline: 0,
      target: 100,
      actual: 85.5,
    });
    expect(parsed.narrative).toBeNull();
    expect(
      evaluationInputSchema.parse({ ...valid, indicators: [{ name: 'x', unit: '%' }] }).indicators[0],
    ).toEqual({
      name: 'x',
      unit: '%',
      baseline: null,
      target: null,
      actual: null,
    });
  });

  it('gives each bad input its code and field', () => {
    expect(codes({ ...valid, indicators: [{ name: 'Peserta', actual: 3 }] })).toEqual([
      ['INDICATOR_UNIT_REQUIRED', 'indicators.0.unit'],
    ]);
    expect(codes({ ...valid, indicators: [{ name: 'Peserta', unit: '  ' }] })).toEqual([
      ['INDICATOR_UNIT_REQUIRED', 'indicators.0.unit'],
    ]);
    expect(
      codes({ ...valid, indicators: [valid.indicators[0], { name: 'Jalan', unit: 'km', actual: '12' }] }),
    ).toEqual([['INDICATOR_VALUE_NOT_NUMBER', 'indicators.1.actual']]);
    expect(codes({ ...valid, indicators: [{ name: 'Jalan', unit: 'km', target: Number.NaN }] })).toEqual([
      ['INDICATOR_VALUE_NOT_NUMBER', 'indicators.0.target'],
    ]);
    expect(codes({ ...valid, ratings: { manfaat: 6, koordinasi: 0, anggaran: 2.5 } })).toEqual([
      ['RATING_OUT_OF_RANGE', 'ratings.manfaat'],
      ['RATING_OUT_OF_RANGE', 'ratings.koordinasi'],
      ['RATING_OUT_OF_RANGE', 'ratings.anggaran'],
    ]);
    expect(codes({ ...valid, ratings: { kepuasan: 3 } })).toEqual([['UNKNOWN_FIELD', 'ratings']]);
    expect(codes({ ...valid, evaluatorRole: 'gubernur' })).toEqual([['INVALID_VALUE', 'evaluatorRole']]);
  });

  it('patches only what is sent', () => {
    expect(evaluationPatchSchema.parse({ version: 2, narrative: 'Baik' })).toEqual({
      version: 2,
      narrative: 'Baik',
    });
    expect(evaluationPatchSchema.safeParse({ version: 2, evaluatorRole: 'mitra' }).success).toBe(false);
  });
});
