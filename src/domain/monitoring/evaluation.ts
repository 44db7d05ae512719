/**
 * Monitoring and evaluation of an agreement (issue 12): periodic evaluations, by default twice per
 * budget year. The number of periods follows the rule `minEvaluationsPerBudgetYear` (rules.ts): the year
 * is cut into the smallest number of equal periods that holds that many evaluations (1: the year "2026",
 * 2: semesters "2026-S1", 3: four-month periods "2026-C1", 4: quarters "2026-Q1", 6: two-month
 * periods "2026-B1", 12: months "2026-M01"). An evaluation is written by one of three evaluators: the
 * implementing OPD (indicators and problems), the Bagian Kerja Sama (ratings per aspect and the
 * narrative) or the partner (its rating and notes).
 *
 * Their words are the UI's (`eval.role.*`, `eval.aspect.*` in src/web/i18n/evaluations.*.ts).
 *
 * Input checks give stable issue codes (agreements/issues.ts): EVALUATION_PERIOD_INVALID,
 * INDICATOR_UNIT_REQUIRED, INDICATOR_VALUE_NOT_NUMBER, RATING_OUT_OF_RANGE.
 */
import { z } from 'zod';
import { addDays, addMonths } from '../agreements/dates';
import type { IsoDate } from '../agreements/dates';
import { makeIssue } from '../agreements/issues';
import type { Issue } from '../agreements/issues';
import { defaultAgreementRules, evaluationProgress, nextReportingDeadline } from '../agreements/rules';
import type { AgreementRules, ReportingPeriod } from '../agreements/rules';
import { optionalText } from '../agreements/schema';
import { linkSchema } from '../records/schema';

/** Who evaluates: the implementing OPD, the Bagian Kerja Sama of a party region, or the partner. */
export const evaluatorRoles = ['opd_pelaksana', 'bagian_kerja_sama', 'mitra'] as const;
export type EvaluatorRole = (typeof evaluatorRoles)[number];
export const evaluatorRoleSchema = z.enum(evaluatorRoles);

/** The aspects rated 1 to 5. */
export const evaluationAspects = [
  'manfaat',
  'pelaksanaan',
  'koordinasi',
  'anggaran',
  'keberlanjutan',
] as const;
export type EvaluationAspect = (typeof evaluationAspects)[number];

/** The lowest and highest rating of an aspect. */
export const ratingRange = { min: 1, max: 5 } as const;

// ---------------------------------------------------------------------------------------------
// Periods

/** Numbers of periods a budget year may be cut into (equal whole months), with their key letter. */
const periodSchemes = [
  { count: 1, letter: '' },
  { count: 2, letter: 'S' },
  { count: 3, letter: 'C' },
  { count: 4, letter: 'Q' },
  { count: 6, letter: 'B' },
  { count: 12, letter: 'M' },
] as const;
type PeriodScheme = (typeof periodSchemes)[number];

/** The scheme holding at least `minEvaluationsPerBudgetYear` periods (0 or 1: the whole year). */
function schemeOf(rules: AgreementRules): PeriodScheme {
  const wanted = Math.max(1, rules.minEvaluationsPerBudgetYear);
  return periodSchemes.find((scheme) => scheme.count >= wanted) ?? periodSchemes[periodSchemes.length - 1]!;
}

/** Evaluation periods per budget year under the rules. */
export function periodsPerYear(rules: AgreementRules = defaultAgreementRules): number {
  return schemeOf(rules).count;
}

/** One evaluation period: its key ("2026-S1"), first and last day, and the day its evaluation is due. */
export type EvaluationPeriod = { key: string; year: number; start: IsoDate; end: IsoDate; dueDate: IsoDate };

function periodAt(
  year: number,
  index: number,
  scheme: PeriodScheme,
  rules: AgreementRules,
): EvaluationPeriod {
  const months = 12 / scheme.count;
  const start = `${year}-${String(index * months + 1).padStart(2, '0')}-01`;
  const end = addDays(addMonths(start, months), -1);
  const suffix =
    scheme.count === 1
      ? ''
      : scheme.letter === 'M'
        ? `-M${String(index + 1).padStart(2, '0')}`
        : `-${scheme.letter}${index + 1}`;
  return {
    key: `${year}${suffix}`,
    year,
    start,
    end,
    dueDate: addDays(end, rules.reporting.dueDaysAfterPeriod),
  };
}

/** The evaluation periods of a budget year, in order. */
export function periodsOfYear(
  year: number,
  rules: AgreementRules = defaultAgreementRules,
): EvaluationPeriod[] {
  const scheme = schemeOf(rules);
  return Array.from({ length: scheme.count }, (_, index) => periodAt(year, index, scheme, rules));
}

const periodKeyPattern = /^(\d{4})(?:-([SCQBM])(\d{1,2}))?$/;

/** The period a key names under the rules, or null when the key is not one of its periods. */
export function parsePeriodKey(
  key: string,
  rules: AgreementRules = defaultAgreementRules,
): EvaluationPeriod | null {
  const match = periodKeyPattern.exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 2000 || year > 2100) return null;
  return periodsOfYear(year, rules).find((period) => period.key === key) ?? null;
}

