/**
 * The words the extractor reads by, in one place: weekdays, months, acting markers, honorifics, signing
 * verbs, cooperation and background cues, and the building words before a title. Rules build their patterns from these alternations (regular-expression source, no
 * capture groups), so a spelling added here is read everywhere. The acting markers and honorifics are the
 * domain's (src/domain/agreements/kinds.ts, src/domain/officials/terms.ts).
 */

import { actingKindLabels, actingKinds, isActing } from '../domain/agreements/kinds';
import type { ActingKind } from '../domain/agreements/kinds';
import { nameHonorifics } from '../domain/officials/terms';

/** Weekday names, with "Jum'at" and "Ahad". */
export const weekdayNames = [
  'Senin',
  'Selasa',
  'Rabu',
  'Kamis',
  "Jum['’]?at",
  'Sabtu',
  'Minggu',
  'Ahad',
] as const;
/** One weekday: `Senin|Selasa|...` (regular-expression source). */
export const weekdayAlternation = weekdayNames.join('|');

/** Month names written in full, January first. */
export const monthNames = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;
/** One month in full: `Januari|Februari|...`. */
export const fullMonthAlternation = monthNames.join('|');
/** One month in full, in an old spelling or abbreviated ("Pebruari", "Nopember", "Agust", "Okt"). */
export const monthAlternation = [
  ...monthNames.slice(0, 2),
  'Pebruari',
  ...monthNames.slice(2, 11),
  'Nopember',
  monthNames[11],
  'Jan',
  'Feb',
  'Peb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Agust',
  'Agu',
  'Agt',
  'Ags',
  'Sept',
  'Sep',
  'Okt',
  'Nov',
  'Des',
].join('|');

const actingLabels = actingKinds.filter(isActing).map((kind) => actingKindLabels[kind]);
/** A word's letters in either case: acting markers are written "Pj", "PJ", "pj", "PLT", "Pelaksana tugas". */
const caseless = (word: string): string =>
  word.replace(/\p{L}/gu, (letter) => `[${letter.toUpperCase()}${letter.toLowerCase()}]`);
/** "Pelaksana Tugas" as a pattern: each word in either case, any spaces between them. */
const caselessWords = (phrase: string): string => phrase.split(' ').map(caseless).join('\\s+');
/**
 * Acting markers before a title, abbreviated with or without the period or in full, in any case: Pj.,
 * PJ, pj, Plt., PLT, Plh., Penjabat, Pelaksana Tugas/Harian (the domain's acting kinds,
 * src/domain/agreements/kinds.ts), "Penjabat Sementara"/"Pjs." (a Penjabat during an election), and
 * "Pejabat (Pj)", the common misspelling of Penjabat, read only with its short form after it.
 */
export const actingAlternation = [
  caselessWords('Penjabat Sementara'),
  ...actingLabels.map((label) => caselessWords(label.id)),
  `${caseless('Pjs')}\\.?`,
  ...actingLabels.map((label) => `${caseless(label.prefix.replace('.', ''))}\\.?`),
  'Pejabat(?=\\s*\\((?:Pj|PJ)\\.?\\))',
].join('|');

/**
 * The acting kind a marker names, however it is spelled: Plt./Pelaksana Tugas, Plh./Pelaksana Harian,
 * and otherwise a Penjabat (Pj., Pjs., Penjabat Sementara, "Pejabat (Pj)").
 */
export function actingKindOf(marker: string): Exclude<ActingKind, 'definitif'> {
  const letters = marker.toLowerCase().replace(/[^a-z]/g, '');
  if (letters === 'plt' || letters.startsWith('pelaksanatugas')) return 'plt';
  if (letters === 'plh' || letters.startsWith('pelaksanaharian')) return 'plh';
  return 'pj';
}

/**
 * Honorifics and academic titles written before a name ("H.", "Hj.", "HM", "KH.", "Drs.", "Dr."): the
 * domain's words (src/domain/officials/terms.ts) capitalised, without the acting prefixes (read apart),
 * and the spellings news text adds ("HM", "H.M", "K.H", "dr", "Kyai", "Pak", "Hajah").
 */
