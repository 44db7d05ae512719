import { describe, expect, it } from 'vitest';
import { childrenOf, countByLevel, displayName, provinces, regionByCode, regions } from './index';

describe('region catalog', () => {
  it('holds the 552 regions of the Kemendagri list: 38 provinsi, 416 kabupaten, 98 kota', () => {
    expect(regions).toHaveLength(552);
    expect(countByLevel()).toEqual({ provinsi: 38, kabupaten: 416, kota: 98 });
    expect(provinces).toHaveLength(38);
  });

  it('is sorted by code with unique codes', () => {
    const codes = regions.map((region) => region.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(codes);
  });

  it('marks exactly DKI Jakarta administrative kota and kabupaten as non-autonomous', () => {
    const nonAutonomous = regions.filter((region) => !region.autonomous).map((region) => region.code);
    expect(nonAutonomous).toEqual(['31.01', '31.71', '31.72', '31.73', '31.74', '31.75']);
  });

  it('gives every region a point inside Indonesia', () => {
    for (const region of regions) {
      expect(region.lat, region.code).toBeGreaterThan(-12);
      expect(region.lat, region.code).toBeLessThan(7);
      expect(region.lng, region.code).toBeGreaterThan(94);
      expect(region.lng, region.code).toBeLessThan(142);
    }
  });

  it('keeps level, code and province consistent', () => {
    for (const region of regions) {
      if (region.level === 'provinsi') {
        expect(region.code).toMatch(/^\d{2}$/);
        expect(region.provinceCode).toBeNull();
      } else {
        expect(region.code).toMatch(/^\d{2}\.\d{2}$/);
        expect(region.code.startsWith(`${region.provinceCode}.`)).toBe(true);
        expect(regionByCode(region.provinceCode ?? '')?.level).toBe('provinsi');
        // Kemendagri numbers every kota 71 or above.
        expect(Number(region.code.slice(3)) >= 71, region.code).toBe(region.level === 'kota');
        expect(region.name.startsWith(region.level === 'kota' ? 'Kota ' : 'Kabupaten ')).toBe(true);
      }
    }
  });

  it('looks regions up by code', () => {
    expect(regionByCode('32.75')).toMatchObject({
      name: 'Kota Bekasi',
      level: 'kota',
      provinceCode: '32',
      autonomous: true,
    });
    expect(regionByCode('32.16')?.name).toBe('Kabupaten Bekasi');
    expect(regionByCode('35.73')?.name).toBe('Kota Malang');
    expect(regionByCode('35.14')?.name).toBe('Kabupaten Pasuruan');
    expect(regionByCode('35.75')?.name).toBe('Kota Pasuruan');
    expect(regionByCode('15.71')?.name).toBe('Kota Jambi');
    expect(regionByCode('31')?.name).toBe('DKI Jakarta');
    expect(regionByCode('34')?.name).toBe('DI Yogyakarta');
    expect(regionByCode('31.01')?.name).toBe('Kabupaten Kepulauan Seribu');
    expect(regionByCode('31.71')).toMatchObject({
      name: 'Kota Jakarta Pusat',
      level: 'kota',
      autonomous: false,
    });
    expect(regionByCode('12.72')?.name).toBe('Kota Pematangsiantar');
    expect(regionByCode('12.12')?.name).toBe('Kabupaten Toba');
    expect(regionByCode('32.7')).toBeUndefined();
    expect(regionByCode('')).toBeUndefined();
  });

  it('lists the kabupaten and kota of a province', () => {
    const diy = childrenOf('34').map((region) => region.code);
    expect(diy).toEqual(['34.01', '34.02', '34.03', '34.04', '34.71']);
    expect(childrenOf('31')).toHaveLength(6);
    expect(childrenOf('99')).toEqual([]);
    const total = provinces.reduce((sum, province) => sum + childrenOf(province.code).length, 0);
    expect(total).toBe(514);
  });

  it('shows provinces with "Provinsi" and others by their name', () => {
    const jabar = regionByCode('32');
    const bekasi = regionByCode('32.75');
    const dki = regionByCode('31');
    if (!jabar || !bekasi || !dki) throw new Error('missing test regions');
    expect(displayName(jabar)).toBe('Provinsi Jawa Barat');
    expect(displayName(dki)).toBe('Provinsi DKI Jakarta');
    expect(displayName(bekasi)).toBe('Kota Bekasi');
  });

  it('freezes the regions so callers cannot corrupt the shared list', () => {
    expect(Object.isFrozen(regions)).toBe(true);
    expect(Object.isFrozen(regions[0])).toBe(true);
  });
});
