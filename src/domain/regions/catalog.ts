import regionsData from './regions.json' with { type: 'json' };
import { regionLevels } from './region';
import type { Region, RegionLevel } from './region';

/**
 * Checks the generated JSON once at load time: the file is committed data, and a broken regeneration
 * should fail at the first import rather than as a wrong answer somewhere downstream.
 */
function toRegion(raw: (typeof regionsData)[number]): Region {
  const level = regionLevels.find((candidate) => candidate === raw.level);
  if (!level) throw new Error(`regions.json: region ${raw.code} has unknown level "${raw.level}"`);
  if (!Number.isFinite(raw.lat) || !Number.isFinite(raw.lng)) {
    throw new Error(`regions.json: region ${raw.code} has no point`);
  }
  return Object.freeze({
    code: raw.code,
    name: raw.name,
    level,
    provinceCode: raw.provinceCode,
    autonomous: raw.autonomous,
    lat: raw.lat,
    lng: raw.lng,
  });
}

/** All 552 regions of the Kemendagri code list (38 provinsi, 416 kabupaten, 98 kota), sorted by code. */
export const regions: readonly Region[] = Object.freeze(regionsData.map(toRegion));

const byCode = new Map<string, Region>(regions.map((region) => [region.code, region]));

const childrenByProvince = new Map<string, readonly Region[]>();
for (const region of regions) {
  if (region.provinceCode === null) continue;
  const siblings = childrenByProvince.get(region.provinceCode);
  childrenByProvince.set(region.provinceCode, siblings ? [...siblings, region] : [region]);
}

/** The 38 provinces, sorted by code. */
export const provinces: readonly Region[] = Object.freeze(
  regions.filter((region) => region.level === 'provinsi'),
);

/**
 * The region with a Kemendagri code ("32.75"), or undefined.
 * Codes are strings: "32.7" is not "32.70".
 */
export function regionByCode(code: string): Region | undefined {
  return byCode.get(code);
}

/** The kabupaten and kota of a province, sorted by code; empty for an unknown province code. */
export function childrenOf(provinceCode: string): readonly Region[] {
  return childrenByProvince.get(provinceCode) ?? [];
}

/** Counts per level, for checks and statistics. */
export function countByLevel(): Record<RegionLevel, number> {
  const counts: Record<RegionLevel, number> = { provinsi: 0, kabupaten: 0, kota: 0 };
  for (const region of regions) counts[region.level] += 1;
  return counts;
}

/**
 * The name of a region as a party to an agreement: provinces carry no prefix in their name, so they are
 * shown as "Provinsi Jawa Barat"; kabupaten and kota already read "Kabupaten Bekasi", "Kota Bekasi".
 */
export function displayName(region: Region): string {
  return region.level === 'provinsi' ? `Provinsi ${region.name}` : region.name;
}
