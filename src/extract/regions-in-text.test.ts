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

  it('reads a region name with "dan" inside it, and ends a name before "dan" and the next region', () => {
    // Blind round 14: "menerima kunjungan Bupati Pangkajene dan Kepulauan (Pangkep)".
    expect(mentions('Wali Kota Cilegon menerima Bupati Pangkajene dan Kepulauan (Pangkep).')[1]).toEqual({
      kind: 'title',
      code: '73.10',
      office: 'bupati',
      text: 'Bupati Pangkajene dan Kepulauan',
    });
    expect(mentions('Kota Bekasi dan Kabupaten Bekasi bertemu.').map((m) => m.text)).toEqual([
      'Kota Bekasi',
      'Kabupaten Bekasi',
    ]);
  });

  it('reads "Sekertaris Daerah (Sekda)" and "Assisten III", as the news spell them', () => {
    // Blind round 14: "Sekertaris Daerah (Sekda) Kota Palembang, Drs Ratu Dewa menerima kunjungan dinas".
    expect(
      mentions('Sekertaris Daerah (Sekda) Kota Palembang menerima Assisten III Setda Kota Bandung.'),
    ).toEqual([
      {
        kind: 'title',
        code: '16.71',
        office: 'sekretaris_daerah',
        text: 'Sekertaris Daerah (Sekda) Kota Palembang',
      },
      { kind: 'opd', code: '32.73', office: 'lainnya', text: 'Assisten III Setda Kota Bandung' },
    ]);
  });

  it('reads a secretary named with the level of the government (blind rounds 24 and 26)', () => {
    expect(mentions('Sekdaprov Jambi Sudirman hadir.')[0]).toMatchObject({
      code: '15',
      office: 'sekretaris_daerah',
      text: 'Sekdaprov Jambi',
    });
    expect(
      mentions('Sekretaris Kabupaten (Sekab) Konkep, Cecep Trisnajayadi menghadiri pertemuan.')[0],
    ).toMatchObject({
      code: '74.12',
      office: 'sekretaris_daerah',
    });
    expect(mentions('Sekdakot Padang Andree Algamar hadir.')[0]).toMatchObject({
      code: '13.71',
      office: 'sekretaris_daerah',
    });
  });

  it('reads a government written in lower case ("pemerintah kota Makassar"), with its list', () => {
    // Blind round 15: "pemerintah kota Makassar siap bersinergi dengan Pemprov Sulsel dan pemerintah kabupaten Gowa dan Maros".
    expect(
      mentions('Pemerintah kota Makassar bersinergi dengan pemerintah kabupaten Gowa dan Maros.').map((m) => [
        m.kind,
        m.code,
      ]),
    ).toEqual([
      ['government', '73.71'],
      ['government', '73.06'],
      ['government', '73.09'],
    ]);
  });

  it('reads the news short titles "Wako" and "Wawako"', () => {
    // Blind round 14: "makan malam bersama dengan Wako Pagaralam Alpian Maskoni".
    expect(mentions('Makan malam bersama Wako Pagaralam Alpian Maskoni dan Wawako Jambi.')).toEqual([
      { kind: 'title', code: '16.72', office: 'wali_kota', text: 'Wako Pagaralam' },
      { kind: 'title', code: '15.71', office: 'wakil_wali_kota', text: 'Wawako Jambi' },
    ]);
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

describe('findRegionMentions, lists without a kind word before each name', () => {
  const codes = (text: string) =>
    findRegionMentions(text)
      .filter((m) => m.kind === 'government' || m.kind === 'title')
      .map((m) => m.region?.code ?? null);

  it('reads a counted list of kabupaten after "yakni" and marks its items as pointing at the event', () => {
    const text = 'Enam kabupaten penerima bantuan tersebut yakni Bangli, Buleleng, Jembrana dan Tabanan.';
    expect(codes(text)).toEqual(['51.06', '51.08', '51.01', '51.02']);
    expect(findRegionMentions(text).every((m) => m.counted === true)).toBe(true);
  });

  it('reads a list whose items carry their province, separated by semicolons', () => {
    const text =
      'Pemprov Jawa Barat menandatangani kesepakatan dengan pemda empat kabupaten yakni Luwu Timur, Sulawesi Selatan; Bengkulu Tengah, Bengkulu; dan Sukamara, Kalimantan Tengah.';
    expect(codes(text)).toEqual(['32', '73.24', '17.09', '62.08']);
  });

  it('does not read a count located in a province, the neighbours of a region', () => {
    const text =
      'Kabupaten Katingan berbatasan dengan 2 Kabupaten di Provinsi Kalimantan Barat yaitu Melawi dan Sintang.';
    expect(codes(text)).toEqual([]);
  });

  it('carries a head title over the names that follow it', () => {
    const text = 'Rapat dihadiri Bupati Sleman, Bantul, Kulon Progo dan Gunungkidul.';
    expect(findRegionMentions(text).map((m) => [m.office, m.region?.code])).toEqual([
      ['bupati', '34.04'],
      ['bupati', '34.02'],
      ['bupati', '34.01'],
      ['bupati', '34.03'],
    ]);
  });
});

describe('findRegionMentions, a head named after the title', () => {
  it('does not read "Bima" of "Wali Kota Bogor, Bima Arya" as Kota Bima', () => {
    const found = findRegionMentions('Wali Kota Bogor, Bima Arya menandatangani kesepakatan.');
    expect(found.map((m) => m.region?.code)).toEqual(['32.71']);
  });
});

describe('acting kinds', () => {
  const kinds = (text: string) =>
    findRegionMentions(text).map((mention) => [mention.office, mention.acting, mention.actingKind]);

  it('names the acting kind from any spelling of its marker', () => {
    // Spellings of the blind rounds: "PLT Bupati" (r10/03), "Pelaksana Harian (Plh)" (r7/16), "pj Sekda" (r13/01).
    expect(kinds('PLT Bupati Sumba Barat Daya Anton Umbu Sasa hadir')).toEqual([['bupati', true, 'plt']]);
    expect(kinds('Plt.Bupati Langkat Syah Afandin hadir')).toEqual([['bupati', true, 'plt']]);
    expect(kinds('Pelaksana tugas Bupati Langkat Syah Afandin hadir')).toEqual([['bupati', true, 'plt']]);
    expect(kinds('Pelaksana Harian (Plh) Wali Kota Tegal Dedy hadir')).toEqual([['wali_kota', true, 'plh']]);
    expect(kinds('PLH Bupati Garut Nurdin hadir')).toEqual([['bupati', true, 'plh']]);
    expect(kinds('pj Sekda Kabupaten Gowa Kamsina hadir')).toEqual([['sekretaris_daerah', true, 'pj']]);
    expect(kinds('PJ. Bupati Kapuas Erlin hadir')).toEqual([['bupati', true, 'pj']]);
    expect(kinds('Pjs. Bupati Bekasi Dani Ramdan hadir')).toEqual([['bupati', true, 'pj']]);
    expect(kinds('Penjabat Sementara (Pjs) Gubernur Sulut Agus Fatoni hadir')).toEqual([
      ['gubernur', true, 'pj'],
    ]);
    expect(kinds('Bupati Garut Rudy Gunawan hadir')).toEqual([['bupati', false, null]]);
  });
});
