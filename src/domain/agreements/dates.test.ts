import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, daysBetween, isIsoDate, isoDateSchema } from './dates';

describe('ISO dates', () => {
  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2024-08-07')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-02-30')).toBe(false);
    expect(isIsoDate('07/08/2024')).toBe(false);
    expect(isIsoDate('2024-8-7')).toBe(false);
    expect(isoDateSchema.safeParse('2024-13-01').error?.issues[0]).toMatchObject({
      params: { code: 'INVALID_DATE' },
    });
  });

  it('adds days, months and years without local time', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-08-07', 12)).toBe('2025-08-07');
    expect(addMonths('2024-11-15', -12)).toBe('2023-11-15');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2021-12-16', 5)).toBe('2026-12-16');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2024-08-07', '2024-09-06')).toBe(30);
    expect(daysBetween('2024-09-06', '2024-08-07')).toBe(-30);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });
});
