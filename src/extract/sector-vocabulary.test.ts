import { describe, expect, it } from 'vitest';
import { sectors } from '../domain/taxonomy/sectors';
import { extraVocabulary, falseFriends, termPattern, vocabularyEntry } from './sector-vocabulary';

/** Every phrase the pattern finds in a text, as written there. */
const matches = (text: string) => [...text.matchAll(termPattern)].map((match) => match[0]);

const normalize = (phrase: string) => phrase.toLowerCase().replace(/[\s-]+/g, ' ');

describe('sector vocabulary, per sector key', () => {
  it.each(
    sectors.map(
      (sector) => [sector.key, [...sector.examples, ...(extraVocabulary[sector.key] ?? [])]] as const,
    ),
  )(
    'finds every phrase of %s in a sentence and reads it as that key, or as the longer key that owns it',
    (key, phrases) => {
      for (const phrase of phrases) {
        const found = matches(`Kerja sama bidang ${phrase} disepakati.`);
        expect(found, phrase).toContain(phrase);
        const entry = vocabularyEntry(phrase);
        // A phrase listed under two keys goes to the first one: the test below keeps that from happening.
        expect(entry?.key, phrase).toBe(key);
      }
    },
  );

  it('lists no phrase under two keys (the second one would be silently ignored)', () => {
    const owners = new Map<string, string[]>();
    for (const sector of sectors)
      for (const phrase of [...sector.examples, ...(extraVocabulary[sector.key] ?? [])]) {
        const keys = owners.get(normalize(phrase)) ?? [];
        if (!keys.includes(sector.key)) keys.push(sector.key);
        owners.set(normalize(phrase), keys);
      }
    const shared = [...owners].filter(([, keys]) => keys.length > 1);
    expect(shared).toEqual([]);
  });
});

describe('sector vocabulary, weights', () => {
  it('weighs a word said often in passing below a word that names its field', () => {
    expect(vocabularyEntry('sekolah')!.weight).toBeLessThan(1);
    expect(vocabularyEntry('desa')!.weight).toBeLessThan(1);
    expect(vocabularyEntry('persampahan')!.weight).toBe(1);
  });

  it('weighs a phrase of several words or an agency acronym above one word', () => {
    expect(vocabularyEntry('pelayanan kesehatan')!.weight).toBe(1.25);
    expect(vocabularyEntry('RSUD')!.weight).toBe(1.25);
  });
});

describe('sector vocabulary, matching', () => {
  it('never reads a false friend as its sector', () => {
    for (const phrase of falseFriends) {
      expect(matches(`Warga ${phrase} setiap bulan.`), phrase).toContain(phrase);
      expect(vocabularyEntry(phrase), phrase).toBeNull();
    }
  });

  it('prefers the longer phrase at the same place ("industri kreatif" over "industri")', () => {
    expect(matches('Pengembangan industri kreatif daerah.')).toEqual(['industri kreatif']);
    expect(vocabularyEntry('industri kreatif')!.key).toBe('ekonomi_kreatif');
  });

  it('reads a phrase across a hyphen or several spaces', () => {
    expect(matches('Pembangunan fly-over Rawapanjang')).toEqual(['fly-over']);
    expect(vocabularyEntry('fly-over')!.key).toBe('pekerjaan_umum_penataan_ruang');
    expect(vocabularyEntry('pelayanan   kesehatan')!.key).toBe('kesehatan');
  });

  it('matches an acronym only in capitals ("PAUD", never "paud" inside prose)', () => {
    expect(vocabularyEntry('PAUD')!.key).toBe('pendidikan');
    expect(vocabularyEntry('paud')).toBeNull();
    expect(vocabularyEntry('Rsud')).toBeNull();
  });

  it('never matches a word inside a longer word', () => {
    expect(matches('Para pelajaran dan persekolahan')).toEqual([]);
    expect(matches('gizinya')).toEqual([]);
  });
});
