import { describe, expect, it } from 'vitest';
import { normalizeSearchText } from '../../../domain/agreements/index.js';
import {
  buildSearchTexts,
  compoundLookAlikes,
  editDistance,
  queryWords,
  regionMentionsOf,
  vocabularyOf,
} from './search-text.js';

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

describe('regionMentionsOf', () => {
  it('reads a region named with its kind or title as a party code, and leaves bare names as words', () => {
    expect(regionMentionsOf('Pemkot Malang')).toEqual({ regionCodes: ['35.73'], rest: '' });
    expect(regionMentionsOf('Kab. Pasuruan perikanan')).toEqual({
      regionCodes: ['35.14'],
      rest: 'perikanan',
    });
    expect(regionMentionsOf('sampah Malang')).toEqual({ regionCodes: [], rest: 'sampah Malang' });
    expect(regionMentionsOf('"Kota Malang" or Batu').regionCodes).toEqual([]);
  });
});

describe('typo helpers', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('jmabi', 'jambi')).toBe(1);
    expect(editDistance('muhammad', 'muhamad')).toBe(1);
    expect(editDistance('jambi', 'jawa')).toBe(3);
  });

  it('sees a misspelt closed compound as its spaced form', () => {
    expect(compoundLookAlikes('kerjsama', 0.45)).toEqual(['kerja sama']);
    expect(compoundLookAlikes('bekasi', 0.45)).toEqual([]);
  });
});
