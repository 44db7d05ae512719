/**
 * The regions of Indonesia (Kemendagri code list) and region name resolution: the public face of
 * src/domain/regions. Data lives in catalog.ts, resolution in resolve.ts.
 */
export type { Region, RegionLevel, RegionResolution } from './region';
export { regionLevels } from './region';
export { childrenOf, countByLevel, displayName, provinces, regionByCode, regions } from './catalog';
export {
  lookupAlias,
  maxAliasTokenCount,
  normalizeRegionText,
  resolveRegion,
  stripRegionPrefixes,
} from './resolve';
export type { RegionPrefixes } from './resolve';
export { timeZoneOf, type IndonesianTimeZone } from './time-zone';
