import { describe, expect, it } from 'vitest';
import { loadFixtures, loadSeeds } from '../../test/fixtures/articles/load';
import { extractArticle } from './extract';
import { f1, scoreExtraction } from './score';
import { extractionResultSchema } from './types';
import type { ExtractionResult } from './types';

const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : 1);
const officialOrder = (
  a: { regionCode: string | null; name: string },
  b: { regionCode: string | null; name: string },
) => (`${a.regionCode}${a.name}` < `${b.regionCode}${b.name}` ? -1 : 1);

/** Field-by-field comparison with readable diffs. */
function expectContractFields(
  result: ExtractionResult,
  truth: ReturnType<typeof loadSeeds>[number]['truth'],
  options: { exactSectors: boolean },
) {
  expect(result.eventType).toBe(truth.eventType);
  expect(result.interRegional).toBe(truth.interRegional);
  expect([...result.documentTypes].sort()).toEqual([...truth.documentTypes].sort());
  expect(result.date).toBe(truth.date);
  expect(result.place).toBe(truth.place);
  expect([...result.parties].sort(byCode)).toEqual([...truth.parties].sort(byCode));
  // The contract's four fields, as the scorer compares them; the acting kind is checked to agree with `acting`.
  const contract = ({ name, office, acting, regionCode }: ExtractionResult['officials'][number]) => ({
    name,
    office,
    acting,
    regionCode,
  });
  expect(result.officials.map(contract).sort(officialOrder)).toEqual(
    truth.officials.map(contract).sort(officialOrder),
  );
  for (const official of result.officials) expect(official.actingKind !== undefined).toBe(official.acting);
  if (options.exactSectors) expect([...result.sectors].sort()).toEqual([...truth.sectors].sort());
  else expect(f1(result.sectors, truth.sectors)).toBeGreaterThanOrEqual(0.6);
}

describe('extractArticle on the seed articles', () => {
  const seeds = loadSeeds();
  it('finds the five seeds', () => {
    expect(seeds).toHaveLength(5);
  });
  for (const seed of seeds) {
    it(`matches the truth file of ${seed.id} field for field`, () => {
      const result = extractArticle(seed.text);
      expect(extractionResultSchema.safeParse(result).success).toBe(true);
      expectContractFields(result, seed.truth, { exactSectors: true });
      expect(scoreExtraction(result, seed.truth).fieldScore).toBe(1);
    });
  }
});

describe('extractArticle on the hand-written fixture articles', () => {
  const fixtures = loadFixtures();
  it('has at least ten fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
  });
  for (const fixture of fixtures) {
    // Sectors are judged by overlap here: a fixture's truth is a human reading, and scope named only in a
    // headline (012) is a known gap of the rules.
    it(`extracts ${fixture.id}`, () => {
      const result = extractArticle({ text: fixture.text, html: fixture.html });
      expect(extractionResultSchema.safeParse(result).success).toBe(true);
      expectContractFields(result, fixture.truth, { exactSectors: false });
      const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : 1);
      if (fixture.truth.projects)
        expect([...result.projects].sort(byName)).toEqual([...fixture.truth.projects].sort(byName));
      if (fixture.truth.organizations)
        expect([...result.organizations].sort(byName)).toEqual([...fixture.truth.organizations].sort(byName));
      if (fixture.truth.commitments) expect(result.commitments).toEqual(fixture.truth.commitments);
    });
  }
});

