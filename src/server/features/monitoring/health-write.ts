/**
 * Keeps the denormalised health of agreements (agreements.health, health_reasons) true: recomputed for
 * the agreements a write touched, and for all of them by `recomputeAllHealth` (daily, since time alone
 * turns an agreement dormant, and after bulk changes). The decision itself is the domain's
 * `agreementHealth`; this module only feeds it, in batches, and writes back what changed. It takes the
 * rule set and today's date from its caller, so the agreements service can call it without a cycle.
 */
import type { Db } from '../../db/client.js';
import type { AgreementRules } from '../../../domain/agreements/rules.js';
import type { DocumentType } from '../../../domain/agreements/kinds.js';
import type { Stage } from '../../../domain/agreements/stages.js';
import { agreementHealth } from '../../../domain/monitoring/health.js';
import { evaluationSource } from './evaluations.js';
import { healthSources, writeHealth, type HealthSourceRow } from './health.repo.js';

const batchSize = 2000;

async function recomputeRows(
  db: Db,
  rows: HealthSourceRow[],
  today: string,
  rules: AgreementRules,
): Promise<number> {
  const year = Number(today.slice(0, 4));
  const counts = await evaluationSource(db).countsInYear(
    rows.map((row) => row.id),
    year,
  );
  const results = rows.map((row) => {
    const { health, reasons } = agreementHealth(
      {
        documentType: row.document_type as DocumentType,
        stage: row.stage as Stage,
        signingDate: row.signing_date,
        validUntil: row.valid_until,
        pksCount: Number(row.pks_count),
        overdueActions: Number(row.overdue_actions),
        evaluationsThisYear: counts.get(row.id) ?? 0,
        lastActivityDate: row.last_activity,
      },
      today,
      rules,
    );
    return { id: row.id, health, reasons: JSON.stringify(reasons) };
  });
  return writeHealth(db, results);
}

/**
 * Recomputes the health of the given agreements (a write passes the agreement and the KSB it follows:
 * a new PKS wakes its KSB). Called inside the write's transaction.
 */
export async function recomputeHealth(
  db: Db,
  ids: ReadonlyArray<string | null>,
  today: string,
  rules: AgreementRules,
): Promise<void> {
  const present = ids.filter((id): id is string => id !== null);
  if (present.length === 0) return;
  await recomputeRows(db, await healthSources(db, today, { ids: present }), today, rules);
}

/** Recomputes every live agreement's health in batches; returns how many were looked at and changed. */
export async function recomputeAllHealthWith(
  db: Db,
  today: string,
  rules: AgreementRules,
): Promise<{ agreements: number; changed: number }> {
  let afterId: string | null = null;
  let agreements = 0;
  let changed = 0;
  for (;;) {
    const rows = await healthSources(db, today, { afterId, limit: batchSize });
    if (rows.length === 0) break;
    agreements += rows.length;
    changed += await recomputeRows(db, rows, today, rules);
    afterId = rows[rows.length - 1]?.id ?? null;
    if (rows.length < batchSize) break;
  }
  return { agreements, changed };
}
