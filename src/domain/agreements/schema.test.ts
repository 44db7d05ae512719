import { describe, expect, it } from 'vitest';
import type { Issue } from './issues';
import {
  agreementCreateSchema,
  agreementInputSchema,
  agreementUpdateSchema,
  consistencyIssues,
  parseAgreementInput,
  partyKey,
} from './schema';
import type { AgreementFormValues } from './schema';
import { agreement, seed000Ksb, seed002Ksb, seed003Ksb, seed003Pks } from './seed-agreements.test-support';

const organizationId = '9b2c4d6e-8f0a-4b1c-9d2e-3f4a5b6c7d8e';

function codesOf(values: AgreementFormValues): string[] {
  const result = parseAgreementInput(values);
  return result.ok ? [] : result.issues.map((issue) => issue.code);
}

function issuesOf(values: AgreementFormValues): Issue[] {
  const result = parseAgreementInput(values);
  return result.ok ? [] : result.issues;
}

describe('agreement input schema', () => {
  it('accepts the seed agreements and fills defaults', () => {
    for (const seed of [seed000Ksb, seed002Ksb, seed003Ksb, seed003Pks]) expect(codesOf(seed)).toEqual([]);
    const parsed = agreement(seed000Ksb);
    expect(parsed.parentId).toBeNull();
    expect(parsed.validFrom).toBeNull();
    expect(parsed.parties[0]).toMatchObject({
      documentNumber: null,
      rights: [],
      obligations: [],
      financing: null,
    });
    expect(parsed.signatories[0]).toMatchObject({
      actingKind: 'pj',
      officialId: null,
      mandate: null,
      position: null,
    });
    expect(parsed.content).toEqual({});
    expect(parsed.burdensCommunity).toBe(false);
  });

  it('stores empty optional text as null and trims text', () => {
    const parsed = agreement(seed002Ksb, {
      signingPlace: '  ',
      purpose: '  Belajar digitalisasi PAD ',
      notes: '',
    });
    expect(parsed.signingPlace).toBeNull();
    expect(parsed.purpose).toBe('Belajar digitalisasi PAD');
    expect(parsed.notes).toBeNull();
  });

  it('removes repeated sectors', () => {
    expect(agreement(seed002Ksb, { sectors: ['kesehatan', 'kesehatan', 'pendidikan'] }).sectors).toEqual([
      'kesehatan',
      'pendidikan',
    ]);
  });

  it('refuses an end of validity not after its start: END_BEFORE_START', () => {
    expect(codesOf({ ...seed003Ksb, validFrom: '2021-12-16', validUntil: '2021-12-16' })).toEqual([
      'END_BEFORE_START',
    ]);
    expect(codesOf({ ...seed003Ksb, validFrom: '2021-12-16', validUntil: '2020-01-01' })).toEqual([
      'END_BEFORE_START',
    ]);
    expect(issuesOf({ ...seed003Ksb, validUntil: '2020-01-01' })[0]?.field).toBe('validUntil');
  });

  it('refuses fewer than two parties and a duplicate party', () => {
    expect(
      codesOf({ ...seed002Ksb, parties: [{ kind: 'region', regionCode: '35.73' }], signatories: [] }),
    ).toContain('PARTIES_TOO_FEW');
    const duplicate = issuesOf({
      ...seed002Ksb,
      parties: [...(seed002Ksb.parties ?? []), { kind: 'region', regionCode: '35.73' }],
    });
    expect(duplicate).toEqual([expect.objectContaining({ code: 'DUPLICATE_PARTY', field: 'parties.2' })]);
  });

  it('refuses unknown regions and DKI Jakarta administrative kota and kabupaten', () => {
    const withRegion = (regionCode: string) => ({
      ...seed002Ksb,
      parties: [
        { kind: 'region' as const, regionCode: '35.73' },
        { kind: 'region' as const, regionCode },
      ],
      signatories: [],
    });
    expect(codesOf(withRegion('99.99'))).toEqual(['UNKNOWN_REGION']);
    for (const code of ['31.01', '31.71', '31.72', '31.73', '31.74', '31.75']) {
      expect(issuesOf(withRegion(code))).toEqual([
        expect.objectContaining({ code: 'REGION_NOT_AUTONOMOUS', field: 'parties.1.regionCode' }),
      ]);
    }
    // The province itself is autonomous.
    expect(codesOf(withRegion('31'))).toEqual([]);
    expect(codesOf(withRegion('32.7'))).toEqual(['INVALID_FORMAT']);
  });

  it('needs two regions for a KSDD, and a region and an organisation for the other kinds', () => {
    const regionAndOrganization: AgreementFormValues['parties'] = [
      { kind: 'region', regionCode: '35.73' },
      { kind: 'organization', organizationId },
    ];
    expect(codesOf({ ...seed002Ksb, parties: regionAndOrganization, signatories: [] })).toEqual([
      'KSDD_REGION_PARTIES',
    ]);
    for (const kind of ['ksdpk', 'ksdpl', 'ksdll', 'nota_kesepakatan_pusat'] as const) {
      expect(
        codesOf({ ...seed002Ksb, kind, ksddNature: null, parties: regionAndOrganization, signatories: [] }),
      ).toEqual([]);
      expect(codesOf({ ...seed002Ksb, kind, ksddNature: null })).toEqual([
        'REGION_AND_ORGANIZATION_REQUIRED',
      ]);
    }
  });

  it('keeps ksddNature to KSDD', () => {
    expect(
      codesOf({
        ...seed002Ksb,
        kind: 'ksdpk',
        ksddNature: 'wajib',
        parties: [
          { kind: 'region', regionCode: '35.73' },
          { kind: 'organization', organizationId },
        ],
        signatories: [],
      }),
    ).toEqual(['KSDD_NATURE_NOT_APPLICABLE']);
  });

  it('requires a parent for a PKS and amendments, and refuses one for a KSB', () => {
    expect(issuesOf({ ...seed003Pks, parentId: null })).toEqual([
      expect.objectContaining({ code: 'PARENT_REQUIRED', field: 'parentId', severity: 'error' }),
    ]);
    for (const documentType of ['addendum', 'perpanjangan', 'pengakhiran'] as const)
      expect(codesOf({ ...seed003Ksb, documentType })).toEqual(['PARENT_REQUIRED']);
    expect(codesOf({ ...seed003Ksb, parentId: seed003Pks.parentId })).toEqual(['PARENT_NOT_ALLOWED']);
    expect(codesOf({ ...seed003Pks, parentId: 'not-a-uuid' })).toEqual(['INVALID_FORMAT']);
  });

  it('refuses a signatory of a party that is not in the agreement', () => {
    const signatories = [
      ...(seed002Ksb.signatories ?? []),
      { partyKey: '32.75', name: 'Tri Adhianto', office: 'wali_kota' as const },
    ];
    expect(issuesOf({ ...seed002Ksb, signatories })).toEqual([
      expect.objectContaining({ code: 'SIGNATORY_NOT_A_PARTY', field: 'signatories.2.partyKey' }),
    ]);
  });

  it('names unknown sectors, bad dates, missing fields and bad amounts with stable codes', () => {
    expect(issuesOf({ ...seed002Ksb, sectors: ['kesehatan', 'sepak_bola' as 'kesehatan'] })).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_SECTOR', field: 'sectors.1' }),
    ]);
    expect(issuesOf({ ...seed002Ksb, signingDate: '2026-02-30' })).toEqual([
      expect.objectContaining({ code: 'INVALID_DATE', field: 'signingDate' }),
    ]);
    const { title: _title, ...withoutTitle } = seed002Ksb;
    expect(parseAgreementInput(withoutTitle)).toMatchObject({
      ok: false,
      issues: [{ code: 'REQUIRED', field: 'title' }],
    });
    expect(codesOf({ ...seed002Ksb, title: 42 as unknown as string })).toEqual(['INVALID_TYPE']);
    const negative = structuredClone(seed003Pks);
    const firstParty = negative.parties[0];
    if (firstParty) firstParty.financing = { source: 'apbd', amount: -1 };
    expect(issuesOf(negative)).toEqual([
      expect.objectContaining({ code: 'TOO_SHORT', field: 'parties.0.financing.amount' }),
    ]);
    expect(codesOf({ ...seed002Ksb, kind: 'ksxx' as 'ksdd' })).toEqual(['INVALID_VALUE']);
  });

  it('carries the stable code in zod issues for the UI form', () => {
    const result = agreementInputSchema.safeParse({ ...seed003Ksb, validUntil: '2020-01-01' });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: 'custom', path: ['validUntil'], params: { code: 'END_BEFORE_START' } }),
    ]);
    const region = agreementInputSchema.safeParse({
      ...seed002Ksb,
      parties: [
        { kind: 'region', regionCode: '35.73' },
        { kind: 'region', regionCode: '31.71' },
      ],
      signatories: [],
    });
    expect(region.error?.issues[0]).toMatchObject({
      path: ['parties', 1, 'regionCode'],
      params: { code: 'REGION_NOT_AUTONOMOUS', regionCode: '31.71' },
    });
  });

  it('creates with an optional entry stage', () => {
    expect(agreementCreateSchema.parse(seed003Ksb).entryStage).toBeNull();
    expect(agreementCreateSchema.parse({ ...seed003Ksb, entryStage: 'pelaksanaan' }).entryStage).toBe(
      'pelaksanaan',
    );
    expect(agreementCreateSchema.safeParse({ ...seed003Ksb, entryStage: 'selesai' }).success).toBe(false);
    expect(agreementCreateSchema.safeParse({ ...seed003Ksb, validUntil: '2020-01-01' }).success).toBe(false);
  });

  it('accepts clause texts beside the checklist marks, an empty text counting as absent', () => {
    const parsed = agreement(seed003Pks, {
      content: { forceMajeure: '  Pasal 9 Keadaan Kahar ', review: '', termination: true },
    });
    expect(parsed.content).toEqual({
      forceMajeure: 'Pasal 9 Keadaan Kahar',
      review: false,
      termination: true,
    });
    expect(codesOf({ ...seed003Pks, content: { forceMajeure: 3 as unknown as boolean } })).toEqual([
      'INVALID_VALUE',
    ]);
    expect(codesOf({ ...seed003Pks, content: { sanksi: true } as never })).not.toEqual([]);
  });

  it('updates with any subset of the fields and the version edited, without filling defaults', () => {
    const patch = agreementUpdateSchema.parse({ version: 3, title: '  Judul baru  ', signingPlace: '' });
    expect(patch).toEqual({ version: 3, title: 'Judul baru', signingPlace: null });
    expect(agreementUpdateSchema.parse({ version: 1, sectors: ['kesehatan', 'kesehatan'] })).toEqual({
      version: 1,
      sectors: ['kesehatan'],
    });
    expect(agreementUpdateSchema.safeParse({ title: 'Judul baru' }).error?.issues[0]?.path).toEqual([
      'version',
    ]);
    expect(agreementUpdateSchema.safeParse({ version: 0 }).success).toBe(false);
    expect(agreementUpdateSchema.safeParse({ version: 2, validUntil: '2024-02-30' }).success).toBe(false);
    expect(agreementUpdateSchema.safeParse({ version: 2, parties: [] }).success).toBe(true);
  });

  it('keys parties by region code or organisation id', () => {
    const parsed = agreement(seed003Ksb);
    expect(parsed.parties.map(partyKey)).toEqual(['35.75', '35.14']);
    expect(partyKey({ kind: 'organization', organizationId })).toBe(organizationId);
    expect(consistencyIssues(parsed)).toEqual([]);
  });
});
