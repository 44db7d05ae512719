import { describe, expect, it } from 'vitest';
import { normalizeSearchText } from '../../../domain/agreements/index.js';
import { buildSearchTexts, queryWords, vocabularyOf } from './search-text.js';

describe('buildSearchTexts', () => {
  it('indexes every spelling of kerja sama the way a query is written', () => {
    const texts = buildSearchTexts({
      title: 'Kedua daerah bekerjasama',
      purpose: 'Kerjasamanya meliputi pengelolaan sampah',
      objectScope: null,
      notes: null,
      sectors: ['lingkungan_hidup'],
      partyNames: ['Kota Malang'],
      documentTexts: ['Naskah kerja-sama'],
    });
    expect(texts.primary).toBe('kedua daerah bekerja sama kota malang');
    expect(texts.secondary).toBe('kerja samanya meliputi pengelolaan sampah lingkungan hidup');
    expect(texts.documents).toBe('naskah kerja sama');
    expect(texts.words).toContain('sama');
    expect(normalizeSearchText('kerjasama')).toBe('kerja sama');
  });
});

describe('search vocabulary', () => {
  it('keeps distinct words of 3 to 40 characters, without numbers', () => {
    expect(vocabularyOf('kerja sama pengelolaan sampah 2024 di tpa sampah')).toEqual([
      'kerja',
      'sama',
      'pengelolaan',
      'sampah',
      'tpa',
    ]);
  });

  it('splits a query into words, and leaves websearch syntax alone', () => {
    expect(queryWords('pengelolan sampah')).toEqual(['pengelolan', 'sampah']);
    expect(queryWords('"bank sampah"')).toBeNull();
    expect(queryWords('sampah -medis')).toBeNull();
    expect(queryWords('sampah or limbah')).toBeNull();
  });
});
