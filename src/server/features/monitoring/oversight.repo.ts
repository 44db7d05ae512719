/**
 * The SQL of the oversight view: the agreements of each region group (the kabupaten/kota themselves in
 * a province's view, the provinces in the national view) by health, by sector, and in force without an
 * evaluation this budget year, within a read scope from record-access.ts.
 *
 * The views that readers open (the whole country, a province's own view, everything published) sum
 * the counters the database keeps as agreements are written (`oversight_counts`, migration 0020): a
 * few thousand rows instead of every agreement, exact at every commit. Only "not evaluated" reads
 * agreements: the agreements in force of the groups that have an evaluation of the year, which are
 * taken from the counted agreements in force. `compactOversightCounts` folds the counter rows that
 * the writes appended (the full health recompute calls it daily).
 *
 * Other scopes (a region's own agreements with or without the published ones, in a view wider than
 * that region) count in one pass over the agreements (`liveOversightCounts`), each agreement once per
 * group it has a party in, without `count(distinct)`:
 * - the national view reads `party_province_codes`, the provinces of the party regions each once, kept
 *   by the database (migration 0016), through a narrow index that holds what the view reads besides
 *   the health, which it joins from agreement_health (migration 0022);
 * - a province's view pairs each agreement of its kabupaten/kota (found with the party region index)
 *   with its party regions, keeping a region's first place in the array only;
 * - the sectors are joined the same way (each sector of an agreement once; an agreement's first row
 *   counts it in its health), and both counts come from one hash aggregate with two grouping sets:
 *   (group, health) and (group, sector);
 * - the evaluations of the year are counted once per agreement (`evaluatedPeriodCounts`) and joined,
 *   instead of a subquery per agreement.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.js';
import { agreementHealth, agreements } from '../../db/schema/index.js';
import { scopeCondition, textArray, type ReadScope } from '../../auth/record-access.js';
import { childrenOf } from '../../../domain/regions/index.js';
import { evaluatedAgreementIds, evaluatedPeriodCounts } from '../evaluations/count.js';

/** The counts of one region group. */
export type OversightCounts = {
  byHealth: Map<string, number>;
  sectors: Map<string, number>;
  /** Agreements in force with no period of the year evaluated. */
  notEvaluated: number;
};

/**
 * Per region group, agreements counted once per group in which one of their party regions lies: by
 * health, by sector, and (in force, no period of `year` evaluated) not evaluated. `groupCodes` are the
 * groups: provinces when `byProvince` (a party region's group is its province), else kabupaten/kota
 * (a party region is its own group). Groups without agreements are absent.
 */
export async function oversightCounts(
  db: Db,
  scope: ReadScope,
  groupCodes: readonly string[],
  byProvince: boolean,
  year: number,
): Promise<Map<string, OversightCounts>> {
  if (scope.kind === 'all' || scopeCoversGroups(scope, groupCodes, byProvince))
    return countedOversight(db, false, groupCodes, byProvince, year);
  if (scope.kind === 'published') return countedOversight(db, true, groupCodes, byProvince, year);
  return liveOversightCounts(db, scope, groupCodes, byProvince, year);
}

/** The agreements in force, as the view counts them (and migration 0020's `oversight_contributions`). */
const inForceStages = sql`('pelaksanaan', 'monitoring_evaluasi', 'pelaporan')`;

/**
 * True when every agreement counted in one of the groups is the scope's own: each group's party
 * regions (the kabupaten/kota itself; a province and its kabupaten/kota) are among the scope's regions,
 * as for a province's oversight in its own view. The scope then adds no condition.
 */
function scopeCoversGroups(scope: ReadScope, groupCodes: readonly string[], byProvince: boolean): boolean {
  if (scope.kind !== 'regions') return false;
  const own = new Set(scope.regionCodes);
  return groupCodes.every(
    (code) => own.has(code) && (!byProvince || childrenOf(code).every((child) => own.has(child.code))),
  );
}

