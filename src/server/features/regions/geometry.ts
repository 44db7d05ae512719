import fs from 'node:fs/promises';
import path from 'node:path';
import { sourcePath } from '../../paths.js';

/** A GeoJSON feature of one region (properties code, name, level). */
export type RegionFeature = {
  type: 'Feature';
  properties: { code: string; name: string; level: string };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: number[][][] | number[][][][] };
};

const referenceDir = sourcePath('src/server/db/reference');

let index: Promise<Map<string, RegionFeature>> | undefined;

async function loadIndex(): Promise<Map<string, RegionFeature>> {
  const byCode = new Map<string, RegionFeature>();
  for (const file of ['provinces.geojson', 'kabupaten-kota.geojson']) {
    const collection = JSON.parse(await fs.readFile(path.join(referenceDir, file), 'utf8')) as {
      features: RegionFeature[];
    };
    for (const feature of collection.features) byCode.set(feature.properties.code, feature);
  }
  return byCode;
}

/**
 * The simplified boundary of a region (from cahyadsn/wilayah_boundaries, MIT). The read-only
 * reference files are parsed once per process on first use; they are the same for every instance.
 */
export async function regionGeometry(code: string): Promise<RegionFeature | undefined> {
  index ??= loadIndex().catch((error: unknown) => {
    index = undefined;
    throw error;
  });
  return (await index).get(code);
}
