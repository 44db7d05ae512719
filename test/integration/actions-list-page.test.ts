/**
 * The actions list's page and total (`listActionPage`), read in one statement in two forms (a CTE of
 * the matching actions with a region filter, a page with a total subquery without one, a region's open
 * actions from open_action_regions), give exactly
 * what the list's plain form gives: every matching action in due order (`listActionRows` with no
 * limit), sliced into pages, and their number. Checked for the read scopes of an anonymous visitor, a
 * region administrator, an OPD officer, a province's oversight, national oversight and a system
 * administrator, under filters alone and together, on every page and past the end, also after actions
 * change status, due date or regions, or are deleted (the triggers that keep open_action_regions).
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/server/auth/policy.js';
import { readScope } from '../../src/server/auth/record-access.js';
import { agreements, followUpActions, opds } from '../../src/server/db/schema/index.js';
import {
  listActionPage,
  listActionRows,
  type ActionFilters,
} from '../../src/server/features/actions/repo.js';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { listReaders } from './support/readers.js';

const today = '2026-06-15';
const regionSets: string[][] = [
  ['35.73'],
  ['35.73', '35.75'],
  ['35.75', '35.14'],
  ['15.71'],
  ['32.04', '15.71'],
  ['32.73', '35.73'],
];
const statuses = ['direncanakan', 'berjalan', 'berjalan', 'selesai', 'batal'];
/** Several actions share a due date (and some a creation time), so the tie-breaks are checked too. */
const dueDates = [null, '2026-01-10', '2026-06-01', '2026-06-15', '2026-06-20', '2026-12-31', '2027-03-01'];

for (const kind of databaseKinds) {
  describe(`actions list page and total (${kind})`, () => {
    let t: TestApp;
    let parentIds: string[] = [];
    let opdIds: string[] = [];

    beforeAll(async () => {
      t = await createTestApp(kind);
      const db = t.database.db;
      const opdRows = await db
        .insert(opds)
        .values(regionSets.map((codes, index) => ({ regionCode: codes[0]!, name: `Dinas ${index}` })))
        .returning({ id: opds.id });
      opdIds = opdRows.map((row) => row.id);
      const parents = await db
        .insert(agreements)
        .values(
          regionSets.map((codes, index) => ({
            kind: 'ksdd',
            documentType: 'ksb',
            title: `Induk ${index}`,
            stage: 'pelaksanaan',
            partyRegionCodes: codes,
          })),
        )
        .returning({ id: agreements.id });
      parentIds = parents.map((row) => row.id);
      await db.insert(followUpActions).values(
        Array.from({ length: 150 }, (_, n) => {
          const set = n % regionSets.length;
          return {
            parentType: 'agreement',
            parentId: parentIds[set]!,
            partyRegionCodes: regionSets[set]!,
            ownerRegionCode: regionSets[set]![0]!,
            published: n % 3 === 0,
            title: n % 10 === 0 ? `Sosialisasi air minum ${n}` : `Tindak lanjut ${n}`,
            opdId: opdIds[set]!,
            opdRegionCode: regionSets[set]![0]!,
            dueDate: dueDates[n % dueDates.length],
            status: statuses[n % statuses.length]!,
            createdAt: new Date(Date.UTC(2026, 0, 1 + (n % 4))),
            deletedAt: n % 17 === 0 ? new Date() : null,
          };
        }),
      );
    });

    afterAll(async () => {
      await t?.close();
    });

    const actors = listReaders(() => opdIds[3]!);
    const filterSets: Array<() => ActionFilters> = [
      () => ({}),
      () => ({ region: '35.73' }),
      () => ({ region: '35.73', status: 'berjalan' }),
      () => ({ region: '35.73', overdue: true }),
      // Read from open_action_regions (migration 0024) when the reader's scope grants the region.
      () => ({ region: '35.75', status: 'direncanakan', dueBefore: '2026-12-31' }),
      () => ({ region: '35.73', status: 'berjalan', overdue: true }),
      () => ({ region: '35.14', overdue: true, dueAfter: '2026-01-02' }),
      () => ({ region: '35.73', status: 'selesai' }),
      () => ({ region: '15.71', overdue: false }),
      () => ({ region: '35.75', dueAfter: '2026-06-01', dueBefore: '2026-12-31' }),
      () => ({ region: '32.04', q: 'air minum' }),
      () => ({ region: '11.01' }),
      () => ({ status: 'direncanakan', dueAfter: '2026-06-01' }),
      () => ({ dueBefore: '2026-12-31', dueAfter: '2026-06-01' }),
      () => ({ overdue: true }),
      () => ({ parentType: 'agreement', parentId: parentIds[1] }),
      () => ({ region: '35.73', parentType: 'agreement', parentId: parentIds[5] }),
      () => ({ opdId: opdIds[2], status: 'selesai' }),
      () => ({ q: 'air minum' }),
    ];

    /** Compares every page and the total with the plain list; returns how many lists were not empty. */
    async function expectSamePages(actor: Actor): Promise<number> {
      const scope = readScope(actor);
      let nonEmpty = 0;
      for (const filtersOf of filterSets) {
        const filters = filtersOf();
        const all = await listActionRows(t.database.db, scope, filters, today, { limit: 1000, offset: 0 });
        if (all.length > 0) nonEmpty += 1;
        for (const [limit, offsets] of [
          [7, [0, 7, 14, 21, 63, 140, 500]],
          [50, [0, 50]],
        ] as const) {
          for (const offset of offsets) {
            const { rows, total } = await listActionPage(t.database.db, scope, filters, today, {
              limit,
              offset,
            });
            const context = `${JSON.stringify(filters)} limit ${limit} offset ${offset}`;
            expect(total, context).toBe(all.length);
            expect(rows, context).toEqual(all.slice(offset, offset + limit));
          }
        }
      }
      return nonEmpty;
    }

    it.each(actors)('gives the same pages and total as the plain list for %s', async (_name, actorOf) => {
      // The fixture gives every reader something to list, so the comparisons are not all of empty lists.
      expect(await expectSamePages(actorOf())).toBeGreaterThan(5);
    });

    it('still gives them after actions change status, due date, regions or are deleted', async () => {
      const db = t.database.db;
      // Each write moves actions in or out of the region lists read from open_action_regions.
      await db.execute(sql`update follow_up_actions
        set status = case status when 'berjalan' then 'direncanakan' else 'berjalan' end
        where status in ('berjalan', 'direncanakan') and title like '%1'`);
      await db.execute(sql`update follow_up_actions set status = 'selesai' where title like '%2'`);
      await db.execute(
        sql`update follow_up_actions set status = 'berjalan' where status = 'batal' and title like '%5'`,
      );
      await db.execute(sql`update follow_up_actions set due_date = date '2026-01-05' where title like '%3'`);
      await db.execute(sql`update follow_up_actions set party_region_codes = array['35.75', '35.73']
        where title like '%4'`);
      await db.execute(sql`update follow_up_actions set deleted_at = now() where title like '%6'`);
      await db.execute(sql`delete from follow_up_actions where title like '%7'`);
      for (const [, actorOf] of actors) expect(await expectSamePages(actorOf())).toBeGreaterThan(5);
    });
  });
}
