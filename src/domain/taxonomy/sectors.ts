/**
 * Typed access to the sector taxonomy (sectors.json): 41 keys built on the urusan pemerintahan of
 * UU 23/2014 plus supporting functions and cross-cutting keys. Use these keys everywhere: records,
 * filters, statistics, extraction.
 */
import { z } from 'zod';
import taxonomy from './sectors.json' with { type: 'json' };

/**
 * The sector keys, in the order of sectors.json. Spelled out here so that TypeScript knows each key as a
 * literal; the module checks at load time that this list and the JSON agree, so they cannot drift apart.
 */
export const sectorKeys = [
  'pendidikan',
  'kesehatan',
  'pekerjaan_umum_penataan_ruang',
  'perumahan_kawasan_permukiman',
  'ketenteraman_ketertiban_umum',
  'penanggulangan_bencana',
  'sosial',
  'tenaga_kerja',
  'pemberdayaan_perempuan_perlindungan_anak',
  'pangan',
  'pertanahan',
  'lingkungan_hidup',
  'administrasi_kependudukan',
  'pemberdayaan_masyarakat_desa',
  'pengendalian_penduduk_kb',
  'perhubungan',
  'komunikasi_informatika',
  'koperasi_ukm',
  'penanaman_modal',
  'kepemudaan_olahraga',
  'statistik',
  'persandian',
  'kebudayaan',
  'perpustakaan',
  'kearsipan',
  'kelautan_perikanan',
  'pariwisata',
  'ekonomi_kreatif',
  'pertanian',
  'kehutanan',
  'energi_sumber_daya_mineral',
  'perdagangan',
  'perindustrian',
  'transmigrasi',
  'perencanaan_pembangunan',
  'keuangan_daerah',
  'kepegawaian_sdm_aparatur',
  'penelitian_pengembangan_inovasi',
  'pemerintahan_umum',
  'pelayanan_publik',
  'perekonomian',
] as const;

/** A key of the sector taxonomy, e.g. "kesehatan". */
export type SectorKey = (typeof sectorKeys)[number];

/** Groups of sectors, after the classification of urusan pemerintahan in UU 23/2014. */
export const sectorGroups = [
  'wajib_pelayanan_dasar',
  'wajib_non_pelayanan_dasar',
  'pilihan',
  'penunjang',
  'lintas_sektor',
] as const;
export type SectorGroup = (typeof sectorGroups)[number];

/** Interface language of a label. */
export type SectorLanguage = 'id' | 'en';

/** One sector of the taxonomy. */
export type Sector = {
  key: SectorKey;
  group: SectorGroup;
  /** Parent sector when this one is a sub-sector (ekonomi_kreatif under pariwisata). */
  parent: SectorKey | null;
  /** Indonesian label. */
  id: string;
  /** English label. */
  en: string;
  /** Common words for the sector: a starting point for extraction, not a complete list. */
  examples: readonly string[];
};

/** Zod schema of a sector key, for request bodies, query strings and the extraction contract. */
export const sectorKeySchema = z.enum(sectorKeys);

const keySet: ReadonlySet<string> = new Set(sectorKeys);

/** True when the string is a key of the sector taxonomy. */
export function isSectorKey(value: string): value is SectorKey {
  return keySet.has(value);
}

function toSector(raw: (typeof taxonomy.sectors)[number], index: number): Sector {
  const expected = sectorKeys[index];
  if (raw.key !== expected)
    throw new Error(`sectors.json: sector ${index} is "${raw.key}", sectors.ts expects "${expected}"`);
  const group = sectorGroups.find((candidate) => candidate === raw.group);
  if (!group) throw new Error(`sectors.json: sector ${raw.key} has unknown group "${raw.group}"`);
  const parent = 'parent' in raw && typeof raw.parent === 'string' ? raw.parent : null;
  if (parent !== null && !isSectorKey(parent))
    throw new Error(`sectors.json: sector ${raw.key} has unknown parent "${parent}"`);
  return Object.freeze({
    key: expected,
    group,
    parent,
    id: raw.id,
    en: raw.en,
    examples: Object.freeze([...raw.examples]),
  });
}

if (taxonomy.sectors.length !== sectorKeys.length) {
  throw new Error(
    `sectors.json has ${taxonomy.sectors.length} sectors, sectors.ts lists ${sectorKeys.length}`,
  );
}

/** All sectors, in the order of sectors.json. */
export const sectors: readonly Sector[] = Object.freeze(taxonomy.sectors.map(toSector));

const byKey = new Map<SectorKey, Sector>(sectors.map((sector) => [sector.key, sector]));

/** The sector with a key. */
export function sectorByKey(key: SectorKey): Sector {
  const sector = byKey.get(key);
  // Unreachable while the load-time check holds; kept so a broken invariant fails loudly.
  if (!sector) throw new Error(`unknown sector key "${key}"`);
  return sector;
}

/** Label of a sector in Indonesian ("Kesehatan") or English ("Health"). */
export function sectorLabel(key: SectorKey, lang: SectorLanguage): string {
  const sector = sectorByKey(key);
  return lang === 'en' ? sector.en : sector.id;
}
