import { describe, expect, it } from 'vitest';
import { clauseIsAboutOthers, isSideSigning, ownDocuments } from './scope';
import { contextOf } from './test-support';

describe('scope of the cooperation', () => {
  it('reads a cue in a clause that names only other regions as about them', () => {
    const text =
      'Pemkot Bekasi dan Pemkab Bekasi menandatangani kerja sama air bersih, seperti Sekber Kartamantul yang mempertemukan Kota Yogyakarta, Kabupaten Sleman dan Kabupaten Bantul dalam urusan persampahan.';
    const context = contextOf(text);
    const parties = new Set(['32.75', '32.16']);
    const waste = text.indexOf('persampahan');
    const water = text.indexOf('air bersih');
    expect(clauseIsAboutOthers(context, parties, waste, waste + 11)).toBe(true);
    expect(clauseIsAboutOthers(context, parties, water, water + 10)).toBe(false);
    expect(clauseIsAboutOthers(context, new Set(), waste, waste + 11)).toBe(false);
  });

  it('reads "kerja sama perdagangan dengan" a region that is no party as about others', () => {
    const text =
      'Pemprov Jawa Timur menjalin kerja sama perdagangan dengan Pemprov Kalimantan Timur sejak lama.';
    const context = contextOf(text);
    const cue = text.indexOf('perdagangan');
    expect(clauseIsAboutOthers(context, new Set(['35', '32']), cue, cue + 11)).toBe(true);
    expect(clauseIsAboutOthers(context, new Set(['35', '64']), cue, cue + 11)).toBe(false);
  });

  it('leaves out a document one party signs with a company on the side', () => {
    const text =
      'Pemkot Semarang dan Pemkab Demak menandatangani kesepakatan bersama. Acara dilanjutkan dengan penandatanganan perjanjian kerja sama antara Dinas Lingkungan Hidup Kota Semarang dan PT Sarana Air.';
    const context = contextOf(text);
    const parties = new Set(['33.74', '33.21']);
    const company = text.indexOf('PT Sarana');
    const main = { value: 'kesepakatan_bersama', start: text.indexOf('kesepakatan'), end: 0, confidence: 1 };
    const side = { value: 'perjanjian_kerja_sama', start: text.indexOf('perjanjian'), end: 0, confidence: 1 };
    expect(isSideSigning(context, parties, [company], side.start)).toBe(true);
    expect(isSideSigning(context, parties, [company], main.start)).toBe(false);
    expect(ownDocuments(context, parties, [company], [main, side])).toEqual([main]);
    expect(ownDocuments(context, parties, [company], [side])).toEqual([side]);
  });
});
