/**
 * The oversight view's counts (oversight.repo.ts: the counters the database keeps, migration 0020, and
 * the one pass with grouping sets over the agreements for the other scopes) equal the counts taken row
 * by row from the agreements themselves, on a small national data set: agreements with several parties
 * in one province, parties in several provinces, several sectors, deleted agreements, evaluations of
 * the year (some deleted), in every read scope the view is opened with; and still after agreements
 * are created, edited, deleted and their health recomputed, at once and after the counters are folded.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childrenOf, provinces } from '../../src/domain/regions/index.js';
import type { ReadScope } from '../../src/server/auth/record-access.js';
import { queryRows } from '../../src/server/db/client.js';
import { todayIso } from '../../src/server/features/agreements/rules.service.js';
import { recomputeAllHealth } from '../../src/server/features/monitoring/recompute.js';
import {
  compactOversightCounts,
  liveOversightCounts,
  oversightCounts,
} from '../../src/server/features/monitoring/oversight.repo.js';
import { generateFollowThrough } from '../../bench/generate-follow-through.js';
import { generateNational } from '../../bench/generate-national.js';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { loginAs, malangPasuruanKsb, send } from './support/factories.js';

type AgreementRow = {
  id: string;
  party_region_codes: string[];
  party_province_codes: string[];
  health: string;
  sectors: string[];
  stage: string;
  published: boolean;
};

const inForce = ['pelaksanaan', 'monitoring_evaluasi', 'pelaporan'];

describe.each(databaseKinds)('oversight counts on %s', (kind) => {
  let t: TestApp;
  let rows: AgreementRow[];
  let evaluated: Set<string>;
  const year = Number(todayIso().slice(0, 4));

  beforeAll(async () => {
    t = await createTestApp(kind);
    const db = t.database.db;
    await generateNational(t.database, { count: 400, seed: 11 });
    await generateFollowThrough(t.database, { today: todayIso(), actionsPerAgreement: 1 });
    await db.execute(sql`update agreements set deleted_at = now()
      where id in (select id from agreements order by id limit 20)`);
    await db.execute(sql`update agreement_evaluations set deleted_at = now()
      where id in (select id from agreement_evaluations order by id limit 5)`);
    await readAgreements();
  });
  afterAll(async () => {
    await t?.close();
  });

  /** The live agreements and the evaluated ones of the year, as the test counts them. */
  async function readAgreements() {
    const db = t.database.db;
    rows = await queryRows<AgreementRow>(
      db,
      sql`select a.id::text as id, a.party_region_codes, a.party_province_codes, h.health, a.sectors, a.stage,
            a.published
          from agreements a left join agreement_health h on h.agreement_id = a.id where a.deleted_at is null`,
    );
    const evaluations = await queryRows<{ agreement_id: string; period_start: string | Date }>(
      db,
      sql`select agreement_id::text as agreement_id, period_start::text as period_start
          from agreement_evaluations where deleted_at is null`,
    );
    evaluated = new Set(
      evaluations
        .filter((row) => String(row.period_start).startsWith(`${year}-`))
        .map((row) => row.agreement_id),
    );
  }

  /** The counts taken agreement by agreement, as the oversight view defines them. */
  function expected(scope: ReadScope, groupCodes: readonly string[], byProvince: boolean) {
    const counts = new Map<
      string,
      { byHealth: Record<string, number>; sectors: Record<string, number>; notEvaluated: number }
    >();
    for (const row of rows) {
      if (scope.kind === 'published' && !row.published) continue;
      if (
        scope.kind === 'regions' &&
        !row.party_region_codes.some((code) => scope.regionCodes.includes(code)) &&
        !(scope.includePublished && row.published)
      )
        continue;
      const groups = new Set(
        row.party_region_codes
          .map((code) => (byProvince ? code.split('.')[0]! : code))
          .filter((code) => groupCodes.includes(code)),
      );
      for (const code of groups) {
        const group = counts.get(code) ?? { byHealth: {}, sectors: {}, notEvaluated: 0 };
        counts.set(code, group);
        group.byHealth[row.health] = (group.byHealth[row.health] ?? 0) + 1;
        for (const sector of new Set(row.sectors)) group.sectors[sector] = (group.sectors[sector] ?? 0) + 1;
        if (inForce.includes(row.stage) && !evaluated.has(row.id)) group.notEvaluated += 1;
      }
    }
    return counts;
  }

  async function actual(
    scope: ReadScope,
    groupCodes: readonly string[],
    byProvince: boolean,
    read = oversightCounts,
  ) {
    const counts = await read(t.database.db, scope, groupCodes, byProvince, year);
    return new Map(
      [...counts].map(([code, group]) => [
        code,
        {
          byHealth: Object.fromEntries(group.byHealth),
          sectors: Object.fromEntries(group.sectors),
          notEvaluated: group.notEvaluated,
        },
      ]),
    );
  }

  it('keeps the provinces of the party regions, each once', () => {
    expect(rows.some((row) => row.party_province_codes.length > 1)).toBe(true);
    expect(rows.some((row) => new Set(row.party_region_codes).size > row.party_province_codes.length)).toBe(
      true,
    );
    for (const row of rows)
      expect(row.party_province_codes).toEqual(
        [...new Set(row.party_region_codes.map((code) => code.split('.')[0]!))].sort(),
      );
  });

  const jatim = ['35', ...childrenOf('35').map((region) => region.code)];
  const scopes: ReadScope[] = [
    { kind: 'all' },
    { kind: 'published' },
    { kind: 'regions', regionCodes: jatim, includePublished: true },
    { kind: 'regions', regionCodes: jatim, includePublished: false },
  ];
  const views: Array<[readonly string[], boolean]> = [
    [provinces.map((province) => province.code), true],
    [childrenOf('35').map((region) => region.code), false],
    [childrenOf('32').map((region) => region.code), false],
  ];

  /** Both ways of counting (the counters where the scope allows, and the pass over the agreements). */
  async function expectCountsInEveryScope() {
    for (const scope of scopes)
      for (const [groupCodes, byProvince] of views) {
        const want = expected(scope, groupCodes, byProvince);
        if (scope.kind !== 'regions') expect(want.size).toBeGreaterThan(0);
        expect(await actual(scope, groupCodes, byProvince)).toEqual(want);
        expect(await actual(scope, groupCodes, byProvince, liveOversightCounts)).toEqual(want);
      }
  }

  it('counts each agreement once per group, by health, sector and evaluation, in every scope', async () => {
    expect(evaluated.size).toBeGreaterThan(0);
    await expectCountsInEveryScope();
  });

  it('counts agreements at once as they are created, edited and deleted, and after the counters are folded', async () => {
    const db = t.database.db;
    // Through the API: a new agreement of Kota Malang and Kabupaten Pasuruan shows in the national view
    // and in East Java's view at once.
    const admin = await loginAs(t, { role: 'region_admin', regionCode: '35.73' });
    const national = await loginAs(t, { role: 'oversight', oversightScope: 'national' });
    const viewBefore = await send(t, national, 'GET', '/api/oversight?province=35');
    const created = await send(t, admin, 'POST', '/api/agreements', malangPasuruanKsb());
    expect(created.status).toBe(201);
    const viewAfter = await send(t, national, 'GET', '/api/oversight?province=35');
    type Row = { regionCode: string; total: number };
    const total = (view: typeof viewBefore, code: string) =>
      (view.body as { rows: Row[] }).rows.find((row) => row.regionCode === code)!.total;
    expect(total(viewAfter, '35.73')).toBe(total(viewBefore, '35.73') + 1);
    expect(total(viewAfter, '35.14')).toBe(total(viewBefore, '35.14') + 1);

    // In SQL, every column the counts read: copies of agreements (a statement of several rows), their
    // party regions, sectors (with a repeated one), stage, publication, health and deletion.
    const columns = await queryRows<{ column_name: string }>(
      db,
      sql`select column_name from information_schema.columns
          where table_name = 'agreements' and is_generated = 'NEVER' and column_name <> 'id'`,
    );
    const list = sql.raw(columns.map((column) => `"${column.column_name}"`).join(', '));
    const ids = async () =>
      (await queryRows<{ id: string }>(db, sql`select id::text as id from agreements`)).map((row) => row.id);
    const before = new Set(await ids());
    await db.execute(sql`insert into agreements (${list})
      select ${list} from agreements where deleted_at is null order by id limit 7`);
    await db.execute(sql`update agreements set party_region_codes = array['32.73', '33.74', '32.04']
      where id in (select id from agreements where deleted_at is null order by id desc limit 3)`);
    await db.execute(sql`update agreements set sectors = array['pendidikan', 'kesehatan', 'pendidikan']
      where id in (select id from agreements where deleted_at is null order by id limit 4)`);
    await db.execute(sql`update agreements set stage = case when stage = 'pelaksanaan' then 'penjajakan' else 'pelaksanaan' end,
      published = not published where id in (select id from agreements order by id desc limit 12 offset 5)`);
    // Health lives in agreement_health (migration 0022): a change of health, of reasons alone, and of the
    // health of deleted agreements (which count nowhere).
    await db.execute(sql`update agreement_health set health = 'dorman'
      where agreement_id in (select agreement_id from agreement_health where health <> 'dorman'
                             order by agreement_id limit 9)`);
    await db.execute(sql`update agreement_health set reasons = '[{"code":"NO_ACTIVITY","params":{"months":99}}]'::jsonb
      where agreement_id in (select agreement_id from agreement_health order by agreement_id desc limit 5)`);
    await db.execute(sql`update agreement_health set health = 'berakhir'
      where agreement_id in (select id from agreements where deleted_at is not null)`);
    await db.execute(sql`update agreements set deleted_at = null
      where id in (select id from agreements where deleted_at is not null order by id limit 2)`);
    await db.execute(sql`update agreements set deleted_at = now()
      where id in (select id from agreements where deleted_at is null order by id desc limit 6)`);
    await db.execute(sql`update agreements set title = title || ' (diubah)'`);
    // Two of the copies, which nothing refers to, deleted for good.
    const copies = (await ids()).filter((id) => !before.has(id));
    expect(copies).toHaveLength(7);
    await db.execute(sql`delete from agreements where id in (${copies[0]}::uuid, ${copies[1]}::uuid)`);
    await readAgreements();
    await expectCountsInEveryScope();

    await recomputeAllHealth(db);
    await readAgreements();
    await expectCountsInEveryScope();
    // Folded: one row per counter, none at zero.
    await compactOversightCounts(db);
    const [folded] = await queryRows<{
      rows: number | string;
      counters: number | string;
      zero: number | string;
    }>(
      db,
      sql`select count(*) as rows, count(distinct (kind, code, published, dimension, key)) as counters,
            count(*) filter (where count = 0) as zero from oversight_counts`,
    );
    expect(Number(folded!.rows)).toBe(Number(folded!.counters));
    expect(Number(folded!.zero)).toBe(0);
    await expectCountsInEveryScope();
  });
});
