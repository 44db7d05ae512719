import { describe, expect, it } from 'vitest';
import {
  classifyEvent,
  findCommitments,
  findDocuments,
  findProjects,
  parseRupiah,
  visitOrAudience,
} from './event';
import { splitSentences } from './sentences';

const projects = (text: string) => findProjects(text, splitSentences(text)).map((finding) => finding.value);

describe('findProjects', () => {
  it('reads capitalised project names, with roman numerals', () => {
    expect(
      projects(
        'Pemprov Sumsel melanjutkan pembangunan Jembatan Musi V dan Jembatan Wonokromo tahun ini.',
      ).map((project) => project.name),
    ).toEqual(['Jembatan Musi V', 'Jembatan Wonokromo']);
    expect(projects('Anggaran renovasi Stadion Barombong disiapkan pemprov.')[0]?.name).toBe(
      'Stadion Barombong',
    );
  });

  it('attaches each amount to the nearest project of its clause', () => {
    expect(
      projects(
        'Pemprov mengalokasikan Rp 350 miliar untuk pembangunan Jembatan Musi V, sedangkan renovasi Stadion Bumi Sriwijaya mendapat Rp 45 miliar.',
      ),
    ).toEqual([
      { name: 'Jembatan Musi V', amount: 'Rp 350 miliar', amountRupiah: 350_000_000_000 },
      { name: 'Stadion Bumi Sriwijaya', amount: 'Rp 45 miliar', amountRupiah: 45_000_000_000 },
    ]);
  });

  it('leaves a project without an amount in its clause without one', () => {
    expect(
      projects('Pembangunan Pasar Cinde berlanjut; bantuan keuangan Rp 2,5 miliar dipakai untuk air bersih.'),
    ).toEqual([
      { name: 'Pasar Cinde', amount: null, amountRupiah: null },
      { name: 'air bersih', amount: 'Rp 2,5 miliar', amountRupiah: 2_500_000_000 },
    ]);
  });

  it('completes a project named first in a headline with the amount given later', () => {
    expect(
      projects(
        'Bantuan Keuangan untuk Jembatan Musi V\nPemprov mengalokasikan Rp 350 miliar untuk Jembatan Musi V.',
      ),
    ).toEqual([{ name: 'Jembatan Musi V', amount: 'Rp 350 miliar', amountRupiah: 350_000_000_000 }]);
  });

  it('finds nothing outside project sentences', () => {
    expect(projects('Rombongan meninjau Pasar Badung dan Pasar Kreneng.')).toEqual([]);
  });

  it('parses rupiah amounts', () => {
    expect(parseRupiah('Rp 1,2 triliun')).toBe(1_200_000_000_000);
    expect(parseRupiah('Rp. 750.000.000')).toBe(750_000_000);
    expect(parseRupiah('Rp 12 juta')).toBe(12_000_000);
    expect(parseRupiah('dua miliar')).toBeNull();
  });
});

describe('findCommitments', () => {
  it('reads follow-up promises and trims them to the promise', () => {
    expect(
      findCommitments(
        'Kedua daerah sepakat membentuk tim teknis untuk mengevaluasi layanan. Hasilnya akan ditindaklanjuti oleh OPD terkait, kata dia.',
      ).map((finding) => finding.value),
    ).toEqual(['sepakat membentuk tim teknis', 'akan ditindaklanjuti oleh OPD terkait']);
  });

  it('finds none in a text without promises', () => {
    expect(findCommitments('Penandatanganan berlangsung di Aula Balai Kota.')).toEqual([]);
  });
});

describe('findDocuments', () => {
  const documents = (text: string) => findDocuments(text, 'signing').map((finding) => finding.value);
  it('skips documents that are planned or were signed earlier', () => {
    expect(
      documents(
        'Dishub kedua daerah menandatangani perjanjian kerja sama. PKS ini pelaksanaan dari kesepakatan bersama yang ditandatangani kedua kepala daerah pada Februari lalu. Kedua pihak sepakat menyusun perjanjian kerja sama teknis.',
      ),
    ).toEqual(['perjanjian_kerja_sama']);
    expect(
      documents(
        'Gubernur dan wali kota menandatangani kesepakatan bersama. Keduanya juga sepakat menyusun PKS.',
      ),
    ).toEqual(['kesepakatan_bersama']);
  });

  it('skips a document named as signed earlier by a pronoun and a bare verb, or as the basis of this one', () => {
    expect(
      documents(
        'Kedua daerah menandatangani PKS pertukaran data. "PKS ini turunan dari kesepakatan bersama yang kita teken tahun lalu," katanya.',
      ),
    ).toEqual(['perjanjian_kerja_sama']);
    expect(
      documents('Wali kota menandatangani PKS. Dokumen itu merujuk pada nota kesepakatan tentang air minum.'),
    ).toEqual(['perjanjian_kerja_sama']);
    expect(
      documents(
        'Kedua bupati menandatangani PKS. Adapun kesepakatan bersama yang kami tandatangani beberapa bulan lalu tetap berlaku.',
      ),
    ).toEqual(['perjanjian_kerja_sama']);
  });

  it('counts only the addendum, not the document it amends, in any of its spellings', () => {
    expect(
      documents(
        'Kedua bupati menandatangani addendum atas perjanjian kerja sama (PKS) yang telah berjalan sejak 2022. Addendum tersebut mengubah dua pasal dalam PKS sebelumnya. Masa berlaku PKS juga diperpanjang hingga 2027.',
      ),
    ).toEqual(['addendum']);
    expect(
      documents('Wali kota menandatangani perubahan kedua atas kesepakatan bersama tentang sampah.'),
    ).toEqual(['addendum']);
    // A document of its own signed beside the addendum still counts.
    expect(
      documents(
        'Kedua pihak menandatangani addendum KSB sekaligus perjanjian kerja sama pengelolaan terminal.',
      ),
    ).toEqual(['addendum', 'perjanjian_kerja_sama']);
  });
});

describe('visitOrAudience', () => {
  const visit = { value: 'visit' as const, start: 0, end: 8, confidence: 0.75 };
  const province = { code: '71', level: 'provinsi' as const };
  const cityInside = { code: '71.72', level: 'kota' as const };
  const cityOutside = { code: '73.71', level: 'kota' as const };

  it("reads a head's call on the governor of the region's own province as an audience", () => {
    const text = 'Wali Kota Tomohon mengunjungi Gubernur Sulawesi Utara di ruang kerjanya.';
    expect(visitOrAudience(visit, [cityInside, province], text).value).toBe('audience');
  });

  it('keeps a study visit, and a visit across provinces, a visit', () => {
    const study = 'Wali Kota Tomohon melakukan studi banding ke Pemprov Sulawesi Utara.';
    expect(visitOrAudience(visit, [cityInside, province], study).value).toBe('visit');
    const across = 'Wali Kota Makassar mengunjungi Gubernur Sulawesi Utara.';
    expect(visitOrAudience(visit, [cityOutside, province], across).value).toBe('visit');
  });
});

describe('a signing only planned on a condition', () => {
  it('is no signing (blind round 18)', () => {
    expect(
      classifyEvent(
        'Bupati Madina beraudiensi dengan tim Fakultas Kedokteran USU. "Setelah itu, jika hasilnya memungkinkan baru dilaksanakan penandatanganan naskah kerja sama," kata Faisal.',
      ).value,
    ).toBe('audience');
  });
});
