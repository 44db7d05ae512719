import { describe, expect, it } from 'vitest';
import { findDates } from './dates';
import { splitSentences } from './sentences';

const eventDate = (text: string, publishedAt?: string) =>
  findDates(text, splitSentences(text), publishedAt).event;

describe('findDates', () => {
  it('reads the formats of Indonesian news', () => {
    expect(eventDate('Penandatanganan berlangsung Selasa (5/12/2017).')?.date).toBe('2017-12-05');
    expect(eventDate('Kunjungan kerja digelar Senin (12 Januari 2026).')?.date).toBe('2026-01-12');
    expect(eventDate('Kesepakatan ditandatangani pada Kamis, 16 Januari 2025 di Malang.')?.date).toBe(
      '2025-01-16',
    );
    expect(eventDate('Audiensi dilaksanakan Jumat (14/6/24).')?.date).toBe('2024-06-14');
    expect(eventDate('Penandatanganan dilakukan Rabu, 7 Agt 2024.')?.date).toBe('2024-08-07');
  });

  it('takes the year of a date without one from the publication line, never the line itself', () => {
    const text =
      '8 Agustus 2024\nKesepakatan itu ditandatangani pada Rabu (07/08) di Aula Balai Kota Malang.';
    const analysis = findDates(text, splitSentences(text));
    expect(analysis.publication).toBe('2024-08-08');
    expect(analysis.event?.date).toBe('2024-08-07');
  });

  it('returns null when the only date is the publication line', () => {
    expect(
      eventDate('Senin, 12 Januari 2026 10:15 WIB\nPemkot Malang menerima kunjungan kerja Pemkot Jambi.'),
    ).toBeNull();
  });

  it('uses the previous year for a December event published in January', () => {
    expect(eventDate('Kesepakatan ditandatangani Kamis (28/12).', '2024-01-03')?.date).toBe('2023-12-28');
  });

  it('keeps the numbers of a full date whose weekday contradicts it, with low confidence', () => {
    const found = eventDate('Kesepakatan bersama ditandatangani Selasa (15/7/2024).');
    expect(found?.date).toBe('2024-07-15');
    expect(found?.confidence).toBeLessThanOrEqual(0.5);
    expect(found?.note).toMatch(/weekday/);
  });

  it('prefers a candidate whose weekday agrees over one that contradicts itself', () => {
    const found = eventDate(
      'Kesepakatan ditandatangani Selasa (15/7/2024). Kunjungan berlangsung Senin (15/7/2024).',
    );
    expect(found?.date).toBe('2024-07-15');
    expect(found?.confidence).toBeGreaterThan(0.5);
  });

  it('chooses the year whose calendar agrees with the weekday for a date without a year', () => {
    // 7 August is a Wednesday in 2024 and a Monday in 2023; published early 2025, "Rabu (07/08)" is 2024.
    expect(eventDate('Ditandatangani Rabu (07/08).', '2025-01-10')?.date).toBe('2024-08-07');
  });

  it('ignores validity dates and impossible dates', () => {
    expect(eventDate('Perjanjian berlaku hingga 31 Desember 2027.')).toBeNull();
    expect(eventDate('Ditandatangani Senin (31/2/2024).')).toBeNull();
  });

  it.each([
    ['05/03/2025, 10:15 WIB'],
    ['5/3/2025 10:15'],
    ['Kamis, 6 Maret 2025 | 10:15 WIB'],
    ['Rabu, 05 Mar 2025 14:00'],
    ['Diterbitkan: 05-03-2025 10.15 WITA'],
  ])('completes "Selasa (4/3)" from the publication header %j, never taking the header itself', (header) => {
    const text = `${header}\n\nPemkot Palembang dan Pemkab Banyuasin menandatangani perjanjian kerja sama, Selasa (4/3).`;
    const analysis = findDates(text, splitSentences(text));
    expect(analysis.publication).toMatch(/^2025-03-0[56]$/);
    expect(analysis.event?.date).toBe('2025-03-04');
  });

  it('does not read a numeric date inside a sentence as the publication date', () => {
    const text =
      'Perjanjian yang diteken 12/01/2020 itu diperbarui.\nKesepakatan ditandatangani Selasa (4/3).';
    expect(findDates(text, splitSentences(text)).publication).toBeNull();
    expect(eventDate(text)).toBeNull();
  });

  it('counts "Senin kemarin" back from the publication date', () => {
    const text =
      'Kompas.com - 14/05/2024, 16:05 WIB\nBupati Jayapura beraudiensi dengan Pj Gubernur Papua di Kantor Gubernur, Senin kemarin.';
    // 14 May 2024 is a Tuesday: the Monday before it is the 13th.
    expect(eventDate(text)?.date).toBe('2024-05-13');
  });

  it('reads the wire-service lead "..., Pontianak, Rabu." as that day of the publication week', () => {
    const text =
      'Rabu, 4 September 2024 19:42 WIB\nPemprov Kalbar dan Pemkab Sanggau menandatangani kesepakatan bersama di Pontianak, Rabu.';
    expect(eventDate(text)?.date).toBe('2024-09-04');
    expect(eventDate(text.replace('Rabu, 4', 'Jumat, 6'))?.date).toBe('2024-09-04');
  });

  it('reads the ANTARA leads ", Selasa, untuk ..." and "pada Selasa," against the publication date', () => {
    const lead =
      'Bandung (ANTARA) - Bupati Garut melakukan audiensi dengan Gubernur Jawa Barat di Gedung Pakuan, Bandung, Selasa, untuk membahas perbaikan jalan.';
    expect(eventDate(lead, '2025-09-17')?.date).toBe('2025-09-16');
    const pada =
      'Samarinda (ANTARA) - Pemprov Kaltim dan Pemkab Kutai Timur pada Selasa, menandatangani kesepakatan bersama.';
    expect(eventDate(pada, '2025-09-18')?.date).toBe('2025-09-16');
    // A weekday followed by a comma and a day number starts a full date, not a lead.
    expect(
      eventDate('Kesepakatan ditandatangani pada Selasa, 9 September 2025 di Samarinda.', '2025-09-17')?.date,
    ).toBe('2025-09-09');
    // Without a publication date a bare weekday cannot be placed.
    expect(eventDate(lead)).toBeNull();
  });

  it('completes "pada 3 Oktober lalu" from a byline that carries more than the date', () => {
    const text =
      'Diposting: Jumat, 11 Oktober 2024 | Oleh: Humas Pemkot Tegal | Dilihat: 312 kali\nHal tersebut ditandai dengan penandatanganan PKS pada 3 Oktober lalu di Balai Kota Tegal.';
    const analysis = findDates(text, splitSentences(text));
    expect(analysis.publication).toBe('2024-10-11');
    expect(analysis.event?.date).toBe('2024-10-03');
  });

  it('does not take a planned date without a year ("17 Agustus mendatang")', () => {
    const text =
      'Jumat, 11 Oktober 2024\nPenandatanganan kesepakatan dijadwalkan berlangsung pada 17 Agustus mendatang.';
    expect(eventDate(text)).toBeNull();
  });

  it('reads a full numeric date after "pada" in the event sentence, below a numeric publication line', () => {
    const text =
      'papuaselatannews.com  |  Kamis, 06/11/2025\nKedua bupati menandatangani addendum di Swiss-Belhotel Merauke, pada 04/11/2025.';
    const analysis = findDates(text, splitSentences(text));
    expect(analysis.publication).toBe('2025-11-06');
    expect(analysis.event?.date).toBe('2025-11-04');
    expect(eventDate('Penandatanganan berlangsung pada Selasa, 4-11-2025 di Merauke.')?.date).toBe(
      '2025-11-04',
    );
  });

  it('does not read fractions, clock times or dates outside an event sentence after "pada"', () => {
    expect(eventDate('Penandatanganan berlangsung pada 10.30 WIB di Merauke.')).toBeNull();
    expect(eventDate('Kenaikan terjadi pada 2/3 wilayah kabupaten.')).toBeNull();
    expect(eventDate('Harga beras naik pada 04/11/2025.')).toBeNull();
  });

  it('leaves a date without a year null when there is no reference', () => {
    expect(eventDate('Ditandatangani Rabu (07/08) di Malang.')).toBeNull();
  });
});

