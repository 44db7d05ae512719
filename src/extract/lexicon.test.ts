import { describe, expect, it } from 'vitest';
import { actingKindLabels } from '../domain/agreements/kinds';
import { nameHonorifics } from '../domain/officials/terms';
import {
  actingAlternation,
  backgroundCue,
  buildingBefore,
  cooperationCue,
  cooperationNounCue,
  financialHelpCue,
  honorificAlternation,
  signingSentenceCue,
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

  it('reads a head handing over help as financial help, and a meeting verb as a cue (blind rounds 22 and 24)', () => {
    expect('Gubernur Serahkan Bantuan Rp50 Miliar dan 4 Unit Bus').toMatch(financialHelpCue);
    expect('Gubernur menyerahkan bantuan bagi pekerja di Tambrauw').toMatch(financialHelpCue);
    expect('Bupati membagikan sembako kepada warga').not.toMatch(financialHelpCue);
    expect('Bupati Lamandau menemui Gubernur Kalteng').toMatch(cooperationCue);
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

  it('reads the acting markers of the domain, abbreviated and in full', () => {
    for (const kind of ['pj', 'plt', 'plh'] as const) {
      const { prefix, id } = actingKindLabels[kind];
      expect(prefix).toMatch(whole(actingAlternation));
      expect(prefix.replace('.', '')).toMatch(whole(actingAlternation));
      expect(id).toMatch(whole(actingAlternation));
    }
    expect('Wakil').not.toMatch(whole(actingAlternation));
  });

  it("reads the domain's honorifics before a name, but not its acting prefixes", () => {
    for (const word of nameHonorifics) {
      const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
      if (['pj', 'plt', 'plh'].includes(word)) expect(capitalised).not.toMatch(whole(honorificAlternation));
      else expect(capitalised).toMatch(whole(honorificAlternation));
    }
    for (const spelling of ['HM', 'H.M', 'KH', 'K.H', 'dr', 'drg', 'Kyai', 'Hajah'])
      expect(spelling).toMatch(whole(honorificAlternation));
    expect('Bupati').not.toMatch(whole(honorificAlternation));
  });

  it('tells a signing sentence and a building before a title', () => {
    expect('MoU itu ditandatangani kedua kepala daerah').toMatch(signingSentenceCue);
    expect('Kedua pihak bertandatangan di atas meterai').toMatch(signingSentenceCue);
    expect('Bupati menerima kunjungan rombongan').not.toMatch(signingSentenceCue);
    expect('bertemu di Rumah Jabatan ').toMatch(buildingBefore);
    expect('di Ruang Rapat ').toMatch(buildingBefore);
    expect('didampingi ').not.toMatch(buildingBefore);
  });

  it('tells a sentence about cooperation, its nouns alone, and background', () => {
    expect('Bupati Gowa menerima rombongan DPRD Maros').toMatch(cooperationCue);
    expect('Bupati Gowa menerima rombongan DPRD Maros').not.toMatch(cooperationNounCue);
    expect('Kerja sama itu meliputi air bersih').toMatch(cooperationNounCue);
    expect('Bupati meresmikan pasar baru').not.toMatch(cooperationCue);
    expect('Kedua daerah pernah bekerja sama').toMatch(backgroundCue);
    expect('Kedua daerah kini bekerja sama').not.toMatch(backgroundCue);
  });
});
