import { describe, expect, it } from 'vitest';
import type { Term } from '../officials/terms';
import {
  agreementRulesSchema,
  agreementStatus,
  agreementStatusLabels,
  agreementStatuses,
  confirmationSummary,
  confirmedFieldsChanged,
  contentChecklist,
  daysUntilExpiry,
  defaultAgreementRules,
  dueExpiryReminder,
  effectiveStatus,
  evaluationProgress,
  expiresWithinDays,
  implementingAgreementDeadline,
  implementingAgreementStatus,
  nextReportingDeadline,
  reportingPeriodOf,
  requiresDprdApproval,
  validateAgreement,
} from './rules';
import type { AgreementRules, ParentAgreement } from './rules';
import { agreement, seed000Ksb, seed002Ksb, seed003Ksb, seed003Pks } from './seed-agreements.test-support';
import type { AgreementFormValues, AgreementInput } from './schema';

const organizationId = '9b2c4d6e-8f0a-4b1c-9d2e-3f4a5b6c7d8e';
const ksb003 = agreement(seed003Ksb);
const parent003: ParentAgreement = ksb003;

function codes(
  values: AgreementFormValues,
  context: Parameters<typeof validateAgreement>[1],
  rules?: AgreementRules,
) {
  return validateAgreement(agreement(values), context, rules).map(
    (issue) => `${issue.severity}:${issue.code}`,
  );
}

describe('validateAgreement on the seed agreements', () => {
  it('seed 000: the KSB signed by two Pj. Wali Kota is flagged, with no error', () => {
    const issues = validateAgreement(agreement(seed000Ksb), { today: '2024-08-08' });
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'ACTING_SIGNATORY',
        severity: 'warning',
        field: 'signatories.0.actingKind',
      }),
      expect.objectContaining({
        code: 'ACTING_SIGNATORY',
        severity: 'warning',
        field: 'signatories.1.actingKind',
      }),
    ]);
  });

  it('seed 003: the KSB and its PKS are clean', () => {
    expect(validateAgreement(ksb003, { today: '2022-01-01' })).toEqual([]);
    expect(validateAgreement(agreement(seed003Pks), { today: '2022-01-01', parent: parent003 })).toEqual([]);
  });

  it('seed 002: the KSB signed by two definitif Wali Kota is clean', () => {
    expect(validateAgreement(agreement(seed002Ksb), { today: '2026-01-12' })).toEqual([]);
  });
});

