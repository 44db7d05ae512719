import { describe, expect, it } from 'vitest';
import { issuesFromZod } from '../agreements/issues';
import {
  actionInputSchema,
  actionProgressSchema,
  meetingInputSchema,
  programInputSchema,
  visitInputSchema,
  visitRegionCodes,
} from './schema';

function codes(result: { success: boolean; error?: { issues: unknown[] } }) {
  if (result.success) return [];
  return issuesFromZod(result.error!.issues as never).map((issue) => `${issue.code}@${issue.field}`);
}

const uuid = '0b7f5a3e-2a8e-4c55-9d0e-0f3f1f6a2b11';

describe('visit input', () => {
  const seed004 = {
    title: 'Kunjungan kerja Pemkab dan DPRD Kabupaten Bekasi ke Kota Malang',
    kind: 'kunjungan_kerja',
    hostRegionCode: '35.73',
    visitors: [
      { regionCode: '32.16', institution: 'pemda' },
      { regionCode: '32.16', institution: 'dprd', name: 'DPRD Kabupaten Bekasi' },
    ],
    topics: [
      { text: 'pengelolaan pajak daerah' },
      { text: 'Malang Creative Center' },
      { text: 'TPA Supit Urang' },
    ],
  };

  it('accepts a visit with the DPRD in the delegation, and its parties are host and visitors', () => {
    const parsed = visitInputSchema.parse(seed004);
    expect(visitRegionCodes(parsed)).toEqual(['35.73', '32.16']);
  });

  it('refuses a host that is its own only visitor', () => {
    expect(codes(visitInputSchema.safeParse({ ...seed004, visitors: [{ regionCode: '35.73' }] }))).toEqual([
      'HOST_ONLY_VISITOR@visitors',
    ]);
  });

  it('refuses an end before the start and an empty visitor', () => {
    expect(
      codes(
        visitInputSchema.safeParse({
          ...seed004,
          visitors: [...seed004.visitors, {}],
          startDate: '2025-03-10',
          endDate: '2025-03-09',
        }),
      ),
    ).toEqual(['PARTICIPANT_EMPTY@visitors.2', 'END_BEFORE_START@endDate']);
  });
});

describe('meeting input', () => {
  it('needs at least one regional government', () => {
    expect(
      codes(meetingInputSchema.safeParse({ title: 'Audiensi', participants: [{ name: 'PT Uji' }] })),
    ).toEqual(['REGION_PARTY_REQUIRED@participants']);
  });
});

describe('action input', () => {
  const base = { parentType: 'meeting', parentId: uuid, title: 'Membentuk tim kecil', opdId: uuid };

  it('refuses progress outside 0 to 100 with its own code', () => {
    expect(codes(actionInputSchema.safeParse({ ...base, progress: 101 }))).toEqual([
      'PROGRESS_OUT_OF_RANGE@progress',
    ]);
    expect(codes(actionProgressSchema.safeParse({ status: 'berjalan', progress: -1, version: 1 }))).toEqual([
      'PROGRESS_OUT_OF_RANGE@progress',
    ]);
  });

  it('refuses a finished action below 100%', () => {
    expect(codes(actionInputSchema.safeParse({ ...base, status: 'selesai', progress: 80 }))).toEqual([
      'DONE_WITHOUT_FULL_PROGRESS@progress',
    ]);
  });
});

describe('program input', () => {
  const flyover = {
    title: 'Flyover Rawapanjang',
    kind: 'bantuan_keuangan',
    funderRegionCode: '31',
    recipientRegionCode: '32.75',
  };

  it('refuses a budget year outside 2000 to 2100 and a realisation over budget without a note', () => {
    expect(
      codes(
        programInputSchema.safeParse({
          ...flyover,
          budgets: [
            { year: 1999, budget: 10 },
            { year: 2025, budget: 100, realisation: 120 },
          ],
        }),
      ),
    ).toEqual([
      'BUDGET_YEAR_OUT_OF_RANGE@budgets.0.year',
      'REALISATION_EXCEEDS_BUDGET@budgets.1.realisation',
    ]);
  });

  it('accepts a realisation over budget with a note, and refuses a funder that is the recipient', () => {
    expect(
      programInputSchema.safeParse({
        ...flyover,
        budgets: [{ year: 2025, budget: 100, realisation: 120, note: 'APBD Perubahan' }],
      }).success,
    ).toBe(true);
    expect(codes(programInputSchema.safeParse({ ...flyover, recipientRegionCode: '31' }))).toEqual([
      'FUNDER_IS_RECIPIENT@recipientRegionCode',
    ]);
  });
});