describe('dates completed from the page', () => {
  it('takes the year of a date without one from the month in the URL', async () => {
    const { extractArticle, urlDate } = await import('./extract');
    expect(urlDate('http://kabarmagelang.com/2019/01/bappeda-kabupaten-garut.html')).toEqual({
      month: '2019-01-15',
    });
    expect(urlDate('https://daulatnews.com/index.php/2022/07/29/dprd-sumbar')).toEqual({
      day: '2022-07-29',
      month: '2022-07-15',
    });
    expect(urlDate('https://example.go.id/2022/02/30/x')).toEqual({ month: '2022-02-15' });
    const text =
      'Bappeda Kabupaten Garut melakukan studi komparasi ke Pemerintah Kota Magelang, Rabu (9/1) pagi. Rombongan diterima Sekda Kota Magelang.';
    expect(extractArticle({ text, url: 'http://kabarmagelang.com/2019/01/studi.html' }).date).toBe(
      '2019-01-09',
    );
    expect(extractArticle(text).date).toBeNull();
  });

  it('reads a bracketed date wrapped onto its own line as the event date, not a publication line', async () => {
    const { extractArticle } = await import('./extract');
    const text =
      'SERANG – Gubernur Banten,\nWahidin Halim melakukan audiensi dengan Menteri Dalam Negeri bertempat di Gedung A Kementerian Dalam Negeri Jakarta.\nKamis (7/11/2019).\nAudiensi tersebut dilakukan untuk mempersiapkan Munas.';
    expect(extractArticle(text).date).toBe('2019-11-07');
  });
});