describe('validateAgreement rules', () => {
  it('repeats the consistency errors of the input', () => {
    const stored: AgreementInput = { ...ksb003, validUntil: '2020-01-01', sectors: ['bogus' as 'kesehatan'] };
    expect(validateAgreement(stored, { today: '2022-01-01' }).map((issue) => issue.code)).toEqual([
      'END_BEFORE_START',
      'UNKNOWN_SECTOR',
    ]);
  });

  it('warns when the validity exceeds the maximum of the rule set', () => {
    expect(codes({ ...seed003Ksb, validUntil: '2026-12-16' }, { today: '2022-01-01' })).toEqual([]);
    expect(codes({ ...seed003Ksb, validUntil: '2026-12-17' }, { today: '2022-01-01' })).toEqual([
      'warning:VALIDITY_EXCEEDS_MAX',
    ]);
    const lenient: AgreementRules = {
      ...defaultAgreementRules,
      maxValidityYears: { kesepakatan_bersama: 10 },
    };
    expect(codes({ ...seed003Ksb, validUntil: '2030-12-16' }, { today: '2022-01-01' }, lenient)).toEqual([]);
  });

  it('warns about a signing date after today', () => {
    expect(codes(seed002Ksb, { today: '2026-01-11' })).toEqual(['warning:SIGNING_DATE_IN_FUTURE']);
    expect(codes(seed002Ksb, { today: '2026-01-12' })).toEqual([]);
  });

  it('refuses event dates beyond maxFutureDays and an end of validity beyond maxValidUntilYears', () => {
    const today = '2026-01-12';
    expect(codes({ ...seed002Ksb, signingDate: '2027-01-14' }, { today })).toEqual([
      'warning:SIGNING_DATE_IN_FUTURE',
      'error:DATE_TOO_FAR_IN_FUTURE',
    ]);
    expect(codes({ ...seed002Ksb, signingDate: '2027-01-13' }, { today })).toEqual([
      'warning:SIGNING_DATE_IN_FUTURE',
    ]);
    const far = validateAgreement(
      agreement({ ...seed002Ksb, validFrom: '2999-01-01', validUntil: '2999-12-31' }),
      { today },
    ).filter((issue) => issue.code === 'DATE_TOO_FAR_IN_FUTURE');
    expect(far.map((issue) => [issue.field, issue.params?.latest])).toEqual([
      ['validFrom', '2027-01-13'],
      ['validUntil', '2076-01-12'],
    ]);
    const mandate = { number: '1/2026', date: '2999-01-01' };
    const signatories = [{ partyKey: '35.73', name: 'Wahyu Hidayat', office: 'wali_kota' as const, mandate }];
    expect(
      validateAgreement(agreement({ ...seed002Ksb, signatories }), { today }).map((issue) => issue.field),
    ).toContain('signatories.0.mandate.date');
    const strict: AgreementRules = { ...defaultAgreementRules, maxFutureDays: 0 };
    expect(codes({ ...seed002Ksb, signingDate: '2026-01-13' }, { today }, strict)).toEqual([
      'warning:SIGNING_DATE_IN_FUTURE',
      'error:DATE_TOO_FAR_IN_FUTURE',
    ]);
  });

  it('flags acting heads of region (Pj., Plt., Plh.) but not an acting head of agency', () => {
    for (const actingKind of ['pj', 'plt', 'plh'] as const) {
      const signatories = [
        { partyKey: '35.73', name: 'Wahyu Hidayat', office: 'wali_kota' as const, actingKind },
      ];
      expect(codes({ ...seed002Ksb, signatories }, { today: '2026-02-01' })).toEqual([
        'warning:ACTING_SIGNATORY',
      ]);
    }
    const pks = structuredClone(seed003Pks);
    const signatory = pks.signatories?.[0];
    expect(signatory).toMatchObject({ office: 'kepala_opd' });
    signatory!.actingKind = 'plt';
    expect(codes(pks, { today: '2022-01-01', parent: parent003 })).toEqual([]);
  });

  it('warns about a head of agency signing a PKS without a mandate', () => {
    const pks = structuredClone(seed003Pks);
    const signatory = pks.signatories?.[1];
    expect(signatory).toMatchObject({ office: 'kepala_opd', mandate: { number: expect.any(String) } });
    signatory!.mandate = null;
    expect(validateAgreement(agreement(pks), { today: '2022-01-01', parent: parent003 })).toEqual([
      expect.objectContaining({
        code: 'MANDATE_MISSING',
        severity: 'warning',
        field: 'signatories.1.mandate',
      }),
    ]);
  });

  it('warns about an office that does not exist at the party level', () => {
    const signatories = [{ partyKey: '35.73', name: 'Wahyu Hidayat', office: 'bupati' as const }];
    expect(codes({ ...seed002Ksb, signatories }, { today: '2026-02-01' })).toEqual([
      'warning:OFFICE_NOT_FOR_REGION_LEVEL',
    ]);
  });

  it('warns when a KSDD does not say whether it is wajib or sukarela', () => {
    expect(codes({ ...seed002Ksb, ksddNature: null }, { today: '2026-02-01' })).toEqual([
      'warning:KSDD_NATURE_MISSING',
    ]);
  });

  it('keeps a PKS within the validity, parties and sectors of its KSB', () => {
    const context = { today: '2022-01-01', parent: parent003 };
    expect(codes({ ...seed003Pks, validFrom: '2021-12-01' }, context)).toEqual([
      'error:OUTSIDE_PARENT_VALIDITY',
    ]);
    expect(codes({ ...seed003Pks, validFrom: '2022-06-01', validUntil: '2027-01-01' }, context)).toEqual([
      'error:OUTSIDE_PARENT_VALIDITY',
    ]);
    expect(codes({ ...seed003Pks, sectors: ['kesehatan', 'pariwisata'] }, context)).toEqual([
      'warning:SECTORS_OUTSIDE_PARENT',
    ]);
    const outsider = structuredClone(seed003Pks);
    outsider.parties = [...outsider.parties, { kind: 'region', regionCode: '35.73' }];
    expect(validateAgreement(agreement(outsider), context)).toEqual([
      expect.objectContaining({ code: 'PARTIES_NOT_IN_PARENT', severity: 'error', field: 'parties.2' }),
    ]);
  });

  it('checks the parent link itself', () => {
    expect(codes(seed003Pks, { today: '2022-01-01', parent: null })).toEqual(['error:PARENT_NOT_FOUND']);
    const pksAsParent: ParentAgreement = agreement(seed003Pks);
    expect(codes(seed003Pks, { today: '2022-01-01', parent: pksAsParent })).toEqual([
      'error:PARENT_TYPE_NOT_ALLOWED',
    ]);
    // Not loaded: the parent checks are skipped rather than guessed.
    expect(
      codes({ ...seed003Pks, validFrom: '2022-06-01', validUntil: '2027-01-01' }, { today: '2022-06-01' }),
    ).toEqual([]);
    expect(codes(seed003Pks, { today: '2022-01-01', parent: { ...parent003, kind: 'ksdpk' } })).toEqual([
      'warning:KIND_DIFFERS_FROM_PARENT',
    ]);
  });

  it('warns about a PKS signed before its KSB or after the deadline for its PKS', () => {
    const context = { today: '2024-01-01', parent: parent003 };
    expect(codes({ ...seed003Pks, signingDate: '2021-12-15' }, context)).toEqual([
      'warning:SIGNED_BEFORE_PARENT',
    ]);
    expect(codes({ ...seed003Pks, signingDate: '2022-12-16' }, context)).toEqual([]);
    expect(codes({ ...seed003Pks, signingDate: '2022-12-17' }, context)).toEqual([
      'warning:FOLLOW_UP_DEADLINE_PASSED',
    ]);
  });

  it('applies parent checks to amendments too, but the validity limit only to a PKS', () => {
    const addendum: AgreementFormValues = {
      ...seed003Pks,
      documentType: 'addendum',
      validUntil: '2030-01-01',
    };
    expect(codes(addendum, { today: '2022-01-01', parent: parent003 })).toEqual([]);
    expect(
      codes(
        { ...addendum, parties: [...addendum.parties, { kind: 'region', regionCode: '35.73' }] },
        {
          today: '2022-01-01',
          parent: parent003,
        },
      ),
    ).toEqual(['error:PARTIES_NOT_IN_PARENT']);
  });

  it('warns about an organisation of an unusual kind for the kind of cooperation', () => {
    const foreign: AgreementFormValues = {
      ...seed002Ksb,
      kind: 'ksdpl',
      ksddNature: null,
      parties: [
        { kind: 'region', regionCode: '35.73' },
        { kind: 'organization', organizationId },
      ],
      signatories: [],
    };
    expect(
      codes(foreign, { today: '2026-02-01', organizationKinds: { [organizationId]: 'pemerintah_asing' } }),
    ).toEqual([]);
    expect(
      codes(foreign, { today: '2026-02-01', organizationKinds: { [organizationId]: 'perusahaan' } }),
    ).toEqual(['warning:ORGANIZATION_KIND_MISMATCH']);
  });

  it('checks signatories against the terms of office when given', () => {
    const terms: Term[] = [
      {
        personName: 'Dr. Ir. H. Wahyu Hidayat, M.M.',
        office: 'wali_kota',
        actingKind: 'definitif',
        regionCode: '35.73',
        start: '2025-02-20',
        end: null,
      },
      {
        personName: 'H. Maulana, MIP',
        office: 'wali_kota',
        actingKind: 'definitif',
        regionCode: '15.71',
        start: '2025-02-20',
        end: null,
      },
    ];
    expect(codes(seed002Ksb, { today: '2026-02-01', terms })).toEqual([]);
    const withPj: Term[] = [
      ...terms,
      {
        personName: 'Wahyu Hidayat',
        office: 'wali_kota',
        actingKind: 'pj',
        regionCode: '35.73',
        start: '2023-09-23',
        end: '2025-02-19',
      },
    ];
    const issues = validateAgreement(agreement({ ...seed002Ksb, signingDate: '2024-08-07' }), {
      today: '2026-02-01',
      terms: withPj,
    });
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'SIGNATORY_ACTING_KIND_MISMATCH',
        field: 'signatories.0.name',
        severity: 'warning',
      }),
      expect.objectContaining({
        code: 'SIGNATORY_NOT_IN_OFFICE',
        field: 'signatories.1.name',
        severity: 'warning',
      }),
    ]);
    // Seed 000 signed as Pj.: the same term agrees.
    expect(codes(seed000Ksb, { today: '2024-08-08', terms: withPj })).toEqual([
      'warning:ACTING_SIGNATORY',
      'warning:ACTING_SIGNATORY',
    ]);
  });
});

