/**
 * Patterns seen in real news pages (blind round 6), each on a sentence written for this test: what a
 * careful reader takes from them, end to end through extractArticle.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract';

const read = (text: string) => extractArticle({ text });

describe('venue in a real article', () => {
  it('keeps a venue written inside a companion clause ("didampingi ... ke Kantor Bupati")', () => {
    const result = read(
      'Gubernur Jambi Al Haris didampingi rombongan melakukan kunjungan kerja ke Kantor Bupati Kerinci, Senin (6/3/2023).\n' +
        'Kunjungan itu diterima langsung oleh Bupati Kerinci Adirozal.',
    );
    expect(result.place).toBe('Kantor Bupati Kerinci');
  });
});
