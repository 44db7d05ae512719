/**
 * Indonesia's three time zones (UU/Keppres 41/1987): WIB (UTC+7) for Sumatra, Java, West and Central
 * Kalimantan; WITA (UTC+8) for Bali, Nusa Tenggara, South, East and North Kalimantan and Sulawesi;
 * WIT (UTC+9) for Maluku and Papua.
 */
export type IndonesianTimeZone = { abbreviation: 'WIB' | 'WITA' | 'WIT'; iana: string };

const wib: IndonesianTimeZone = { abbreviation: 'WIB', iana: 'Asia/Jakarta' };
const wita: IndonesianTimeZone = { abbreviation: 'WITA', iana: 'Asia/Makassar' };
const wit: IndonesianTimeZone = { abbreviation: 'WIT', iana: 'Asia/Jayapura' };

/** Provinces in WITA, by their Kemendagri code; Maluku (8x) and Papua (9x) are WIT, the rest WIB. */
const witaProvinces = new Set(['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']);

/**
 * The time zone of a region (any level), from its province code; WIB, the capital's, for no region
 * (national users) or an unknown code.
 */
export function timeZoneOf(regionCode: string | null | undefined): IndonesianTimeZone {
  const province = regionCode?.slice(0, 2) ?? '';
  if (witaProvinces.has(province)) return wita;
  if (/^(8|9)\d$/.test(province)) return wit;
  return wib;
}
