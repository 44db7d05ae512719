import { describe, expect, it } from 'vitest';
import {
  checkSignatoryTerm,
  holderOn,
  normalizePersonName,
  personNameKey,
  samePersonName,
  termSchema,
} from './terms';
import type { Term } from './terms';

/** Terms of the Wali Kota of Malang (approximate dates, for the tests). */
const malang: Term[] = [
  {
    personName: 'Drs. H. Sutiaji',
    office: 'wali_kota',
    actingKind: 'definitif',
    regionCode: '35.73',
    start: '2018-09-24',
    end: '2023-09-24',
  },
  {
    personName: 'Dr. Ir. H. Wahyu Hidayat, M.M.',
    office: 'wali_kota',
    actingKind: 'pj',
    regionCode: '35.73',
    start: '2023-09-25',
    end: '2025-02-19',
  },
  {
    personName: 'Wahyu Hidayat',
    office: 'wali_kota',
    actingKind: 'definitif',
    regionCode: '35.73',
    start: '2025-02-20',
    end: null,
  },
  {
    personName: 'Iwan Kurniawan',
    office: 'wali_kota',
    actingKind: 'plh',
    regionCode: '35.73',
    start: '2025-01-10',
    end: '2025-01-20',
  },
];

describe('normalizePersonName', () => {
  it('drops honorifics, degrees and nicknames', () => {
    expect(normalizePersonName('Dr. Ir. H. Wahyu Hidayat, M.M.')).toBe('Wahyu Hidayat');
    expect(normalizePersonName('H.M Irsyad Yusuf (Gus Irsyad)')).toBe('Irsyad Yusuf');
    expect(normalizePersonName('HM Irsyad Yusuf')).toBe('Irsyad Yusuf');
    expect(normalizePersonName('H. M Irsyad Yusuf')).toBe('Irsyad Yusuf');
    expect(normalizePersonName('Saifullah Yusuf (Gus Ipul)')).toBe('Saifullah Yusuf');
    expect(normalizePersonName('Hj. Ika Puspitasari, S.E.')).toBe('Ika Puspitasari');
    expect(normalizePersonName("KH. Ma'ruf Amin")).toBe("Ma'ruf Amin");
    expect(normalizePersonName('Drs. H. Ahmad Dahlan M.Si')).toBe('Ahmad Dahlan');
    expect(normalizePersonName('Tri Rismaharini ST MT')).toBe('Tri Rismaharini');
    expect(normalizePersonName('Drs. H. Saifullah Yusuf, S.H., M.M.')).toBe('Saifullah Yusuf');
    expect(normalizePersonName('Dr. Hj. Siti  Aminah S.E. M.Si')).toBe('Siti Aminah');
    expect(normalizePersonName('dr. Maulana MKM')).toBe('Maulana');
    expect(normalizePersonName('Prof. Dr. Ir. H. Budi Santoso, M.Sc., Ph.D.')).toBe('Budi Santoso');
    expect(normalizePersonName('Pj. Gani Muhamad')).toBe('Gani Muhamad');
  });

  it('keeps real initials and names that look like degrees', () => {
    expect(normalizePersonName('M. Nur Arifin')).toBe('M. Nur Arifin');
    expect(normalizePersonName('GANI MUHAMAD')).toBe('Gani Muhamad');
    expect(normalizePersonName('Maulana')).toBe('Maulana');
  });

  it('matches spelling variants of one person', () => {
    expect(samePersonName('Gani Muhamad', 'Gani Muhammad')).toBe(true);
    expect(samePersonName('Pj. Gani Muhamad'.replace('Pj. ', ''), 'GANI MUHAMMAD')).toBe(true);
    expect(samePersonName('Wahyu Hidayat', 'Dr. Ir. H. Wahyu Hidayat, M.M.')).toBe(true);
    expect(samePersonName('Irsyad Yusuf', 'Saifullah Yusuf')).toBe(false);
    expect(personNameKey('Saifullah Yusuf')).toBe('saifulah yusuf');
  });
});