describe('rule set', () => {
  it('holds the defaults as data that the schema accepts', () => {
    expect(agreementRulesSchema.parse(defaultAgreementRules)).toEqual(defaultAgreementRules);
    expect(defaultAgreementRules.maxValidityYears.kesepakatan_bersama).toBe(5);
    expect(defaultAgreementRules.ksbFollowUpMonths).toBe(12);
    expect(defaultAgreementRules.expiryReminderDays).toEqual([180, 90, 30, 7, 0]);
    expect(defaultAgreementRules.actionDueReminderDays).toBe(7);
    expect(defaultAgreementRules.minEvaluationsPerBudgetYear).toBe(2);
  });

  it('lets an administrator change it, and refuses nonsense', () => {
    const changed = agreementRulesSchema.parse({
      ...defaultAgreementRules,
      expiryReminderDays: [7, 30, 30, 0],
    });
    expect(changed.expiryReminderDays).toEqual([30, 7, 0]);
    expect(agreementRulesSchema.safeParse({ ...defaultAgreementRules, ksbFollowUpMonths: 0 }).success).toBe(
      false,
    );
    expect(agreementRulesSchema.safeParse({ ...defaultAgreementRules, dprdApprovalWhen: [{}] }).success).toBe(
      false,
    );
    expect(
      agreementRulesSchema.safeParse({
        ...defaultAgreementRules,
        dprdApprovalWhen: [{ burdensRegion: true }],
      }).success,
    ).toBe(false);
    expect(
      agreementRulesSchema.safeParse({
        ...defaultAgreementRules,
        reporting: { periodMonths: 5, dueDaysAfterPeriod: 30 },
      }).success,
    ).toBe(false);
    const { contentChecklists: _omitted, ...incomplete } = defaultAgreementRules;
    expect(agreementRulesSchema.safeParse(incomplete).success).toBe(false);
  });

  it('decides DPRD approval from the agreement flags and the conditions', () => {
    const flags = (burdensCommunity: boolean, fundingNotInCurrentApbd: boolean) => ({
      burdensCommunity,
      fundingNotInCurrentApbd,
    });
    expect(requiresDprdApproval(flags(false, false))).toBe(false);
    expect(requiresDprdApproval(flags(true, false))).toBe(true);
    expect(requiresDprdApproval(flags(false, true))).toBe(true);
    const both: AgreementRules = {
      ...defaultAgreementRules,
      dprdApprovalWhen: [{ burdensCommunity: true, fundingNotInCurrentApbd: true }],
    };
    expect(requiresDprdApproval(flags(true, false), both)).toBe(false);
    expect(requiresDprdApproval(flags(true, true), both)).toBe(true);
    expect(requiresDprdApproval(flags(true, true), { ...defaultAgreementRules, dprdApprovalWhen: [] })).toBe(
      false,
    );
  });
});

