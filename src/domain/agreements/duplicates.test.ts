import { describe, expect, it } from 'vitest';
import { looksLikeSameAgreement, normalizeSearchText, titleSimilarity, titleTokens } from './duplicates';
import { agreement, seed000Ksb, seed002Ksb, seed003Ksb, seed003Pks } from './seed-agreements.test-support';

const ksb000 = agreement(seed000Ksb);

describe('normalizeSearchText', () => {
  it('writes every spelling of kerja sama as "kerja sama", lower case, single spaces', () => {
    for (const variant of ['Kerjasama', 'KERJA-SAMA', 'kerja  sama', 'Kerja – Sama', 'kerja\nsama'])
      expect(normalizeSearchText(`Perjanjian ${variant} Daerah`)).toBe('perjanjian kerja sama daerah');
    expect(normalizeSearchText('  Nota-Kesepahaman   Pemkot  Malang ')).toBe(
      'nota kesepahaman pemkot malang',
    );
    expect(normalizeSearchText('Kerjasama')).toBe(normalizeSearchText('kerja sama'));
  });

  it('splits affixed closed compounds so the stemmer finds "kerja sama" in them', () => {
    expect(normalizeSearchText('Kedua daerah bekerjasama')).toBe('kedua daerah bekerja sama');
    expect(normalizeSearchText('Kerjasamanya berlaku lima tahun')).toBe('kerja samanya berlaku lima tahun');
    expect(normalizeSearchText('yang dikerjasamakan')).toBe('yang dikerja samakan');
    expect(normalizeSearchText('Kerja-samanya')).toBe('kerja samanya');
    // Spaced spellings are already right and stay as they are.
    for (const text of ['bekerja sama', 'bekerja samapun', 'kerja sama'])
      expect(normalizeSearchText(text)).toBe(text);
  });

  it('folds accents and leaves other words alone', () => {
    expect(normalizeSearchText('Café Sama-sama Bekerja')).toBe('cafe sama-sama bekerja');
  });
});

describe('duplicate detection', () => {
  it('normalises titles: kerja sama spellings unified, stop-words removed', () => {
    expect(titleTokens('Kerja-Sama Pemerintah Kota Bekasi dan Kota Malang')).toEqual(['bekasi', 'malang']);
    expect(titleTokens('KERJASAMA bidang Kesehatan')).toEqual(titleTokens('kerja sama di bidang kesehatan'));
    expect(titleSimilarity('Kerja Sama Pelayanan Dasar', 'Kerjasama  pelayanan dasar')).toBe(1);
    expect(titleTokens('Bekasi dan Malang bekerjasama dalam pelayanan dasar')).toEqual(
      titleTokens('Kerja sama Bekasi dan Malang dalam pelayanan dasar'),
    );
    expect(titleSimilarity('Pelayanan kesehatan', 'Pengelolaan sampah')).toBeLessThan(0.3);
  });

  it('seed 000 entered twice, by each party, with reworded titles and dates a week apart', () => {
    const second = agreement(seed000Ksb, {
      title:
        'Kesepakatan bersama antara Pemkot Malang dengan Pemkot Bekasi tentang kerja-sama pelayanan dasar',
      parties: [...seed000Ksb.parties].reverse(),
      signatories: [],
      signingDate: '2024-08-14',
    });
    const verdict = looksLikeSameAgreement(ksb000, second);
    expect(verdict.match).toBe(true);
    expect(verdict.score).toBeGreaterThanOrEqual(0.5);
    expect(verdict.checks).toMatchObject({
      sameParties: true,
      sameKind: true,
      sameDocumentType: true,
      datesClose: true,
    });
  });

  it('does not match different parties, document types, distant dates or other subjects', () => {
    expect(looksLikeSameAgreement(ksb000, agreement(seed002Ksb)).match).toBe(false);
    const pksOf003 = agreement(seed003Pks);
    const ksbOf003 = agreement(seed003Ksb);
    expect(looksLikeSameAgreement(ksbOf003, pksOf003)).toMatchObject({ match: false, score: 0 });
    expect(looksLikeSameAgreement(ksb000, { ...ksb000, signingDate: '2024-09-07' }).match).toBe(false);
    expect(looksLikeSameAgreement(ksb000, { ...ksb000, signingDate: '2024-09-06' }).match).toBe(true);
    expect(
      looksLikeSameAgreement(ksb000, {
        ...ksb000,
        title: 'Kesepakatan Bersama tentang Pengelolaan Sampah Regional',
      }).match,
    ).toBe(false);
  });

  it('does not let a missing signing date rule a match out', () => {
    expect(looksLikeSameAgreement(ksb000, { ...ksb000, signingDate: null }).match).toBe(true);
  });
});
