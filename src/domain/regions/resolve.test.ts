import { describe, expect, it } from 'vitest';
import { regions } from './catalog';
import { lookupAlias, normalizeRegionText, resolveRegion, stripRegionPrefixes } from './resolve';

/** [input, expected codes]: one code means resolved, several mean ambiguous, none means not found. */
const cases: [string, string[]][] = [
  // Every region named in the seed articles, in the forms the articles use.
  ['Kota Bekasi', ['32.75']],
  ['Pemerintah Kota Bekasi', ['32.75']],
  ['Pemkot Bekasi', ['32.75']],
  ['Wali Kota Bekasi', ['32.75']],
  ['Pj. Wali Kota Bekasi', ['32.75']],
  ['Kabupaten Bekasi', ['32.16']],
  ['Pemkab Bekasi', ['32.16']],
  ['DPRD Kabupaten Bekasi', ['32.16']],
  ['Bekasi', ['32.16', '32.75']],
  ['Kota Malang', ['35.73']],
  ['KOTA MALANG', ['35.73']],
  ['Pemerintah Kota Malang', ['35.73']],
  ['Pemkot Malang', ['35.73']],
  ['Pj. Wali Kota Malang', ['35.73']],
  ['Kabupaten Malang', ['35.07']],
  ['Malang', ['35.07', '35.73']],
  ['Kota Jambi', ['15.71']],
  ['Pemkot Jambi', ['15.71']],
  ['Wali Kota Jambi', ['15.71']],
  ['Pemerintah Kota Jambi', ['15.71']],
  ['Jambi', ['15', '15.71']],
  ['Provinsi Jambi', ['15']],
  ['Kota Pasuruan', ['35.75']],
  ['Pemkot Pasuruan', ['35.75']],
  ['Wali Kota Pasuruan', ['35.75']],
  ['Kabupaten Pasuruan', ['35.14']],
  ['Kab. Pasuruan', ['35.14']],
  ['Kab Pasuruan', ['35.14']],
  ['Pemkab Pasuruan', ['35.14']],
  ['Pemerintah Kabupaten Pasuruan', ['35.14']],
  ['Bupati Pasuruan', ['35.14']],
  ['Wakil Bupati Pasuruan', ['35.14']],
  ['Pasuruan', ['35.14', '35.75']],
  ['DKI Jakarta', ['31']],
  ['DKI', ['31']],
  ['Jakarta', ['31']],
  ['Pemprov DKI', ['31']],
  ['Pemprov DKI Jakarta', ['31']],
  ['Pemerintah Provinsi DKI Jakarta', ['31']],
  ['Provinsi DKI Jakarta', ['31']],
  ['Wakil Gubernur DKI Jakarta', ['31']],
  ['Daerah Khusus Ibukota Jakarta', ['31']],
  ['Daerah Khusus Ibu Kota Jakarta', ['31']],
  ['Jawa Timur', ['35']],
  ['Gubernur Jawa Timur', ['35']],
  ['Pemprov Jatim', ['35']],
  ['Jakarta Pusat', ['31.71']],
  ['Kota Administrasi Jakarta Pusat', ['31.71']],
  ['Jakpus', ['31.71']],
  ['Kabupaten Kepulauan Seribu', ['31.01']],
  ['Kabupaten Administrasi Kepulauan Seribu', ['31.01']],
  ['Kep. Seribu', ['31.01']],
  // Province abbreviations.
  ['Jabar', ['32']],
  ['Jateng', ['33']],
  ['Sumut', ['12']],
  ['Sumbar', ['13']],
  ['Sumsel', ['16']],
  ['Sulsel', ['73']],
  ['Sulut', ['71']],
  ['Sulteng', ['72']],
  ['Sultra', ['74']],
  ['Sulbar', ['76']],
  ['Kaltim', ['64']],
  ['Kalsel', ['63']],
  ['Kalbar', ['61']],
  ['Kalteng', ['62']],
  ['Kaltara', ['65']],
  ['NTB', ['52']],
  ['NTT', ['53']],
  ['Babel', ['19']],
  ['Kepri', ['21']],
  ['Malut', ['82']],
  ['Papua Barat Daya', ['96']],
  ['PBD', ['96']],
  ['Papua', ['91']],
  ['DIY', ['34']],
  ['DI Yogyakarta', ['34']],
  ['Daerah Istimewa Yogyakarta', ['34']],
  ['Pemerintah Daerah Istimewa Yogyakarta', ['34']],
  ['Pemda DIY', ['34']],
  ['NAD', ['11']],
  // A province that shares its name with a kota (and a kabupaten) is ambiguous alone.
  ['Bengkulu', ['17', '17.71']],
  ['Gorontalo', ['75', '75.01', '75.71']],
  ['Yogyakarta', ['34', '34.71']],
  ['Jogja', ['34', '34.71']],
  ['Pemkot Jogja', ['34.71']],
  ['Kota Yogyakarta', ['34.71']],
  ['Provinsi Bengkulu', ['17']],
  ['Gubernur Bengkulu', ['17']],
  // Spelling variants.
  ['Pematang Siantar', ['12.72']],
  ['Pematangsiantar', ['12.72']],
  ['Kota Pematang Siantar', ['12.72']],
  ['Tanjung Pinang', ['21.72']],
  ['Tanjungpinang', ['21.72']],
  ['Tj. Pinang', ['21.72']],
  ['Bau-Bau', ['74.72']],
  ['Baubau', ['74.72']],
  ['Kota Bau Bau', ['74.72']],
  ['Sumatra Utara', ['12']],
  ['Sumatera Barat', ['13']],
  ['Kepulauan Riau', ['21']],
  ['Kep. Riau', ['21']],
  ['Provinsi Kep. Bangka Belitung', ['19']],
  ['Gunung Kidul', ['34.03']],
  ['Kulonprogo', ['34.01']],
  ['Toli Toli', ['72.04']],
  ['Tolitoli', ['72.04']],
  ['Padang Sidempuan', ['12.77']],
  ['Kabupaten Toba', ['12.12']],
  ['Kabupaten Kepulauan Siau Tagulandang Biaro', ['71.09']],
  // A kabupaten of islands by its name alone (blind round 24: "Bupati Sangihe, Michael Thungari").
  ['Bupati Sangihe', ['71.03']],
  ['Pemkab Talaud', ['71.04']],
  ['Mentawai', ['13.09']],
  ['Kab. Kep. Siau Tagulandang Biaro', ['71.09']],
  ['Kabupaten Kota Baru', ['63.02']],
  ['Kotabaru', ['63.02']],
  ['Kabupaten Lima Puluh Kota', ['13.07']],
  ['Kota Kotamobagu', ['71.74']],
  ['Pangkajene dan Kepulauan', ['73.10']],
  ['Solo', ['33.72']],
  // Kabupaten/kota abbreviations of the news, alone and after a title or a government word.
  ['Kukar', ['64.02']],
  ['Pemkab Kukar', ['64.02']],
  ['Kutim', ['64.08']],
  ['Bupati Kutim', ['64.08']],
  ['Kubar', ['64.07']],
  ['PPU', ['64.09']],
  ['Pj. Bupati PPU', ['64.09']],
  ['Paser', ['64.01']],
  ['Mahulu', ['64.11']],
  ['Kotim', ['62.02']],
  ['Kobar', ['62.01']],
  ['Gumas', ['62.10']],
  ['Pulpis', ['62.11']],
  ['Kapuas', ['62.03']],
  ['Inhil', ['14.04']],
  ['Wakil Bupati Inhil', ['14.04']],
  ['Inhu', ['14.02']],
  ['Kuansing', ['14.09']],
  ['Rohul', ['14.06']],
  ['DPRD Rohul', ['14.06']],
  ['Rohil', ['14.07']],
  ['Labuhanbatu', ['12.10']],
  ['Labusel', ['12.22']],
  ['Labura', ['12.23']],
  ['Tapsel', ['12.03']],
  ['Taput', ['12.02']],
  ['Tapteng', ['12.01']],
  ['Madina', ['12.13']],
  ['Sergai', ['12.18']],
  ['Humbahas', ['12.16']],
  ['Pangkep', ['73.10']],
  ['Lutra', ['73.22']],
  ['Lutim', ['73.24']],
  ['Sidrap', ['73.14']],
  ['Selayar', ['73.01']],
  ['Torut', ['73.26']],
  ['Jeneponto', ['73.04']],
  ['Bantaeng', ['73.03']],
  ['Halut', ['82.03']],
  ['Bupati Halut', ['82.03']],
  ['Halsel', ['82.04']],
  ['Halbar', ['82.01']],
  ['Malteng', ['81.01']],
  ['Malra', ['81.02']],
  ['SBB', ['81.06']],
  ['OKU', ['16.01']],
  ['OKI', ['16.02']],
  ['OKU Timur', ['16.08']],
  ['Muba', ['16.06']],
  ['Pj Bupati Muba', ['16.06']],
  ['Muara Enim', ['16.03']],
  ['Muaraenim', ['16.03']],
  ['Banyuasin', ['16.07']],
  ['PALI', ['16.12']],
  ['Lamsel', ['18.01']],
  ['Sekda Lamsel', ['18.01']],
  ['Lamteng', ['18.02']],
  ['Lamtim', ['18.07']],
  ['Lampura', ['18.03']],
  ['Tubaba', ['18.12']],
  ['Mesuji', ['18.11']],
  ['Lotim', ['52.03']],
  ['Loteng', ['52.02']],
  ['Lobar', ['52.01']],
  ['TTS', ['53.02']],
  ['Mabar', ['53.15']],
  ['Batola', ['63.04']],
  ['Bupati Tala', ['63.01']],
  ['HSU', ['63.08']],
  ['Tanbu', ['63.10']],
  ['Bolmong', ['71.01']],
  ['Minut', ['71.06']],
  ['Polman', ['76.04']],
  ['Konsel', ['74.05']],
  ['Tangsel', ['36.74']],
  ['Wali Kota Tangsel', ['36.74']],
  ['Kab. Tangerang', ['36.03']],
  ['Tangerang', ['36.03', '36.71']],
  ['KBB', ['32.17']],
  ['Bandung Barat', ['32.17']],
  ['Pemkab KBB', ['32.17']],
  ['Jaksel', ['31.74']],
  ['Jakbar', ['31.73']],
  ['Jaktim', ['31.75']],
  ['Jakut', ['31.72']],
  // Forms used for two regions are deliberately not aliases.
  ['Mura', []],
  ['KSB', []],
  // Case, punctuation, spacing, "Kabupaten/Kota".
  ['  pemkot   bekasi  ', ['32.75']],
  ['kota bekasi.', ['32.75']],
  ['(Kota Bekasi)', ['32.75']],
  ['Pemerintah Kabupaten/Kota Bekasi', ['32.16', '32.75']],
  ['Kabupaten/Kota Malang', ['35.07', '35.73']],
  ['Walikota Bekasi', ['32.75']],
  ['Plt. Bupati Bekasi', ['32.16']],
  ['Sekda Kota Malang', ['35.73']],
  ['Kotamadya Malang', ['35.73']],
  ['Banjar', ['32.79', '63.03']],
  // Nothing to find.
  ['', []],
  ['   ', []],
  ['xyz', []],
  ['Kota', []],
  ['Pemerintah Provinsi', []],
  ['Kota Jakarta', []],
  ['Bupati Jambi', []],
  ['Kota Jawa Barat', []],
  ['Kabupaten Bekasi Kota Malang', []],
  ['!!!---???', []],
  ['Kota Bekasi '.repeat(200), []],
  ['a'.repeat(100_000), []],
];

