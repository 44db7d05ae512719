/**
 * The SQL of the oversight view: the agreements of each region group (the kabupaten/kota themselves in
 * a province's view, the provinces in the national view) by health, by sector, and in force without an
 * evaluation this budget year, within a read scope from record-access.ts.
 *
 * One pass over the agreements, each agreement counted once per group it has a party in, without
 * `count(distinct)` (which sorted every (agreement, party region) pair, three times):
 * - the national view reads `party_province_codes`, the provinces of the party regions each once, kept
 *   by the database (migration 0016), through a narrow index that holds what the view reads;
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
import { agreements } from '../../db/schema/index.js';
import { scopeCondition, textArray, type ReadScope } from '../../auth/record-access.js';
import { evaluatedPeriodCounts } from '../evaluations/count.js';

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
    sql`select g.code, ${agreements.health} as health, s.sector, grouping(s.sector) as by_health,
          count(*) filter (where s.place is null or s.place = 1) as agreements,
          count(*) filter (where (s.place is null or s.place = 1)
            and ${agreements.stage} in ('pelaksanaan', 'monitoring_evaluasi', 'pelaporan')
            and coalesce(ev.count, 0) < 1) as not_evaluated,
          count(s.sector) as with_sector
        from ${agreements}
        ${groups}
        left join lateral unnest(${agreements.sectors}) with ordinality as s(sector, place)
          on array_position(${agreements.sectors}, s.sector) = s.place
        left join (${evaluatedPeriodCounts(year)}) ev on ev.agreement_id = ${agreements.id}
        where ${agreements.deletedAt} is null
          and g.code = any(${codes})
          ${byProvince ? sql`` : sql`and ${agreements.partyRegionCodes} && ${codes} and array_position(${agreements.partyRegionCodes}, g.code) = g.place`}
          ${scoped ? sql`and ${scoped}` : sql``}
        group by grouping sets ((g.code, ${agreements.health}), (g.code, s.sector))`,
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
