import { describe, expect, it } from 'vitest';
import { findParties, sentenceIsCore } from './parties';
import { contextOf } from './test-support';

const codes = (text: string) => findParties(contextOf(text)).parties.map((party) => party.code);

describe('findParties', () => {
  it('takes the regions whose people attend a meeting, listed after one kind word (blind round 19)', () => {
    expect(
      codes(
        'Rapat pembahasan perjanjian kerjasama antar daerah dibuka resmi di Gedung Pemkab Bojonegoro. Dihadiri Asisten I dan SKPD terkait dari Kabupaten Blora, Tuban, Rembang, dan Bojonegoro.',
      ).sort(),
    ).toEqual(['33.16', '33.17', '35.22', '35.23']);
  });

  it('leaves out those who attend a signing between others', () => {
    expect(
      codes(
        'Pemkab Garut dan Pemkab Tasikmalaya menandatangani kesepakatan bersama. Penandatanganan itu dihadiri perwakilan dari Kabupaten Ciamis.',
      ),
    ).toEqual(['32.05', '32.06']);
  });

  it('takes the partner of a cooperation named bare after "kerja sama ... dengan" (blind round 18)', () => {
    expect(
      codes(
        'Pemerintah Kabupaten Lampung Selatan akhirnya mengakui perlunya belajar ke luar daerah untuk membenahi pelayanan publik, lewat kerja sama resmi dengan Kabupaten Sumedang, Jawa Barat.',
      ),
    ).toEqual(['18.01', '32.11']);
  });

  it('leaves out a governor who attends a signing, and an agency whose room hosts it (blind rounds 18, 19)', () => {
    expect(
      codes(
        'Gubernur NTB, Dr. H. Zulkieflimansyah menghadiri Penandatanganan Berita Acara Kesepakatan Batas Daerah Kabupaten Bima dan Kabupaten Dompu. Bupati Bima dan Bupati Dompu menandatangani kesepakatan itu.',
      ).sort(),
    ).toEqual(['52.05', '52.06']);
    expect(
      codes(
        'Batas daerah ditanda tangani oleh Bupati Lamongan Yuhronur Efendi dan Bupati Tuban Aditya Halindra Faridzki. Penandatanganan dilakukan di Ruang Rapat Wahono Biro Pemerintahan dan Otonomi Daerah Setda Propinsi Jawa Timur.',
      ),
    ).toEqual(['35.24', '35.23']);
  });

  it('takes the governments that sign, and leaves out the witness', () => {
    expect(
      codes(
        'Pemkot Bekasi dan Pemkab Bekasi menandatangani kesepakatan bersama soal air bersih. Penandatanganan disaksikan Gubernur Jawa Barat.',
      ),
    ).toEqual(['32.75', '32.16']);
  });

  it('takes the region that receives a financial help the article is about, written bare', () => {
    // As in real pages (blind rounds 12, 13 and 16): "Bangubsus ... kepada Kabupaten Ogan Komering Ilir".
    expect(
      codes(
        'Pemprov Sumsel Salurkan Bangubsus Rp 371 Miliar\n\nPemerintah Provinsi Sumatera Selatan menyerahkan Bantuan Keuangan Bersifat Khusus senilai Rp 371 miliar kepada Kabupaten Ogan Komering Ilir. Dana tersebut diserahkan langsung oleh Gubernur Sumatera Selatan.',
      ),
    ).toEqual(['16', '16.02']);
  });

  it('does not make a province a party when a quote only promises financial help in passing', () => {
    expect(
      codes(
        'Pemkab Garut dan Pemkab Tasikmalaya menandatangani perjanjian kerja sama jalan perbatasan. Kedua bupati meninjau ruas jalan itu. Perbaikan dimulai bulan depan. "Pemprov Jabar akan mendukung melalui bantuan keuangan untuk Kabupaten Ciamis," ujarnya.',
      ),
    ).toEqual(['32.05', '32.06']);
  });

  it('reads a "kaji banding" as a visit between regions', () => {
    // Blind round 15: "Pemkab Kotawaringin Barat (Kobar) melakukan kaji banding ... Kota Padang".
    expect(
      codes(
        'Pemerintah Kabupaten Kotawaringin Barat melakukan kaji banding ke Kota Padang. Rombongan disambut Wali Kota Padang.',
      ),
    ).toEqual(['62.01', '13.71']);
  });

  it('leaves out a bare region that only locates the event', () => {
    expect(codes('Bupati Gowa menerima kunjungan kerja Wali Kota Makassar di Kabupaten Maros.')).toEqual([
      '73.06',
      '73.71',
    ]);
  });

  it('leaves out a credit line, an owner and a region denied a part', () => {
    const text =
      'Pemkot Makassar dan Pemkab Gowa menandatangani kerja sama persampahan, bukan Pemkab Maros. (Foto: Humas Pemprov Sulsel)';
    expect(codes(text)).toEqual(['73.71', '73.06']);
  });

  it('takes the heads who called on a host, written "dikunjungi" or "disambangi"', () => {
    expect(
      codes(
        'Wali Kota Kotamobagu dikunjungi tiga kepala daerah, yakni Bupati Bolmong, Yasti S Mokoagow, Bupati Boltim, Sam Sachrul Mamonto dan Bupati Bolmut, Depri Pontoh.',
      ),
    ).toEqual(['71.74', '71.01', '71.10', '71.08']);
  });

  it('takes the head a bupati "menemui" as a party (blind round 22)', () => {
    expect(
      codes(
        'Bupati Lamandau, Marukan, Sekda Arifin LP Umbing, dan beberapa kepala SOPD menemui Gubernur Kalteng, Sugianto Sabran di Istana Isen Mulang, Sabtu (26/8/2017).',
      ),
    ).toEqual(['62.09', '62']);
  });

  it('takes the regions listed after "meliputi", "yaitu" or "diantaranya" as parties', () => {
    expect(
      codes(
        'Pemkab Bojonegoro menandatangani kesepakatan bersama dengan sepuluh daerah. Sebelas daerah tersebut meliputi Kabupaten Bojonegoro, Kabupaten Tuban, Kota Mojokerto, dan Kabupaten Blora.',
      ),
    ).toEqual(['35.22', '35.23', '35.76', '33.16']);
    expect(
      codes(
        'Bupati Bengkalis menandatangani MoU bersama Pemprov Riau. Juga ikut dalam MoU tersebut diantaranya Kabupaten Siak dan Kabupaten Kampar.',
      ),
    ).toEqual(['14.03', '14', '14.08', '14.01']);
    // A list of places in a sentence about something else names no party.
    expect(
      codes(
        'Pemkab Bojonegoro menandatangani kesepakatan bersama dengan Pemkab Tuban. Wisatawan datang dari berbagai daerah yaitu Kabupaten Blora dan Kota Mojokerto.',
      ),
    ).toEqual(['35.22', '35.23']);
    expect(
      codes(
        'Pemkab Katingan menandatangani kerja sama dengan Pemkot Palangka Raya. Kerja sama ini penting karena Kabupaten Katingan berbatasan dengan Kota Palangka Raya, serta 2 kabupaten di Provinsi Kalimantan Barat yaitu Kabupaten Melawi dan Kabupaten Sintang.',
      ),
    ).toEqual(['62.06', '62.71']);
  });

  it('names no party in a text about no cooperation', () => {
    expect(codes('Bupati Gowa meresmikan pasar baru. Wali Kota Makassar membuka festival kuliner.')).toEqual(
      [],
    );
  });

  it('adds evidence with a confidence that grows with the mentions', () => {
    const context = contextOf('Pemkot Bekasi dan Pemkab Bekasi menandatangani kesepakatan bersama.');
    const reading = findParties(context);
    expect(reading.codes).toEqual(new Set(['32.75', '32.16']));
    expect(context.evidence.parties?.map((item) => item.confidence)).toEqual([0.7, 0.7]);
  });

  it('reads a sentence about earlier cooperation as background, not core', () => {
    const context = contextOf(
      'Kedua daerah pernah bekerja sama soal sampah. Kini Pemkot Bekasi menandatangani MoU.',
      2024,
    );
    expect(sentenceIsCore(context, 0)).toBe(false);
    expect(sentenceIsCore(context, context.text.indexOf('Kini'))).toBe(true);
  });
});