export const honorificAlternation = [
  ...nameHonorifics
    .filter((word) => !actingLabels.some((label) => label.prefix.toLowerCase() === `${word}.`))
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1)),
  'HM',
  'KH',
  'H\\.M',
  'H\\.\\s?M',
  'K\\.H',
  'dr',
  'drg',
  'Ns',
  'Kyai',
  'Kiai',
  'Pak',
  'Bpk',
  'Bu',
  'Sdr',
  'Haji',
  'Hajah',
  'Bunda',
  // Military and police ranks kept before a civilian office ("Walikota Tidore Kepulauan Capt. Ali Ibrahim").
  'Capt',
  'Kapt',
  'Kapten',
  'Kol',
  'Kolonel',
  'Letkol',
  'Brigjen',
  'Mayjen',
  'Irjen',
  'Komjen',
  'Laksma',
  'Marsma',
].join('|');

/** Verbs and nouns of a signing: "menandatangani", "penandatanganan", "meneken", "diteken". */
export const signingAlternation =
  'menandatangani|ditandatangani|penandatanganan|penandatangan|tandatangani|bertanda\\s*tangan|meneken|diteken|teken|menjalin\\s+kesepakatan';

/** A sentence that reports a signing. */
export const signingSentenceCue =
  /(?<![\p{L}])(ditandatangani|ditanda\s+tangani|menandatangani|penandatanganan|diteken|meneken|bertanda\s*tangan)(?![\p{L}])/iu;

/** Words that make a following official's title part of a building's name ("Kantor Bupati X"). */
export const buildingBefore =
  /(?<![\p{L}])(?:Kantor|Rumah\s+(?:Dinas|Jabatan)|Rumdin|Rujab|Pendopo|Pendapa|Gedung|Aula|Wisma|Ruang(?:\s+(?:Rapat|Kerja|Tamu|Sidang|Pertemuan))?)\s+$/iu;

/**
 * Words of a sentence that concerns the cooperation or the event (a "core" sentence for parties); a
 * rapat koordinasi is a meeting between leaders (docs/domain.md: "Audiensi / rapat"), like an audiensi.
 */
export const cooperationCue =
  /(?<![\p{L}])(kerja\s?sama|bekerja\s?sama|kesepakatan|kesepahaman|perjanjian|mou|nota|kemitraan|menandatangani|ditandatangani|ditanda\s+tangani|penandatanganan|meneken|kunjungan|berkunjung|mengunjungi|dikunjungi|menyambangi|disambangi|bertandang|studi\s+(?:banding|komparasi|tiru)|kaji\s+banding|audiensi|rapat\s+koordinasi|rakor|menerima|diterima|rombongan|bertemu|menemui|ditemui|menghadap|pertemuan|sinergi|kolaborasi)(?![\p{L}])/iu;
/**
 * A government's financial help to another ("bantuan keuangan", "Bankeu", "Bangub", "Bangubsus",
 * "hibah", a head who "serahkan bantuan"): a program between regions (docs/domain.md, "Around the agreements") when the article is
 * about it, not when a quote promises it in passing.
 */
export const financialHelpCue =
  /(?<![\p{L}])(?:bantuan\s+keuangan|bankeu|bangub(?:sus)?|hibah|dana\s+bantuan|bantuan\s+dana|(?:meny|s)erahkan\s+bantuan|penyerahan\s+bantuan)(?![\p{L}])/iu;
/**
 * The nouns of cooperation alone (no verbs of receiving or meeting): a sentence about the cooperation
 * itself, where the sectors' fallback reads its scope.
 */
export const cooperationNounCue =
  /\b(kerja\s?sama|kesepakatan|kemitraan|mou|nota|perjanjian|kunjungan|studi|audiensi|sinergi)\b/i;
/** A sentence about earlier cooperation is background, not the event. */
export const backgroundCue =
  /(?<![\p{L}])(sebelumnya|pernah|tahun\s+lalu|beberapa\s+tahun|sejak\s+\d{4}|serupa|(?:lebih|terlebih)\s+(?:dulu|dahulu))(?![\p{L}])/iu;
