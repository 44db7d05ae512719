import { describe, expect, it } from 'vitest';
import { isSurnameOrGivenName, opensWithPlace, readNameAfter, sameperson, readNameBefore } from './officials';

const nameAfter = (text: string) => readNameAfter(text, 0)?.name ?? null;

describe('readNameAfter', () => {
  it('drops honorifics and degrees', () => {
    expect(nameAfter(' Dr. H. Ahmad Fauzi, M.Si, membuka acara')).toBe('Ahmad Fauzi');
  });

  it('reads a name opening with an initial written without its period', () => {
    expect(nameAfter(' M Syukur menerima rombongan')).toBe('M Syukur');
    expect(nameAfter(' A Rahman Hakim hadir')).toBe('A Rahman Hakim');
  });

  it('reads a middle initial written without its period, and "Bpk." as an honorific', () => {
    expect(nameAfter(', Yasti S Mokoagow, hadir')).toBe('Yasti S Mokoagow');
    expect(nameAfter(', Bpk. H Harnojoyo, menyambut baik')).toBe('Harnojoyo');
    expect(nameAfter(' Bapak Harnojoyo menyambut baik')).toBe('Harnojoyo');
  });

  it('reads a name wrapped onto the next line of a hard-wrapped page', () => {
    expect(nameAfter(' \nSyauqul Muhibbin menerima rombongan')).toBe('Syauqul Muhibbin');
  });

  it('keeps short forms of Muhammad and Abdul, and a run of initials, in the name (real sentences)', () => {
    expect(nameAfter(' Bpk. Moh. Irwan, S.Sos.,M.Si didampngi Wabub Sigi')).toBe('Moh. Irwan');
    expect(nameAfter(' Abd. Rahim Odeyani yang mengge')).toBe('Abd. Rahim Odeyani');
    expect(nameAfter(', A. S. Chaidir Syam pada acara 64 Tahun')).toBe('A. S. Chaidir Syam');
    expect(nameAfter(' Moh. menutup acara.')).toBe('Moh');
    expect(nameAfter(' Moh.Rifani, bertempat di')).toBe('Moh. Rifani');
  });

  it('reads past the province that locates the region between a title and its name (blind round 21)', () => {
    expect(nameAfter(', Jawa Tengah, Budi Sarwono, kali ini')).toBe('Budi Sarwono');
  });

  it('drops a rank or a nickname title before the name, and never reads a minister as a name', () => {
    expect(nameAfter(' Capt. Ali Ibrahim, melakukan kunjungan')).toBe('Ali Ibrahim');
    expect(nameAfter(' Bunda Indah menyampaikan')).toBe('Indah');
    expect(nameAfter(', Mendagri meminta pembangunan')).toBeNull();
  });

  it('drops a nickname in quotes and a glued honorific, and keeps initials written together (blind rounds 25 and 26)', () => {
    const after = (text: string, title: string) =>
      readNameAfter(text, text.indexOf(title) + title.length)?.name;
    expect(after('Walikota Makassar Moh. Ramdhan “Danny” Pomanto menyambut hangat', 'Makassar')).toBe(
      'Moh. Ramdhan Pomanto',
    );
    expect(after('Wakil Walikota Lhokseumawe, H.Yusuf Muhammad.SE,.MSM bersama Asisten', 'Lhokseumawe')).toBe(
      'Yusuf Muhammad',
    );
    expect(after('Bupati Barito Timur, Kalimantan Tengah, Ampera AY Mebas didampingi', 'Timur')).toBe(
      'Ampera AY Mebas',
    );
    expect(after('diterima secara simbolis oleh Bupati AM Sukri A Sappewali.', 'Bupati')).toBe(
      'AM Sukri A Sappewali',
    );
    // An acronym before a word that is no name is not read as initials.
    expect(after('Bupati Kutim ASN Pemkab hadir', 'Kutim')).toBeUndefined();
  });

  it('never reads a verb written with a capital as a name (blind round 23)', () => {
    const text = 'Gubernur Bali Memimpin rapat koordinasi dan sinkronisasi program.';
    expect(readNameAfter(text, text.indexOf('Memimpin'))).toBeNull();
  });

  it('does not read staff titles listed after a head as a name', () => {
    expect(nameAfter(', Asisten Sekda, dan Kepala Bappeda')).toBeNull();
    expect(nameAfter(', Staf Ahli dan para Kepala Dinas')).toBeNull();
  });
});

describe('one person written in several ways', () => {
  it('takes a single given name or surname after the same office as the full name', () => {
    expect(isSurnameOrGivenName('Hendra', 'Hendra Gunawan Saputra')).toBe(true);
    expect(isSurnameOrGivenName('Saputra', 'Hendra Gunawan Saputra')).toBe(true);
    expect(isSurnameOrGivenName('Gunawan', 'Hendra Gunawan Saputra')).toBe(false);
    expect(isSurnameOrGivenName('Hendra Saputra', 'Hendra Gunawan Saputra')).toBe(false);
    // Without the office, one shared word is not enough.
    expect(sameperson('Hendra', 'Hendra Gunawan Saputra')).toBe(false);
  });
});

describe('opensWithPlace', () => {
  it('sees a foreign city written before the name of its mayor', () => {
    const text = 'Delegasi dari Osaka dipimpin Wali Kota Osaka Hiroshi Tanaka.';
    expect(opensWithPlace(text, 'Osaka Hiroshi Tanaka')).toBe(true);
    expect(opensWithPlace(text, 'Hiroshi Tanaka')).toBe(false);
  });
});

describe('readNameBefore', () => {
  it('never reads a province as the name before a title (blind round 20)', () => {
    const text = 'Kantor Wilayah Kementerian Hukum dan HAM Sulawesi Utara, Penjabat Bupati Bolaang Mongondow';
    expect(readNameBefore(text, text.indexOf('Penjabat'))).toBeNull();
  });

  it('never reads the name of a military unit as a person (blind round 22)', () => {
    const text =
      'kesepakatan bersama antara Pangdam XXII/Tambun Bungai, Gubernur Kalimantan Selatan, serta para bupati';
    expect(readNameBefore(text, text.indexOf('Gubernur'))).toBeNull();
  });

  it('skips degrees between a name and "selaku"', () => {
    const text = 'Ditandatangani oleh Adam Rahayaan,S.Ag, M.Si selaku Walikota Tual.';
    expect(readNameBefore(text, text.indexOf('Walikota'))?.name).toBe('Adam Rahayaan');
  });
});
