/**
 * Where the health, the home and the oversight view read evaluations from, behind one small interface:
 * how many periods of a budget year an agreement was evaluated in.
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

/**
 * The evaluations of agreements (table agreement_evaluations, the evaluations feature): a period
 * counts in the budget year it starts in; deleted evaluations do not count.
 */
export function evaluationSource(db: Db): EvaluationSource {
  return {
    async countsInYear(agreementIds, year) {
      if (agreementIds.length === 0) return new Map();
      const rows = await queryRows<{ agreement_id: string; count: string | number }>(
        db,
        sql`select agreement_id::text as agreement_id, count(distinct period) as count from agreement_evaluations
            where agreement_id = any(${textArray(agreementIds)}::uuid[])
              and extract(year from period_start) = ${year} and deleted_at is null
            group by agreement_id`,
      );
      return new Map(rows.map((row) => [row.agreement_id, Number(row.count)]));
    },
    belowMinimum(year, required) {
      return sql`(select count(distinct e.period) from agreement_evaluations e
        where e.agreement_id = "agreements"."id" and extract(year from e.period_start) = ${year}
          and e.deleted_at is null) < ${required}`;
    },
  };
}
