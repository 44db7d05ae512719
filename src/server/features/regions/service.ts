import { normalizeRegionText, resolveRegion } from '../../../domain/regions/resolve.js';
import type { RegionLevel } from '../../../domain/regions/region.js';
import { AppError } from '../../errors.js';
import { findRegion, findRegionsByCodes, listChildren, searchRegions, type RegionRow } from './repo.js';
import { regionGeometry } from './geometry.js';

export type RegionListQuery = {
  q?: string | undefined;
  level?: RegionLevel | undefined;
  province?: string | undefined;
  page: number;
  pageSize: number;
};

/** Searches regions by name (typo tolerant, aliases such as "Pemkab Bekasi" or "Jabar") and code. */
export function listRegions(query: RegionListQuery) {
  const q = query.q?.trim().toLowerCase().replace(/\s+/g, ' ') || undefined;
  let resolvedCodes: string[] = [];
  if (q) {
    const resolution = resolveRegion(q);
    resolvedCodes = resolution.region ? [resolution.region.code] : resolution.candidates.map((r) => r.code);
  }
  const { items, total } = searchRegions({
    q,
    resolvedCodes,
    level: query.level,
    province: query.province,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** One region with its province and, for a province, its kabupaten/kota. */
export function getRegion(code: string) {
  const region = findRegion(code);
  if (!region) throw new AppError('REGION_NOT_FOUND', `Region ${code} does not exist`, 'code');
  const province = region.provinceCode ? findRegion(region.provinceCode) : undefined;
  const children = region.level === 'provinsi' ? listChildren(region.code) : [];
  return { ...region, province: province ?? null, children };
}

/** The boundary of a region as a GeoJSON feature. */
export async function getRegionGeometry(code: string) {
  const region = findRegion(code);
  const feature = region ? await regionGeometry(code) : undefined;
  if (!feature) throw new AppError('REGION_NOT_FOUND', `Region ${code} does not exist`, 'code');
  return feature;
}

/** Resolves free text ("Pemkab Bekasi", "Jabar", "Malang") to one region or a list of candidates. */
export function resolveRegionText(text: string) {
  const resolution = resolveRegion(text);
  const codes = resolution.region ? [resolution.region.code] : resolution.candidates.map((r) => r.code);
  const rows = findRegionsByCodes(codes);
  const byCode = new Map(rows.map((row) => [row.code, row] as const));
  const pick = (code: string): RegionRow | undefined => byCode.get(code);
  return {
    status: resolution.status,
    normalized: normalizeRegionText(text),
    region: resolution.region ? (pick(resolution.region.code) ?? null) : null,
    candidates: resolution.candidates.map((r) => pick(r.code)).filter((r): r is RegionRow => Boolean(r)),
  };
}
