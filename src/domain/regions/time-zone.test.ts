import { describe, expect, it } from 'vitest';
import { provinces } from './catalog';
import { timeZoneOf } from './time-zone';

describe('timeZoneOf', () => {
  it('gives each region the time zone of its province', () => {
    expect(timeZoneOf('32.75').abbreviation).toBe('WIB'); // Kota Bekasi
    expect(timeZoneOf('61').abbreviation).toBe('WIB'); // Kalimantan Barat
    expect(timeZoneOf('51.71').iana).toBe('Asia/Makassar'); // Kota Denpasar
    expect(timeZoneOf('64').abbreviation).toBe('WITA'); // Kalimantan Timur
    expect(timeZoneOf('73.71').abbreviation).toBe('WITA'); // Kota Makassar
    expect(timeZoneOf('81.71').abbreviation).toBe('WIT'); // Kota Ambon
    expect(timeZoneOf('96').iana).toBe('Asia/Jayapura'); // Papua Barat Daya
  });

  it('uses WIB for national users and unknown codes', () => {
    expect(timeZoneOf(null).abbreviation).toBe('WIB');
    expect(timeZoneOf('00').abbreviation).toBe('WIB');
  });

  it('puts 18 provinces in WIB, 12 in WITA and 8 in WIT', () => {
    const count = { WIB: 0, WITA: 0, WIT: 0 };
    for (const province of provinces) count[timeZoneOf(province.code).abbreviation] += 1;
    expect(count).toEqual({ WIB: 18, WITA: 12, WIT: 8 });
  });
});
