/**
 * The health of agreements lives in agreement_health (migration 0022), one row per agreement, deleted
 * ones too: a new agreement gets its row (and its computed health) in the write's transaction, a
 * deleted one keeps it, a restored one has it, one deleted for good loses it, and rows written in SQL
 * follow the same rule. The list's health filter, sort and counts, and the agreement's page, read it.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/server/db/client.js';
import { recomputeAllHealth } from '../../src/server/features/monitoring/recompute.js';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { deleteShared, loginAs, malangPasuruanKsb, send, type TestUser } from './support/factories.js';

type Item = { id: string; health: string; healthReasons: Array<{ code: string }> };
type ListBody = { items: Item[]; total: number };

describe.each(databaseKinds)('agreement health rows on %s', (kind) => {
  let t: TestApp;
  let malang: TestUser;
  let pasuruan: TestUser;
  let bandung: TestUser;

  beforeAll(async () => {
    t = await createTestApp(kind);
    malang = await loginAs(t, { role: 'region_admin', regionCode: '35.73' });
    pasuruan = await loginAs(t, { role: 'region_admin', regionCode: '35.14' });
    bandung = await loginAs(t, { role: 'region_admin', regionCode: '32.73' });
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Agreements without a health row, and health rows without an agreement: none, ever. */
  async function disagreements() {
    return queryRows<{ agreement: string | null; health_row: string | null }>(
      t.database.db,
      sql`select a.id::text as agreement, h.agreement_id::text as health_row
          from agreements a full join agreement_health h on h.agreement_id = a.id
          where a.id is null or h.agreement_id is null`,
    );
  }

  async function healthRow(id: string) {
    const [row] = await queryRows<{ health: string; reasons: unknown }>(
      t.database.db,
      sql`select health, reasons from agreement_health where agreement_id = ${id}::uuid`,
    );
    return row;
  }

  async function list(user: TestUser, query: string) {
    const answer = await send(t, user, 'GET', `/api/agreements?${query}`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body as ListBody;
  }

  it('gives a new agreement its row and keeps it while deleted and restored', async () => {
    // A KSB signed in 2024 that no PKS follows: dormant when created, not the row's default 'aktif'.
    const created = await send(t, malang, 'POST', '/api/agreements', malangPasuruanKsb());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = (created.body as { id: string }).id;
    expect(await disagreements()).toEqual([]);
    const row = await healthRow(id);
    expect(row?.health).toBe('dorman');
    const detail = await send(t, malang, 'GET', `/api/agreements/${id}`);
    expect(detail.body).toMatchObject({ health: 'dorman', healthReasons: row!.reasons });

    // The list filters, sorts and counts by it; another region's administrator does not see it.
    const dormant = await list(malang, 'health=dorman');
    expect(dormant.items.map((item) => item.id)).toContain(id);
    expect(dormant.items.find((item) => item.id === id)?.healthReasons).toEqual(row!.reasons);
    expect((await list(malang, 'health=aktif')).items.map((item) => item.id)).not.toContain(id);
    expect((await list(bandung, 'health=dorman')).items.map((item) => item.id)).not.toContain(id);
    const bad = await send(t, malang, 'GET', '/api/agreements?health=sehat');
    expect(bad.status).toBe(400);

    // Deleted (the partner consents): the row stays, the lists leave the agreement out.
    const deleted = await deleteShared(t, malang, pasuruan, `/api/agreements/${id}`);
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200);
    expect(await healthRow(id)).toEqual(row);
    expect((await list(malang, 'health=dorman')).items.map((item) => item.id)).not.toContain(id);
    expect(await disagreements()).toEqual([]);

    // Restored: listed with its health again.
    const restored = await send(t, malang, 'POST', `/api/agreements/${id}/restore`);
    expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    expect((await healthRow(id))?.health).toBe('dorman');
    expect((await list(malang, 'health=dorman')).items.map((item) => item.id)).toContain(id);
  });

  it('gives agreements written in SQL their rows, and refuses a row without an agreement', async () => {
    const db = t.database.db;
    for (const [title, signingDate] of [
      ['Satu', '2026-11-01'],
      ['Dua', '2025-06-01'],
      ['Tiga', '2023-01-01'],
    ] as const) {
      const body = malangPasuruanKsb({ title: `Kesepakatan Bersama Pengelolaan ${title}`, signingDate });
      const created = await send(t, malang, 'POST', '/api/agreements?force=true', body);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
    }
    // Copies in one statement (the way a bulk import writes) each get a row.
    const columns = await queryRows<{ column_name: string }>(
      db,
      sql`select column_name from information_schema.columns
          where table_name = 'agreements' and is_generated = 'NEVER' and column_name <> 'id'`,
    );
    const names = sql.raw(columns.map((column) => `"${column.column_name}"`).join(', '));
    const copies = await queryRows<{ id: string }>(
      db,
      sql`insert into agreements (${names}) select ${names} from agreements returning id::text as id`,
    );
    expect(copies.length).toBeGreaterThan(2);
    expect(await disagreements()).toEqual([]);
    expect((await healthRow(copies[0]!.id))?.health).toBe('aktif');
    // The copies are deleted for good in one statement: their rows go too.
    await db.execute(
      sql`delete from agreements where id = any(${`{${copies.map((copy) => copy.id).join(',')}}`}::uuid[])`,
    );
    expect(await disagreements()).toEqual([]);

    // A health row for no agreement is refused (the foreign key, checked at commit).
    await expect(
      db.execute(
        sql`insert into agreement_health (agreement_id, health) values (gen_random_uuid(), 'dorman')`,
      ),
    ).rejects.toThrow();
    expect(await disagreements()).toEqual([]);

    // After the full recompute, the list's counts by health are the table's.
    await recomputeAllHealth(db);
    const counts = await queryRows<{ health: string; count: number | string }>(
      db,
      sql`select h.health, count(*) as count from agreements a join agreement_health h on h.agreement_id = a.id
          where a.deleted_at is null and '35.73' = any(a.party_region_codes) group by h.health`,
    );
    for (const { health, count } of counts)
      expect((await list(malang, `health=${health}&party=35.73`)).total, health).toBe(Number(count));
    // Sorted by health: the healthiest first.
    const rank = ['aktif', 'perlu_perhatian', 'dorman', 'berakhir'];
    const sorted = (await list(malang, 'sort=health&pageSize=100')).items.map((item) =>
      rank.indexOf(item.health),
    );
    expect(sorted).toEqual([...sorted].sort((a, b) => a - b));
    expect(new Set(sorted).size).toBeGreaterThan(1);
  });
});
