import { describe, expect, it } from 'vitest';
import { findRegionMentions } from './regions-in-text';

const mentions = (text: string) =>
  findRegionMentions(text).map((m) => ({
    kind: m.kind,
    code: m.region?.code ?? null,
    office: m.office,
    text: text.slice(m.start, m.end),
  }));

describe('findRegionMentions', () => {
  it('does not read "Kota" at the start of a region name as the kind word', () => {
    expect(mentions('Wali kota Kotamobagu membuka acara itu.')).toEqual([
      { kind: 'title', code: '71.74', office: 'wali_kota', text: 'Wali kota Kotamobagu' },
    ]);
    expect(mentions('Pemkab Kotawaringin Barat hadir.')[0]).toMatchObject({
      kind: 'government',
      code: '62.01',
    });
  });

  it('carries a DPRD written in full over a list of regions after it', () => {
    const found = mentions(
      'Anggota Dewan Perwakilan Rakyat Daerah (DPRD) Kota Madiun (Jawa Timur), Kabupaten Gianyar (Bali) dan Kabupaten Kerinci berkunjung ke DPRD Sumbar.',
    );
    expect(found.map((m) => [m.kind, m.code])).toEqual([
      ['dprd', '35.77'],
      ['dprd', '51.04'],
      ['dprd', '15.01'],
      ['dprd', '13'],
    ]);
  });

  it('carries a government marker over names without a kind word, but not over the province that locates it', () => {
    expect(
      mentions('Pemkab Sidoarjo, Gresik dan Lamongan menerima bantuan.').map((m) => [m.kind, m.code]),
    ).toEqual([
      ['government', '35.15'],
      ['government', '35.25'],
      ['government', '35.24'],
    ]);
    expect(
      mentions('rombongan Pemerintah Kabupaten Klaten, Provinsi Jawa Tengah, tiba.').map((m) => [
        m.kind,
        m.code,
      ]),
    ).toEqual([
      ['government', '33.10'],
      ['bare', '33'],
    ]);
  });

  it('reads an acting head however the marker is spelled', () => {
    const acting = (text: string) =>
      findRegionMentions(text).map((m) => ({
        code: m.region?.code ?? null,
        office: m.office,
        acting: m.acting,
      }));
    expect(acting('Hal itu diungkapkan Pejabat (Pj) Bupati Kulonprogo, Srie Nurkyatsiwi.')).toEqual([
      { code: '34.01', office: 'bupati', acting: true },
    ]);
    expect(acting('Rombongan dipimpin Pj.Walikota Palopo Asrul Sani.')).toEqual([
      { code: '73.73', office: 'wali_kota', acting: true },
    ]);
    // "Pejabat" alone is any official, not an acting head.
    expect(acting('Para pejabat Bupati Kulonprogo hadir.')[0]?.acting).toBe(false);
  });
});
