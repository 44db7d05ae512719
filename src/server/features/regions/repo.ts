import { and, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.js';
import { regions } from '../../db/schema/index.js';
import type { RegionLevel } from '../../../domain/regions/region.js';

/** A region row with its province's name, as the API presents it. */
export type RegionRow = {
  code: string;
  name: string;
  level: RegionLevel;
  provinceCode: string | null;
  provinceName: string | null;
  autonomous: boolean;
  lat: number;
  lng: number;
};

export type RegionSearch = {
  /** Normalised (lower-case, trimmed) search text. */
  q?: string | undefined;
  /** Codes that name resolution found for `q`; ranked first. */
  resolvedCodes?: string[];
  level?: RegionLevel | undefined;
  province?: string | undefined;
  limit: number;
  offset: number;
};

const province = alias(regions, 'province');

const columns = {
  code: regions.code,
  name: regions.name,
  level: regions.level,
  provinceCode: regions.provinceCode,
  provinceName: province.name,
  autonomous: regions.autonomous,
  lat: regions.lat,
  lng: regions.lng,
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Word similarity threshold above which a misspelt query still matches ("bekasy" ~ "kota bekasi"). */
const typoThreshold = 0.5;

/** Regions matching the filters, best match first, with the total count for paging. */
export async function searchRegions(
  db: Db,
  search: RegionSearch,
): Promise<{ items: RegionRow[]; total: number }> {
  const filters: SQL[] = [];
  if (search.level) filters.push(eq(regions.level, search.level));
  if (search.province) filters.push(eq(regions.provinceCode, search.province));
  // Without a search text the order is by code; with one, best match first.
  const order: SQL[] = [];
  const q = search.q;
  if (q) {
    const contains = `%${escapeLike(q)}%`;
    const prefix = `${escapeLike(q)}%`;
    const resolved = search.resolvedCodes ?? [];
    const inResolved = resolved.length
      ? sql`${regions.code} in (${sql.join(
          resolved.map((code) => sql`${code}`),
          sql`, `,
        )})`
      : sql`false`;
    filters.push(
      sql`(lower(${regions.name}) like ${contains} or ${regions.code} like ${prefix} or ${inResolved} or word_similarity(${q}, lower(${regions.name})) >= ${typoThreshold})`,
    );
    order.push(sql`case
      when ${inResolved} then 0
      when lower(${regions.name}) = ${q} or ${regions.code} = ${q} then 1
      when lower(${regions.name}) like ${prefix} or lower(${regions.name}) like ${`% ${escapeLike(q)}%`} then 2
      when lower(${regions.name}) like ${contains} or ${regions.code} like ${prefix} then 3
      else 4 end`);
    order.push(sql`word_similarity(${q}, lower(${regions.name})) desc`);
  }
  const rows = await db
    .select({ ...columns, total: sql<string>`count(*) over ()` })
    .from(regions)
    .leftJoin(province, eq(province.code, regions.provinceCode))
    .where(filters.length ? and(...filters) : undefined)
    .orderBy(...order, regions.code)
    .limit(search.limit)
    .offset(search.offset);
  let total = Number(rows[0]?.total ?? 0);
  if (rows.length === 0 && search.offset > 0) {
    // Past the last page: the window count is not available, count separately.
    const [count] = await db
      .select({ total: sql<string>`count(*)` })
      .from(regions)
      .where(filters.length ? and(...filters) : undefined);
    total = Number(count?.total ?? 0);
  }
  return { items: rows.map(({ total: _total, ...row }) => row), total };
}

/** One region by its Kemendagri code. */
export async function findRegion(db: Db, code: string): Promise<RegionRow | undefined> {
  const [row] = await db
    .select(columns)
    .from(regions)
    .leftJoin(province, eq(province.code, regions.provinceCode))
    .where(eq(regions.code, code));
  return row;
}

/** The kabupaten/kota of a province, by code. */
export async function listChildren(db: Db, provinceCode: string): Promise<RegionRow[]> {
  return db
    .select(columns)
    .from(regions)
    .leftJoin(province, eq(province.code, regions.provinceCode))
    .where(eq(regions.provinceCode, provinceCode))
    .orderBy(regions.code);
}

/** Regions by code, in one query. */
export async function findRegionsByCodes(db: Db, codes: string[]): Promise<RegionRow[]> {
  if (codes.length === 0) return [];
  return db
    .select(columns)
    .from(regions)
    .leftJoin(province, eq(province.code, regions.provinceCode))
    .where(
      sql`${regions.code} in (${sql.join(
        codes.map((code) => sql`${code}`),
        sql`, `,
      )})`,
    );
}
