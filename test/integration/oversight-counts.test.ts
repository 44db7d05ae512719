/**
 * The oversight view's counts (oversight.repo.ts, one pass with grouping sets over the provinces kept
 * in `party_province_codes`) equal the counts taken row by row from the agreements themselves, on a
 * small national data set: agreements with several parties in one province, parties in several
 * provinces, several sectors, deleted agreements, evaluations of the year (some deleted), in every
 * read scope the view is opened with.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childrenOf, provinces } from '../../src/domain/regions/index.js';
import type { ReadScope } from '../../src/server/auth/record-access.js';
import { queryRows } from '../../src/server/db/client.js';
import { todayIso } from '../../src/server/features/agreements/rules.service.js';
import { oversightCounts } from '../../src/server/features/monitoring/oversight.repo.js';
import { generateFollowThrough } from '../../bench/generate-follow-through.js';
import { generateNational } from '../../bench/generate-national.js';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';

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
    rows = await queryRows<AgreementRow>(
      db,
      sql`select id::text as id, party_region_codes, party_province_codes, health, sectors, stage, published
          from agreements where deleted_at is null`,
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
  });
  afterAll(async () => {
    await t?.close();
  });

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

  async function actual(scope: ReadScope, groupCodes: readonly string[], byProvince: boolean) {
    const counts = await oversightCounts(t.database.db, scope, groupCodes, byProvince, year);
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

  it('counts each agreement once per group, by health, sector and evaluation, in every scope', async () => {
    expect(evaluated.size).toBeGreaterThan(0);
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
    for (const scope of scopes)
      for (const [groupCodes, byProvince] of views) {
        const want = expected(scope, groupCodes, byProvince);
        if (scope.kind !== 'regions') expect(want.size).toBeGreaterThan(0);
        expect(await actual(scope, groupCodes, byProvince)).toEqual(want);
      }
  });
});
