/**
 * A region's home reads its overdue count, its actions due by OPD and the actions of its agenda from
 * `open_action_regions`
 * (migration 0021), which triggers on follow_up_actions keep. They must equal what the actions
 * themselves give (the queries the home ran before, kept here as the reference), after actions are
 * created, edited, closed, reopened, moved to other regions, deleted and deleted for good.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/agreements/dates.js';
import type { ReadScope } from '../../src/server/auth/record-access.js';
import { queryRows } from '../../src/server/db/client.js';
import { todayIso } from '../../src/server/features/agreements/rules.service.js';
import {
  actionsDueByOpd,
  countOverdueActions,
  deadlines,
} from '../../src/server/features/monitoring/dashboard.repo.js';
import { generateFollowThrough } from '../../bench/generate-follow-through.js';
import { generateNational } from '../../bench/generate-national.js';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';

describe.each(databaseKinds)('open actions of a region on %s', (kind) => {
  let t: TestApp;
  const today = todayIso();
  const until = addDays(today, 180);

  beforeAll(async () => {
    t = await createTestApp(kind);
    await generateNational(t.database, { count: 300, seed: 5 });
    await generateFollowThrough(t.database, { today, actionsPerAgreement: 3 });
  });
  afterAll(async () => {
    await t?.close();
  });

  /** The regions with most actions, and a province's oversight jurisdiction (several regions). */
  async function scopes(): Promise<ReadScope[]> {
    const top = await queryRows<{ code: string }>(
      t.database.db,
      sql`select c as code from follow_up_actions, unnest(party_region_codes) c
          group by c order by count(*) desc, c limit 4`,
    );
    const jurisdiction = await queryRows<{ code: string }>(
      t.database.db,
      sql`select distinct c as code from follow_up_actions, unnest(party_region_codes) c
          where c like ${`${top[0]!.code.split('.')[0]}%`}`,
    );
    return [
      ...top.map((row) => ({ kind: 'regions' as const, regionCodes: [row.code], includePublished: false })),
      { kind: 'regions', regionCodes: jurisdiction.map((row) => row.code), includePublished: false },
    ];
  }

  /** The overdue count and agenda actions read from the actions themselves. */
  async function reference(regionCodes: readonly string[]) {
    const codes = sql`array[${sql.join(
      regionCodes.map((code) => sql`${code}`),
      sql`, `,
    )}]::text[]`;
    const open = sql`f.deleted_at is null and f.party_region_codes && ${codes} and f.status not in ('selesai', 'batal')`;
    const [overdue] = await queryRows<{ count: string | number }>(
      t.database.db,
      sql`select count(*) as count from follow_up_actions f where ${open} and f.due_date < ${today}::date`,
    );
    const due = await queryRows<{ id: string; title: string; date: string }>(
      t.database.db,
      sql`select f.id::text as id, f.title, f.due_date::text as date from follow_up_actions f
          where ${open} and f.due_date >= ${today}::date and f.due_date <= ${until}::date
          order by f.due_date, f.id limit 200`,
    );
    const byOpd = await queryRows<{
      opdId: string;
      opdName: string;
      regionCode: string;
      count: string | number;
    }>(
      t.database.db,
      sql`select f.opd_id::text as "opdId", o.name as "opdName", f.opd_region_code as "regionCode", count(*) as count
          from follow_up_actions f join opds o on o.id = f.opd_id
          where ${open} and f.due_date >= ${today}::date and f.due_date <= ${until}::date
          group by f.opd_id, o.name, f.opd_region_code order by count(*) desc, o.name, f.opd_id`,
    );
    return {
      overdue: Number(overdue!.count),
      due,
      byOpd: byOpd.map((row) => ({ ...row, count: Number(row.count) })),
    };
  }

  async function expectSameAsActions() {
    for (const scope of await scopes()) {
      if (scope.kind !== 'regions') continue;
      const want = await reference(scope.regionCodes);
      expect(want.overdue + want.due.length).toBeGreaterThan(0);
      expect(await countOverdueActions(t.database.db, scope, today)).toBe(want.overdue);
      const agenda = await deadlines(t.database.db, scope, today, until);
      expect(
        agenda.filter((row) => row.kind === 'action_due').map(({ id, title, date }) => ({ id, title, date })),
      ).toEqual(want.due);
      const byOpd = await actionsDueByOpd(t.database.db, scope, today, until);
      expect(byOpd.length > 0).toBe(want.due.length > 0);
      const order = (rows: typeof byOpd) =>
        [...rows].sort(
          (a, b) => b.count - a.count || a.opdName.localeCompare(b.opdName) || a.opdId.localeCompare(b.opdId),
        );
      expect(order(byOpd)).toEqual(order(want.byOpd));
    }
  }

  it('gives the overdue count and the agenda of the actions themselves', async () => {
    await expectSameAsActions();
  });

  it('follows every write of the actions at once', async () => {
    const db = t.database.db;
    const columns = await queryRows<{ column_name: string }>(
      db,
      sql`select column_name from information_schema.columns
          where table_name = 'follow_up_actions' and is_generated = 'NEVER' and column_name <> 'id'`,
    );
    const list = sql.raw(columns.map((column) => `"${column.column_name}"`).join(', '));
    const ids = async () =>
      (await queryRows<{ id: string }>(db, sql`select id::text as id from follow_up_actions`)).map(
        (row) => row.id,
      );
    const before = new Set(await ids());
    await db.execute(sql`insert into follow_up_actions (${list})
      select ${list} from follow_up_actions order by id limit 25`);
    await db.execute(sql`update follow_up_actions set status = 'selesai'
      where id in (select id from follow_up_actions where status = 'berjalan' order by id limit 30)`);
    await db.execute(sql`update follow_up_actions set status = 'berjalan'
      where id in (select id from follow_up_actions where status = 'batal' order by id limit 10)`);
    await db.execute(sql`update follow_up_actions set due_date = due_date - 200
      where id in (select id from follow_up_actions order by id desc limit 40)`);
    await db.execute(sql`update follow_up_actions set party_region_codes = party_region_codes || array['32.13']
      where id in (select id from follow_up_actions order by id limit 20 offset 50)`);
    await db.execute(sql`update follow_up_actions set deleted_at = now()
      where id in (select id from follow_up_actions where deleted_at is null order by id limit 15 offset 5)`);
    await db.execute(sql`update follow_up_actions set deleted_at = null
      where id in (select id from follow_up_actions where deleted_at is not null order by id limit 5)`);
    await db.execute(sql`update follow_up_actions set title = title || ' (diubah)'
      where id in (select id from follow_up_actions order by id desc limit 60)`);
    await db.execute(sql`update follow_up_actions set progress = progress`);
    const copies = (await ids()).filter((id) => !before.has(id));
    expect(copies).toHaveLength(25);
    await db.execute(sql`delete from follow_up_actions where id in (${copies[0]}::uuid, ${copies[1]}::uuid)`);
    await expectSameAsActions();
  });
});
