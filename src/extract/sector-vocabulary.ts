/**
 * The weighted vocabulary of the sector keys (taxonomy/sectors.json): the taxonomy's `examples` plus the
 * Indonesian words below, each with a weight. A word that names its field outright ("persampahan",
 * "pelayanan kesehatan") weighs more than one that is often said in passing ("sekolah", "jalan", "media",
 * "desa"). The weights are read by sector-choice.ts, which adds them up per key.
 */
import { sectors } from '../domain/taxonomy/sectors';
import type { SectorKey } from '../domain/taxonomy/sectors';

/**
 * Indonesian words per sector beyond the taxonomy's `examples`. Longer phrases win over shorter ones
 * at the same position ("industri kreatif" is ekonomi_kreatif, not perindustrian).
 */
export const extraVocabulary: Partial<Record<SectorKey, readonly string[]>> = {
  pendidikan: [
    'siswa',
    'pelajar',
    'PAUD',
    'sekolah rakyat',
    'dunia pendidikan',
    'vokasi',
    'SMK',
    'politeknik',
    'madrasah',
    'kurikulum',
    'tenaga pendidik',
  ],
  kesehatan: [
    'RSUD',
    'layanan kesehatan',
    'pelayanan kesehatan',
    'berobat',
    'gizi',
    'jaminan kesehatan',
    'tenaga medis',
    'tenaga kesehatan',
    'dokter',
    'dokter spesialis',
    'ambulans',
    'posyandu',
    'imunisasi',
  ],
  pekerjaan_umum_penataan_ruang: [
    'fly over',
    'irigasi',
    'pekerjaan umum',
    'SPAM',
    'jalan tol',
    'penataan ruang',
    'air baku',
    'sumber air',
    'mata air',
    'normalisasi sungai',
    'kolam retensi',
    'embung',
    'bendungan',
    'tanggul',
  ],
  perumahan_kawasan_permukiman: ['RTLH', 'rumah layak huni', 'kawasan kumuh', 'rumah susun', 'rusunawa'],
  ketenteraman_ketertiban_umum: ['damkar', 'trantibum', 'ketenteraman'],
  // "pasca" is written glued to its noun: "pascabanjir", "pascabencana".
  penanggulangan_bencana: [
    'tanggap darurat',
    'longsor',
    'gempa',
    'kebakaran hutan',
    'pascabanjir',
    'pascabencana',
    'pascagempa',
    'tsunami',
    'likuefaksi',
    'kesiapsiagaan',
    'peringatan dini',
    'rencana kontinjensi',
  ],
  sosial: ['kemiskinan', 'kesejahteraan sosial', 'penyandang disabilitas', 'bantuan sosial', 'fakir miskin'],
  tenaga_kerja: ['pekerja migran', 'pencari kerja', 'naker', 'pengangguran', 'balai latihan kerja'],
  pangan: ['pangan'],
  lingkungan_hidup: [
    'pengelolaan sampah',
    'kebersihan',
    'pencemaran',
    'bank sampah',
    'TPS3R',
    'daerah tangkapan air',
    'penghijauan',
    'tempat pemrosesan akhir',
    'pengolahan sampah',
    'daur ulang',
  ],
  administrasi_kependudukan: [
    'pencatatan sipil',
    'akta kelahiran',
    'data kependudukan',
    'adminduk',
    'NIK',
    'kartu keluarga',
    'identitas kependudukan digital',
  ],
  perhubungan: [
    'transportasi publik',
    'bus',
    'kereta',
    'pelabuhan',
    'bandara',
    'dermaga',
    'penyeberangan',
    'kapal',
    'feri',
    'konektivitas',
    'trayek',
    'antarmoda',
    'kapal perintis',
    'lalu lintas',
  ],
  // Boundaries of villages and regions are boundary affairs, not village empowerment.
  pemerintahan_umum: [
    'perdata dan tata usaha negara',
    'datun',
    'pendampingan hukum',
    'batas desa',
    'batas wilayah',
    'pengelolaan perbatasan',
    'perbatasan negara',
    'batas daerah',
    'tapal batas',
    // The business of a DPRD: its rules, its bodies, its law-making.
    'tata tertib',
    'kedewanan',
    'alat kelengkapan dewan',
    'Badan Musyawarah',
    'Bapemperda',
    'Propemperda',
    'pembentukan peraturan daerah',
    'fungsi legislasi',
    // Governing itself: coordination of heads of region, elections, the running of a government.
    'rapat koordinasi',
    'rakor',
    'koordinasi',
    'penyelenggaraan pemerintahan',
    'pemerintahan daerah',
    'pilkada',
    'pemilukada',
    'pemilu',
    'pemilihan kepala daerah',
  ],
  komunikasi_informatika: [
    'teknologi informasi',
    'informatika',
    'kominfo',
    'media sosial',
    'kota cerdas',
    'smart kampung',
    'smart village',
    'layanan digital',
    'transformasi digital',
    'jaringan internet',
  ],
  koperasi_ukm: ['UKM', 'usaha mikro', 'usaha menengah'],
  kebudayaan: ['seni budaya', 'kesenian daerah'],
  kelautan_perikanan: ['budidaya ikan', 'pesisir', 'pelabuhan perikanan', 'pelelangan ikan'],
  pertanian: ['petani', 'peternak'],
  pariwisata: ['desa wisata', 'ekowisata', 'wisata bahari'],
  perdagangan: [
    'dagang',
    'distribusi barang',
    'operasi pasar',
    'pasar murah',
    'kebutuhan pokok',
    'pasar rakyat',
    'pasar tradisional',
    'toko modern',
    'toko swalayan',
    'ritel modern',
  ],
  perindustrian: ['IKM'],
  perpustakaan: ['minat baca'],
  kehutanan: ['perhutanan sosial'],
  energi_sumber_daya_mineral: ['kelistrikan', 'PLTS', 'tenaga surya'],
  perencanaan_pembangunan: ['RKPD', 'musrenbang', 'rencana pembangunan'],
  pelayanan_publik: ['layanan publik', 'MPP', 'pelayanan terpadu', 'layanan terpadu'],
  kepemudaan_olahraga: ['kepemudaan', 'atlet'],
  keuangan_daerah: [
    'pajak',
    'pendapatan daerah',
    'BPKAD',
    'Bapenda',
    'pengelolaan keuangan',
    'optimalisasi pendapatan',
    'keuangan provinsi',
  ],
  kepegawaian_sdm_aparatur: ['aparatur', 'PPPK', 'CPNS'],
  perekonomian: [
    'ekonomi daerah',
    'inflasi',
    'inflasi daerah',
    'TPID',
    'pemulihan ekonomi',
    'ekonomi lokal',
    'ekonomi kerakyatan',
    'ekonomi',
    'perekonomian daerah',
  ],
  // Compounds with "sekolah" or "kota" that name child protection, not schools or cities.
  pemberdayaan_perempuan_perlindungan_anak: [
    'layak anak',
    'ramah anak',
    'sekolah ramah anak',
    'hak anak',
    'kekerasan terhadap anak',
    'kekerasan terhadap perempuan',
  ],
};

