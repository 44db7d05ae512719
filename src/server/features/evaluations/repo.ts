import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { agreementEvaluations, agreements } from '../../db/schema/index.js';
import { scopeCondition, type ReadScope } from '../../auth/record-access.js';
import { evaluatedPeriodsOf } from './count.js';
import { inForceStages } from '../../../domain/agreements/stages.js';

export type EvaluationRow = typeof agreementEvaluations.$inferSelect;
export type EvaluationInsert = typeof agreementEvaluations.$inferInsert;

export async function findEvaluation(db: Db, id: string): Promise<EvaluationRow | undefined> {
  const [row] = await db
    .select()
    .from(agreementEvaluations)
    .where(and(eq(agreementEvaluations.id, id), isNull(agreementEvaluations.deletedAt)));
  return row;
}

/** The evaluations of an agreement, newest period first. */
export async function findEvaluationsOf(db: Db, agreementId: string): Promise<EvaluationRow[]> {
  return db
    .select()
    .from(agreementEvaluations)
    .where(and(eq(agreementEvaluations.agreementId, agreementId), isNull(agreementEvaluations.deletedAt)))
    .orderBy(
      desc(agreementEvaluations.periodStart),
      asc(agreementEvaluations.evaluatorRole),
      asc(agreementEvaluations.createdAt),
    );
}

export async function insertEvaluation(db: Db, values: EvaluationInsert): Promise<EvaluationRow> {
  const [row] = await db.insert(agreementEvaluations).values(values).returning();
  return row!;
}

/** Updates when the stored version is still `version`; undefined when someone else changed it first. */
export async function updateEvaluationRow(
  db: Db,
  id: string,
  version: number,
  values: Partial<EvaluationInsert>,
): Promise<EvaluationRow | undefined> {
  const [row] = await db
    .update(agreementEvaluations)
    .set({ ...values, version: sql`${agreementEvaluations.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(agreementEvaluations.id, id),
        eq(agreementEvaluations.version, version),
        isNull(agreementEvaluations.deletedAt),
      ),
    )
    .returning();
  return row;
}

/** An evaluation of the same period by the same evaluator of the same region, other than `exceptId`. */
export async function findSameEvaluation(
  db: Db,
  key: { agreementId: string; period: string; evaluatorRole: string; evaluatorRegionCode: string | null },
  exceptId?: string,
): Promise<EvaluationRow | undefined> {
  const rows = await db
    .select()
    .from(agreementEvaluations)
    .where(
      and(
        eq(agreementEvaluations.agreementId, key.agreementId),
        eq(agreementEvaluations.period, key.period),
        eq(agreementEvaluations.evaluatorRole, key.evaluatorRole),
        sql`coalesce(${agreementEvaluations.evaluatorRegionCode}, '') = ${key.evaluatorRegionCode ?? ''}`,
        isNull(agreementEvaluations.deletedAt),
      ),
    );
  return rows.find((row) => row.id !== exceptId);
}

/** What the due-evaluations check reads of each agreement in force. */
export type InForceAgreement = {
  id: string;
  title: string;
  partyRegionCodes: string[];
  validFrom: string | null;
  validUntil: string | null;
  signingDate: string | null;
  /** Period keys evaluated from `since` on. */
  periods: string[];
  /** Periods of the budget year of `since` evaluated (count.ts). */
  evaluatedThisYear: number;
};

/**
 * Agreements in force (stage and validity) on `asOf` that the scope may read, with the periods
 * evaluated from `since` (the first day of the budget year) on. One query, for the dashboard.
 */
export async function findInForceWithPeriods(
  db: Db,
  scope: ReadScope,
  asOf: string,
  since: string,
): Promise<InForceAgreement[]> {
  // Written with qualified names: inside a select list drizzle leaves columns unqualified, and "id"
  // would then name the evaluation's own id.
  const periods = sql<string[]>`coalesce((select array_agg(distinct e.period order by e.period)
    from agreement_evaluations e
    where e.agreement_id = "agreements"."id"
      and e.deleted_at is null
      and e.period_end >= ${since}::date), '{}'::text[])`;
  return db
    .select({
      id: agreements.id,
      title: agreements.title,
      partyRegionCodes: agreements.partyRegionCodes,
      validFrom: agreements.validFrom,
      validUntil: agreements.validUntil,
      signingDate: agreements.signingDate,
      periods,
      evaluatedThisYear: sql<number>`${evaluatedPeriodsOf(sql`"agreements"."id"`, Number(since.slice(0, 4)))}`,
    })
    .from(agreements)
    .where(
      and(
        isNull(agreements.deletedAt),
        inArray(agreements.stage, [...inForceStages]),
        sql`coalesce(${agreements.validFrom}, ${agreements.signingDate}) <= ${asOf}::date`,
        sql`(${agreements.validUntil} is null or ${agreements.validUntil} >= ${since}::date)`,
        scopeCondition(scope, agreements),
      ),
    )
    .orderBy(asc(agreements.validUntil), asc(agreements.id));
}
