// The module itself, not the regions barrel: that would bring the region catalog into the first load.
import { timeZoneOf } from '../../domain/regions/time-zone';
import { localeOf, type Lang } from './translate';

/** How much of a moment to show; `long` spells the month out ("7 Agustus 2024"). */
export type DateTimeStyle = { time?: boolean; month?: 'short' | 'long' };

/**
 * A date or a moment as the reader says it: in their language and, for a moment (an ISO timestamp),
 * on the clock of their region with its name ("12 Mei 2025 14.05 WITA"); readers with no region
 * read WIB. A calendar date (YYYY-MM-DD) is not a moment and is never shifted by a time zone.
 */
export function formatDateTime(
  iso: string | null | undefined,
  lang: Lang,
  regionCode: string | null | undefined,
  { time = true, month = 'short' }: DateTimeStyle = {},
): string {
  if (!iso) return '—';
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const value = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(value.getTime())) return iso;
  const zone = timeZoneOf(regionCode);
  const withTime = time && !dateOnly;
  const text = new Intl.DateTimeFormat(localeOf(lang), {
    day: 'numeric',
    month,
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
    timeZone: dateOnly ? 'UTC' : zone.iana,
  }).format(value);
  return withTime ? `${text} ${zone.abbreviation}` : text;
}

/** True for a stored timestamp ("2025-05-12T07:05:00.000Z"), which must never be shown as it is. */
export function isIsoTimestamp(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)
  );
}
