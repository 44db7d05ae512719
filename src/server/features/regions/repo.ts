import { childrenOf, regionByCode, regions } from '../../../domain/regions/catalog.js';
import type { Region, RegionLevel } from '../../../domain/regions/region.js';
import { needle, trigrams, wordSimilarity } from '../../../domain/regions/word-similarity.js';

/**
 * The regions as the API presents them, read from memory. The 552 regions are reference data shipped
 * with the code (regions.json), identical on every instance and changed only by a release, so reads
 * never touch the database. The `regions` table still holds them for the foreign keys of the records
 * that point at regions (start-up keeps it equal to regions.json: `db/reference.ts`).
 */

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

function toRow(region: Region): RegionRow {
  const province = region.provinceCode ? regionByCode(region.provinceCode) : undefined;
  return Object.freeze({
    code: region.code,
    name: region.name,
    level: region.level,
    provinceCode: region.provinceCode,
    provinceName: province?.name ?? null,
    autonomous: region.autonomous,
    lat: region.lat,
    lng: region.lng,
  });
}

/** Every row, sorted by code, with its lower-case name for matching; built once. */
const rows = regions.map((region) => {
  const lowerName = region.name.toLowerCase();
  return { row: toRow(region), lowerName, nameTrigrams: trigrams(lowerName) };
});
const rowByCode = new Map(rows.map(({ row }) => [row.code, row] as const));

/** Word similarity threshold above which a misspelt query still matches ("bekasy" ~ "kota bekasi"). */
const typoThreshold = 0.5;

type Candidate = { row: RegionRow; rank: number; similarity: number };

/**
 * The rank of a region for a query, lower first, or undefined when it does not match: a resolved
 * code (0), the exact name or code (1), a name starting with the query or with a word starting with
 * it (2), a name containing it or a code starting with it (3), a misspelling whose word similarity
 * is at least 0.5 (4). The order is the one the SQL query had, with pg_trgm's word_similarity.
 */
function rankOf(
  lowerName: string,
  row: RegionRow,
  q: string,
  resolved: ReadonlySet<string>,
  similarity: () => number,
): number | undefined {
  if (resolved.has(row.code)) return 0;
  if (lowerName === q || row.code === q) return 1;
  if (lowerName.startsWith(q) || lowerName.includes(` ${q}`)) return 2;
  if (lowerName.includes(q) || row.code.startsWith(q)) return 3;
  return similarity() >= typoThreshold ? 4 : undefined;
}

/** Regions matching the filters, best match first, with the total count for paging. */
export function searchRegions(search: RegionSearch): { items: RegionRow[]; total: number } {
  const { q, level, province } = search;
  const resolved = new Set(search.resolvedCodes ?? []);
  const query = q ? needle(q) : undefined;
  const matches: Candidate[] = [];
  for (const { row, lowerName, nameTrigrams } of rows) {
    if (level && row.level !== level) continue;
    if (province && row.provinceCode !== province) continue;
    if (!q || !query) {
      matches.push({ row, rank: 0, similarity: 0 });
      continue;
    }
    let similarity: number | undefined;
    const similarityOnce = () => (similarity ??= wordSimilarity(query, nameTrigrams));
    const rank = rankOf(lowerName, row, q, resolved, similarityOnce);
    if (rank !== undefined) matches.push({ row, rank, similarity: similarityOnce() });
  }
  // Rows are already in code order and Array.prototype.sort is stable: ties stay by code.
  if (q) matches.sort((a, b) => a.rank - b.rank || b.similarity - a.similarity);
  return {
    items: matches.slice(search.offset, search.offset + search.limit).map(({ row }) => row),
    total: matches.length,
  };
}

/** One region by its Kemendagri code. */
export function findRegion(code: string): RegionRow | undefined {
  return rowByCode.get(code);
}

/** The kabupaten/kota of a province, by code. */
export function listChildren(provinceCode: string): RegionRow[] {
  return childrenOf(provinceCode).map((region) => rowByCode.get(region.code) as RegionRow);
}

/** Regions by code. */
export function findRegionsByCodes(codes: string[]): RegionRow[] {
  return codes.map((code) => rowByCode.get(code)).filter((row): row is RegionRow => row !== undefined);
}