/** The counts from the counters of migration 0020: of every agreement, or of the published ones only. */
async function countedOversight(
  db: Db,
  publishedOnly: boolean,
  groupCodes: readonly string[],
  byProvince: boolean,
  year: number,
): Promise<Map<string, OversightCounts>> {
  const codes = textArray(groupCodes);
  const counters = await queryRows<{ code: string; dimension: string; key: string; count: number | string }>(
    db,
    sql`select code, dimension, key, sum(count) as count from oversight_counts
        where kind = ${byProvince ? 'p' : 'r'} and code = any(${codes})
          ${publishedOnly ? sql`and published` : sql``}
        group by code, dimension, key having sum(count) <> 0`,
  );
  // The agreements in force with an evaluation of the year, once per group: the rest of those in force
  // are the "not evaluated".
  const groups = byProvince
    ? sql`unnest(${agreements.partyProvinceCodes}) as g(code)`
    : sql`(select distinct c from unnest(${agreements.partyRegionCodes}) as c) as g(code)`;
  const evaluated = await queryRows<{ code: string; count: number | string }>(
    db,
    sql`select g.code, count(*) as count
        from ${agreements} cross join lateral ${groups}
        where ${agreements.deletedAt} is null and ${agreements.stage} in ${inForceStages}
          and ${agreements.id} in (${evaluatedAgreementIds(year)})
          and g.code = any(${codes})
          ${publishedOnly ? sql`and ${agreements.published}` : sql``}
        group by g.code`,
  );
  const counts = new Map<string, OversightCounts>();
  for (const row of counters) {
    let group = counts.get(row.code);
    if (!group) {
      group = { byHealth: new Map(), sectors: new Map(), notEvaluated: 0 };
      counts.set(row.code, group);
    }
    const count = Number(row.count);
    if (row.dimension === 'health') group.byHealth.set(row.key, count);
    else if (row.dimension === 'sector') group.sectors.set(row.key, count);
    else group.notEvaluated += count;
  }
  for (const row of evaluated) {
    const group = counts.get(row.code);
    if (group) group.notEvaluated -= Number(row.count);
  }
  return counts;
}

/**
 * Folds the counter rows that writes appended into one row per counter (and drops the counters at
 * zero). Rows a concurrent write appends meanwhile are not in this statement's snapshot and stay.
 */
export async function compactOversightCounts(db: Db): Promise<void> {
  await db.execute(
    sql`with gone as (delete from oversight_counts returning kind, code, published, dimension, key, count)
        insert into oversight_counts (kind, code, published, dimension, key, count)
        select kind, code, published, dimension, key, sum(count)::integer from gone
        group by kind, code, published, dimension, key having sum(count) <> 0`,
  );
}

/** The counts of any scope, read from the agreements themselves (see the head of this file). */
export async function liveOversightCounts(
  db: Db,
  scope: ReadScope,
  groupCodes: readonly string[],
  byProvince: boolean,
  year: number,
): Promise<Map<string, OversightCounts>> {
  const codes = textArray(groupCodes);
  const scoped = scopeCondition(scope, agreements);
  const groups = byProvince
    ? sql`cross join lateral unnest(${agreements.partyProvinceCodes}) as g(code)`
    : sql`cross join lateral unnest(${agreements.partyRegionCodes}) with ordinality as g(code, place)`;
  const rows = await queryRows<{
    code: string;
    health: string | null;
    sector: string | null;
    by_health: number;
    agreements: string | number;
    not_evaluated: string | number;
    with_sector: string | number;
  }>(
    db,
    sql`select g.code, ${agreementHealth.health} as health, s.sector, grouping(s.sector) as by_health,
          count(*) filter (where s.place is null or s.place = 1) as agreements,
          count(*) filter (where (s.place is null or s.place = 1)
            and ${agreements.stage} in ${inForceStages}
            and coalesce(ev.count, 0) < 1) as not_evaluated,
          count(s.sector) as with_sector
        from ${agreements}
        join ${agreementHealth} on ${agreementHealth.agreementId} = ${agreements.id}
        ${groups}
        left join lateral unnest(${agreements.sectors}) with ordinality as s(sector, place)
          on array_position(${agreements.sectors}, s.sector) = s.place
        left join (${evaluatedPeriodCounts(year)}) ev on ev.agreement_id = ${agreements.id}
        where ${agreements.deletedAt} is null
          and g.code = any(${codes})
          ${byProvince ? sql`` : sql`and ${agreements.partyRegionCodes} && ${codes} and array_position(${agreements.partyRegionCodes}, g.code) = g.place`}
          ${scoped ? sql`and ${scoped}` : sql``}
        group by grouping sets ((g.code, ${agreementHealth.health}), (g.code, s.sector))`,
  );
  const counts = new Map<string, OversightCounts>();
  for (const row of rows) {
    let group = counts.get(row.code);
    if (!group) {
      group = { byHealth: new Map(), sectors: new Map(), notEvaluated: 0 };
      counts.set(row.code, group);
    }
    if (Number(row.by_health) === 1) {
      group.byHealth.set(row.health!, Number(row.agreements));
      group.notEvaluated += Number(row.not_evaluated);
    } else if (row.sector !== null) {
      group.sectors.set(row.sector, Number(row.with_sector));
    }
  }
  return counts;
}
