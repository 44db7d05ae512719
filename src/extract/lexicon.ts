/**
 * The words the extractor reads by, in one place: weekdays, months, acting markers, signing verbs and
 * cooperation cues. Rules build their patterns from these alternations (regular-expression source, no
 * capture groups), so a spelling added here is read everywhere. The acting markers are the domain's
 * (src/domain/regions/resolve.ts peels the same words off a title).
 */

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

/** Acting markers before a title, abbreviated or in full: Pj., Plt., Plh., Penjabat, Pelaksana Tugas/Harian. */
export const actingAlternation = 'Pj\\.?|Plt\\.?|Plh\\.?|Penjabat|Pelaksana\\s+Tugas|Pelaksana\\s+Harian';

/** Verbs and nouns of a signing: "menandatangani", "penandatanganan", "meneken", "diteken". */
export const signingAlternation =
  'menandatangani|ditandatangani|penandatanganan|penandatangan|tandatangani|bertanda\\s*tangan|meneken|diteken|teken|menjalin\\s+kesepakatan';
