import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { dateDisplayFormat, parseDateText } from './date-text';

describe('parseDateText', () => {
  it('reads day-first numbers, month names of both languages and ISO dates', () => {
    for (const text of [
      '06/12/2026',
      '6/12/2026',
      '6-12-2026',
      '6.12.2026',
      '6 Desember 2026',
      '6 desember 2026',
      '6 Des 2026',
      '6 December 2026',
      'December 6, 2026',
      'Dec 6 2026',
      '2026-12-06',
      ' 2026-12-06 ',
    ])
      expect(parseDateText(text), text).toBe('2026-12-06');
    expect(parseDateText('17 Agustus 1945')).toBe('1945-08-17');
    expect(parseDateText('17 Agt 1945')).toBe('1945-08-17');
    expect(parseDateText('1 Mei 2024')).toBe('2024-05-01');
  });

  it('gives null for partial text, impossible days and unknown months', () => {
    for (const text of [
      '',
      '06/12',
      '06/12/202',
      '2026-12',
      '31/02/2026',
      '29/02/2025',
      '6 Foo 2026',
      '2026-13-01',
    ])
      expect(parseDateText(text), text).toBeNull();
    expect(parseDateText('29/02/2024')).toBe('2024-02-29');
  });

  it('reads back what a field displays in either language', () => {
    for (const locale of ['id', 'en'])
      for (const iso of ['2026-12-06', '2024-05-01', '1999-08-31'])
        expect(parseDateText(dayjs(iso).locale(locale).format(dateDisplayFormat))).toBe(iso);
  });
});
