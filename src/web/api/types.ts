import type { RegionLevel } from '../../domain/regions/region';

/**
 * Shapes of the Sinergi JSON API as the browser sees them. The web never imports server code, so
 * these mirror the server's response contracts (see /api/openapi.json).
 */

/** One region of the Kemendagri code list, as returned by /api/regions. */
export type RegionDto = {
  /** Kemendagri code, e.g. "32.75"; a string, never a number. */
  code: string;
  name: string;
  level: RegionLevel;
  /** Code of the parent province; null for a province. */
  provinceCode: string | null;
  provinceName: string | null;
  /** False for DKI Jakarta's administrative kota and kabupaten. */
  autonomous: boolean;
  lat: number;
  lng: number;
};

/** A region with its province and, for a province, its kabupaten and kota. */
export type RegionDetailDto = RegionDto & {
  province: RegionDto | null;
  children: RegionDto[];
};

/** A page of a list endpoint. */
export type PageDto<T> = {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
};

/** Answer of /api/regions/resolve. */
export type RegionResolutionDto = {
  status: 'resolved' | 'ambiguous' | 'not_found';
  region: RegionDto | null;
  candidates: RegionDto[];
};

/** Answer of /api/health. */
export type HealthDto = {
  status: 'ok';
  database: 'pglite' | 'postgresql';
  version: string;
  migrations: number;
};

/** Body of every error response of the API. */
export type ApiErrorBody = {
  error: {
    code: string;
    message: string;
    field?: string;
    requestId?: string;
    details?: unknown;
  };
};

/** GeoJSON geometry of a region boundary. */
export type RegionGeometry =
  { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

/** Answer of /api/regions/{code}/geometry: one GeoJSON Feature. */
export type RegionGeometryFeature = {
  type: 'Feature';
  geometry: RegionGeometry;
  properties: { code: string; name: string; level: RegionLevel };
};
