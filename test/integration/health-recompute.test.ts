/**
 * The full health recompute (one set-based read of every input, health-write.ts) gives exactly what
 * the per-record recompute (the read a write uses) gives, on a varied data set: a small national set
 * with follow-up actions of every status, evaluations, KSB with and without PKS, linked visits and
 * meetings, and deleted rows that must not count.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healthReasonCodes, healthStates } from '../../src/domain/monitoring/health.js';
import { queryRows } from '../../src/server/db/client.js';
import { loadRules, todayIso } from '../../src/server/features/agreements/rules.service.js';
import { recomputeHealth } from '../../src/server/features/monitoring/health-write.js';
import { recomputeAllHealth } from '../../src/server/features/monitoring/recompute.js';
import { generateFollowThrough } from '../../bench/generate-follow-through.js';
import { generateNational } from '../../bench/generate-national.js';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';

type HealthRow = { id: string; health: string; reasons: string };

describe.each(databaseKinds)('full health recompute on %s', (kind) => {
  let t: TestApp;
  const today = todayIso();
  const snapshot = (db: TestApp['database']['db']) =>
    queryRows<HealthRow>(
      db,
      sql`select a.id::text as id, h.health, h.reasons::text as reasons
          from agreements a join agreement_health h on h.agreement_id = a.id
          where a.deleted_at is null order by a.id`,
    );

  beforeAll(async () => {
    t = await createTestApp(kind);
    const db = t.database.db;
    await generateNational(t.database, { count: 400, seed: 7 });
    await generateFollowThrough(t.database, { today, actionsPerAgreement: 3 });
    // PKS that follow KSB (some of them deleted), so KSB are found with and without their PKS.
    await db.execute(sql`with k as (select id, row_number() over (order by id) as n from agreements
                                    where document_type = 'kesepakatan_bersama'),
                              p as (select id, row_number() over (order by id) as n from agreements
                                    where document_type = 'perjanjian_kerja_sama')
      update agreements a set parent_id = k.id,
        deleted_at = case when p.n % 7 = 0 then now() else null end
      from p join k on k.n = p.n where a.id = p.id and p.n % 2 = 0`);
    // Visits and meetings linked both ways, recent and old, some deleted.
    await db.execute(sql`insert into visits (kind, title, host_region_code, start_date, deleted_at)
      select 'studi_banding', 'Kunjungan ' || n, '35.73', ${today}::date - (n * 17 % 600)::int,
        case when n % 5 = 0 then now() else null end from generate_series(1, 80) n`);
    await db.execute(sql`insert into meetings (kind, title, date, deleted_at)
      select 'audiensi', 'Rapat ' || n, ${today}::date - (n * 23 % 500)::int,
        case when n % 6 = 0 then now() else null end from generate_series(1, 80) n`);
    await db.execute(sql`insert into record_links (from_type, from_id, to_type, to_id)
      select 'agreement', a.id, 'visit', v.id
      from (select id, row_number() over (order by id) as n from agreements) a
      join (select id, row_number() over (order by id) as n from visits) v on v.n = a.n % 80 + 1
      where a.n % 4 = 0
      union all
      select 'meeting', m.id, 'agreement', a.id
      from (select id, row_number() over (order by id) as n from agreements) a
      join (select id, row_number() over (order by id) as n from meetings) m on m.n = a.n % 80 + 1
      where a.n % 4 = 1`);
    // Deleted actions and evaluations do not count.
    await db.execute(sql`update follow_up_actions set deleted_at = now()
      where id in (select id from follow_up_actions order by id limit 40)`);
    await db.execute(sql`update agreement_evaluations set deleted_at = now()
      where id in (select id from agreement_evaluations order by id limit 5)`);
    // The random ids decide which actions and links fall on which agreement, so on some days no
    // agreement happens to be healthy: one agreement in force, signed a month ago, valid for years and
    // with its actions done is 'aktif' on any day.
    await db.execute(sql`with one as (select id from agreements where deleted_at is null
                                        and stage = 'pelaksanaan' order by id limit 1)
      update agreements a set signing_date = ${today}::date - 30, valid_from = ${today}::date - 30,
        valid_until = ${today}::date + 1000
      from one where a.id = one.id`);
    await db.execute(sql`update follow_up_actions set status = 'selesai', progress = 100,
        completed_at = now()
      where parent_type = 'agreement' and parent_id = (select id from agreements where deleted_at is null
                              and stage = 'pelaksanaan' order by id limit 1)`);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('writes the same health and reasons as the per-record recompute, and only what changed', async () => {
    const db = t.database.db;
    const first = await recomputeAllHealth(db, { today });
    expect(first.agreements).toBeGreaterThan(350);
    const full = await snapshot(db);

    // The data set is varied enough to mean something: every state and every reason occurs.
    const states = new Set(full.map((row) => row.health));
    expect([...states].sort()).toEqual([...healthStates].sort());
    const codes = new Set(
      full.flatMap((row) => (JSON.parse(row.reasons) as Array<{ code: string }>).map((r) => r.code)),
    );
    for (const code of healthReasonCodes.filter((code) => code !== 'ENDED' || states.has('berakhir')))
      expect(codes, code).toContain(code);

    await db.execute(sql`update agreement_health set health = 'aktif', reasons = '[]'::jsonb`);
    const rules = await loadRules(db);
    for (let offset = 0; offset < full.length; offset += 50)
      await recomputeHealth(
        db,
        full.slice(offset, offset + 50).map((row) => row.id),
        today,
        rules,
      );
    expect(await snapshot(db)).toEqual(full);

    // Nothing changed since: the full recompute writes nothing; one change writes one agreement.
    expect((await recomputeAllHealth(db, { today })).changed).toBe(0);
    const [target] = await queryRows<{ id: string }>(
      db,
      sql`select a.id::text as id from agreements a join agreement_health h on h.agreement_id = a.id
          where a.deleted_at is null and h.health = 'aktif' limit 1`,
    );
    await db.execute(
      sql`update agreement_health set health = 'dorman' where agreement_id = ${target!.id}::uuid`,
    );
    expect((await recomputeAllHealth(db, { today })).changed).toBe(1);
    expect(await snapshot(db)).toEqual(full);
  });
});
