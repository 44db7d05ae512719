/**
 * The event date of an article. News text writes it next to a weekday: "Rabu (07/08)",
 * "Selasa (5/12/2017)", "Senin (12 Januari 2026)", "Kamis, 16 Januari 2025". The publication date
 * printed above the text ("8 Agustus 2024", "Senin, 12 Januari 2026 10:15 WIB") is never the event
 * date, but it supplies the year when the text leaves it out.
 *
 * Weekday policy (decided here, tested in dates.test.ts):
 * - a full date whose weekday contradicts it keeps its numbers (they are the more specific statement)
 *   with confidence 0.5 and a note, unless another candidate in the text agrees with its weekday;
 * - a date without a year takes the year (publication year, or the one before or after) whose calendar
 *   agrees with the weekday and lies within six months of the reference; without a weekday, the
 *   latest date not more than 60 days after the reference;
 * - with no reference date at all, a date without a year is left null.
 */
import { monthAlternation, weekdayAlternation } from './lexicon';
import type { Sentence } from './sentences';
import { sentenceAt } from './sentences';

/** A located date in the cleaned text. */
export type DateFinding = {
  date: string;
  start: number;
  end: number;
  confidence: number;
  note?: string;
};

const weekdayNumbers: Record<string, number> = {
  minggu: 0,
  ahad: 0,
  senin: 1,
  selasa: 2,
  rabu: 3,
  kamis: 4,
  jumat: 5,
  "jum'at": 5,
  'jum’at': 5,
  sabtu: 6,
};

const monthNumbers: Record<string, number> = {
  januari: 1,
  jan: 1,
  februari: 2,
  pebruari: 2,
  feb: 2,
  peb: 2,
  maret: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  agustus: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  agust: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nopember: 11,
  nov: 11,
  desember: 12,
  des: 12,
};

const weekdayPattern = `(${weekdayAlternation})`;
const monthPattern = `(${monthAlternation})`;
const numericDate = '(\\d{1,2}) ?[/.-] ?(\\d{1,2})(?: ?[/.-] ?(\\d{4}|\\d{2}))?';
const namedDate = `(\\d{1,2}) +${monthPattern}\\.?(?:,? +(\\d{4}))?`;

/** Weekday followed by a date, in brackets or after a comma: "Rabu (07/08)", "Kamis, 16 Januari 2025". */
const anchoredDate = new RegExp(
  `\\b${weekdayPattern}\\b *(?:\\( *|, *| +)(?:tanggal +|tgl\\.? +)?(?:${numericDate}|${namedDate})\\b *\\)?`,
  'gi',
);
/** A date with a month name anywhere: "8 Agustus 2024", "pada 12 Januari 2026". */
const looseNamedDate = new RegExp(`\\b${namedDate}\\b`, 'gi');
/** A full numeric date after "tanggal"/"tgl": "tanggal 16/12/2021". */
const looseNumericDate = new RegExp(`\\b(?:tanggal|tgl\\.?)\\s+${numericDate}\\b`, 'gi');
/**
 * A full numeric date with a four-digit year after "pada": "pada 04/11/2025", "pada Selasa 04-11-2025".
 * The year is required so that "pada 2/3 wilayah" or "pada 10.30 WIB" are not read as dates;
 * a sentence's closing period may follow it.
 */
const padaNumericDate = new RegExp(
  `(?<![\\p{L}])pada\\s+(?:hari\\s+)?(?:(?:${weekdayAlternation}),?\\s+)?(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?![\\d/-]|\\.\\d)`,
  'giu',
);
/**
 * A full numeric date with a four-digit year, as news sites print it above the text: "05/03/2025, 10:15
 * WIB", "5/3/2025 10:15". Read only as a publication line (the reference for dates without a year).
 */
const numericFullDate = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/.-])/g;

