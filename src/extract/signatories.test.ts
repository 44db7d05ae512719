import { describe, expect, it } from 'vitest';
import { findParties } from './parties';
import {
  addThirdPartySignatories,
  findPartyOfficials,
  groupPeople,
  findSightings,
  isShortFormOf,
} from './signatories';
import { contextOf } from './test-support';
import type { EventType } from './types';

function officials(text: string, eventType: EventType) {
  const context = contextOf(text);
  return findPartyOfficials(context, findParties(context), eventType);
}

describe('findPartyOfficials', () => {
  it("names each party's leader with office, acting status and region", () => {
    expect(
      officials(
        'Wali Kota Bekasi Tri Adhianto dan Pj Bupati Bekasi Dedy Supriyadi menandatangani kesepakatan bersama.',
        'signing',
      ),
    ).toEqual([
      { name: 'Tri Adhianto', office: 'wali_kota', acting: false, regionCode: '32.75' },
      { name: 'Dedy Supriyadi', office: 'bupati', acting: true, actingKind: 'pj', regionCode: '32.16' },
    ]);
  });

  it('prefers the signatory at a signing to a head who only watched', () => {
    const text =
      'Pemkab Gowa dan Pemkot Makassar menjalin kerja sama. Perjanjian ditandatangani oleh Sekretaris Daerah Kabupaten Gowa Muchlis, disaksikan Bupati Gowa Adnan Purichta Ichsan. Wali Kota Makassar Danny Pomanto menandatangani perjanjian itu.';
    const found = officials(text, 'signing');
    expect(found.find((official) => official.regionCode === '73.06')?.name).toBe('Muchlis');
  });

  it('leaves out a head who was absent or represented, for the deputy who came', () => {
    const text =
      'Wakil Gubernur Sulawesi Tengah Mamun Amir menjamu Wakil Gubernur Gorontalo Idris Rahim dalam kunjungan kerja. Gubernur Sulawesi Tengah Rusdy Mastura, belum bisa bersama karena tugas lain.';
    expect(officials(text, 'visit')).toEqual([
      { name: 'Mamun Amir', office: 'wakil_gubernur', acting: false, regionCode: '72' },
      { name: 'Idris Rahim', office: 'wakil_gubernur', acting: false, regionCode: '75' },
    ]);
    const represented =
      'Rombongan DPRD Grobogan diterima oleh Wali Kota Medan, Dzulmi Eldin diwakili Staf Ahli, dalam kunjungan kerja. Wakil Wali Kota Medan Akhyar Nasution turut berbincang.';
    expect(officials(represented, 'visit').find((official) => official.regionCode === '12.71')?.name).toBe(
      'Akhyar Nasution',
    );
  });

  it('gives a title without a region to the only party of that level', () => {
    const text =
      'Pemkab Gowa dan Pemkot Makassar menandatangani kerja sama. Bupati Adnan Purichta Ichsan berharap kerja sama berjalan.';
    expect(officials(text, 'signing').find((official) => official.office === 'bupati')?.regionCode).toBe(
      '73.06',
    );
  });
});

describe('short forms of a region', () => {
  it('reads "Bupati Konkep Amrullah" by the short form the article gave the region', () => {
    const text =
      'Pemerintah Kabupaten Konawe Kepulauan (Konkep) menandatangani nota kesepahaman dengan Universitas Halu Oleo. Bupati Konkep Amrullah mengucapkan terima kasih.';
    const context = contextOf(text);
    const sightings = findSightings(context, new Set(['74.12']));
    expect(sightings.map(({ name, regionCode }) => ({ name, regionCode }))).toEqual([
      { name: 'Amrullah', regionCode: '74.12' },
    ]);
  });
});

describe('people and names', () => {
  it('joins a short form with the full name and reports the full one', () => {
    const context = contextOf(
      'Wali Kota Bekasi Tri Adhianto menerima Bupati Bekasi Dedy Supriyadi. Wali Kota Tri menyambut baik kerja sama.',
    );
    const people = groupPeople(findSightings(context, new Set(['32.75', '32.16'])));
    expect(people.filter((person) => person.office === 'wali_kota')).toHaveLength(1);
    expect(isShortFormOf('Rizal Yusuf', 'Mochamad Rizal Yusuf')).toBe(true);
    expect(isShortFormOf('Rizal', 'Rizal')).toBe(false);
  });

  it("adds a third party's signatory named in the signing sentence as lainnya", () => {
    const text =
      'Pemkab Gowa menandatangani nota kesepahaman dengan Universitas Hasanuddin. MoU ditandatangani Bupati Gowa Adnan Purichta Ichsan dan Rektor Universitas Hasanuddin Jamaluddin Jompa.';
    const context = contextOf(text);
    const list = findPartyOfficials(context, findParties(context), 'signing');
    addThirdPartySignatories(context, list, ['Universitas Hasanuddin']);
    expect(list.find((official) => official.office === 'lainnya')).toEqual({
      name: 'Jamaluddin Jompa',
      office: 'lainnya',
      acting: false,
      regionCode: null,
    });
  });
});
