/**
 * Where the health reads evaluations from, behind one small interface so the evaluations feature can be
 * wired in without touching the health. Until a table `agreement_evaluations(agreement_id, period_year)`
 * exists, the source says "not recorded" (null) and no agreement is flagged for a missing evaluation.
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.js';
import { textArray } from '../../auth/record-access.js';

export type EvaluationSource = {
  /** Evaluations per agreement held in a budget year; agreements without any are absent. */
  countsInYear(agreementIds: readonly string[], year: number): Promise<Map<string, number>>;
  /**
   * SQL true for an agreement (the `agreements` row in scope) with fewer than `required` evaluations in
   * the budget year: what "evaluations due" counts.
   */
  belowMinimum(year: number, required: number): SQL;
};

/** The evaluations table's source when the table exists, else null (evaluations not recorded). */
export async function evaluationSource(db: Db): Promise<EvaluationSource | null> {
  const [found] = await queryRows<{ present: boolean }>(
    db,
    sql`select to_regclass('agreement_evaluations') is not null as present`,
  );
  if (!found?.present) return null;
  return {
    async countsInYear(agreementIds, year) {
      if (agreementIds.length === 0) return new Map();
      const rows = await queryRows<{ agreement_id: string; count: string | number }>(
        db,
        sql`select agreement_id::text as agreement_id, count(*) as count from agreement_evaluations
            where agreement_id = any(${textArray(agreementIds)}::uuid[]) and period_year = ${year}
            group by agreement_id`,
      );
      return new Map(rows.map((row) => [row.agreement_id, Number(row.count)]));
    },
    belowMinimum(year, required) {
      return sql`(select count(*) from agreement_evaluations e
        where e.agreement_id = "agreements"."id" and e.period_year = ${year}) < ${required}`;
    },
  };
}
