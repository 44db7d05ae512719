import { describe, expect, it } from 'vitest';
import {
  actingAlternation,
  fullMonthAlternation,
  monthAlternation,
  signingAlternation,
  weekdayAlternation,
} from './lexicon';

const whole = (alternation: string) => new RegExp(`^(?:${alternation})$`, 'u');

describe('lexicon', () => {
  it('reads every weekday, with the spellings of Jumat', () => {
    for (const day of [
      'Senin',
      'Selasa',
      'Rabu',
      'Kamis',
      'Jumat',
      "Jum'at",
      'Jum’at',
      'Sabtu',
      'Minggu',
      'Ahad',
    ])
      expect(day).toMatch(whole(weekdayAlternation));
    expect('Pekan').not.toMatch(whole(weekdayAlternation));
  });

  it('reads twelve months in full, and old spellings and abbreviations only in the wide alternation', () => {
    expect(fullMonthAlternation.split('|')).toHaveLength(12);
    for (const month of ['Pebruari', 'Nopember', 'Agust', 'Okt', 'Des'])
      expect(month).toMatch(whole(monthAlternation));
    expect('Nopember').not.toMatch(whole(fullMonthAlternation));
  });

  it('reads acting markers abbreviated and in full', () => {
    for (const marker of ['Pj.', 'Pj', 'Plt.', 'Plh', 'Penjabat', 'Pelaksana Tugas', 'Pelaksana Harian'])
      expect(marker).toMatch(whole(actingAlternation));
  });

  it('reads the verbs of a signing', () => {
    for (const verb of ['menandatangani', 'diteken', 'penandatanganan', 'bertandatangan'])
      expect(verb).toMatch(whole(signingAlternation));
  });
});
