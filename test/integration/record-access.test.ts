/**
 * The record core's tenancy: for every record type, the SQL list scope (readScope + scopeCondition)
 * returns exactly the records the per-record check (can with the type's read permission) lets the
 * actor see. Both are written once in src/server/auth/record-access.ts; this test holds them together.
 */
import { and, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../src/server/auth/policy.js';
import {
  canOnRecord,
  readPermission,
  readScope,
  scopeCondition,
  scopeConditionWithin,
  type RecordTenancy,
} from '../../src/server/auth/record-access.js';
import {
  agreements,
  followUpActions,
  meetings,
  opds,
  programs,
  visits,
} from '../../src/server/db/schema/index.js';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { readerActor } from './support/readers.js';

/** Party region sets: own (Kota Bandung), partner pairs, another province, and a kabupaten of Jawa Barat. */
const regionSets: string[][] = [
  ['32.73'],
  ['32.73', '35.73'],
  ['35.73', '35.14'],
  ['15.71'],
  ['32.04', '15.71'],
];

function actor(
  role: Role,
  regionCode: string | null,
  extra: Partial<Extract<Actor, { kind: 'user' }>> = {},
): Actor {
  return readerActor(role, {
    regionCode,
    oversightScope: role === 'oversight' ? 'province' : null,
    ...extra,
  });
}

const actors: Array<[string, Actor]> = [
  ['anonymous', { kind: 'anonymous' }],
  ['viewer of Kota Bandung', actor('viewer', '32.73')],
  ['region admin of Kota Pasuruan', actor('region_admin', '35.73')],
  ['opd officer of Kota Jambi', actor('opd_officer', '15.71')],
  ['oversight of Jawa Barat', actor('oversight', '32')],
  ['national oversight', actor('oversight', null, { oversightScope: 'national' })],
  ['system admin', actor('system_admin', null)],
  ['user without a region', actor('viewer', null)],
];

for (const kind of databaseKinds) {
  describe(`record core tenancy (${kind})`, () => {
    let t: TestApp;
    const inserted: Record<string, Array<RecordTenancy & { id: string }>> = {};

    beforeAll(async () => {
      t = await createTestApp(kind);
      const db = t.database.db;
      const [opd] = await db.insert(opds).values({ regionCode: '32.73', name: 'Dinas Uji' }).returning();
      const [parent] = await db
        .insert(agreements)
        .values({
          kind: 'ksdd',
          documentType: 'ksb',
          title: 'Induk',
          stage: 'persiapan',
          partyRegionCodes: ['32.73'],
        })
        .returning();
      const rows = regionSets.flatMap((codes) => [false, true].map((published) => ({ codes, published })));
      inserted.agreement = await db
        .insert(agreements)
        .values(
          rows.map(({ codes, published }, index) => ({
            kind: 'ksdd',
            documentType: 'ksb',
            title: `A${index}`,
            stage: 'persiapan',
            partyRegionCodes: codes,
            published,
          })),
        )
        .returning({
          id: agreements.id,
          partyRegionCodes: agreements.partyRegionCodes,
          published: agreements.published,
        });
      inserted.visit = await db
        .insert(visits)
        .values(
          rows.map(({ codes, published }, index) => ({
            kind: 'kunjungan_kerja' as const,
            title: `V${index}`,
            hostRegionCode: codes[0]!,
            partyRegionCodes: codes,
            published,
          })),
        )
        .returning({ id: visits.id, partyRegionCodes: visits.partyRegionCodes, published: visits.published });
      inserted.meeting = await db
        .insert(meetings)
        .values(
          rows.map(({ codes, published }, index) => ({
            kind: 'audiensi',
            title: `M${index}`,
            partyRegionCodes: codes,
            published,
          })),
        )
        .returning({
          id: meetings.id,
          partyRegionCodes: meetings.partyRegionCodes,
          published: meetings.published,
        });
      inserted.program = await db
        .insert(programs)
        .values(
          rows.map(({ codes, published }, index) => ({
            kind: 'kemitraan',
            title: `P${index}`,
            partyRegionCodes: codes,
            published,
          })),
        )
        .returning({
          id: programs.id,
          partyRegionCodes: programs.partyRegionCodes,
          published: programs.published,
        });
      inserted.action = await db
        .insert(followUpActions)
        .values(
          rows.map(({ codes, published }, index) => ({
            parentType: 'agreement',
            parentId: parent!.id,
            title: `T${index}`,
            opdId: opd!.id,
            opdRegionCode: '32.73',
            partyRegionCodes: codes,
            published,
          })),
        )
        .returning({
          id: followUpActions.id,
          partyRegionCodes: followUpActions.partyRegionCodes,
          published: followUpActions.published,
        });
    });
    afterAll(async () => t?.close());

    const tables = {
      agreement: agreements,
      visit: visits,
      meeting: meetings,
      program: programs,
      action: followUpActions,
    } as const;

    for (const [type, table] of Object.entries(tables) as Array<
      [keyof typeof tables, (typeof tables)[keyof typeof tables]]
    >) {
      it.each(actors)(`lists exactly the ${type} records %s may read`, async (_name, who) => {
        const records = inserted[type]!;
        const ids = records.map((record) => record.id);
        const listed = await t.database.db
          .select({ id: table.id })
          .from(table)
          .where(and(inArray(table.id, ids), scopeCondition(readScope(who), table)));
        const expected = records
          .filter((record) => canOnRecord(who, readPermission[type], record))
          .map((record) => record.id);
        expect(listed.map((row) => row.id).sort()).toEqual(expected.sort());
        // The sample is not trivial: each actor sees some records and misses others, except the all-seeing.
        if (who.kind === 'user' && (who.role === 'system_admin' || who.oversightScope === 'national'))
          expect(expected).toHaveLength(records.length);
        else expect(expected.length).toBeLessThan(records.length);
      });

      // A list filtered on one party region may leave the scope out when that region is the reader's
      // own (scopeConditionWithin): it must still list exactly what the reader may read in that region.
      it.each(actors)(`lists exactly the ${type} records of a region %s may read`, async (_name, who) => {
        const records = inserted[type]!;
        const ids = records.map((record) => record.id);
        for (const region of ['32.73', '35.73', '15.71', '32.04']) {
          const listed = await t.database.db
            .select({ id: table.id })
            .from(table)
            .where(
              and(
                inArray(table.id, ids),
                sql`${table.partyRegionCodes} && array[${region}]::text[]`,
                scopeConditionWithin(readScope(who), table, region),
              ),
            );
          const expected = records
            .filter(
              (record) =>
                record.partyRegionCodes.includes(region) && canOnRecord(who, readPermission[type], record),
            )
            .map((record) => record.id);
          expect(listed.map((row) => row.id).sort(), region).toEqual(expected.sort());
        }
      });
    }
  });
}