describe('holderOn', () => {
  it('finds the definitif holder, the Pj. between elections, and nobody outside the terms', () => {
    expect(holderOn(malang, '35.73', 'wali_kota', '2020-01-01')?.personName).toBe('Drs. H. Sutiaji');
    expect(holderOn(malang, '35.73', 'wali_kota', '2024-08-07')).toMatchObject({ actingKind: 'pj' });
    expect(holderOn(malang, '35.73', 'wali_kota', '2026-01-12')).toMatchObject({
      personName: 'Wahyu Hidayat',
      actingKind: 'definitif',
    });
    expect(holderOn(malang, '35.73', 'wali_kota', '2010-01-01')).toBeUndefined();
    expect(holderOn(malang, '35.73', 'bupati', '2024-08-07')).toBeUndefined();
    expect(holderOn(malang, '35.14', 'wali_kota', '2024-08-07')).toBeUndefined();
  });

  it('prefers the definitif holder unless an acting term lies within the definitif one', () => {
    // The Plh. covers days inside the Pj. term only: with no definitif holder, the later-starting acting term wins.
    expect(holderOn(malang, '35.73', 'wali_kota', '2025-01-16')?.personName).toBe('Iwan Kurniawan');
    const onLeave: Term[] = [
      {
        personName: 'Irsyad Yusuf',
        office: 'bupati',
        actingKind: 'definitif',
        regionCode: '35.14',
        start: '2018-09-24',
        end: '2023-09-24',
      },
      {
        personName: 'Pejabat Contoh',
        office: 'bupati',
        actingKind: 'plt',
        regionCode: '35.14',
        start: '2020-10-01',
        end: '2020-12-05',
      },
      // Inconsistent data: an acting term reaching past the definitif one does not displace it.
      {
        personName: 'Orang Lain',
        office: 'bupati',
        actingKind: 'plh',
        regionCode: '35.14',
        start: '2023-09-01',
        end: '2023-10-30',
      },
    ];
    expect(holderOn(onLeave, '35.14', 'bupati', '2020-11-01')?.personName).toBe('Pejabat Contoh');
    expect(holderOn(onLeave, '35.14', 'bupati', '2021-12-16')?.personName).toBe('Irsyad Yusuf');
    expect(holderOn(onLeave, '35.14', 'bupati', '2023-09-10')?.personName).toBe('Irsyad Yusuf');
  });
});

describe('checkSignatoryTerm', () => {
  it('accepts seed 000 (Pj. Wali Kota Malang) and seed 002 (definitif)', () => {
    expect(
      checkSignatoryTerm(
        malang,
        { name: 'Wahyu Hidayat', office: 'wali_kota', actingKind: 'pj' },
        '35.73',
        '2024-08-07',
      ),
    ).toBeNull();
    expect(
      checkSignatoryTerm(
        malang,
        { name: 'Wahyu Hidayat', office: 'wali_kota', actingKind: 'definitif' },
        '35.73',
        '2026-01-12',
      ),
    ).toBeNull();
  });

  it('warns when the person held the office in another capacity', () => {
    expect(
      checkSignatoryTerm(
        malang,
        { name: 'Wahyu Hidayat', office: 'wali_kota', actingKind: 'definitif' },
        '35.73',
        '2024-08-07',
      ),
    ).toMatchObject({
      code: 'SIGNATORY_ACTING_KIND_MISMATCH',
      severity: 'warning',
      params: { actingKind: 'pj' },
    });
  });

  it('warns when someone else held the office, naming the holder', () => {
    expect(
      checkSignatoryTerm(
        malang,
        { name: 'Sutiaji', office: 'wali_kota', actingKind: 'definitif' },
        '35.73',
        '2024-08-07',
      ),
    ).toMatchObject({
      code: 'SIGNATORY_NOT_IN_OFFICE',
      severity: 'warning',
      params: { holder: 'Dr. Ir. H. Wahyu Hidayat, M.M.' },
    });
    expect(
      checkSignatoryTerm(
        malang,
        { name: 'Sutiaji', office: 'wali_kota', actingKind: 'definitif' },
        '35.73',
        '2010-01-01',
      ),
    ).toMatchObject({ code: 'SIGNATORY_NOT_IN_OFFICE' });
  });

  it('says nothing when the register knows nothing about the post', () => {
    expect(
      checkSignatoryTerm(
        malang,
        { name: 'Maulana', office: 'wali_kota', actingKind: 'definitif' },
        '15.71',
        '2026-01-12',
      ),
    ).toBeNull();
    expect(
      checkSignatoryTerm(
        malang,
        { name: 'Somebody', office: 'wali_kota', actingKind: 'definitif' },
        '35.73',
        '2010-01-01',
      ),
    ).toBeNull();
  });

  it('validates terms with a schema', () => {
    expect(termSchema.safeParse(malang[0]).success).toBe(true);
    expect(termSchema.safeParse({ ...malang[0], end: '2018-01-01' }).error?.issues[0]).toMatchObject({
      path: ['end'],
      params: { code: 'END_BEFORE_START' },
    });
    expect(termSchema.safeParse({ ...malang[0], regionCode: 'Malang' }).success).toBe(false);
  });
});
