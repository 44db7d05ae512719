import { describe, expect, it } from 'vitest';
import { sectors } from '../domain/taxonomy/sectors';
import { findSectors } from './sectors';
import { splitSentences } from './sentences';

const keysOf = (text: string) => findSectors(text, splitSentences(text), []).map((finding) => finding.key);

describe('findSectors, per sector key', () => {
  it.each(sectors.map((sector) => [sector.key, sector.examples[0] ?? ''] as const))(
    'reads %s from its first example in a scope clause',
    (key, example) => {
      expect(keysOf(`Kerja sama kedua daerah meliputi bidang ${example}.`)).toContain(key);
    },
  );

  // The same word said in passing, after the scope of the cooperation is stated elsewhere, is no field of it.
  it.each(sectors.map((sector) => [sector.key, sector.examples[0] ?? ''] as const))(
    'does not read %s from a passing mention of its first example',
    (key, example) => {
      const stated = key === 'pariwisata' ? 'kebudayaan' : 'pariwisata';
      const text =
        `Kerja sama kedua daerah meliputi bidang ${stated}. ` +
        `Usai acara, wali kota sempat menyinggung soal ${example} di daerahnya kepada wartawan.`;
      expect(keysOf(text)).not.toContain(key);
      expect(keysOf(text)).toContain(stated);
    },
  );

  it('carries the words that scored as evidence of each sector', () => {
    const text = 'Kerja sama kedua daerah meliputi bidang pariwisata dan promosi desa wisata.';
    const [finding] = findSectors(text, splitSentences(text), []);
    expect(finding?.key).toBe('pariwisata');
    expect(finding?.evidence.map((item) => text.slice(item.start, item.end))).toEqual([
      'pariwisata',
      'desa wisata',
    ]);
  });
});

describe('findSectors, weighing words by where they stand', () => {
  it('reads a field named in the title and the lead, with no scope clause', () => {
    const text =
      'Pemkab dan Pemkot Sepakat Kembangkan Pariwisata\n' +
      'Kedua kepala daerah menandatangani kesepakatan bersama pengembangan wisata, Senin (3/3/2025).\n' +
      'Bupati mengatakan sekolah di daerahnya juga bertambah.';
    expect(keysOf(text)).toEqual(['pariwisata']);
  });

  it('keeps at most four fields read outside a stated scope', () => {
    const text =
      'Pariwisata, Pertanian, Perikanan, Perdagangan, Perindustrian dan Kehutanan Jadi Andalan\n' +
      'Kedua daerah menandatangani kerja sama, Senin (3/3/2025). Pariwisata, pertanian, perikanan, perdagangan, perindustrian dan kehutanan disebut dalam kerja sama itu.';
    const keys = keysOf(text);
    expect(keys).toHaveLength(4);
  });

  it('keeps every field a scope clause states, beyond four', () => {
    const text =
      'Kerja sama meliputi bidang pariwisata, pertanian, perikanan, perdagangan, perindustrian dan kehutanan.';
    expect(keysOf(text)).toHaveLength(6);
  });
});

describe('findSectors, scope lists', () => {
  it('reads each item of a lettered scope list on its own line', () => {
    const text =
      'Ruang lingkup kesepakatan ini meliputi:\n' +
      'a. Pengembangan pariwisata daerah\n' +
      'b. Pengelolaan sampah dan lingkungan hidup\n' +
      'c. Bidang-bidang lain yang disepakati bersama.\n' +
      'Kedua kepala daerah berharap kerja sama segera berjalan.';
    expect(keysOf(text).sort()).toEqual(['lingkungan_hidup', 'pariwisata']);
  });

  it('reads a numbered list too, and stops at the first line that is no item', () => {
    const text =
      'Kesepakatan bersama itu mencakup:\n1. Pelayanan kesehatan di perbatasan;\n2. Penyediaan air minum.\nSelain itu, wali kota menyinggung pendidikan.';
    expect(keysOf(text)).toContain('kesehatan');
    expect(keysOf(text)).not.toContain('pendidikan');
  });

  it('does not read a passing mention outside any scope clause when a scope is stated', () => {
    const text =
      'Kerja sama ini meliputi bidang pariwisata. Wali kota juga pernah menjabat di Dinas Pendidikan.';
    expect(keysOf(text)).toEqual(['pariwisata']);
  });
});

describe('findSectors, the business of a council and of borders', () => {
  it.each([
    'Kunjungan kerja itu untuk studi banding terkait penyusunan tata tertib dewan.',
    'Kunjungan tersebut membahas tugas Badan Musyawarah dan alat kelengkapan dewan.',
    'Kerja sama itu terkait pembangunan pilar batas daerah kedua kabupaten.',
    'Kunjungan kerja terkait fungsi kedewanan dan pembentukan peraturan daerah.',
  ])('reads pemerintahan_umum in "%s"', (text) => {
    expect(keysOf(text)).toEqual(['pemerintahan_umum']);
  });
});