describe('extractArticle traps', () => {
  it('returns nothing claimed for empty and whitespace input', () => {
    for (const input of ['', '   \n\n  ', { text: '' }]) {
      const result = extractArticle(input);
      expect(result.eventType).toBe('other');
      expect(result.parties).toEqual([]);
      expect(result.date).toBeNull();
      expect(extractionResultSchema.safeParse(result).success).toBe(true);
    }
  });

  it('claims nothing for English text, even with Indonesian place names', () => {
    const result = extractArticle(
      'The Bekasi City Government and the Malang City Government signed a memorandum of understanding on Wednesday at the Malang City Hall. The mayor of Bekasi said the agreement covers tourism and agriculture.',
    );
    expect(result.language).toBe('unknown');
    expect(result.eventType).toBe('other');
    expect(result.parties).toEqual([]);
    expect(result.officials).toEqual([]);
  });

  it('keeps Kota and Kabupaten of the same name apart', () => {
    const result = extractArticle(
      'Pemkot Malang dan Pemkab Malang menandatangani kesepakatan bersama tentang pengelolaan sampah di Pendopo Kabupaten Malang, Senin (5/2/2024). Kesepakatan ditandatangani Wali Kota Malang Budi Santoso dan Bupati Malang Rudi Hartono.',
    );
    expect(result.parties.map((party) => party.code).sort()).toEqual(['35.07', '35.73']);
    expect(result.officials.find((official) => official.office === 'bupati')?.regionCode).toBe('35.07');
    expect(result.officials.find((official) => official.office === 'wali_kota')?.regionCode).toBe('35.73');
    expect(result.interRegional).toBe(true);
  });

  it("reads a region inside a title as that official's region, and witnesses are not parties", () => {
    const result = extractArticle(
      'Kerja sama ini ditandatangani oleh Pj. Wali Kota Bekasi, Gani Muhamad dan Bupati Karawang Aep Syaepuloh di Aula Balai Kota Bekasi, Kamis (4/7/2024). Penandatanganan disaksikan oleh Gubernur Jawa Barat Ridwan Hakim dan Wali Kota Depok Mohammad Idris.',
    );
    expect(result.parties.map((party) => party.code).sort()).toEqual(['32.15', '32.75']);
    expect(result.officials).toContainEqual({
      name: 'Gani Muhamad',
      office: 'wali_kota',
      acting: true,
      actingKind: 'pj',
      regionCode: '32.75',
    });
    expect(result.place).toBe('Aula Balai Kota Bekasi');
  });

  it("does not call a signing with a prosecutor's office inter-regional", () => {
    const result = extractArticle(
      'Pemerintah Kabupaten Sidoarjo menandatangani nota kesepakatan dengan Kejaksaan Negeri Sidoarjo tentang bantuan hukum perdata dan tata usaha negara di Pendopo Delta Wibawa, Rabu (10/1/2024). Kesepakatan diteken Bupati Sidoarjo Ahmad Muhdlor dan Kepala Kejaksaan Negeri Sidoarjo Budi Santoso.',
    );
    expect(result.eventType).toBe('signing');
    expect(result.interRegional).toBe(false);
    expect(result.parties).toEqual([{ code: '35.15', name: 'Kabupaten Sidoarjo' }]);
    expect(result.organizations).toContainEqual({ name: 'Kejaksaan Negeri Sidoarjo', kind: 'prosecutor' });
  });

  it('does not take the publication date line as the event date', () => {
    const result = extractArticle(
      'Kamis, 10 Oktober 2024 09:12 WIB\n\nPemkab Sleman menerima kunjungan kerja Pemkab Kebumen di Ruang Rapat Sekda Sleman. Kunjungan kerja ini berlangsung pada Selasa (8/10) dalam rangka studi banding tentang pengelolaan sampah.',
    );
    expect(result.eventType).toBe('visit');
    expect(result.date).toBe('2024-10-08');
  });

  it('leaves the date null when a date without a year has no reference', () => {
    const result = extractArticle(
      'Pemkot Batu dan Pemkab Malang menandatangani kesepakatan bersama pada Rabu (07/08) di Balai Kota Among Tani.',
    );
    expect(result.eventType).toBe('signing');
    expect(result.date).toBeNull();
  });

  it('completes a date without a year from publishedAt', () => {
    const result = extractArticle({
      text: 'Pemkot Batu dan Pemkab Malang menandatangani kesepakatan bersama pada Rabu (07/08) di Balai Kota Among Tani.',
      publishedAt: '2024-08-08T10:00:00+07:00',
    });
    expect(result.date).toBe('2024-08-07');
  });

  it('places a wire-service weekday by the publication date the page declares, never taking that date itself', () => {
    const body =
      '<p>Bandung (ANTARA) - Bupati Garut Abdusy Syakur Amin melakukan audiensi dengan Gubernur Jawa Barat Dedi Mulyadi di Gedung Pakuan, Bandung, Selasa, untuk membahas perbaikan ruas jalan provinsi yang rusak di wilayah Kabupaten Garut.</p>';
    const page = (head: string): string =>
      `<html><head>${head}</head><body><article><h1>Bupati Garut audiensi dengan Gubernur Jabar</h1>${body}</article></body></html>`;
    const declared = extractArticle({
      text: page('<meta property="article:published_time" content="2025-09-17T10:00:00+07:00">'),
      html: true,
    });
    expect(declared.date).toBe('2025-09-16');
    // The caller's date wins over the page's.
    const given = extractArticle({
      text: page('<meta property="article:published_time" content="2025-09-17T10:00:00+07:00">'),
      html: true,
      publishedAt: '2025-09-24',
    });
    expect(given.date).toBe('2025-09-23');
    const undeclared = extractArticle({ text: page(''), html: true });
    expect(undeclared.date).toBeNull();
  });

  it('finds every party of a multi-party signing', () => {
    const result = extractArticle(
      'Bupati Sumba Barat Yohanis Dade, Bupati Sumba Timur Khristofel Praing, Bupati Sumba Tengah Paulus Limu dan Pj. Bupati Sumba Barat Daya Petrus Wola menandatangani kesepakatan bersama tentang pengendalian ternak lintas kabupaten di Waingapu, Jumat (19/1/2024).',
    );
    expect(result.parties.map((party) => party.code).sort()).toEqual(['53.11', '53.12', '53.17', '53.18']);
    expect(result.officials).toHaveLength(4);
    expect(result.officials.find((official) => official.regionCode === '53.18')).toEqual({
      name: 'Petrus Wola',
      office: 'bupati',
      acting: true,
      actingKind: 'pj',
      regionCode: '53.18',
    });
  });

  it('makes every government taking part in a rapat koordinasi a party of that meeting', () => {
    const result = extractArticle(
      'Pemerintah Provinsi Jawa Tengah menggelar rapat koordinasi pengendalian inflasi bersama Pemerintah Kota Semarang dan Pemerintah Kabupaten Demak di Gedung Gradhika Bhakti Praja, Senin (21/7/2025). Wali Kota Semarang Agustina Wilujeng Pramestuti menyampaikan, Pemkot telah menggelar pasar murah.',
    );
    expect(result.eventType).toBe('audience');
    expect(result.parties.map((party) => party.code).sort()).toEqual(['33', '33.21', '33.74']);
    expect(result.interRegional).toBe(true);
    // Without the meeting word the same sentence names no event, and its governments are no parties.
    const plain = extractArticle(
      'Pemerintah Provinsi Jawa Tengah menggelar pasar murah bersama Pemerintah Kota Semarang dan Pemerintah Kabupaten Demak, Senin (21/7/2025).',
    );
    expect(plain.parties).toEqual([]);
  });

  it('makes a visiting delegation named only as "rombongan dari Kabupaten X" a party, led by its Asisten', () => {
    const result = extractArticle(
      'Pemerintah Kota Denpasar menerima rombongan dari Kabupaten Lombok Timur yang melakukan studi banding, Selasa (4/3/2025). Rombongan yang dipimpin Asisten Perekonomian Setda Lombok Timur, Muhammad Hairi, diterima Sekda Kota Denpasar Made Suarta di Ruang Praja Utama.',
    );
    expect(result.eventType).toBe('visit');
    expect(result.parties.map((party) => party.code).sort()).toEqual(['51.71', '52.03']);
    expect(result.officials).toContainEqual({
      name: 'Muhammad Hairi',
      office: 'lainnya',
      acting: false,
      regionCode: '52.03',
    });
  });

  it('reads a PKS signed by OPD heads under mandate as a cooperation of their regions', () => {
    const result = extractArticle(
      'Dinas Perhubungan Kota Bukittinggi dan Dinas Perhubungan Kabupaten Agam menandatangani perjanjian kerja sama penataan parkir, Jumat (23/8/2024). PKS itu ditandatangani Kepala Dinas Perhubungan Kota Bukittinggi Joni Feri dan Plt. Kepala Dinas Perhubungan Kabupaten Agam Yosef Putra berdasarkan surat kuasa.',
    );
    expect(result.parties.map((party) => party.code).sort()).toEqual(['13.06', '13.75']);
    expect(result.interRegional).toBe(true);
    expect(result.officials).toContainEqual({
      name: 'Yosef Putra',
      office: 'lainnya',
      acting: true,
      actingKind: 'plt',
      regionCode: '13.06',
    });
  });

  it('lists a third-party signatory with office lainnya and no region, and a rector merely present not at all', () => {
    const result = extractArticle(
      'Pemkab Sleman dan Universitas Gadjah Mada menandatangani nota kesepahaman di Balairung Gedung Pusat UGM, Kamis (17/10/2024). Nota kesepahaman ditandatangani Bupati Sleman Siti Rahayu dan Rektor UGM Prof. Dwi Handayani. Acara itu juga diikuti Rektor Universitas Islam Indonesia Fathul Wahid sebagai undangan.',
    );
    expect(result.interRegional).toBe(false);
    expect(result.officials).toEqual([
      { name: 'Siti Rahayu', office: 'bupati', acting: false, regionCode: '34.04' },
      { name: 'Dwi Handayani', office: 'lainnya', acting: false, regionCode: null },
    ]);
  });

  it('does not make a region a party when it only owns something ("BUMD di lingkungan Pemprov X")', () => {
    const result = extractArticle(
      'Pemkab Musi Banyuasin menandatangani nota kesepakatan dengan Kejaksaan Tinggi Sumatera Selatan (Kejati Sumsel), Selasa (17/12/2024). Pada kesempatan yang sama, Kejati Sumsel juga meneken kesepakatan serupa dengan sejumlah BUMD di lingkungan Pemprov Sumsel.',
    );
    expect(result.parties).toEqual([{ code: '16.06', name: 'Kabupaten Musi Banyuasin' }]);
    expect(result.organizations).toEqual([{ name: 'Kejaksaan Tinggi Sumatera Selatan', kind: 'prosecutor' }]);
  });

  it('merges a ministry written in full and as its acronym', () => {
    const result = extractArticle(
      'Bupati Halut audiensi dengan Kementerian Pekerjaan Umum dan Perumahan Rakyat di Jakarta, Rabu (22/5/2024). Usulan kerja sama Pemkab Halut akan dikaji Kementerian PUPR.',
    );
    expect(result.organizations).toEqual([
      { name: 'Kementerian Pekerjaan Umum dan Perumahan Rakyat', kind: 'ministry' },
    ]);
  });

  it('reads the scope of a meeting after "dibahas" and "mempelajari", but not a count of villages', () => {
    const result = extractArticle(
      'Bupati Gresik beraudiensi dengan Wali Kota Surabaya di Balai Kota Surabaya, Rabu (5/3/2025). Dalam pertemuan itu dibahas penanganan banjir. Rombongan juga mempelajari pembinaan UMKM. Kerja sama awal hanya mencakup empat desa.',
    );
    expect([...result.sectors].sort()).toEqual(['koperasi_ukm', 'penanggulangan_bencana']);
  });

  it('resumes a scope list after a relative clause, stopping at "melalui"', () => {
    const result = extractArticle(
      'Pemprov Kalbar dan Pemkab Sanggau menandatangani kesepakatan bersama di Pontianak, Rabu (4/9/2024). Ruang lingkup kesepakatan meliputi peningkatan jalan yang menghubungkan desa-desa di Entikong, penguatan perdagangan lintas batas, serta pelestarian budaya melalui penguatan desa adat.',
    );
    expect([...result.sectors].sort()).toEqual([
      'kebudayaan',
      'pekerjaan_umum_penataan_ruang',
      'perdagangan',
    ]);
  });

  it('drops a sector the article says is outside the agreement', () => {
    const result = extractArticle(
      'Pemkot Padang Panjang dan Pemkab Tanah Datar menandatangani perjanjian kerja sama tentang pertukaran data kependudukan di Padang Panjang, Selasa (10/6/2025). Padang Panjang dikenal dengan sekolah unggulan, namun bidang pendidikan tidak menjadi bagian dari PKS kali ini. Gubernur menyinggung sektor pariwisata, meski hal itu belum termasuk dalam kesepakatan.',
    );
    expect(result.sectors).toEqual(['administrasi_kependudukan']);
  });

  it('reads every item of a colon list and of an ordinal enumeration, but not words after "bagi"', () => {
    const list = extractArticle(
      'Pemprov Kaltara dan Pemkab Nunukan menandatangani kesepakatan bersama di Tanjung Selor, Senin (22/9/2025). Kesepakatan tersebut mencakup tiga hal pokok: pengelolaan perbatasan negara; pengembangan pendidikan vokasi bagi pemuda di perbatasan; serta penguatan ketahanan pangan agar warga tidak bergantung pada pasokan dari luar.',
    );
    expect([...list.sectors].sort()).toEqual(['pangan', 'pemerintahan_umum', 'pendidikan']);
    const ordinals = extractArticle(
      'Pj. Bupati Maluku Barat Daya melakukan audiensi dengan Gubernur Maluku di Kantor Gubernur Maluku, Selasa (6/5/2025). Ia menyampaikan sejumlah persoalan. Pertama, pengelolaan perbatasan negara. Kedua, mitigasi bencana. Ketiga, konektivitas transportasi laut.',
    );
    expect([...ordinals.sectors].sort()).toEqual([
      'pemerintahan_umum',
      'penanggulangan_bencana',
      'perhubungan',
    ]);
  });

  it('reads "sekolah ramah anak" as child protection and a location "di kawasan perbatasan" as no sector', () => {
    const result = extractArticle(
      'Pemkot Cimahi melakukan studi komparasi tentang perlindungan anak ke Pemkot Surakarta, Rabu (8/10/2025). Cimahi mempelajari layanan pengaduan kekerasan terhadap anak serta sekolah ramah anak di setiap kelurahan. Kerja sama juga meliputi penanganan banjir di kawasan perbatasan kedua kota.',
    );
    expect([...result.sectors].sort()).toEqual([
      'pemberdayaan_perempuan_perlindungan_anak',
      'penanggulangan_bencana',
    ]);
  });

  it('ignores the scope of a cooperation with a partner that is not a party', () => {
    const result = extractArticle(
      'Pemkot Palu dan Pemkab Sigi menandatangani kesepakatan bersama pengelolaan TPA regional di Palu, Senin (28/10/2024). Sebelumnya, Pemkot Palu juga telah menjalin kerja sama perdagangan dengan Pemkab Poso.',
    );
    expect(result.sectors).toEqual(['lingkungan_hidup']);
  });

  it('reads both the help and its purpose from a request for help', () => {
    const result = extractArticle(
      'Bupati Garut melakukan audiensi dengan Gubernur Jawa Barat di Gedung Pakuan, Bandung, Selasa (16/9/2025), membahas perbaikan ruas jalan provinsi. Bupati juga menyampaikan permohonan bantuan keuangan provinsi untuk penanganan daerah rawan longsor di Kecamatan Cisewu yang kerap memutus akses.',
    );
    expect([...result.sectors].sort()).toEqual([
      'keuangan_daerah',
      'pekerjaan_umum_penataan_ruang',
      'penanggulangan_bencana',
    ]);
  });

  it('does not take paying a levy for a service as a fiscal scope', () => {
    const result = extractArticle(
      'Pemkot Sukabumi dan Pemkab Sukabumi menandatangani perjanjian kerja sama pengelolaan sampah di Balai Kota Sukabumi, Kamis (20/11/2025). Melalui perjanjian tersebut, sampah dari tiga kecamatan dapat dibuang ke TPA Cikundul dengan membayar retribusi.',
    );
    expect(result.sectors).toEqual(['lingkungan_hidup']);
  });

  it("reads public services, digital villages and people's markets as sectors", () => {
    const visit = extractArticle(
      'Pemerintah Kota Tangerang Selatan melakukan kunjungan kerja ke Kabupaten Banyuwangi untuk mempelajari program Smart Kampung dan layanan publik berbasis digital, Rabu (8/10/2025).',
    );
    expect([...visit.sectors].sort()).toEqual(['komunikasi_informatika', 'pelayanan_publik']);
    const market = extractArticle(
      'Pemerintah Kabupaten Kulon Progo menerima kunjungan studi banding dari Pemerintah Kabupaten Purbalingga di Wates, Kamis (23/10/2025). Studi banding ini dalam rangka mempelajari pengembangan toko modern milik koperasi dan perlindungan pasar rakyat.',
    );
    expect([...market.sectors].sort()).toEqual(['koperasi_ukm', 'perdagangan']);
  });

  it('ignores the scope of a clause about other regions and earlier, similar agreements', () => {
    const result = extractArticle(
      'Pemkot Solo dan Pemkab Sukoharjo menandatangani kesepakatan bersama tentang angkutan umum di Balai Kota Solo, Selasa (27/2/2024). Pada 2022, Pemkot Solo telah meneken kesepakatan serupa dengan Pemkab Karanganyar dan Pemkab Boyolali. Model ini meniru Kartamantul, yang mempertemukan Kota Yogyakarta, Kabupaten Sleman dan Kabupaten Bantul dalam urusan persampahan.',
    );
    expect(result.parties.map((party) => party.code).sort()).toEqual(['33.11', '33.72']);
    expect(result.sectors).toEqual(['perhubungan']);
  });

  it('keeps a witness who speaks later out of the parties, but not a party whose Sekda witnesses', () => {
    const result = extractArticle(
      'Pemkot Sorong dan Pemkab Sorong menandatangani addendum perjanjian kerja sama pelayanan kesehatan, Kamis (25/7/2024). Addendum ditandatangani Pj. Wali Kota Sorong Markus Kambuaya dan Bupati Sorong Yosias Saflembolo. Penandatanganan disaksikan Pj. Gubernur Papua Barat Daya dan Sekda Kota Sorong. Pj. Gubernur Papua Barat Daya meminta kerja sama pelayanan kesehatan diperluas.',
    );
    expect(result.parties.map((party) => party.code).sort()).toEqual(['96.01', '96.71']);
  });

  it('does not read a title inside a building name as an official, and reads Balinese names', () => {
    const result = extractArticle(
      'Pemprov Kalbar dan Pemkab Sanggau menandatangani kesepakatan bersama di Kantor Gubernur Kalbar, Pontianak, Rabu (4/9/2024). Kesepakatan ditandatangani Penjabat Gubernur Kalimantan Barat dr. Yohanes Arman, M.Kes dan Bupati Sanggau I Made Suarta.',
    );
    expect([...result.officials].sort(officialOrder)).toEqual(
      [
        { name: 'Yohanes Arman', office: 'gubernur', acting: true, actingKind: 'pj', regionCode: '61' },
        { name: 'I Made Suarta', office: 'bupati', acting: false, regionCode: '61.03' },
      ].sort(officialOrder),
    );
  });

  it('resolves the short names of the news ("Bupati Kukar", "Pj. Bupati PPU")', () => {
    const result = extractArticle(
      'Bupati Kukar Aulia Rahman, Bupati Kutim Ardi Saputra dan Pj. Bupati PPU Zainal Arifin menandatangani kesepakatan bersama pengelolaan sampah, Selasa (4/3/2025).',
    );
    expect(result.parties.map((party) => party.code).sort()).toEqual(['64.02', '64.08', '64.09']);
    expect(result.officials.map((official) => official.name).sort()).toEqual([
      'Ardi Saputra',
      'Aulia Rahman',
      'Zainal Arifin',
    ]);
  });

  it('gives evidence spans that point at the cleaned text', () => {
    const [seed] = loadSeeds();
    if (!seed) throw new Error('seeds missing');
    const result = extractArticle(seed.text);
    for (const [field, items] of Object.entries(result.evidence)) {
      for (const item of items) {
        expect(item.end, field).toBeGreaterThan(item.start);
        expect(item.end).toBeLessThanOrEqual(result.text.length);
        expect(item.sentence.length).toBeGreaterThan(0);
      }
    }
    const place = result.evidence.place?.[0];
    expect(place && result.text.slice(place.start, place.end)).toContain('Aula Balai Kota Malang');
    expect(result.evidence.date?.[0]?.sentence).toContain('Rabu (07/08)');
  });

  it('is deterministic', () => {
    const [seed] = loadSeeds();
    if (!seed) throw new Error('seeds missing');
    expect(JSON.stringify(extractArticle(seed.text))).toBe(JSON.stringify(extractArticle(seed.text)));
  });
});