describe('resolveRegion', () => {
  it.each(cases)('%j -> %j', (input, expected) => {
    const result = resolveRegion(input);
    expect(result.candidates.map((region) => region.code)).toEqual(expected);
    if (expected.length === 1) {
      expect(result.status).toBe('resolved');
      expect(result.region?.code).toBe(expected[0]);
    } else if (expected.length > 1) {
      expect(result.status).toBe('ambiguous');
      expect(result.region).toBeNull();
    } else {
      expect(result.status).toBe('not_found');
      expect(result.region).toBeNull();
    }
  });

  it('resolves every region by its own name and by its code-list form', () => {
    for (const region of regions) {
      const byName = resolveRegion(region.name);
      expect(
        byName.candidates.map((candidate) => candidate.code),
        region.name,
      ).toContain(region.code);
      if (region.level !== 'provinsi') {
        expect(resolveRegion(region.name).status, region.name).toBe('resolved');
      } else {
        expect(resolveRegion(`Provinsi ${region.name}`).region?.code, region.name).toBe(region.code);
      }
    }
  });

  it('answers a shared bare name with every candidate of that name', () => {
    // 26 kota share their name with a kabupaten (Bekasi, Malang, Pasuruan ...), and Jambi, Bengkulu and
    // Yogyakarta with their province.
    const ambiguousBare = regions
      .filter((region) => region.level === 'kota')
      .filter((region) => resolveRegion(region.name.replace(/^Kota /, '')).status === 'ambiguous');
    expect(ambiguousBare).toHaveLength(29);
  });

  it('does not mutate the shared candidate lists', () => {
    const first = resolveRegion('Malang');
    first.candidates.pop();
    expect(resolveRegion('Malang').candidates).toHaveLength(2);
  });

  it('never throws on odd input', () => {
    for (const input of [
      '\u0000',
      '\uFFFF',
      '🙂 Kota Bekasi',
      'Kota\tBekasi\n',
      'ÇÖTÁ BÉKÁSÍ',
      '.'.repeat(1000),
    ]) {
      expect(() => resolveRegion(input)).not.toThrow();
    }
    expect(resolveRegion('Kota\tBekasi\n').region?.code).toBe('32.75');
    expect(resolveRegion('Kóta Békasi').region?.code).toBe('32.75');
  });
});

