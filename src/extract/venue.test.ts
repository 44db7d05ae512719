import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';
import { contextOf } from './test-support';
import { findPlace, findVenue, regionKindOf } from './venue';

const place = (text: string) =>
  findPlace(
    text,
    splitSentences(text),
    null,
    () => null,
    () => false,
  )?.value;

describe('findPlace', () => {
  it.each([
    [
      'di ruang sidang Wali Kota, Balai Kota Surabaya, Rabu (5/3).',
      'ruang sidang Wali Kota, Balai Kota Surabaya',
    ],
    [
      'di ruang kerja gubernur, Kantor Gubernur Sulsel, Senin (3/3).',
      'ruang kerja gubernur, Kantor Gubernur Sulsel',
    ],
    ['di Balairung Gedung Pusat UGM, Kamis (17/10).', 'Balairung Gedung Pusat UGM'],
    ['di Pendopo Sabha Swagata Blambangan, Senin (3/6/2024).', 'Pendopo Sabha Swagata Blambangan'],
    ['di Aula Kejati Sumsel, Palembang.', 'Aula Kejati Sumsel, Palembang'],
    ['di Gedung Sate, Bandung.', 'Gedung Sate, Bandung'],
    ['di Hotel Santika Premiere Ambon.', 'Hotel Santika Premiere Ambon'],
    ['di Command Center Pemkot Bandar Lampung.', 'Command Center Pemkot Bandar Lampung'],
    ['di Griya Agung Palembang.', 'Griya Agung Palembang'],
    ['di Swiss-Belhotel Merauke, pada 04/11/2025.', 'Swiss-Belhotel Merauke'],
    ['di Novotel Lampung, Senin (3/6).', 'Novotel Lampung'],
    ['di Lantai 2 Balai Kota Ambon.', 'Lantai 2 Balai Kota Ambon'],
    ['di Pendapi Gede Balai Kota Solo, Selasa (27/2/2024).', 'Pendapi Gede Balai Kota Solo'],
    [
      'di Pendopo Drh. Soepardi, kompleks Kantor Bupati Magelang, Kota Mungkid, Rabu (7/8).',
      'Pendopo Drh. Soepardi, kompleks Kantor Bupati Magelang, Kota Mungkid',
    ],
    // Real pages of blind rounds 23 and 24.
    ['di ruang rapat Bupati Klungkung, Pada Kamis (25/9).', 'ruang rapat Bupati Klungkung'],
    [
      'di Gedung dr HR Suparsono, kompleks Untidar, Selasa 7 Juli 2023.',
      'Gedung dr HR Suparsono, kompleks Untidar',
    ],
    ['di auditorium Kantor Bupati Parimo, Jum’at, 3 November 2023.', 'auditorium Kantor Bupati Parimo'],
    ['di Posko Induk Pemda Parimo. Gubernur menyerahkan bantuan.', 'Posko Induk Pemda Parimo'],
    [
      'di Markas Komando (Mako) Lantamal VIII Manado, Senin (20/02/2023).',
      'Markas Komando (Mako) Lantamal VIII Manado',
    ],
    ['di lapangan terbang Ayawasi, Kamis (7/3).', 'lapangan terbang Ayawasi'],
  ])('reads the venue of "Penandatanganan berlangsung %s"', (tail, expected) => {
    expect(place(`Penandatanganan berlangsung ${tail}`)).toBe(expected);
  });

  it('reads a named hall placed by the building it is in', () => {
    expect(
      place('diterima Wali Kota di Puri Manggala Bhakti, Kantor Wali Kota Probolinggo, Rabu (5/11).'),
    ).toBe('Puri Manggala Bhakti, Kantor Wali Kota Probolinggo');
    // Without a building after it, a capitalised name is no venue.
    expect(place('Rombongan diterima di Puri Manggala Bhakti, Rabu (5/11).')).toBeUndefined();
    // A city before the building is where it stands, not the name of a hall in it.
    const isRegion = (phrase: string) => (phrase === 'Surabaya' ? 'local' : null);
    const text = 'Kesepakatan diteken di Surabaya, Gedung Negara Grahadi, Senin (23/6).';
    expect(findPlace(text, splitSentences(text), null, isRegion, () => false)).toBeNull();
  });

  it('does not take a lower-case place without a name', () => {
    expect(place('Kesepakatan dibahas di ruang rapat, Rabu (5/3).')).toBeUndefined();
    expect(place('Hasilnya dibahas di kantor masing-masing.')).toBeUndefined();
  });
});