describe('extractArticle party and signatory traps', () => {
  it('does not take a region denied a part ("bukan Pemkot X") as a party', () => {
    const result = extractArticle(
      'Pemkab Blitar dan Pemkab Tulungagung menandatangani kesepakatan bersama tentang pariwisata di Pendopo Sasana Adhi Praja, Senin (4/3/2024). Ditegaskan, kerja sama ini dilakukan Pemkab Blitar, bukan Pemkot Blitar. Kesepakatan diteken Bupati Blitar Rini Syarifah dan Bupati Tulungagung Maryoto Birowo.',
    );
    expect(result.parties.map((party) => party.code).sort()).toEqual(['35.04', '35.05']);
  });

  it('takes a deputy who signs for an absent head, not the head', () => {
    const result = extractArticle(
      'Pemkot Kediri dan Pemkab Nganjuk menandatangani perjanjian kerja sama tentang air minum di Balai Kota Kediri, Selasa (5/3/2024). Perjanjian ditandatangani Wali Kota Kediri Abdullah Abu Bakar dan Wakil Bupati Nganjuk Marhaen Djumadi, yang hadir mewakili Bupati Nganjuk Novi Rahman Hidayat yang berhalangan.',
    );
    expect(result.officials).toContainEqual({
      name: 'Marhaen Djumadi',
      office: 'wakil_bupati',
      acting: false,
      regionCode: '35.18',
    });
    expect(result.officials.map((official) => official.name)).not.toContain('Novi Rahman Hidayat');
  });

  it('resolves "Pemkab setempat" to the kabupaten named in the headline', () => {
    const result = extractArticle(
      'Pemprov Jambi Gandeng Tebo Kembangkan Karet Rakyat\n\nMUARA TEBO – Pemerintah Provinsi Jambi dan Pemkab setempat menandatangani kesepakatan bersama tentang perkebunan karet di Rumah Dinas Bupati, Rabu (6/3/2024). Kesepakatan diteken Gubernur Jambi Al Haris dan Bupati Aspan.',
    );
    expect(result.parties.map((party) => party.code).sort()).toEqual(['15', '15.09']);
    expect(result.officials).toContainEqual({
      name: 'Aspan',
      office: 'bupati',
      acting: false,
      regionCode: '15.09',
    });
  });

  it('reads a name that opens with an initial ("M. Agil Zulfikar")', () => {
    const result = extractArticle(
      'Pemkot Serang menerima kunjungan kerja DPRD Kabupaten Lebak di Ruang Rapat Wali Kota Serang, Rabu (6/3/2024). Rombongan dipimpin Ketua DPRD Kabupaten Lebak, M. Agil Zulfikar, dan diterima Wali Kota Serang Syafrudin.',
    );
    expect(result.officials).toContainEqual({
      name: 'M. Agil Zulfikar',
      office: 'ketua_dprd',
      acting: false,
      regionCode: '36.02',
    });
  });

  it('leaves out a side signing of one party with a company', () => {
    const result = extractArticle(
      'Pemkot Madiun dan Pemkab Ngawi menandatangani kesepakatan bersama tentang pengelolaan sampah di Balai Kota Madiun, Kamis (7/3/2024). Kesepakatan diteken Wali Kota Madiun Maidi dan Bupati Ngawi Ony Anwar. Acara dilanjutkan dengan penandatanganan perjanjian kerja sama antara Dinas Lingkungan Hidup Kota Madiun dan PT Daur Ulang Jaya. PKS tersebut diteken Kepala DLH Kota Madiun Suryanto dan Direktur PT Daur Ulang Jaya.',
    );
    expect(result.documentTypes).toEqual(['kesepakatan_bersama']);
    expect(result.officials.map((official) => official.name).sort()).toEqual(['Maidi', 'Ony Anwar']);
  });

  it("does not count a photo credit, a governor's office as venue, or a title list as names", () => {
    const result = extractArticle(
      'Gubernur Jatim Khofifah Indar Parawansa bersama Wali Kota Batu, Bupati Malang usai penandatanganan. (Foto: Humas Pemprov Jatim)\nPemkot Batu dan Pemkab Malang menandatangani kesepakatan bersama tentang pariwisata di Gedung Negara Grahadi, Kantor Gubernur Jatim, Jumat (8/3/2024), disaksikan Gubernur Jatim Khofifah Indar Parawansa. Kesepakatan diteken Wali Kota Batu Dewanti Rumpoko dan Bupati Malang Sanusi.',
    );
    expect(result.parties.map((party) => party.code).sort()).toEqual(['35.07', '35.79']);
    expect(result.officials.map((official) => official.name).sort()).toEqual(['Dewanti Rumpoko', 'Sanusi']);
  });
});