describe('normalizeRegionText', () => {
  it('lower-cases, strips accents and punctuation, collapses spaces', () => {
    expect(normalizeRegionText('  Pj. Wali Kota  Bekasi, ')).toBe('pj wali kota bekasi');
    expect(normalizeRegionText('Kabupaten/Kota Bau-Bau')).toBe('kabupaten kota bau bau');
    expect(normalizeRegionText('Kóta Békasi')).toBe('kota bekasi');
    expect(normalizeRegionText('')).toBe('');
  });
});

describe('stripRegionPrefixes', () => {
  it('reads titles, acting markers and kinds', () => {
    expect(stripRegionPrefixes('pj wali kota bekasi')).toEqual({
      levels: ['kota'],
      office: 'wali_kota',
      acting: true,
      rest: 'bekasi',
    });
    expect(stripRegionPrefixes('wakil gubernur dki jakarta')).toMatchObject({
      levels: ['provinsi'],
      office: 'wakil_gubernur',
      acting: false,
      rest: 'dki jakarta',
    });
    expect(stripRegionPrefixes('wakil bupati pasuruan')).toMatchObject({
      office: 'wakil_bupati',
      rest: 'pasuruan',
    });
    expect(stripRegionPrefixes('plt wakil wali kota malang')).toMatchObject({
      office: 'wakil_wali_kota',
      acting: true,
    });
    expect(stripRegionPrefixes('pemerintah kabupaten kota bekasi')).toMatchObject({
      levels: ['kabupaten', 'kota'],
      office: null,
      rest: 'bekasi',
    });
    expect(stripRegionPrefixes('malang')).toEqual({
      levels: null,
      office: null,
      acting: false,
      rest: 'malang',
    });
  });
});

describe('lookupAlias', () => {
  it('finds regions from normalised phrases, for scanning article text', () => {
    expect(lookupAlias('pemkot bekasi').map((region) => region.code)).toEqual(['32.75']);
    expect(lookupAlias('bekasi').map((region) => region.code)).toEqual(['32.16', '32.75']);
    expect(lookupAlias('jabar').map((region) => region.code)).toEqual(['32']);
    expect(lookupAlias('merdeka')).toEqual([]);
    expect(lookupAlias('')).toEqual([]);
  });
});
