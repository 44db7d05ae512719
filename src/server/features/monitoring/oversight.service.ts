/**
 * The oversight view: a province's kabupaten/kota side by side (or the country's provinces), with the
 * health of their agreements, the dormant share, agreements per sector and agreements in force not
 * evaluated this year. Who may see which view is `canOversee` (policy.ts); the rows are read within
 * the reader's `readScope`.
 */
import { canOversee, type Actor } from '../../auth/policy.js';
import { readScope } from '../../auth/record-access.js';
import type { Db } from '../../db/client.js';
import { forbidden, invalidField } from '../../errors.js';
import { childrenOf, provinces, regionByCode } from '../../../domain/regions/index.js';
import { healthStates, type Health } from '../../../domain/monitoring/health.js';
import { todayIso } from '../agreements/rules.service.js';
import { aggregatesByRegion } from './dashboard.repo.js';
import { sql } from 'drizzle-orm';
import { evaluationsBelow } from '../evaluations/count.js';

/** The province a reader's oversight view opens on by default: a province's oversight sees its own. */
function defaultProvince(actor: Actor): string | null {
  return actor.kind === 'user' && actor.role === 'oversight' && actor.oversightScope !== 'national'
    ? actor.regionCode
    : null;
}

export async function getOversight(
  db: Db,
  actor: Actor,
  query: { province?: string | undefined },
  options: { today?: string } = {},
) {
  const province = query.province ?? defaultProvince(actor);
  if (province !== null && regionByCode(province)?.level !== 'provinsi')
    throw invalidField('REGION_UNKNOWN', `${province} is not a province code`, 'province');
  if (!canOversee(actor, province))
    throw forbidden('OUTSIDE_JURISDICTION', 'You may not see the oversight view of this jurisdiction');
  const today = options.today ?? todayIso();
  const year = Number(today.slice(0, 4));
  const regions = province ? childrenOf(province) : provinces;
  const memberCodes = province
    ? regions.map((region) => region.code)
    : regions.flatMap((p) => [p.code, ...childrenOf(p.code).map((c) => c.code)]);
  const aggregates = await aggregatesByRegion(
    db,
    readScope(actor),
    memberCodes,
    province === null,
    evaluationsBelow(sql`"agreements"."id"`, year, 1),
  );
  const rows = regions.map((region) => {
    const byHealth = Object.fromEntries(healthStates.map((state) => [state, 0])) as Record<Health, number>;
    for (const row of aggregates.health)
      if (row.code === region.code && (healthStates as readonly string[]).includes(row.health))
        byHealth[row.health as Health] += Number(row.count);
    const total = healthStates.reduce((sum, state) => sum + byHealth[state], 0);
    const sectors = aggregates.sectors
      .filter((row) => row.code === region.code)
      .map((row) => ({ sector: row.sector, count: Number(row.count) }))
      .sort((a, b) => b.count - a.count || a.sector.localeCompare(b.sector));
    const notEvaluated = aggregates.notEvaluated
      ? Number(aggregates.notEvaluated.find((row) => row.code === region.code)?.count ?? 0)
      : null;
    return {
      regionCode: region.code,
      name: region.name,
      total,
      byHealth,
      dormantShare: total === 0 ? 0 : byHealth.dorman / total,
      sectors,
      notEvaluatedThisYear: notEvaluated,
    };
  });
  return { province, year, evaluationsRecorded: true, rows };
}
