/**
 * The home counts its agreement numbers other than health in one statement (`countAgreementsEach`,
 * a `count(*) filter` per number): each must equal the count of the list it links to
 * (`countAgreements`, one statement per filter set), for every kind of reader, with and without
 * `own`, and with deleted agreements around. Migration 0023 keeps the GIN index of the agreements'
 * party regions without a pending list.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/server/auth/policy.js';
import { queryRows } from '../../src/server/db/client.js';
import { countAgreements, countAgreementsEach } from '../../src/server/features/agreements/list.service.js';
import { todayIso } from '../../src/server/features/agreements/rules.service.js';
import { generateNational } from '../../bench/generate-national.js';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';

function user(
  role: string,
  regionCode: string | null,
  oversightScope: 'province' | 'national' | null = null,
) {
  return {
    kind: 'user',
    id: '00000000-0000-0000-0000-0000000000aa',
    name: role,
    email: '',
    role,
    regionCode,
    opdId: null,
    oversightScope,
    via: 'session',
    tokenPermissions: null,
  } as Actor;
}

describe.each(databaseKinds)('agreement numbers of the home in one statement on %s', (kind) => {
  let t: TestApp;
  const today = todayIso();

  beforeAll(async () => {
    t = await createTestApp(kind);
    await generateNational(t.database, { count: 400, seed: 12 });
    // Some deleted agreements, and some parties that have confirmed, so that every number differs.
    await t.database.db.execute(
      sql`update agreements set deleted_at = now() where id in (select id from agreements order by id limit 25)`,
    );
    await t.database.db.execute(
      sql`update agreement_parties set confirmed_at = now() where agreement_id in
          (select id from agreements order by title limit 150)`,
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  it('gives each number its list gives', async () => {
    const top = await queryRows<{ code: string }>(
      t.database.db,
      sql`select c as code from agreements, unnest(party_region_codes) c where deleted_at is null
          group by c order by count(*) desc, c limit 3`,
    );
    const readers: Actor[] = [
      ...top.map((row) => user('region_admin', row.code)),
      user('oversight', top[0]!.code.split('.')[0]!, 'province'),
      user('oversight', null, 'national'),
      user('system_admin', null),
      { kind: 'anonymous' },
    ];
    const variants = [
      { expiringWithinDays: 30 },
      { expiringWithinDays: 90 },
      { expiringWithinDays: 365 },
      { ksbWithoutPks: true },
      { ksbWithoutPks: false },
      { awaitingMyConfirmation: true },
      { stage: 'pelaksanaan' },
    ];
    let nonZero = 0;
    for (const reader of readers) {
      for (const own of [true, false]) {
        const together = await countAgreementsEach(t.database.db, reader, { own }, variants, { today });
        const apart = [];
        for (const variant of variants)
          apart.push(await countAgreements(t.database.db, reader, { own, ...variant }, { today }));
        expect(together, `${JSON.stringify(reader)} own=${own}`).toEqual(apart);
        nonZero += apart.filter((count) => count > 0).length;
      }
    }
    expect(nonZero).toBeGreaterThan(40);
    // Deleted agreements, for a system administrator: a count beside one of live agreements.
    const admin = user('system_admin', null);
    const withDeleted = await countAgreementsEach(
      t.database.db,
      admin,
      {},
      [{ deleted: true }, { deleted: true, expiringWithinDays: 365 }, {}],
      { today },
    );
    expect(withDeleted).toEqual([
      await countAgreements(t.database.db, admin, { deleted: true }, { today }),
      await countAgreements(t.database.db, admin, { deleted: true, expiringWithinDays: 365 }, { today }),
      await countAgreements(t.database.db, admin, {}, { today }),
    ]);
    expect(withDeleted[0]).toBe(25);
    expect(await countAgreementsEach(t.database.db, admin, {}, [], { today })).toEqual([]);
  });

  it('keeps the party regions index of the agreements without a pending list', async () => {
    const [row] = await queryRows<{ options: string[] | null }>(
      t.database.db,
      sql`select reloptions as options from pg_class where relname = 'agreements_party_regions_idx'`,
    );
    expect(row?.options).toContain('fastupdate=off');
  });
});