describe('findPlace inside buildings', () => {
  it.each([
    [
      'Rombongan diterima Sekda di ruang rapat lantai 3, Setda Kabupaten Klaten, Senin (4/3).',
      'ruang rapat lantai 3, Setda Kabupaten Klaten',
    ],
    [
      'Penandatanganan digelar di ruang Auditorium Gedung Serbaguna Pemkab Kudus, Selasa (5/3).',
      'ruang Auditorium Gedung Serbaguna Pemkab Kudus',
    ],
    ['Kedua bupati meneken MoU di aula Kantor Wali Kota, Jumat (8/3).', 'aula Kantor Wali Kota'],
    [
      'Rombongan melakukan kunjungan kerja ke Kantor Bupati Lombok Barat, Kamis (7/3).',
      'Kantor Bupati Lombok Barat',
    ],
    [
      'Rombongan diterima di Mal Pelayanan Publik (MPP) Kabupaten Sragen.',
      'Mal Pelayanan Publik (MPP) Kabupaten Sragen',
    ],
    [
      'Rapat digelar di Aula Kawasan Perkantoran Pemprov. Kaltara, Tanjung Selor, Rabu (6/3).',
      'Aula Kawasan Perkantoran Pemprov. Kaltara, Tanjung Selor',
    ],
    ['Kunjungan diterima di Balaikota Cimahi, Senin (4/3).', 'Balaikota Cimahi'],
    ['Diskusi berlangsung di Rektorat Universitas Jember.', 'Rektorat Universitas Jember'],
    [
      'Mereka diterima di ruang rapat\nlantai 2, gedung DPRD Kabupaten Kediri, Selasa (5/3).',
      'ruang rapat lantai 2, gedung DPRD Kabupaten Kediri',
    ],
  ])('reads the venue of "%s"', (text, expected) => {
    expect(place(text)).toBe(expected);
  });

  it('does not run on into lower-case words that are not part of a building', () => {
    expect(place('Hasilnya dibahas di ruang rapat, lalu disampaikan Bupati Sleman.')).toBeUndefined();
  });

  it('does not take a place named inside a quotation', () => {
    expect(
      place('"Semua layanan kini terpusat di Gedung Layanan Terpadu Wonosobo," ujar Kepala Dinas itu.'),
    ).toBeUndefined();
  });

  it('falls back to the city when the text names only the city', () => {
    const isRegion = (phrase: string) => (phrase === 'Semarang' ? 'local' : null);
    const text = 'Penandatanganan berlangsung di Semarang, Senin (4/3).';
    expect(findPlace(text, splitSentences(text), null, isRegion, () => false)?.value).toBe('Semarang');
    const other = 'Penandatanganan berlangsung di Tugu Muda, Senin (4/3).';
    expect(findPlace(other, splitSentences(other), null, isRegion, () => false)).toBeNull();
  });
});

describe('findVenue over the article context', () => {
  it('reads the venue of a cooperation article and adds its evidence', () => {
    const context = contextOf(
      'Pemkot Bekasi dan Pemkab Bekasi menandatangani kesepakatan bersama di Hotel Santika Bekasi, Senin (3/6).',
    );
    expect(findVenue(context, null)?.value).toBe('Hotel Santika Bekasi');
    expect(context.evidence.place?.[0]?.value).toBe('Hotel Santika Bekasi');
    expect(findVenue(contextOf('Festival kuliner digelar di Hotel Santika Bekasi.'), null)).toBeNull();
  });

  it('tells a province from a local region', () => {
    expect(regionKindOf('Jawa Barat')).toBe('province');
    expect(regionKindOf('Bekasi')).toBe('local');
    expect(regionKindOf('Santika')).toBeNull();
  });
});

