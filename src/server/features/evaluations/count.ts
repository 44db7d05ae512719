/**
 * The one count of evaluations: how many periods of a budget year an agreement was evaluated in. A
 * period counts in the budget year it starts in, once whoever evaluated it; deleted evaluations do
 * not count. Health (per record and in full), the home, the oversight view, the due list of the
 * evaluations feature and the reminders all count through here.
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.js';
import { textArray } from '../../auth/record-access.js';

/** The evaluations of periods starting in `year`, not deleted (`e` is agreement_evaluations). */
function inYear(year: number): SQL {
  const from = `${String(year).padStart(4, '0')}-01-01`;
  const to = `${String(year + 1).padStart(4, '0')}-01-01`;
  return sql`e.deleted_at is null and e.period_start >= ${from}::date and e.period_start < ${to}::date`;
}

/** SQL: the number of periods of `year` evaluated of the agreement whose id is `agreementId`. */
export function evaluatedPeriodsOf(agreementId: SQL, year: number): SQL {
  return sql`(select count(distinct e.period) from agreement_evaluations e
    where e.agreement_id = ${agreementId} and ${inYear(year)})`;
}

/** SQL true when the agreement `agreementId` has an evaluation (not deleted) of the period `periodKey`. */
export function periodEvaluated(agreementId: SQL, periodKey: SQL): SQL {
  return sql`exists (select 1 from agreement_evaluations e
    where e.agreement_id = ${agreementId} and e.period = ${periodKey} and e.deleted_at is null)`;
}

/**
 * SQL true for an agreement (its id is `agreementId`) with fewer than `required` periods of `year`
 * evaluated: what "evaluations due" counts.
 */
export function evaluationsBelow(agreementId: SQL, year: number, required: number): SQL {
  return sql`${evaluatedPeriodsOf(agreementId, year)} < ${required}`;
}

/** SQL of a relation (agreement_id, count): every agreement with periods of `year` evaluated. */
export function evaluatedPeriodCounts(year: number): SQL {
  return sql`select e.agreement_id, count(distinct e.period) as count from agreement_evaluations e
    where ${inYear(year)} group by e.agreement_id`;
}

/** SQL of a relation (agreement_id): the agreements with at least one period of `year` evaluated. */
export function evaluatedAgreementIds(year: number): SQL {
  return sql`select e.agreement_id from agreement_evaluations e where ${inYear(year)}`;
}

/** Periods of `year` evaluated per agreement among `agreementIds`; agreements without any are absent. */
export async function evaluatedPeriodCountsOf(
  db: Db,
  agreementIds: readonly string[],
  year: number,
): Promise<Map<string, number>> {
  if (agreementIds.length === 0) return new Map();
  const rows = await queryRows<{ agreement_id: string; count: string | number }>(
    db,
    sql`select e.agreement_id::text as agreement_id, count(distinct e.period) as count
        from agreement_evaluations e
        where e.agreement_id = any(${textArray(agreementIds)}::uuid[]) and ${inYear(year)}
        group by e.agreement_id`,
  );
  return new Map(rows.map((row) => [row.agreement_id, Number(row.count)]));
}
