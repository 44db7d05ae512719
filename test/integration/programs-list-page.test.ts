/**
 * The programs list's page and total (`listPrograms`), read in one statement (the total a subquery
 * beside the page), give exactly what the whole list gives: every page is that list's slice and the
 * total its length. Checked for the read scopes of an anonymous visitor, a region administrator, an
 * OPD officer, a province's oversight, national oversight and a system administrator
 * (support/readers.ts), under filters alone and together, on every page and past the end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreements, programBudgets, programs } from '../../src/server/db/schema/index.js';
import { listPrograms, type ProgramFilters } from '../../src/server/features/programs/list.js';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { listReaders } from './support/readers.js';

const regionSets: string[][] = [
  ['35.73'],
  ['35.73', '35.75'],
  ['35.75', '35.14'],
  ['15.71'],
  ['32.04', '15.71'],
];
const kinds = ['kemitraan', 'bantuan_keuangan', 'hibah', 'program_lain'] as const;
const statuses = ['rencana', 'berjalan', 'selesai', 'outstanding', 'batal'] as const;
const sectors = ['kesehatan', 'pendidikan', 'pariwisata'] as const;

for (const kind of databaseKinds) {
  describe(`programs list page and total (${kind})`, () => {
    let t: TestApp;
    let parentId = '';

    beforeAll(async () => {
      t = await createTestApp(kind);
      const db = t.database.db;
      const [parent] = await db
        .insert(agreements)
        .values({
          kind: 'ksdd',
          documentType: 'ksb',
          title: 'Induk',
          stage: 'pelaksanaan',
          partyRegionCodes: ['35.73', '35.75'],
        })
        .returning({ id: agreements.id });
      parentId = parent!.id;
      const rows = await db
        .insert(programs)
        .values(
          Array.from({ length: 80 }, (_, n) => {
            const codes = regionSets[n % regionSets.length]!;
            return {
              kind: kinds[n % kinds.length]!,
              title: n % 9 === 0 ? `Bantuan air bersih ${n}` : `Program ${n}`,
              partyRegionCodes: codes,
              published: n % 3 === 0,
              funderRegionCode: codes[0]!,
              recipientRegionCode: codes[1] ?? null,
              sectors: [sectors[n % sectors.length]!],
              status: statuses[n % statuses.length]!,
              parentType: n % 4 === 0 ? 'agreement' : null,
              parentId: n % 4 === 0 ? parentId : null,
              // Several programs share an update time, so the tie-break (id) is checked too.
              updatedAt: new Date(Date.UTC(2026, 0, 1 + (n % 5))),
              deletedAt: n % 13 === 0 ? new Date() : null,
            };
          }),
        )
        .returning({ id: programs.id });
      await db
        .insert(programBudgets)
        .values(
          rows.flatMap((row, n) =>
            [2023, 2024, 2025]
              .slice(0, 1 + (n % 3))
              .map((year) => ({ programId: row.id, year, budget: 1000 * n })),
          ),
        );
    });

    afterAll(async () => {
      await t?.close();
    });

    const actors = listReaders();
    const filterSets: Array<() => ProgramFilters> = [
      () => ({}),
      () => ({ region: '35.73' }),
      () => ({ region: '35.75', role: 'recipient' }),
      () => ({ region: '35.73', year: 2024 }),
      () => ({ kind: 'bantuan_keuangan', status: 'berjalan' }),
      () => ({ sector: 'pariwisata', year: 2023 }),
      () => ({ parentType: 'agreement', parentId }),
      () => ({ q: 'air bersih' }),
      () => ({ region: '11.01' }),
    ];

    it.each(actors)('gives the same pages and total as the whole list for %s', async (_name, actorOf) => {
      const actor = actorOf();
      let nonEmpty = 0;
      for (const filtersOf of filterSets) {
        const filters = filtersOf();
        const whole = await listPrograms(t.database.db, actor, { ...filters, page: 1, pageSize: 1000 });
        if (whole.items.length > 0) nonEmpty += 1;
        expect(whole.total).toBe(whole.items.length);
        for (const page of [1, 2, 3, 5, 30]) {
          const result = await listPrograms(t.database.db, actor, { ...filters, page, pageSize: 6 });
          const context = `${JSON.stringify(filters)} page ${page}`;
          expect(result.total, context).toBe(whole.items.length);
          expect(result.items, context).toEqual(whole.items.slice((page - 1) * 6, page * 6));
        }
      }
      expect(nonEmpty).toBeGreaterThan(4);
    });
  });
}
