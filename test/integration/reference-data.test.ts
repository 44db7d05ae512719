import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { regions as regionList } from '../../src/domain/regions/index.js';
import { queryRows } from '../../src/server/db/client.js';
import { runMigrations } from '../../src/server/db/migrate.js';
import { loadReferenceData } from '../../src/server/db/reference.js';
import { regions } from '../../src/server/db/schema/index.js';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';

/**
 * Start-up runs migrations and the reference data loader on every start: running them again must
 * change nothing, and a region row edited in the table is put back from the shipped data set.
 */
describe.each(databaseKinds)('reference data on %s', (kind) => {
  let testApp: TestApp | undefined;
  afterEach(async () => {
    await testApp?.close();
    testApp = undefined;
  });

  async function regionCount(): Promise<number> {
    const rows = await queryRows<{ count: string | number }>(
      testApp!.database.db,
      sql`select count(*) as count from regions`,
    );
    return Number(rows[0]?.count);
  }

  it('is idempotent, and restores a changed region', async () => {
    testApp = await createTestApp(kind);
    const { database } = testApp;
    expect(regionList).toHaveLength(552);

    await runMigrations(database);
    expect(await loadReferenceData(database)).toEqual({ regions: 'unchanged' });
    await runMigrations(database);
    expect(await loadReferenceData(database)).toEqual({ regions: 'unchanged' });
    expect(await regionCount()).toBe(552);

    const shipped = regionList.find((region) => region.code === '32.75')!;
    await database.db
      .update(regions)
      .set({ name: 'Kota Bekasi (edited)', autonomous: !shipped.autonomous, lat: 0 })
      .where(eq(regions.code, '32.75'));
    await database.db.delete(regions).where(eq(regions.code, '32.16'));
    expect(await regionCount()).toBe(551);

    expect(await loadReferenceData(database)).toEqual({ regions: 'loaded' });
    expect(await regionCount()).toBe(552);
    const [restored] = await database.db.select().from(regions).where(eq(regions.code, '32.75'));
    expect(restored).toMatchObject({
      name: shipped.name,
      autonomous: shipped.autonomous,
      lat: shipped.lat,
      lng: shipped.lng,
    });
    const [recreated] = await database.db.select().from(regions).where(eq(regions.code, '32.16'));
    expect(recreated?.name).toBe('Kabupaten Bekasi');

    expect(await loadReferenceData(database)).toEqual({ regions: 'unchanged' });
  });
});