describe('status over time', () => {
  const inForce = { ...ksb003, stage: 'pelaksanaan' as const };

  it('shows an agreement past its validity as kedaluwarsa until its stage is closed', () => {
    expect(effectiveStatus(inForce, '2026-12-16')).toBe('pelaksanaan');
    expect(effectiveStatus(inForce, '2026-12-17')).toBe('kedaluwarsa');
    expect(effectiveStatus({ ...inForce, stage: 'berakhir' }, '2027-01-01')).toBe('berakhir');
    expect(effectiveStatus({ ...inForce, stage: 'diakhiri' }, '2027-01-01')).toBe('diakhiri');
    expect(effectiveStatus({ ...inForce, validUntil: null }, '2099-01-01')).toBe('pelaksanaan');
  });

  it('summarises the status for lists: draf, aktif, akan_berakhir, kedaluwarsa and the closings', () => {
    expect(agreementStatus({ ...inForce, stage: 'ksb' }, '2022-01-01')).toBe('draf');
    expect(agreementStatus({ ...inForce, stage: 'penyusunan_pks' }, '2022-01-01')).toBe('draf');
    expect(agreementStatus(inForce, '2025-01-01')).toBe('aktif');
    expect(agreementStatus({ ...inForce, stage: 'pelaporan' }, '2026-09-17')).toBe('akan_berakhir');
    expect(agreementStatus(inForce, '2026-06-19')).toBe('akan_berakhir');
    expect(agreementStatus(inForce, '2026-06-18')).toBe('aktif');
    expect(agreementStatus(inForce, '2026-12-16')).toBe('akan_berakhir');
    expect(agreementStatus(inForce, '2026-12-17')).toBe('kedaluwarsa');
    // A proposal whose planned validity has passed is dead too, not "in preparation".
    expect(agreementStatus({ ...inForce, stage: 'penawaran' }, '2027-01-01')).toBe('kedaluwarsa');
    expect(agreementStatus({ ...inForce, stage: 'diperpanjang' }, '2027-01-01')).toBe('diperpanjang');
    expect(agreementStatus({ ...inForce, stage: 'diakhiri' }, '2023-01-01')).toBe('diakhiri');
    expect(agreementStatus({ ...inForce, stage: 'berakhir' }, '2027-01-01')).toBe('berakhir');
    expect(agreementStatus({ ...inForce, validUntil: null }, '2099-01-01')).toBe('aktif');
    // The window follows the widest reminder of the rule set; no reminders, no "expiring soon".
    const short: AgreementRules = { ...defaultAgreementRules, expiryReminderDays: [7] };
    expect(agreementStatus(inForce, '2026-12-01', short)).toBe('aktif');
    expect(agreementStatus(inForce, '2026-12-10', short)).toBe('akan_berakhir');
    expect(agreementStatus(inForce, '2026-12-16', { ...defaultAgreementRules, expiryReminderDays: [] })).toBe(
      'aktif',
    );
    for (const status of agreementStatuses) expect(agreementStatusLabels[status].id).toBeTruthy();
  });

  it('counts the days to expiry', () => {
    expect(daysUntilExpiry(inForce, '2026-12-06')).toBe(10);
    expect(daysUntilExpiry({ validUntil: null }, '2026-12-06')).toBeNull();
    expect(expiresWithinDays(inForce, '2026-09-17', 90)).toBe(true);
    expect(expiresWithinDays(inForce, '2026-09-16', 90)).toBe(false);
    expect(expiresWithinDays(inForce, '2026-12-16', 0)).toBe(true);
    expect(expiresWithinDays(inForce, '2026-12-17', 30)).toBe(false);
  });

  it('sends expiry reminders on the configured offsets only', () => {
    expect(dueExpiryReminder(inForce, '2026-09-17')).toBe(90);
    expect(dueExpiryReminder(inForce, '2026-12-09')).toBe(7);
    expect(dueExpiryReminder(inForce, '2026-12-16')).toBe(0);
    expect(dueExpiryReminder(inForce, '2026-12-10')).toBeNull();
    expect(dueExpiryReminder({ ...inForce, stage: 'diakhiri' }, '2026-12-16')).toBeNull();
  });

  it('tracks whether a KSB was followed by its implementing agreement (PKS) in time', () => {
    expect(implementingAgreementDeadline(ksb003)).toBe('2022-12-16');
    expect(implementingAgreementDeadline(agreement(seed003Pks))).toBeNull();
    expect(implementingAgreementStatus(ksb003, 0, '2022-06-01')).toBe('pending');
    expect(implementingAgreementStatus(ksb003, 0, '2022-12-17')).toBe('overdue');
    expect(implementingAgreementStatus(ksb003, 1, '2025-01-01')).toBe('followed_up');
    expect(
      implementingAgreementStatus(
        { documentType: 'kesepakatan_bersama', signingDate: null },
        0,
        '2025-01-01',
      ),
    ).toBe('not_applicable');
  });

  it('computes reporting periods and deadlines from the rule set', () => {
    expect(reportingPeriodOf('2024-08-07')).toEqual({
      start: '2024-01-01',
      end: '2024-12-31',
      dueDate: '2025-01-30',
    });
    const semester: AgreementRules = {
      ...defaultAgreementRules,
      reporting: { periodMonths: 6, dueDaysAfterPeriod: 15 },
    };
    expect(reportingPeriodOf('2024-08-07', semester)).toEqual({
      start: '2024-07-01',
      end: '2024-12-31',
      dueDate: '2025-01-15',
    });
    expect(nextReportingDeadline('2025-01-30')).toMatchObject({ start: '2024-01-01', dueDate: '2025-01-30' });
    expect(nextReportingDeadline('2025-01-31')).toMatchObject({ start: '2025-01-01', dueDate: '2026-01-30' });
  });

  it('counts evaluations per budget year against the minimum', () => {
    expect(evaluationProgress(['2024-03-01', '2024-10-01', '2023-11-01'], 2024)).toEqual({
      done: 2,
      required: 2,
      missing: 0,
    });
    expect(evaluationProgress(['2023-11-01'], 2024)).toEqual({ done: 0, required: 2, missing: 2 });
  });
});

