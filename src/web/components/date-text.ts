import dayjs from 'dayjs';
import 'dayjs/locale/id';
import { isIsoDate } from '../../domain/agreements/index';

/** How a date field shows its date in both languages: "6 Desember 2026", "6 December 2026". */
export const dateDisplayFormat = 'D MMMM YYYY';

/** Month names and abbreviations of both UI languages, lower case, to their month number (1-12). */
const monthNumbers: ReadonlyMap<string, number> = (() => {
  const numbers = new Map<string, number>();
  for (const code of ['id', 'en']) {
    const locale = dayjs.Ls[code];
    const names = [locale?.months, locale?.monthsShort].filter((list) => Array.isArray(list));
    for (const list of names as string[][]) {
      list.forEach((name, index) => numbers.set(name.toLowerCase(), index + 1));
    }
  }
  // English abbreviations (dayjs's built-in English has only full names) and the usual Agu/Ags.
  'jan feb mar apr may jun jul aug sep oct nov dec'
    .split(' ')
    .forEach((name, index) => numbers.set(name, index + 1));
  numbers.set('agu', 8).set('ags', 8);
  return numbers;
})();

/** The ISO date (yyyy-mm-dd) of a day, month and year, or null when there is no such day. */
function isoDate(year: number, month: number, day: number): string | null {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(text) ? text : null;
}

/**
 * Reads a date as a person types it into a date field, in either UI language: day first
 * ("06/12/2026", "6-12-2026", "6.12.2026"), with a month name ("6 Desember 2026", "6 Des 2026",
 * "December 6, 2026") or ISO ("2026-12-06"). Returns the ISO date (yyyy-mm-dd), or null for text
 * that is not (yet) a whole date, so a field keeps its value while the person is still typing.
 * Month-first numbers (12/06/2026 as 6 December) are never read: Indonesia writes the day first.
 */
export function parseDateText(text: string): string | null {
  const value = text.trim().toLowerCase();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (match) return isoDate(Number(match[3]), Number(match[2]), Number(match[1]));
  match = /^(\d{1,2})\s+(\p{L}+)\.?,?\s+(\d{4})$/u.exec(value);
  if (match) {
    const month = monthNumbers.get(match[2]!);
    return month ? isoDate(Number(match[3]), month, Number(match[1])) : null;
  }
  match = /^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})$/u.exec(value);
  if (match) {
    const month = monthNumbers.get(match[1]!);
    return month ? isoDate(Number(match[3]), month, Number(match[2])) : null;
  }
  return null;
}
