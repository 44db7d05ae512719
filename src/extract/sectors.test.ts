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
