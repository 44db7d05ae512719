import { describe, expect, it } from 'vitest';
import taxonomy from './sectors.json' with { type: 'json' };
import { isSectorKey, sectorByKey, sectorKeys, sectorKeySchema, sectorLabel, sectors } from './sectors';

describe('sector taxonomy', () => {
  it('lists the 41 keys of sectors.json in order', () => {
    expect(sectorKeys).toHaveLength(41);
    expect([...sectorKeys]).toEqual(taxonomy.sectors.map((sector) => sector.key));
    expect(new Set(sectorKeys).size).toBe(41);
    expect(sectors.map((sector) => sector.key)).toEqual([...sectorKeys]);
  });

  it('tells keys from other strings', () => {
    expect(isSectorKey('kesehatan')).toBe(true);
    expect(isSectorKey('ekonomi_kreatif')).toBe(true);
    expect(isSectorKey('Kesehatan')).toBe(false);
    expect(isSectorKey('')).toBe(false);
    expect(isSectorKey('toString')).toBe(false);
  });

  it('labels sectors in Indonesian and English', () => {
    expect(sectorLabel('kesehatan', 'id')).toBe('Kesehatan');
    expect(sectorLabel('kesehatan', 'en')).toBe('Health');
    expect(sectorLabel('pekerjaan_umum_penataan_ruang', 'id')).toBe('Pekerjaan Umum dan Penataan Ruang');
    for (const key of sectorKeys) {
      expect(sectorLabel(key, 'id').length, key).toBeGreaterThan(0);
      expect(sectorLabel(key, 'en').length, key).toBeGreaterThan(0);
    }
  });

  it('keeps groups and parents', () => {
    expect(sectorByKey('ekonomi_kreatif')).toMatchObject({ group: 'pilihan', parent: 'pariwisata' });
    expect(sectorByKey('pendidikan')).toMatchObject({ group: 'wajib_pelayanan_dasar', parent: null });
  });

  it('validates keys with zod', () => {
    expect(sectorKeySchema.parse('pariwisata')).toBe('pariwisata');
    expect(sectorKeySchema.safeParse('tourism').success).toBe(false);
    expect(sectorKeySchema.safeParse(1).success).toBe(false);
    expect(sectorKeySchema.options).toHaveLength(41);
  });
});
