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
import { oversightCounts } from './oversight.repo.js';

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
  const groupCodes = regions.map((region) => region.code);
  const counts = await oversightCounts(db, readScope(actor), groupCodes, province === null, year);
  const rows = regions.map((region) => {
    const own = counts.get(region.code);
    const byHealth = Object.fromEntries(
      healthStates.map((state) => [state, own?.byHealth.get(state) ?? 0]),
    ) as Record<Health, number>;
    const total = healthStates.reduce((sum, state) => sum + byHealth[state], 0);
    const sectors = [...(own?.sectors ?? [])]
      .map(([sector, count]) => ({ sector, count }))
      .sort((a, b) => b.count - a.count || a.sector.localeCompare(b.sector));
    const notEvaluated = own?.notEvaluated ?? 0;
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