describe('minimum content and confirmations', () => {
  it('lists the KSB items and marks what the record shows', () => {
    const items = contentChecklist(ksb003);
    expect(items.map((item) => item.key)).toEqual([
      'parties',
      'purpose',
      'object',
      'scope',
      'duration',
      'followUp',
    ]);
    expect(items.every((item) => item.present)).toBe(true);
    const bare = contentChecklist(agreement(seed000Ksb));
    expect(bare.filter((item) => !item.present).map((item) => item.key)).toEqual([
      'purpose',
      'object',
      'scope',
      'duration',
      'followUp',
    ]);
    expect(items[1]?.label).toEqual({ id: 'Maksud dan tujuan', en: 'Purpose and objectives' });
  });

  it('lists the PKS items, derived from fields and content flags', () => {
    const items = contentChecklist(agreement(seed003Pks));
    expect(items.map((item) => item.key)).toEqual([
      'parties',
      'object',
      'scope',
      'rightsObligations',
      'duration',
      'financing',
      'termination',
      'forceMajeure',
      'disputeSettlement',
      'review',
    ]);
    expect(items.every((item) => item.present)).toBe(true);
    const noFlags = contentChecklist(
      agreement(seed003Pks, {
        content: {},
        parties: seed003Pks.parties.map((party) => ({
          ...party,
          rights: [],
          obligations: [],
          financing: null,
        })),
      }),
    );
    expect(noFlags.filter((item) => !item.present).map((item) => item.key)).toEqual([
      'rightsObligations',
      'financing',
      'termination',
      'forceMajeure',
      'disputeSettlement',
      'review',
    ]);
    // An explicit flag stands for what the structured fields cannot show.
    expect(contentChecklist(agreement(seed000Ksb, { content: { purpose: true } }))[1]).toMatchObject({
      key: 'purpose',
      present: true,
      text: null,
    });
    // A clause text copied from the document marks the item present and is handed back; an empty one
    // does not count.
    const withClauses = contentChecklist(
      agreement(seed003Pks, {
        content: { forceMajeure: 'Pasal 10: Keadaan Kahar ...', review: '  ', termination: false },
      }),
    );
    expect(withClauses.find((item) => item.key === 'forceMajeure')).toMatchObject({
      present: true,
      text: 'Pasal 10: Keadaan Kahar ...',
    });
    expect(withClauses.find((item) => item.key === 'review')).toMatchObject({ present: false, text: null });
    expect(withClauses.find((item) => item.key === 'termination')?.present).toBe(false);
  });

  it('summarises confirmations by the parties', () => {
    const { parties } = ksb003;
    expect(confirmationSummary(parties, [])).toEqual({
      confirmed: 0,
      total: 2,
      complete: false,
      pendingPartyKeys: ['35.75', '35.14'],
    });
    expect(
      confirmationSummary(parties, [{ partyKey: '35.14' }, { partyKey: '35.14' }, { partyKey: '32.75' }]),
    ).toEqual({
      confirmed: 1,
      total: 2,
      complete: false,
      pendingPartyKeys: ['35.75'],
    });
    expect(confirmationSummary(parties, [{ partyKey: '35.14' }, { partyKey: '35.75' }]).complete).toBe(true);
  });

  it('reads the confirmations from the stored parties when no list is given', () => {
    const [first, second] = ksb003.parties;
    if (!first || !second) throw new Error('seed 003 has two parties');
    expect(
      confirmationSummary([
        { ...first, confirmedAt: '2022-01-03T02:00:00Z' },
        { ...second, confirmedAt: null },
      ]),
    ).toMatchObject({ confirmed: 1, total: 2, complete: false, pendingPartyKeys: ['35.14'] });
    expect(confirmationSummary(ksb003.parties)).toMatchObject({ confirmed: 0, total: 2 });
  });

  it('names the agreed fields that changed, so stale confirmations can be cleared', () => {
    const before = agreement(seed003Pks);
    expect(confirmedFieldsChanged(before, structuredClone(before))).toEqual([]);
    // Free notes are not agreed content; the order of parties, signatories and sectors carries no meaning.
    const reordered: AgreementInput = {
      ...structuredClone(before),
      notes: 'Catatan internal',
      parties: [...before.parties].reverse(),
      signatories: [...before.signatories].reverse(),
      sectors: [...before.sectors].reverse(),
    };
    expect(confirmedFieldsChanged(before, reordered)).toEqual([]);
    // Keys in another order (jsonb does not keep them) are the same value.
    const [firstParty, ...otherParties] = before.parties;
    expect(firstParty).toBeDefined();
    const rekeyed = Object.fromEntries(Object.entries(firstParty!).reverse()) as typeof firstParty;
    expect(confirmedFieldsChanged(before, { ...before, parties: [rekeyed!, ...otherParties] })).toEqual([]);
    // A form writes an empty optional field as '' or null where the stored record left it out.
    const fromForm = structuredClone(before) as AgreementInput & Record<string, unknown>;
    fromForm.signatories = before.signatories.map((signatory) =>
      Object.fromEntries(Object.entries(signatory).map(([key, value]) => [key, value ?? ''])),
    ) as AgreementInput['signatories'];
    expect(JSON.stringify(fromForm.signatories)).toContain('""');
    expect(confirmedFieldsChanged(before, fromForm)).toEqual([]);

    const renamed = structuredClone(before);
    renamed.title = `${before.title} (perubahan)`;
    renamed.signatories[0]!.name = 'Pejabat Lain';
    renamed.validUntil = '2023-12-31';
    expect(confirmedFieldsChanged(before, renamed)).toEqual(['signatories', 'title', 'validUntil']);
  });
});
