/**
 * Calendar dates as ISO strings (YYYY-MM-DD). Agreements are dated by the day, without a time zone, so the
 * arithmetic runs on UTC day numbers and never on local time.
 */
import { z } from 'zod';

/** A calendar date written YYYY-MM-DD. */
export type IsoDate = string;

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;
const dayMs = 86_400_000;

/** True for a real calendar date written YYYY-MM-DD ("2024-02-30" is false). */
export function isIsoDate(value: string): boolean {
  if (!isoDatePattern.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** Zod schema of an ISO date; its issue carries the stable code INVALID_DATE. */
export const isoDateSchema = z
  .string()
  .refine(isIsoDate, { error: 'Expected a date written YYYY-MM-DD', params: { code: 'INVALID_DATE' } });

function toDay(date: IsoDate): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / dayMs);
}

function fromDay(day: number): IsoDate {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

/** The date `days` days after (or before, when negative) a date. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDay(toDay(date) + days);
}

/**
 * The date `months` months after a date; the day is clamped to the month's end, so one month after
 * 31 January is 28 or 29 February rather than early March.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return new Date(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** The date `years` years after a date (29 February moves to 28 February in a common year). */
export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDay(to) - toDay(from);
}
