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
import { evaluatedPeriodCounts, evaluatedPeriodCountsOf } from '../evaluations/count.js';
import { allHealthSources, healthSources, writeHealth, type HealthSourceRow } from './health.repo.js';
import { compactOversightCounts } from './oversight.repo.js';

/** Rows per write statement of the full recompute. */
const writeBatchSize = 10_000;

/** The health of one agreement from the row its read gave, with its evaluations of the year. */
function healthOf(row: HealthSourceRow, evaluations: number, today: string, rules: AgreementRules) {
  return agreementHealth(
    {
      documentType: row.document_type as DocumentType,
      stage: row.stage as Stage,
      signingDate: row.signing_date,
      validUntil: row.valid_until,
      pksCount: Number(row.pks_count),
      overdueActions: Number(row.overdue_actions),
      evaluationsThisYear: evaluations,
      lastActivityDate: row.last_activity,
    },
    today,
    rules,
  );
}

/** JSON with object keys sorted, so a value compares equal to its jsonb copy (which reorders keys). */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
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
  const rows = await healthSources(db, today, { ids: present });
  const counts = await evaluatedPeriodCountsOf(
    db,
    rows.map((row) => row.id),
    Number(today.slice(0, 4)),
  );
  await writeHealth(
    db,
    rows.map((row) => {
      const { health, reasons } = healthOf(row, counts.get(row.id) ?? 0, today, rules);
      return { id: row.id, health, reasons: JSON.stringify(reasons) };
    }),
  );
}

/**
 * Recomputes every live agreement's health: one set-based read of every input (health.repo.ts), the
 * domain's decision per agreement in memory, and writes of only the agreements whose health or
 * reasons changed, then folds the oversight counters those and the day's writes appended. Returns how
 * many were looked at and changed.
 */
export async function recomputeAllHealthWith(
  db: Db,
  today: string,
  rules: AgreementRules,
): Promise<{ agreements: number; changed: number }> {
  const rows = await allHealthSources(db, today, evaluatedPeriodCounts(Number(today.slice(0, 4))));
  const changes: Array<{ id: string; health: string; reasons: string }> = [];
  for (const row of rows) {
    const { health, reasons } = healthOf(row, Number(row.evaluations), today, rules);
    if (health === row.health && canonicalJson(reasons) === canonicalJson(row.health_reasons)) continue;
    changes.push({ id: row.id, health, reasons: JSON.stringify(reasons) });
  }
  let changed = 0;
  for (let offset = 0; offset < changes.length; offset += writeBatchSize)
    changed += await writeHealth(db, changes.slice(offset, offset + writeBatchSize));
  await compactOversightCounts(db);
  return { agreements: rows.length, changed };
}
