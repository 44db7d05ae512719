/**
 * The evaluation checks the dashboard, health and reminders call: the agreements in force missing an
 * evaluation of this budget year (`evaluationsDue`), and whether an agreement was evaluated this year.
 */
import type { Db } from '../../db/client.js';
import type { ReadScope } from '../../auth/record-access.js';
import type { AgreementRules } from '../../../domain/agreements/rules.js';
import { periodStatuses } from '../../../domain/monitoring/evaluation.js';
import { loadRules, todayIso } from '../agreements/rules.service.js';
import { evaluatedPeriodCountsOf } from './count.js';
import { findInForceWithPeriods } from './repo.js';

/** An agreement in force missing the evaluation of a period of the current budget year. */
export type DueEvaluation = {
  agreementId: string;
  title: string;
  partyRegionCodes: string[];
  /** Periods of this budget year, up to the current one, without an evaluation. */
  missingPeriods: string[];
  /** The earliest due date among them. */
  dueDate: string;
  overdue: boolean;
  hasEvaluationThisYear: boolean;
};

/**
 * Agreements in force on `asOf` that the scope reads and that miss an evaluation of the current
 * period or an earlier period of the same budget year (periods and due dates from the rules).
 */
export async function evaluationsDue(
  db: Db,
  scope: ReadScope,
  asOf: string = todayIso(),
  rules?: AgreementRules,
): Promise<DueEvaluation[]> {
  const ruleSet = rules ?? (await loadRules(db));
  const yearStart = `${asOf.slice(0, 4)}-01-01`;
  const rows = await findInForceWithPeriods(db, scope, asOf, yearStart);
  const due: DueEvaluation[] = [];
  for (const row of rows) {
    const evaluations = row.periods.map((period) => ({ period, evaluatorRole: 'opd_pelaksana' as const }));
    const missing = periodStatuses(row, evaluations, asOf, ruleSet).filter(
      (period) => period.start >= yearStart && period.status !== 'done',
    );
    if (missing.length === 0) continue;
    const dueDate = missing.map((period) => period.dueDate).sort()[0]!;
    due.push({
      agreementId: row.id,
      title: row.title,
      partyRegionCodes: row.partyRegionCodes,
      missingPeriods: missing.map((period) => period.key),
      dueDate,
      overdue: dueDate < asOf,
      hasEvaluationThisYear: Number(row.evaluatedThisYear) > 0,
    });
  }
  return due;
}

/** Per agreement id: whether an evaluation of a period of the budget year exists (default: this year). */
export async function hasEvaluationThisYear(
  db: Db,
  agreementIds: readonly string[],
  year: number = Number(todayIso().slice(0, 4)),
): Promise<Map<string, boolean>> {
  const counts = await evaluatedPeriodCountsOf(db, agreementIds, year);
  return new Map(agreementIds.map((id) => [id, (counts.get(id) ?? 0) > 0]));
}
