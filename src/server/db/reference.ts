import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { regions as regionList } from '../../domain/regions/index.js';
import type { Database } from './client.js';
import { referenceData, regions } from './schema/index.js';

function checksum(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/**
 * Loads the reference data (the 552 regions) idempotently: skipped when the stored checksum matches,
 * upserted otherwise, so a changed data set updates in place without touching what references it.
 * Returns whether anything was written.
 */
export async function loadReferenceData(database: Database): Promise<{ regions: 'unchanged' | 'loaded' }> {
  const regionsChecksum = checksum(regionList);
  return database.exclusive(async () => {
    const [current] = await database.db
      .select({ checksum: referenceData.checksum })
      .from(referenceData)
      .where(eq(referenceData.key, 'regions'));
    if (current?.checksum === regionsChecksum) return { regions: 'unchanged' as const };
    await database.db.transaction(async (tx) => {
      const rows = regionList.map((region) => ({
        code: region.code,
        name: region.name,
        level: region.level,
        provinceCode: region.provinceCode,
        autonomous: region.autonomous,
        lat: region.lat,
        lng: region.lng,
      }));
      for (let start = 0; start < rows.length; start += 200) {
        await tx
          .insert(regions)
          .values(rows.slice(start, start + 200))
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
