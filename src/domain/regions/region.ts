/** Level of a regional government (pemerintah daerah). */
export const regionLevels = ['provinsi', 'kabupaten', 'kota'] as const;
export type RegionLevel = (typeof regionLevels)[number];

/**
 * One of the 552 regions of the Kemendagri code list (38 provinsi, 416 kabupaten, 98 kota).
 * Codes are strings with a dot ("32.75") and must never be parsed as numbers.
 */
export type Region = {
  /** Kemendagri code: "32" for a province, "32.75" for a kabupaten/kota. */
  code: string;
  /** Title-case name with its kind: "Kota Bekasi", "Kabupaten Bekasi", "Jawa Barat" (provinces carry no prefix). */
  name: string;
  level: RegionLevel;
  /** Code of the parent province; null for a province. */
  provinceCode: string | null;
  /** False for DKI Jakarta's administrative kota and kabupaten (31.01, 31.71 to 31.75). */
  autonomous: boolean;
  lat: number;
  lng: number;
};

/**
 * The answer of region name resolution: exactly one region, an explicit list of candidates when the
 * text fits several (a kota and a kabupaten sharing a name), or nothing.
 */
export type RegionResolution =
  | { status: 'resolved'; region: Region; candidates: Region[] }
  | { status: 'ambiguous'; region: null; candidates: Region[] }
  | { status: 'not_found'; region: null; candidates: Region[] };
