import { describe, expect, it } from 'vitest';
import { normalizeSearchText, queryWords, vocabularyOf } from './search-text.js';

describe('normalizeSearchText', () => {
  it('writes every spelling of kerja sama the same way', () => {
    for (const text of ['Kerjasama', 'kerja-sama', 'KERJA  SAMA', 'kerja – sama']) {
      expect(normalizeSearchText(text)).toBe('kerja sama');
    }
    expect(normalizeSearchText('Perjanjian Kerjasama Daerah')).toBe('perjanjian kerja sama daerah');
  });

  it('does not join unrelated words', () => {
    expect(normalizeSearchText('bekerja samapun')).toBe('bekerja samapun');
  });

  it('folds accents and spacing', () => {
    expect(normalizeSearchText('  Café\n\tBekasi ')).toBe('cafe bekasi');
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