describe('findPlace: where a visit or a statement took place', () => {
  const at = (text: string) =>
    findPlace(text, splitSentences(text), null, regionKindOf, () => false)?.value ?? null;

  it('takes the region a visit went to when no building is named', () => {
    expect(
      at('Pemkab Sleman melakukan kunjungan kerja (kunker) ke Kabupaten Magetan. Rombongan disambut.'),
    ).toBe('Kabupaten Magetan');
    expect(
      at('Bupati Sleman dan rombongan melakukan lawatan ke Kabupaten Magetan, Provinsi Jawa Timur.'),
    ).toBe('Kabupaten Magetan');
    expect(at('Pemkab Sleman menggelar studi tiru ke Kota Madiun sekaligus misi budaya.')).toBe(
      'Kota Madiun',
    );
    // A delivery to a region is no visit.
    expect(at('Pemkab Sleman menyerahkan bantuan ke Kabupaten Magetan untuk korban banjir.')).toBeNull();
  });

  it('takes the region a statement was made in, written before the weekday', () => {
    expect(at('"Kami siap bekerja sama," katanya di Kota Madiun, Sabtu (26/2/2022).')).toBe('Kota Madiun');
    expect(at('Sekda Sleman di Madiun, Senin, mengatakan kerja sama berjalan.')).toBe('Madiun');
    // Without a weekday after it, a region is only talked about.
    expect(at('Produk unggulan di Kota Madiun akan dipasarkan bersama.')).toBeNull();
  });

  it('prefers a building to a region', () => {
    expect(at('Rombongan melakukan kunjungan kerja ke Kota Madiun dan diterima di Balai Kota Madiun.')).toBe(
      'Balai Kota Madiun',
    );
  });

  it('reads an office a delegation called at, however the visit is written', () => {
    expect(at('Rombongan DPRD Sleman menyambangi Kantor DPRD Kota Madiun, Rabu (8/8/2018).')).toBe(
      'Kantor DPRD Kota Madiun',
    );
    expect(at('Pimpinan DPRD Sleman berkunjung ke Markas DPRD Kota Madiun, Kamis (5/2/2026).')).toBe(
      'Markas DPRD Kota Madiun',
    );
  });

  it('stops before an official named after the venue, and keeps a short form in brackets', () => {
    expect(at('Bertempat di Balaikota Among Tani, Walikota Batu Aries Agung menerima kunjungan.')).toBe(
      'Balaikota Among Tani',
    );
    expect(at('Pertemuan dilaksanakan di Rumah Dinas (Rudis) Wali Kota Kotamobagu, kemarin.')).toBe(
      'Rumah Dinas (Rudis) Wali Kota Kotamobagu',
    );
    expect(at('Pertemuan dilaksanakan di Gedung Sate (Senin) bersama wartawan.')).toBe('Gedung Sate');
  });
});

describe('findPlace: hotels and companions', () => {
  it('reads a hotel whose brand comes before the word Hotel', () => {
    expect(place('Perjanjian diteken Jumat, di The Zuri Hotel Transmart Pekanbaru.')).toBe(
      'The Zuri Hotel Transmart Pekanbaru',
    );
    expect(place('Rapat koordinasi digelar di Grand Mercure Hotel Medan, Senin (3/3).')).toBe(
      'Grand Mercure Hotel Medan',
    );
  });

  it('does not read a companion clause as the name of a lower-case room', () => {
    expect(
      place('Wakil Wali Kota menerima kunjungan tersebut di ruang kerjanya didampingi Sekretaris Daerah.'),
    ).toBeUndefined();
  });
});

describe('findVenue: the region of a visit is a party', () => {
  it('does not take a region a party visited on another trip as the venue', () => {
    const text =
      'Wakil Gubernur Sulawesi Tengah menjamu rombongan Wakil Gubernur Gorontalo dalam kunjungan kerja. Gubernur Sulawesi Tengah belum bisa hadir sehubungan dengan Kunjungan Kerja ke Kota Makassar.';
    expect(findVenue(contextOf(text), null, new Set(['72', '75']))).toBeNull();
    const visit = 'Bupati Sleman melakukan kunjungan kerja ke Kabupaten Magetan untuk belajar pertanian.';
    expect(findVenue(contextOf(visit), null, new Set(['34.04', '35.20']))?.value).toBe('Kabupaten Magetan');
  });
});

describe('findPlace: offices named by their occupant', () => {
  const placeWithRegions = (text: string) =>
    findPlace(text, splitSentences(text), null, regionKindOf, () => false)?.value;

  it('reads "di ruang kerjanya" as the office of the head who received the visit', () => {
    expect(
      placeWithRegions(
        'Gubernur Sulawesi Utara (Sulut) Olly Dondokambey menerima kunjungan kerja Walikota Tomohon Caroll Senduk di ruang kerjanya, Rabu (8/9/2021).',
      ),
    ).toBe('ruang kerja Gubernur Sulawesi Utara');
    expect(
      placeWithRegions(
        'Atas nama pemerintah kota Serang wakil walikota Serang Subadri Usuludin menerima kunjungan tersebut di ruang kerjanya.',
      ),
    ).toBe('ruang kerja wakil walikota Serang');
  });

  it('reads a venue word glued to "di" ("Bertempat diruang kerja ...")', () => {
    expect(
      place(
        'Bertempat diruang kerja Sekretaris Daerah Provinsi Kalimantan Barat, kedua bupati menandatangani berita acara.',
      ),
    ).toBe('ruang kerja Sekretaris Daerah Provinsi Kalimantan Barat');
  });

  it('reads an office a delegation "datangi", written in lower case', () => {
    expect(
      place(
        '25 anggota DPRD Kabupaten Semarang datangi kantor DPRD Kabupaten Lampung Tengah dalam rangka kunjungan kerja.',
      ),
    ).toBe('kantor DPRD Kabupaten Lampung Tengah');
  });
});
