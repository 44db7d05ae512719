import { sql } from 'drizzle-orm';
import { boolean, check, doublePrecision, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The 552 regions of the Kemendagri code list (reference data, loaded at start-up from
 * `src/domain/regions/regions.json`). Other tables reference regions by `code`.
 */
export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    level: text('level', { enum: ['provinsi', 'kabupaten', 'kota'] }).notNull(),
    provinceCode: text('province_code'),
    autonomous: boolean('autonomous').notNull(),
    lat: doublePrecision('lat').notNull(),
    lng: doublePrecision('lng').notNull(),
  },
  (table) => [
    check('regions_level_check', sql`${table.level} in ('provinsi', 'kabupaten', 'kota')`),
    index('regions_province_idx').on(table.provinceCode),
    index('regions_name_trgm_idx').using('gin', sql`lower(${table.name}) gin_trgm_ops`),
  ],
);

/**
 * Which version (checksum) of each reference data set is loaded, so start-up can skip
 * loading when nothing changed.
 */
export const referenceData = pgTable('reference_data', {
  key: text('key').primaryKey(),
  checksum: text('checksum').notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
});