/** The period a date falls in. */
export function periodOf(date: IsoDate, rules: AgreementRules = defaultAgreementRules): EvaluationPeriod {
  const year = Number(date.slice(0, 4));
  return periodsOfYear(year, rules).find((period) => period.start <= date && date <= period.end)!;
}

/** What an agreement's evaluation periods depend on. */
export type EvaluatedAgreement = {
  validFrom: IsoDate | null;
  validUntil: IsoDate | null;
  signingDate: IsoDate | null;
};

/** When an agreement's evaluations can begin: the start of validity, else the signing date. */
function evaluationStart(agreement: EvaluatedAgreement): IsoDate | null {
  return agreement.validFrom ?? agreement.signingDate;
}

/**
 * Why a period key is not a period of the agreement, or null when it is: not a key of the rules'
 * periods, outside the agreement's validity, or not begun yet on `today`.
 */
export function periodProblem(
  key: string,
  agreement: EvaluatedAgreement,
  today: IsoDate,
  rules: AgreementRules = defaultAgreementRules,
): 'not_a_period' | 'outside_validity' | 'not_begun' | null {
  const period = parsePeriodKey(key, rules);
  if (!period) return 'not_a_period';
  const from = evaluationStart(agreement);
  if (
    (from !== null && period.end < from) ||
    (agreement.validUntil !== null && period.start > agreement.validUntil)
  )
    return 'outside_validity';
  if (period.start > today) return 'not_begun';
  return null;
}

const periodMessages = {
  not_a_period: 'This is not an evaluation period: write it as the rules do, for example 2026-S1',
  outside_validity: 'The agreement is not in force during this period',
  not_begun: 'This period has not begun yet',
} as const;

/** The EVALUATION_PERIOD_INVALID issue of a period key, or none. */
export function periodIssues(
  key: string,
  agreement: EvaluatedAgreement,
  today: IsoDate,
  rules: AgreementRules = defaultAgreementRules,
): Issue[] {
  const problem = periodProblem(key, agreement, today, rules);
  if (!problem) return [];
  const example = periodsOfYear(Number(today.slice(0, 4)), rules)[0]!.key;
  return [
    makeIssue('EVALUATION_PERIOD_INVALID', 'error', 'period', periodMessages[problem], {
      reason: problem,
      example,
    }),
  ];
}

/**
 * The periods of the agreement up to `today` (begun, within its validity), oldest first. Without a start
 * (no validity, no signing date) only the current period counts.
 */
export function agreementPeriods(
  agreement: EvaluatedAgreement,
  today: IsoDate,
  rules: AgreementRules = defaultAgreementRules,
): EvaluationPeriod[] {
  const from = evaluationStart(agreement) ?? today;
  const until = agreement.validUntil !== null && agreement.validUntil < today ? agreement.validUntil : today;
  if (from > until) return [];
  const periods: EvaluationPeriod[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(until.slice(0, 4)); year++) {
    for (const period of periodsOfYear(year, rules)) {
      if (period.end >= from && period.start <= until) periods.push(period);
    }
  }
  return periods;
}

/** The state of one period of an agreement. */
export type PeriodStatus = EvaluationPeriod & {
  /** done: evaluated; berjalan: current, not yet evaluated; jatuh_tempo: ended, still within its due date; terlambat: past due. */
  status: 'done' | 'berjalan' | 'jatuh_tempo' | 'terlambat';
  evaluatorRoles: EvaluatorRole[];
};

/** Each period of the agreement up to today with whether it was evaluated, and by whom. */
export function periodStatuses(
  agreement: EvaluatedAgreement,
  evaluations: ReadonlyArray<{ period: string; evaluatorRole: EvaluatorRole }>,
  today: IsoDate,
  rules: AgreementRules = defaultAgreementRules,
): PeriodStatus[] {
  return agreementPeriods(agreement, today, rules).map((period) => {
    const roles = evaluatorRoles.filter((role) =>
      evaluations.some((evaluation) => evaluation.period === period.key && evaluation.evaluatorRole === role),
    );
    const status: PeriodStatus['status'] =
      roles.length > 0
        ? 'done'
        : period.end >= today
          ? 'berjalan'
          : period.dueDate >= today
            ? 'jatuh_tempo'
            : 'terlambat';
    return { ...period, status, evaluatorRoles: roles };
  });
}

/** The summary of an agreement's evaluations that the status endpoint and the dashboard show. */
export type EvaluationSummary = {
  periods: PeriodStatus[];
  /** Evaluations of the budget year of `today` against the rule's minimum (rules.evaluationProgress). */
  progress: { year: number; done: number; required: number; missing: number };
  /** Periods ended or current without an evaluation. */
  due: string[];
  /** The next due date still ahead of a period not evaluated yet (null: nothing due). */
  nextDueDate: IsoDate | null;
  /** The due date of the oldest period left unevaluated past its due date (null: none overdue). */
  overdueSince: IsoDate | null;
  /** The next report to the governor or the minister (rules.nextReportingDeadline). */
  nextReport: ReportingPeriod;
  hasEvaluationThisYear: boolean;
};

