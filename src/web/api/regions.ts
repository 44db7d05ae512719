import type { RegionLevel } from '../../domain/regions/region';
import { apiGet } from './client';
import type {
  PageDto,
  RegionDetailDto,
  RegionDto,
  RegionGeometryFeature,
  RegionResolutionDto,
} from './types';

/** Filters of the region list; all optional. */
export type RegionListQuery = {
  q?: string | undefined;
  level?: RegionLevel | undefined;
  /** Province code, e.g. "32". */
  province?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
};

/** Searches and lists regions (GET /api/regions). */
export function listRegions(query: RegionListQuery, signal?: AbortSignal): Promise<PageDto<RegionDto>> {
  return apiGet<PageDto<RegionDto>>('/api/regions', query, signal);
}

/** All 38 provinces, for filters. */
export function listProvinces(signal?: AbortSignal): Promise<PageDto<RegionDto>> {
  return listRegions({ level: 'provinsi', pageSize: 100 }, signal);
}

/** One region with its province and children (GET /api/regions/{code}). */
export function getRegion(code: string, signal?: AbortSignal): Promise<RegionDetailDto> {
  return apiGet<RegionDetailDto>(`/api/regions/${encodeURIComponent(code)}`, undefined, signal);
}

/** Boundary of a region as a GeoJSON Feature (GET /api/regions/{code}/geometry). */
export function getRegionGeometry(code: string, signal?: AbortSignal): Promise<RegionGeometryFeature> {
  return apiGet<RegionGeometryFeature>(
    `/api/regions/${encodeURIComponent(code)}/geometry`,
    undefined,
    signal,
  );
}

/** Resolves a free-text name ("Pemkot Malang") to a region or candidates. */
export function resolveRegion(text: string, signal?: AbortSignal): Promise<RegionResolutionDto> {
  return apiGet<RegionResolutionDto>('/api/regions/resolve', { text }, signal);
}