type PartialDate = { year: number | null; month: number; day: number };

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isValid(year: number, month: number, day: number): boolean {
  return (
    year >= 1945 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

function toIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

function parseYear(raw: string | undefined): number | null {
  if (!raw) return null;
  const value = Number(raw);
  if (raw.length === 2) return value + 2000;
  return value;
}

/** Parses a publication date given by the caller ("2024-08-08", "2024-08-08T10:00:00+07:00"). */
export function parseIsoDate(value: string | undefined): PartialDate | null {
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isValid(year, month, day) ? { year, month, day } : null;
}

/** Reads the date groups of one of the patterns above; `offset` is where the day group sits. */
function readGroups(match: RegExpExecArray, offset: number): PartialDate | null {
  const numericDay = match[offset];
  if (numericDay !== undefined) {
    return { day: Number(numericDay), month: Number(match[offset + 1]), year: parseYear(match[offset + 2]) };
  }
  const namedDay = match[offset + 3];
  const monthName = match[offset + 4];
  if (namedDay !== undefined && monthName !== undefined) {
    const month = monthNumbers[monthName.toLowerCase()];
    if (month === undefined) return null;
    return { day: Number(namedDay), month, year: parseYear(match[offset + 5]) };
  }
  return null;
}

/** Words of a dateline or byline that may surround a publication date on its own line. */
const publicationWords =
  /\b(diterbitkan|dipublikasikan|diposting|ditulis|published|posted|updated?|diperbarui|pembaruan|terbit|oleh|by|pukul|wib|wita|wit|kategori|category)\b/gi;

/**
 * A publication line holds a date and little else: "8 Agustus 2024", "Senin, 12 Januari 2026 | 10:15 WIB",
 * "Diterbitkan: 8 Agustus 2024 oleh Admin".
 */
function isPublicationLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEndRaw = text.indexOf('\n', end);
  const lineEnd = lineEndRaw === -1 ? text.length : lineEndRaw;
  if (lineEnd - lineStart > 120) return false;
  const rest = (text.slice(lineStart, start) + ' ' + text.slice(end, lineEnd))
    .replace(publicationWords, ' ')
    .replace(new RegExp(weekdayPattern, 'gi'), ' ')
    .replace(/\d{1,2}[:.]\d{2}/g, ' ')
    .replace(/[^\p{L}\s]/gu, ' ')
    .trim();
  const words = rest === '' ? 0 : rest.split(/\s+/).length;
  const line = text.slice(lineStart, lineEnd).trim();
  // "Kamis (7/11/2019)." is how a news sentence dates its event, wrapped onto a line of its own; a
  // publication line never closes a bracketed date with a period.
  if (text.slice(start, end).includes('(') && /^\s*\)?\s*\./.test(text.slice(end, end + 3))) return false;
  // A sentence ends with a period; a dateline does not (or is the date alone).
  if (words > 0 && /[.!?]["”]?$/.test(line)) return false;
  if (/\b(ditandatangani|menandatangani|kunjungan|audiensi|digelar|berlangsung)\b/i.test(rest)) return false;
  // "Diposting: Jumat, 11 Oktober 2024 | Oleh: Humas Pemkot Tegal | Dilihat: 312 kali": a line that opens
  // with a byline word is a publication line however much else it carries.
  return words <= 4 || bylineStart.test(line);
}

/** Words that open a byline or publication line. */
const bylineStart =
  /^(?:diterbitkan|dipublikasikan|diposting|diunggah|ditulis|published|posted|updated?|diperbarui|terbit)\b/i;

type Candidate = {
  partial: PartialDate;
  weekday: number | null;
  start: number;
  end: number;
  strength: number;
};

/** Words of a sentence that reports the event itself. */
const eventCue =
  /\b(ditandatangani|menandatangani|penandatanganan|meneken|diteken|kunjungan|berkunjung|audiensi|beraudiensi|bertempat|berlangsung|digelar|dilaksanakan|diselenggarakan|menerima|diterima|bertemu)\b/i;

/** Words after a date that put it in the future: "17 Agustus mendatang". */
const futureAfter = /^\s*(?:mendatang|nanti|depan|yang\s+akan\s+datang)\b/i;

/**
 * A weekday without a date, relative to the publication date: "Senin kemarin", "Rabu lalu" (the last such
 * day before publication), and the wire-service lead "..., Pontianak, Rabu.", "..., Bandung, Selasa, untuk
 * membahas ...", "(ANTARA) - ... pada Selasa," (that day of the publication week, the publication day
 * included). A weekday followed by a comma and a number starts a full date, read by the patterns above.
 */
const pastWeekday = new RegExp(`\\b${weekdayPattern}\\s+(?:kemarin|lalu)\\b`, 'gi');
const leadWeekday = new RegExp(
  `(?:,|(?<![\\p{L}])pada)\\s*${weekdayPattern}(?=\\s*[.;]|\\s*,(?!\\s*\\d)|\\s+(?:pagi|siang|sore|malam)(?![\\p{L}]))`,
  'giu',
);

/**
 * "kemarin" and "hari ini" on their own (not "Senin kemarin", handled above): the day before, or the day
 * of, publication.
 */
const relativeDay = new RegExp(
  `(?<!${weekdayPattern}\\s*,?\\s*)(?<![\\p{L}])(kemarin|hari\\s+ini)(?![\\p{L}])`,
  'giu',
);

/** A press-release or wire dateline that opens a line: "Gianyar, 14 Maret 2019 - ...". */
const datelineDate = new RegExp(
  `^[\\p{Lu}][\\p{L}.'’ ]{1,40},\\s*(\\d{1,2})\\s+${monthPattern}\\s+(\\d{4})\\s*[-–—]`,
  'mu',
);

/** Words that place a date in the past or future of the event: "sejak 12 Januari 2020", "hingga 2025". */
const nonEventCue =
  /\b(sejak|hingga|sampai|berlaku|berakhir|sebelumnya|periode|masa berlaku)\s*(?:tanggal\s+)?$/i;

/**
 * Completes a date without a year from the reference (see module comment). Returns the year or null.
 */
function inferYear(
  partial: PartialDate,
  weekday: number | null,
  reference: PartialDate | null,
): { year: number; weekdayAgrees: boolean } | null {
  if (reference === null || reference.year === null) return null;
  const referenceDay = dayNumber(reference.year, reference.month, reference.day);
  const options: Array<{ year: number; distance: number; agrees: boolean }> = [];
  for (const year of [reference.year, reference.year - 1, reference.year + 1]) {
    if (!isValid(year, partial.month, partial.day)) continue;
    const distance = dayNumber(year, partial.month, partial.day) - referenceDay;
    const agrees = weekday !== null && weekdayOf(year, partial.month, partial.day) === weekday;
    options.push({ year, distance, agrees });
  }
  if (weekday !== null) {
    const agreeing = options.filter((option) => option.agrees && Math.abs(option.distance) <= 183);
    agreeing.sort((a, b) => Math.abs(a.distance) - Math.abs(b.distance));
    const best = agreeing[0];
    if (best) return { year: best.year, weekdayAgrees: true };
  }
  // No weekday (or none agrees): the latest date not long after the reference; news reports the past.
  const plausible = options.filter((option) => option.distance <= 60 && option.distance > -330);
  plausible.sort((a, b) => b.distance - a.distance);
  const best = plausible[0];
  return best ? { year: best.year, weekdayAgrees: false } : null;
}

/** What `findDates` reports: the event date (or null) and the reference used to complete years. */
export type DateAnalysis = {
  event: DateFinding | null;
  /** Publication date found in the text or given by the caller, ISO, or null. */
  publication: string | null;
};

/**
 * Finds the event date. `publishedAt` (ISO) takes precedence over a publication line in the text as the
 * reference for dates without a year.
 */
export function findDates(
  text: string,
  sentences: readonly Sentence[],
  publishedAt?: string,
  /** A date near the publication (the month of the URL): a last resort to complete years. */
  yearHint?: string,
): DateAnalysis {
  const candidates: Candidate[] = [];
  let publicationInText: PartialDate | null = null;
  const claimed: Array<[number, number]> = [];
  const overlapsClaimed = (start: number, end: number): boolean =>
    claimed.some(([s, e]) => start < e && end > s);

  for (const match of text.matchAll(anchoredDate)) {
    const start = match.index;
    const end = start + match[0].length;
    const partial = readGroups(match, 2);
    const weekdayName = (match[1] ?? '').toLowerCase().replace(/['’]/g, '');
    const weekday = weekdayNumbers[weekdayName] ?? null;
    claimed.push([start, end]);
    if (!partial) continue;
    if (isPublicationLine(text, start, end)) {
      if (
        partial.year !== null &&
        publicationInText === null &&
        isValid(partial.year, partial.month, partial.day)
      )
        publicationInText = partial;
      continue;
    }
    candidates.push({ partial, weekday, start, end, strength: 0.9 });
  }
  for (const pattern of [looseNamedDate, looseNumericDate, padaNumericDate]) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (overlapsClaimed(start, end)) continue;
      const partial =
        pattern === looseNamedDate
          ? (() => {
              const month = monthNumbers[(match[2] ?? '').toLowerCase()];
              return month === undefined ? null : { day: Number(match[1]), month, year: parseYear(match[3]) };
            })()
          : { day: Number(match[1]), month: Number(match[2]), year: parseYear(match[3]) };
      if (!partial) continue;
      if (isPublicationLine(text, start, end)) {
        if (
          partial.year !== null &&
          publicationInText === null &&
          isValid(partial.year, partial.month, partial.day)
        )
          publicationInText = partial;
        continue;
      }
      const before = text.slice(Math.max(0, start - 30), start);
      if (nonEventCue.test(before)) continue;
      const sentence = sentenceAt(sentences, start);
      // A bare date counts only in a sentence about the event, after "pada"/"tanggal" (written inside
      // the match for padaNumericDate).
      if (
        !sentence ||
        !eventCue.test(sentence.text) ||
        (pattern !== padaNumericDate && !/\b(pada|tanggal|tgl\.?|hari)\s*(?:\w+\s*,?\s*)?$/i.test(before))
      )
        continue;
      // "pada 3 Oktober lalu": a date without a year takes it from the publication date; a planned one
      // ("17 Agustus mendatang") is not the event.
      if (partial.year === null) {
        if (pattern !== looseNamedDate || futureAfter.test(text.slice(end, end + 20))) continue;
        candidates.push({ partial, weekday: null, start, end, strength: 0.6 });
        continue;
      }
      candidates.push({ partial, weekday: null, start, end, strength: 0.65 });
    }
  }

  if (publicationInText === null) {
    for (const match of text.matchAll(numericFullDate)) {
      const start = match.index;
      const end = start + match[0].length;
      if (overlapsClaimed(start, end) || !isPublicationLine(text, start, end)) continue;
      const partial = { day: Number(match[1]), month: Number(match[2]), year: Number(match[3]) };
      if (!isValid(partial.year, partial.month, partial.day)) continue;
      publicationInText = partial;
      break;
    }
  }

  if (publicationInText === null) {
    const dateline = datelineDate.exec(text);
    const month = monthNumbers[(dateline?.[2] ?? '').toLowerCase()];
    if (dateline && month !== undefined) {
      const partial = { day: Number(dateline[1]), month, year: Number(dateline[3]) };
      if (isValid(partial.year, partial.month, partial.day)) publicationInText = partial;
    }
  }

  const reference =
    parseIsoDate(publishedAt) ?? publicationInText ?? firstFullYearDate(candidates) ?? parseIsoDate(yearHint);
  const publication =
    publishedAt && parseIsoDate(publishedAt) ? parseIsoDate(publishedAt) : publicationInText;

  const resolved: Array<DateFinding & { strength: number }> = [];
  if (publication && publication.year !== null) {
    const publicationDay = dayNumber(publication.year, publication.month, publication.day);
    for (const [pattern, nearest] of [
      [pastWeekday, 1],
      [leadWeekday, 0],
    ] as const) {
      for (const match of text.matchAll(pattern)) {
        const start = match.index;
        const end = start + match[0].length;
        if (overlapsClaimed(start, end)) continue;
        const sentence = sentenceAt(sentences, start);
        if (!sentence || !eventCue.test(sentence.text)) continue;
        const weekday = weekdayNumbers[(match[1] ?? '').toLowerCase().replace(/['’]/g, '')];
        if (weekday === undefined) continue;
        const publicationWeekday = weekdayOf(publication.year, publication.month, publication.day);
        let back = (publicationWeekday - weekday + 7) % 7;
        if (back < nearest) back += 7;
        const day = new Date((publicationDay - back) * 86_400_000);
        resolved.push({
          date: toIso(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()),
          start,
          end,
          confidence: 0.7,
          strength: 0.75,
          note: 'weekday counted back from the publication date',
        });
      }
    }
  }
  if (publication && publication.year !== null) {
    const publicationDay = dayNumber(publication.year, publication.month, publication.day);
    for (const match of text.matchAll(relativeDay)) {
      const start = match.index;
      const end = start + match[0].length;
      if (overlapsClaimed(start, end)) continue;
      const sentence = sentenceAt(sentences, start);
      // Inside a quote "hari ini" is the speaker's day, not necessarily the event's.
      if (!sentence || !eventCue.test(sentence.text) || /["“][^"”]*$/.test(text.slice(sentence.start, start)))
        continue;
      const back = /^kemarin$/i.test(match[0]) ? 1 : 0;
      const day = new Date((publicationDay - back) * 86_400_000);
      resolved.push({
        date: toIso(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()),
        start,
        end,
        confidence: 0.6,
        strength: 0.55,
        note: back ? 'the day before the publication date' : 'the publication date',
      });
    }
  }
  for (const candidate of candidates) {
    const { partial, weekday } = candidate;
    let year = partial.year;
    let confidence = candidate.strength;
    let note: string | undefined;
    if (year === null) {
      const inferred = inferYear(partial, weekday, reference);
      if (!inferred) continue;
      year = inferred.year;
      if (!inferred.weekdayAgrees) {
        confidence = weekday === null ? 0.6 : 0.5;
        if (weekday !== null) note = 'weekday does not match the inferred date';
      } else {
        confidence = 0.85;
      }
    } else if (
      weekday !== null &&
      isValid(year, partial.month, partial.day) &&
      weekdayOf(year, partial.month, partial.day) !== weekday
    ) {
      confidence = 0.5;
      note = 'weekday does not match the date';
    }
    if (!isValid(year, partial.month, partial.day)) continue;
    const sentence = sentenceAt(sentences, candidate.start);
    const strength = confidence + (sentence && eventCue.test(sentence.text) ? 0.05 : 0);
    resolved.push({
      date: toIso(year, partial.month, partial.day),
      start: candidate.start,
      end: candidate.end,
      confidence,
      strength,
      ...(note ? { note } : {}),
    });
  }
  // Strongest first; among equals, the earliest (the lead paragraph states the event).
  resolved.sort((a, b) => b.strength - a.strength || a.start - b.start);
  const best = resolved[0];
  const event: DateFinding | null = best
    ? {
        date: best.date,
        start: best.start,
        end: best.end,
        confidence: best.confidence,
        ...(best.note ? { note: best.note } : {}),
      }
    : null;
  return {
    event,
    publication:
      publication && publication.year !== null
        ? toIso(publication.year, publication.month, publication.day)
        : null,
  };
}

function firstFullYearDate(candidates: readonly Candidate[]): PartialDate | null {
  for (const candidate of candidates) {
    const { year, month, day } = candidate.partial;
    if (year !== null && isValid(year, month, day)) return candidate.partial;
  }
  return null;
}