export function evaluationSummary(
  agreement: EvaluatedAgreement,
  evaluations: ReadonlyArray<{ period: string; evaluatorRole: EvaluatorRole }>,
  today: IsoDate,
  rules: AgreementRules = defaultAgreementRules,
): EvaluationSummary {
  const periods = periodStatuses(agreement, evaluations, today, rules);
  const year = Number(today.slice(0, 4));
  // One evaluation per period counts, whoever wrote it: dated by the period's start.
  const evaluatedStarts = [...new Set(evaluations.map((evaluation) => evaluation.period))]
    .map((key) => parsePeriodKey(key, rules)?.start)
    .filter((start): start is IsoDate => start !== undefined);
  const progress = evaluationProgress(evaluatedStarts, year, rules);
  const open = periods.filter((period) => period.status !== 'done');
  const earliestDue = (list: PeriodStatus[]) => list.map((period) => period.dueDate).sort()[0] ?? null;
  return {
    periods,
    progress: { year, ...progress },
    due: open.map((period) => period.key),
    nextDueDate: earliestDue(open.filter((period) => period.status !== 'terlambat')),
    overdueSince: earliestDue(open.filter((period) => period.status === 'terlambat')),
    nextReport: nextReportingDeadline(today, rules),
    hasEvaluationThisYear: evaluatedStarts.some((start) => start.startsWith(`${year}-`)),
  };
}

// ---------------------------------------------------------------------------------------------
// Input

/** An indicator value: a number, or null when not known. A string ("12") is refused, not converted. */
const indicatorValueSchema = z
  .unknown()
  .transform((value, context): number | null => {
    if (value === undefined || value === null) return null;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    context.addIssue({
      code: 'custom',
      message: 'An indicator value is a number',
      params: { code: 'INDICATOR_VALUE_NOT_NUMBER' },
    });
    return z.NEVER;
  })
  .optional()
  .transform((value) => value ?? null);

/** One indicator: name and unit required; baseline, target and the actual value of the period numeric. */
export const indicatorSchema = z
  .object({
    name: z.string().trim().min(1).max(300),
    unit: z.string().trim().max(50).optional(),
    baseline: indicatorValueSchema,
    target: indicatorValueSchema,
    actual: indicatorValueSchema,
  })
  .strict()
  .superRefine((indicator, context) => {
    if (!indicator.unit) {
      context.addIssue({
        code: 'custom',
        path: ['unit'],
        message: 'An indicator needs its unit (orang, km, %, dokumen ...)',
        params: { code: 'INDICATOR_UNIT_REQUIRED' },
      });
    }
  })
  .transform((indicator) => ({ ...indicator, unit: indicator.unit ?? '' }));
export type Indicator = z.output<typeof indicatorSchema>;

/** A rating of an aspect: a whole number from 1 to 5. */
const ratingSchema = z.unknown().transform((value, context): number => {
  if (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= ratingRange.min &&
    value <= ratingRange.max
  )
    return value;
  context.addIssue({
    code: 'custom',
    message: 'A rating is a whole number from 1 to 5',
    params: { code: 'RATING_OUT_OF_RANGE', min: ratingRange.min, max: ratingRange.max },
  });
  return z.NEVER;
});

const ratingsRecordSchema = z.partialRecord(z.enum(evaluationAspects), ratingSchema);
export const ratingsSchema = ratingsRecordSchema.default({});

/** The fields every evaluator may fill; which ones a form shows depends on the evaluator's role. */
export const evaluationFieldsSchema = z
  .object({
    period: z.string().trim().min(1).max(20),
    evaluatorRole: evaluatorRoleSchema,
    indicators: z.array(indicatorSchema).max(50).default([]),
    ratings: ratingsSchema,
    narrative: optionalText(10_000),
    problems: optionalText(10_000),
    followUp: optionalText(10_000),
    evidenceLinks: z.array(linkSchema).max(50).default([]),
  })
  .strict();

export const evaluationInputSchema = evaluationFieldsSchema;
export type EvaluationInput = z.output<typeof evaluationInputSchema>;

/** PATCH: any subset of the fields but the evaluator (absent fields keep their value), with the version edited. */
export const evaluationPatchSchema = z
  .object({
    period: evaluationFieldsSchema.shape.period.optional(),
    indicators: z.array(indicatorSchema).max(50).optional(),
    ratings: ratingsRecordSchema.optional(),
    narrative: optionalText(10_000).removeDefault().optional(),
    problems: optionalText(10_000).removeDefault().optional(),
    followUp: optionalText(10_000).removeDefault().optional(),
    evidenceLinks: z.array(linkSchema).max(50).optional(),
    version: z.int().min(1),
  })
  .strict();
export type EvaluationPatch = z.output<typeof evaluationPatchSchema>;
