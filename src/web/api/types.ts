import type { RegionLevel } from '../../domain/regions/region';
import type { ResponseOf, Schema } from './contract';

/**
 * Shapes of the Sinergi JSON API as the browser sees them, named from the types generated from
 * /api/openapi.json (contract.ts): the web never imports server code and never mirrors it by hand.
 */

/** One region of the Kemendagri code list, as returned by /api/regions. */
export type RegionDto = Schema<'Region'>;

/** A region with its province and, for a province, its kabupaten and kota. */
export type RegionDetailDto = ResponseOf<'/api/regions/{code}', 'get'>;

/** A page of a list endpoint. */
export type PageDto<T> = {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
};

/** Answer of /api/regions/resolve. */
export type RegionResolutionDto = ResponseOf<'/api/regions/resolve', 'get'>;

/** Answer of /api/health. */
export type HealthDto = Schema<'Health'>;

/** Body of every error response of the API. */
export type ApiErrorBody = Schema<'Error'>;

/** GeoJSON geometry of a region boundary. */
export type RegionGeometry =
  { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

/** Answer of /api/regions/{code}/geometry: one GeoJSON Feature. */
export type RegionGeometryFeature = {
  type: 'Feature';
  geometry: RegionGeometry;
  properties: { code: string; name: string; level: RegionLevel };
};
