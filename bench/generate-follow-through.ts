/**
 * What happens after signing, added to the synthetic national data set (generate-national.ts) for
 * the health and reminder benchmarks: an OPD, a region administrator and an OPD officer per party
 * region, four follow-up actions per agreement (200,000 for 50,000 agreements: due dates a year
 * either side of `today`, every status), and evaluations of the current budget year's first half for
 * a third of the agreements in force. Set-based inserts, so it takes seconds.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../src/server/db/client';

export async function generateFollowThrough(
  database: Database,
  options: { today: string; actionsPerAgreement?: number },
): Promise<{ actions: number; ms: number }> {
  const started = performance.now();
  const perAgreement = options.actionsPerAgreement ?? 4;
  const year = options.today.slice(0, 4);
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`insert into opds (region_code, name, abbreviation)
      select distinct code, 'Badan Perencanaan Pembangunan Daerah', 'Bappeda'
      from agreements, unnest(party_region_codes) as code`);
    await tx.execute(sql`insert into users (email, name, role, region_code, opd_id, locale)
      select 'admin.' || o.region_code || '@bench.invalid', 'Admin ' || o.region_code, 'region_admin',
        o.region_code, null, case when right(o.region_code, 1) < '5' then 'id' else 'en' end
      from opds o
      union all
      select 'opd.' || o.region_code || '@bench.invalid', 'Petugas ' || o.region_code, 'opd_officer',
        o.region_code, o.id, 'id'
      from opds o`);
    await tx.execute(sql`insert into follow_up_actions (parent_type, parent_id, party_region_codes,
        owner_region_code, published, title, opd_id, opd_region_code, due_date, status, progress, updated_at)
      select 'agreement', a.id, a.party_region_codes, a.party_region_codes[1], true,
        'Tindak lanjut ' || k || ' ' || left(a.title, 60), o.id, o.region_code,
        ${options.today}::date + ((a.n * 37 + k * 101) % 730 - 365)::int,
        (array['direncanakan', 'berjalan', 'berjalan', 'selesai', 'batal'])[1 + (a.n + k) % 5],
        ((a.n + k) % 5) * 20,
        ${options.today}::timestamptz - make_interval(days => ((a.n * 13 + k * 29) % 900)::int)
      from (select id, title, party_region_codes, row_number() over (order by id) as n from agreements) a
      cross join generate_series(1, ${perAgreement}::int) k
      join opds o on o.region_code = a.party_region_codes[1]`);
    await tx.execute(sql`insert into agreement_evaluations (agreement_id, period, period_start, period_end,
        evaluator_role, evaluator_region_code, narrative)
      select a.id, ${year} || '-S1', ${year + '-01-01'}::date, ${year + '-06-30'}::date, 'opd_pelaksana',
        a.party_region_codes[1], 'Evaluasi semester pertama'
      from (select id, party_region_codes, row_number() over (order by id) as n from agreements
            where stage in ('pelaksanaan', 'monitoring_evaluasi', 'pelaporan') and deleted_at is null) a
      where a.n % 3 = 0`);
  });
  await database.db.execute(sql`analyze`);
  const [row] = await queryRows<{ count: number }>(
    database.db,
    sql`select count(*)::int as count from follow_up_actions`,
  );
  const actions = Number(row?.count ?? 0);
  return { actions, ms: performance.now() - started };
}
