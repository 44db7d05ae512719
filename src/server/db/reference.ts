import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { regions as regionList } from '../../domain/regions/index.js';
import type { Database } from './client.js';
import { referenceData, regions } from './schema/index.js';

function checksum(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

type RegionRow = typeof regions.$inferInsert;

/** The columns start-up owns: the shipped data set decides them, whatever was edited in the table. */
const expectedRows: RegionRow[] = regionList.map((region) => ({
  code: region.code,
  name: region.name,
  level: region.level,
  provinceCode: region.provinceCode,
  autonomous: region.autonomous,
  lat: region.lat,
  lng: region.lng,
}));

function sameRow(a: RegionRow, b: RegionRow | undefined): boolean {
  return (
    b !== undefined &&
    a.name === b.name &&
    a.level === b.level &&
    (a.provinceCode ?? null) === (b.provinceCode ?? null) &&
    a.autonomous === b.autonomous &&
    a.lat === b.lat &&
    a.lng === b.lng
  );
}

/**
 * Loads the reference data (the 552 regions) idempotently. The table is compared with the shipped
 * data set on every start (552 rows, a few milliseconds): missing or changed rows, including rows
 * edited by hand, are upserted in place without touching what references them, and the data set's
 * checksum is recorded in `reference_data`. Rows no longer in the data set are kept, since
 * agreements may still point at them. Returns whether anything was written.
 */
export async function loadReferenceData(database: Database): Promise<{ regions: 'unchanged' | 'loaded' }> {
  const regionsChecksum = checksum(regionList);
  return database.exclusive(async () => {
    const [current] = await database.db
      .select({ checksum: referenceData.checksum })
      .from(referenceData)
      .where(eq(referenceData.key, 'regions'));
    const stored = new Map((await database.db.select().from(regions)).map((row) => [row.code, row] as const));
    const stale = expectedRows.filter((row) => !sameRow(row, stored.get(row.code)));
    if (stale.length === 0 && current?.checksum === regionsChecksum) return { regions: 'unchanged' as const };
    await database.db.transaction(async (tx) => {
      for (let start = 0; start < stale.length; start += 200) {
        await tx
          .insert(regions)
          .values(stale.slice(start, start + 200))
          .onConflictDoUpdate({
            target: regions.code,
            set: {
              name: sql`excluded.name`,
              level: sql`excluded.level`,
              provinceCode: sql`excluded.province_code`,
              autonomous: sql`excluded.autonomous`,
              lat: sql`excluded.lat`,
              lng: sql`excluded.lng`,
            },
          });
      }
      await tx
        .insert(referenceData)
        .values({ key: 'regions', checksum: regionsChecksum })
        .onConflictDoUpdate({
          target: referenceData.key,
          set: { checksum: regionsChecksum, loadedAt: sql`now()` },
        });
    });
    return { regions: 'loaded' as const };
  });
}