/** Phrases that contain a sector word without being about that sector. */
export const falseFriends = [
  'membayar retribusi',
  'membayar pajak',
  'bayar retribusi',
  'tanah air',
  'awak media',
  'rekan media',
  'rekan rekan media',
  'insan media',
];

/**
 * Words often said in passing, in names or in praise ("sekolah", "media", "potensi daerah", "desa"):
 * they weigh little alone. A phrase of several words or an agency acronym weighs more than one word.
 */
const lightTerms: Record<string, number> = {
  sekolah: 0.5,
  guru: 0.5,
  jalan: 0.5,
  media: 0.4,
  aplikasi: 0.5,
  pasar: 0.6,
  desa: 0.5,
  tanah: 0.5,
  hutan: 0.6,
  energi: 0.6,
  listrik: 0.6,
  industri: 0.6,
  budaya: 0.7,
  pemuda: 0.6,
  sosial: 0.6,
  perencanaan: 0.6,
  inovasi: 0.7,
  'potensi daerah': 0.6,
  bus: 0.5,
  kapal: 0.5,
  kereta: 0.5,
  bandara: 0.6,
  pelabuhan: 0.6,
  konektivitas: 0.7,
  destinasi: 0.6,
  rujukan: 0.5,
  lowongan: 0.5,
  aparatur: 0.5,
  ekspor: 0.6,
  investor: 0.7,
  perizinan: 0.7,
  arsip: 0.5,
  literasi: 0.6,
  pajak: 0.7,
  kebersihan: 0.5,
  koordinasi: 0.5,
  'pemerintahan daerah': 0.5,
  ekonomi: 0.7,
  dokter: 0.6,
  siswa: 0.7,
  pelajar: 0.7,
  terminal: 0.6,
  parkir: 0.6,
};

/** The weight of a phrase of the vocabulary. */
function weightOf(phrase: string): number {
  const light = lightTerms[phrase.toLowerCase()];
  if (light !== undefined) return light;
  return phrase.includes(' ') || /^[A-Z]{3,}$/.test(phrase) ? 1.25 : 1;
}

type Term = { phrase: string; key: SectorKey | null; weight: number };

/** Upper-case acronyms match case-sensitively ("PAD" is not "pad"); words match in any case. */
function isAcronym(phrase: string): boolean {
  return /^[A-Z]{2,}$/.test(phrase);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const terms: Term[] = [];
for (const sector of sectors) {
  for (const phrase of [...sector.examples, ...(extraVocabulary[sector.key] ?? [])])
    terms.push({ phrase, key: sector.key, weight: weightOf(phrase) });
}
for (const phrase of falseFriends) terms.push({ phrase, key: null, weight: 0 });
// Longest first, so that alternation prefers "industri kreatif" over "industri".
terms.sort((a, b) => b.phrase.length - a.phrase.length);

/** A vocabulary entry: its key (null for a false friend), its weight, and for acronyms the exact spelling. */
export type VocabularyEntry = { key: SectorKey | null; weight: number; exact: string | null };

const normalize = (phrase: string): string => phrase.toLowerCase().replace(/[\s-]+/g, ' ');

/** Lower-cased phrase -> its entry. */
const phraseKeys = new Map<string, VocabularyEntry>();
for (const term of terms) {
  const normalized = normalize(term.phrase);
  if (!phraseKeys.has(normalized))
    phraseKeys.set(normalized, {
      key: term.key,
      weight: term.weight,
      exact: isAcronym(term.phrase) ? term.phrase : null,
    });
}

/** One pass over a clause finds every term; words inside longer words never match. */
export const termPattern = new RegExp(
  `(?<![\\p{L}\\d])(?:${[...phraseKeys.keys()].map((phrase) => escape(phrase).replace(/ /g, '[\\s-]+')).join('|')})(?![\\p{L}\\d])`,
  'giu',
);

/** The sector entry of a matched phrase, or null (a false friend, or an acronym in the wrong case). */
export function vocabularyEntry(matched: string): VocabularyEntry | null {
  const entry = phraseKeys.get(normalize(matched));
  if (!entry?.key || (entry.exact !== null && entry.exact !== matched)) return null;
  return entry;
}
