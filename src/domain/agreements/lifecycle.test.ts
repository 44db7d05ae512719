import { describe, expect, it } from 'vitest';
import {
  applyTransition,
  allowedRoles,
  candidateStages,
  checkEntryStage,
  entryStages,
  entryStagesFor,
  firstStageFor,
  nextSteps,
  stagePathFor,
  stepDateIssues,
  transitionNote,
} from './lifecycle';
import type { LifecycleRole, TransitionContext } from './lifecycle';
import { defaultAgreementRules } from './rules';
import type { AgreementRules } from './rules';
import {
  agreement,
  seed000Ksb,
  seed002Ksb,
  seed003Ksb,
  seed003Pks,
  staged,
} from './seed-agreements.test-support';

function context(
  overrides: Partial<TransitionContext> = {},
  role: LifecycleRole = 'region_admin',
): TransitionContext {
  return { actor: { role }, today: '2022-01-10', documents: [], ...overrides };
}

const signed = [{ kind: 'signed' as const }];

function problemCodes(result: ReturnType<typeof applyTransition>): string[] {
  return result.ok ? [] : result.problems.map((problem) => problem.code);
}

describe('stage paths', () => {
  it('walks a KSB from persiapan and a PKS from penyusunan_pks', () => {
    expect(stagePathFor('kesepakatan_bersama')).toEqual([
      'persiapan',
      'penawaran',
      'ksb',
      'pelaksanaan',
      'monitoring_evaluasi',
      'pelaporan',
    ]);
    expect(stagePathFor('perjanjian_kerja_sama')).toEqual([
      'penyusunan_pks',
      'persetujuan_dprd',
      'penandatanganan_pks',
      'pelaksanaan',
      'monitoring_evaluasi',
      'pelaporan',
    ]);
    expect(firstStageFor('kesepakatan_bersama')).toBe('persiapan');
    expect(firstStageFor('perjanjian_kerja_sama')).toBe('penyusunan_pks');
  });

  it('walks an amendment along the path of the document it changes', () => {
    expect(firstStageFor('addendum', 'kesepakatan_bersama')).toBe('persiapan');
    expect(firstStageFor('addendum', 'perjanjian_kerja_sama')).toBe('penyusunan_pks');
    expect(firstStageFor('perpanjangan')).toBe('penyusunan_pks');
  });

  it('lists the candidate next stages', () => {
    expect(candidateStages({ documentType: 'kesepakatan_bersama', stage: 'persiapan' })).toEqual([
      'penawaran',
      'diakhiri',
    ]);
    expect(candidateStages({ documentType: 'kesepakatan_bersama', stage: 'ksb' })).toEqual([
      'pelaksanaan',
      'diakhiri',
    ]);
    expect(candidateStages({ documentType: 'perjanjian_kerja_sama', stage: 'penyusunan_pks' })).toEqual([
      'persetujuan_dprd',
      'penandatanganan_pks',
      'diakhiri',
    ]);
    expect(candidateStages({ documentType: 'kesepakatan_bersama', stage: 'pelaksanaan' })).toEqual([
      'monitoring_evaluasi',
      'pelaporan',
      'berakhir',
      'diperpanjang',
      'diakhiri',
    ]);
    expect(candidateStages({ documentType: 'kesepakatan_bersama', stage: 'pelaporan' })).toEqual([
      'pelaksanaan',
      'monitoring_evaluasi',
      'berakhir',
      'diperpanjang',
      'diakhiri',
    ]);
    expect(candidateStages({ documentType: 'kesepakatan_bersama', stage: 'berakhir' })).toEqual([
      'diperpanjang',
    ]);
    expect(candidateStages({ documentType: 'kesepakatan_bersama', stage: 'diakhiri' })).toEqual([]);
    expect(candidateStages({ documentType: 'kesepakatan_bersama', stage: 'diperpanjang' })).toEqual([]);
    // A stage outside the document's path leads nowhere but is not a crash.
    expect(candidateStages({ documentType: 'perjanjian_kerja_sama', stage: 'ksb' })).toEqual([]);
  });

  it('lets the reviewer complete the TKKSD review; the region admin takes every step', () => {
    expect(allowedRoles('penyusunan_pks', 'penandatanganan_pks')).toEqual([
      'system_admin',
      'region_admin',
      'reviewer',
    ]);
    expect(allowedRoles('penyusunan_pks', 'persetujuan_dprd')).toContain('reviewer');
    expect(allowedRoles('penyusunan_pks', 'diakhiri')).toEqual(['system_admin', 'region_admin']);
    expect(allowedRoles('ksb', 'pelaksanaan')).toEqual(['system_admin', 'region_admin']);
  });
});

describe('applyTransition', () => {
  it('moves a KSB forward through preparation and offer', () => {
    expect(applyTransition(staged(seed002Ksb, 'persiapan'), 'penawaran', context())).toEqual({
      ok: true,
      from: 'persiapan',
      stage: 'penawaran',
    });
    expect(applyTransition(staged(seed002Ksb, 'penawaran'), 'ksb', context()).ok).toBe(true);
  });

  it('refuses a step that does not exist, without throwing', () => {
    const result = applyTransition(staged(seed002Ksb, 'persiapan'), 'pelaksanaan', context());
    expect(result).toMatchObject({
      ok: false,
      stage: 'persiapan',
      problems: [{ code: 'TRANSITION_NOT_ALLOWED' }],
    });
    expect(problemCodes(applyTransition(staged(seed002Ksb, 'diakhiri'), 'pelaksanaan', context()))).toEqual([
      'TRANSITION_NOT_ALLOWED',
    ]);
    expect(problemCodes(applyTransition(staged(seed002Ksb, 'pelaksanaan'), 'persiapan', context()))).toEqual([
      'TRANSITION_NOT_ALLOWED',
    ]);
  });

  it('checks the role: viewers and OPD officers cannot move, system admins always can', () => {
    for (const role of ['viewer', 'opd_officer', 'oversight', 'reviewer'] as const)
      expect(
        problemCodes(applyTransition(staged(seed002Ksb, 'persiapan'), 'penawaran', context({}, role))),
      ).toEqual(['ROLE_REQUIRED']);
    expect(
      applyTransition(staged(seed002Ksb, 'persiapan'), 'penawaran', context({}, 'system_admin')).ok,
    ).toBe(true);
  });

  it('seed 000: leaving ksb needs both parties’ numbers, validity and the signed copy', () => {
    const ksb = staged(seed000Ksb, 'ksb');
    const result = applyTransition(ksb, 'pelaksanaan', context({ today: '2024-08-08' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => [problem.code, problem.field])).toEqual([
      ['DOCUMENT_NUMBER_REQUIRED', 'parties.0.documentNumber'],
      ['DOCUMENT_NUMBER_REQUIRED', 'parties.1.documentNumber'],
      ['VALIDITY_REQUIRED', 'validUntil'],
      ['DOCUMENT_REQUIRED', 'documents.signed'],
    ]);
    const complete = staged(seed000Ksb, 'ksb', {
      parties: [
        { kind: 'region', regionCode: '32.75', documentNumber: '130/Kep.001-Pem/VIII/2024' },
        { kind: 'region', regionCode: '35.73', documentNumber: '130/001/35.73.402/2024' },
      ],
      validFrom: '2024-08-07',
      validUntil: '2029-08-07',
    });
    expect(
      applyTransition(complete, 'pelaksanaan', context({ today: '2024-08-08', documents: signed })),
    ).toEqual({
      ok: true,
      from: 'ksb',
      stage: 'pelaksanaan',
    });
  });

  it('leaving ksb needs the signing date and a signatory for every party', () => {
    const ksb = staged(seed003Ksb, 'ksb', { signingDate: null, signatories: [] });
    expect(problemCodes(applyTransition(ksb, 'pelaksanaan', context({ documents: signed })))).toEqual([
      'SIGNING_DATE_REQUIRED',
      'SIGNATORY_REQUIRED',
      'SIGNATORY_REQUIRED',
    ]);
  });

  it('seed 003: the PKS is reviewed by the TKKSD reviewer, then signed and carried out', () => {
    const drafting = staged(seed003Pks, 'penyusunan_pks');
    const withDraft = context(
      { documents: [{ kind: 'draft' }], parentDocumentType: 'kesepakatan_bersama' },
      'reviewer',
    );
    expect(applyTransition(drafting, 'penandatanganan_pks', withDraft)).toMatchObject({ ok: true });
    expect(
      applyTransition(drafting, 'penandatanganan_pks', { ...withDraft, actor: { role: 'region_admin' } }),
    ).toMatchObject({ ok: true });
    const byOfficer = applyTransition(drafting, 'penandatanganan_pks', {
      ...withDraft,
      actor: { role: 'opd_officer' },
    });
    expect(byOfficer).toMatchObject({
      ok: false,
      problems: [{ code: 'ROLE_REQUIRED', kind: 'role', params: { roles: 'region_admin,reviewer' } }],
    });
    expect(
      problemCodes(applyTransition(drafting, 'penandatanganan_pks', { ...withDraft, documents: [] })),
    ).toEqual(['DOCUMENT_REQUIRED']);
    const signing = staged(seed003Pks, 'penandatanganan_pks');
    expect(applyTransition(signing, 'pelaksanaan', context({ documents: signed }))).toMatchObject({
      ok: true,
    });
  });

  it('a PKS needs its linked KSB before leaving penyusunan_pks', () => {
    const reviewer = context({ documents: [{ kind: 'draft' }] }, 'reviewer');
    const orphan = { ...staged(seed003Pks, 'penyusunan_pks'), parentId: null };
    expect(problemCodes(applyTransition(orphan, 'penandatanganan_pks', reviewer))).toEqual([
      'PARENT_REQUIRED',
    ]);
    const pks = staged(seed003Pks, 'penyusunan_pks');
    expect(
      problemCodes(applyTransition(pks, 'penandatanganan_pks', { ...reviewer, parentDocumentType: null })),
    ).toEqual(['PARENT_NOT_FOUND']);
    expect(
      problemCodes(
        applyTransition(pks, 'penandatanganan_pks', {
          ...reviewer,
          parentDocumentType: 'perjanjian_kerja_sama',
        }),
      ),
    ).toEqual(['PARENT_TYPE_NOT_ALLOWED']);
  });

  it('goes through persetujuan_dprd only when its condition holds', () => {
    const reviewer = context(
      { documents: [{ kind: 'draft' }], parentDocumentType: 'kesepakatan_bersama' },
      'reviewer',
    );
    const plain = staged(seed003Pks, 'penyusunan_pks');
    expect(problemCodes(applyTransition(plain, 'persetujuan_dprd', reviewer))).toEqual([
      'DPRD_APPROVAL_NOT_REQUIRED',
    ]);
    const burdening = staged(seed003Pks, 'penyusunan_pks', { burdensCommunity: true });
    expect(problemCodes(applyTransition(burdening, 'penandatanganan_pks', reviewer))).toEqual([
      'DPRD_APPROVAL_REQUIRED',
    ]);
    expect(applyTransition(burdening, 'persetujuan_dprd', reviewer)).toMatchObject({
      ok: true,
      stage: 'persetujuan_dprd',
    });
    const approving = staged(seed003Pks, 'persetujuan_dprd', { fundingNotInCurrentApbd: true });
    expect(problemCodes(applyTransition(approving, 'penandatanganan_pks', context()))).toEqual([
      'DOCUMENT_REQUIRED',
    ]);
    expect(
      applyTransition(
        approving,
        'penandatanganan_pks',
        context({ documents: [{ kind: 'persetujuan_dprd' }] }),
      ),
    ).toMatchObject({ ok: true });
    const never: AgreementRules = { ...defaultAgreementRules, dprdApprovalWhen: [] };
    expect(applyTransition(burdening, 'penandatanganan_pks', reviewer, never)).toMatchObject({ ok: true });
  });

  it('a head of agency signing a PKS needs a mandate before pelaksanaan', () => {
    const pks = structuredClone(seed003Pks);
    const signatory = pks.signatories?.[0];
    expect(signatory).toMatchObject({ office: 'kepala_opd', mandate: { number: expect.any(String) } });
    signatory!.mandate = null;
    const result = applyTransition(
      staged(pks, 'penandatanganan_pks'),
      'pelaksanaan',
      context({ documents: signed }),
    );
    expect(result).toMatchObject({
      ok: false,
      problems: [{ code: 'MANDATE_REQUIRED', field: 'signatories.0.mandate' }],
    });
  });

  it('needs a validity with its end after its start before pelaksanaan', () => {
    const backwards = { ...staged(seed003Ksb, 'ksb'), validUntil: '2021-01-01' };
    expect(problemCodes(applyTransition(backwards, 'pelaksanaan', context({ documents: signed })))).toEqual([
      'END_BEFORE_START',
    ]);
  });

  it('cycles freely between pelaksanaan, monitoring_evaluasi and pelaporan', () => {
    const inForce = ['pelaksanaan', 'monitoring_evaluasi', 'pelaporan'] as const;
    for (const from of inForce)
      for (const to of inForce) {
        if (from === to) continue;
        expect(applyTransition(staged(seed003Ksb, from), to, context()), `${from} -> ${to}`).toMatchObject({
          ok: true,
          stage: to,
        });
      }
    // Back to pelaksanaan still needs a coherent validity.
    expect(
      problemCodes(
        applyTransition(staged(seed003Ksb, 'pelaporan', { validUntil: null }), 'pelaksanaan', context()),
      ),
    ).toEqual(['VALIDITY_REQUIRED']);
    expect(
      problemCodes(applyTransition(staged(seed003Ksb, 'pelaporan'), 'pelaksanaan', context({}, 'reviewer'))),
    ).toEqual(['ROLE_REQUIRED']);
  });

  it('ends at expiry only once the validity has passed', () => {
    const inForce = staged(seed003Ksb, 'pelaporan');
    expect(problemCodes(applyTransition(inForce, 'berakhir', context({ today: '2026-12-16' })))).toEqual([
      'VALIDITY_NOT_ENDED',
    ]);
    expect(applyTransition(inForce, 'berakhir', context({ today: '2026-12-17' }))).toMatchObject({
      ok: true,
    });
    expect(problemCodes(applyTransition(staged(seed002Ksb, 'pelaksanaan'), 'berakhir', context()))).toEqual([
      'VALIDITY_REQUIRED',
    ]);
  });

  it('is extended once a perpanjangan is linked, from in force or ended', () => {
    for (const stage of ['pelaksanaan', 'monitoring_evaluasi', 'pelaporan', 'berakhir'] as const) {
      const current = staged(seed003Ksb, stage);
      expect(problemCodes(applyTransition(current, 'diperpanjang', context()))).toEqual([
        'EXTENSION_REQUIRED',
      ]);
      expect(
        applyTransition(current, 'diperpanjang', context({ linkedDocumentTypes: ['perpanjangan'] })).ok,
      ).toBe(true);
    }
    expect(problemCodes(applyTransition(staged(seed003Ksb, 'ksb'), 'diperpanjang', context()))).toEqual([
      'TRANSITION_NOT_ALLOWED',
    ]);
  });

  it('is terminated early from any active stage with a reason, and a document once signed', () => {
    for (const stage of ['persiapan', 'penawaran', 'ksb'] as const) {
      const current = staged(seed003Ksb, stage);
      expect(problemCodes(applyTransition(current, 'diakhiri', context()))).toEqual([
        'TERMINATION_REASON_REQUIRED',
      ]);
      expect(applyTransition(current, 'diakhiri', context({ reason: 'Penawaran tidak dijawab' })).ok).toBe(
        true,
      );
    }
    const inForce = staged(seed003Ksb, 'monitoring_evaluasi');
    expect(
      problemCodes(applyTransition(inForce, 'diakhiri', context({ reason: 'Kesepakatan para pihak' }))),
    ).toEqual(['TERMINATION_DOCUMENT_REQUIRED']);
    expect(
      applyTransition(
        inForce,
        'diakhiri',
        context({ reason: 'Kesepakatan para pihak', linkedDocumentTypes: ['pengakhiran'] }),
      ).ok,
    ).toBe(true);
    expect(
      applyTransition(
        inForce,
        'diakhiri',
        context({ reason: 'Kesepakatan para pihak', documents: [{ kind: 'pengakhiran' }] }),
      ).ok,
    ).toBe(true);
    expect(
      problemCodes(applyTransition(staged(seed003Ksb, 'berakhir'), 'diakhiri', context({ reason: 'x' }))),
    ).toEqual(['TRANSITION_NOT_ALLOWED']);
  });
});

describe('nextSteps', () => {
  it('tells the UI what each next step needs', () => {
    const steps = nextSteps(staged(seed000Ksb, 'ksb'), context({ today: '2024-08-08' }));
    expect(steps.map((step) => [step.stage, step.allowed])).toEqual([
      ['pelaksanaan', false],
      ['diakhiri', false],
    ]);
    expect(steps[0]?.missing.map((item) => item.kind)).toEqual(['data', 'data', 'data', 'document']);
    expect(steps[1]?.missing.map((item) => item.code)).toEqual(['TERMINATION_REASON_REQUIRED']);
  });

  it('shows both ways out of penyusunan_pks, one of them blocked by the DPRD condition', () => {
    const steps = nextSteps(
      staged(seed003Pks, 'penyusunan_pks'),
      context({ documents: [{ kind: 'draft' }], parentDocumentType: 'kesepakatan_bersama' }, 'reviewer'),
    );
    expect(steps.map((step) => [step.stage, step.allowed, step.missing.map((item) => item.code)])).toEqual([
      ['persetujuan_dprd', false, ['DPRD_APPROVAL_NOT_REQUIRED']],
      ['penandatanganan_pks', true, []],
      ['diakhiri', false, ['ROLE_REQUIRED', 'TERMINATION_REASON_REQUIRED']],
    ]);
  });

  it('returns nothing for a closed agreement', () => {
    expect(nextSteps(staged(seed003Ksb, 'diakhiri'), context())).toEqual([]);
  });
});

describe('checkEntryStage (agreements made outside the system)', () => {
  it('lets a KSB be entered at persiapan with nothing more', () => {
    expect(checkEntryStage(agreement(seed000Ksb), 'persiapan', context())).toEqual([]);
  });

  it('seed 003: the KSB entered in force needs the signed copy but not the older process documents', () => {
    const ksb = agreement(seed003Ksb);
    expect(checkEntryStage(ksb, 'pelaksanaan', context()).map((item) => item.code)).toEqual([
      'DOCUMENT_REQUIRED',
    ]);
    expect(checkEntryStage(ksb, 'pelaporan', context({ documents: signed }))).toEqual([]);
    const strict: AgreementRules = {
      ...defaultAgreementRules,
      requiredDocumentsToLeave: {
        ...defaultAgreementRules.requiredDocumentsToLeave,
        persiapan: ['kerangka_acuan'],
      },
    };
    expect(checkEntryStage(ksb, 'pelaksanaan', context({ documents: signed }), strict)).toEqual([]);
    expect(applyTransition(staged(seed003Ksb, 'persiapan'), 'penawaran', context(), strict)).toMatchObject({
      ok: false,
      problems: [{ code: 'DOCUMENT_REQUIRED', field: 'documents.kerangka_acuan' }],
    });
  });

  it('seed 000: entered in force without numbers or validity lists each gap once', () => {
    const codes = checkEntryStage(agreement(seed000Ksb), 'pelaksanaan', context({ documents: signed })).map(
      (item) => `${item.code}:${item.field}`,
    );
    expect(codes).toEqual([
      'DOCUMENT_NUMBER_REQUIRED:parties.0.documentNumber',
      'DOCUMENT_NUMBER_REQUIRED:parties.1.documentNumber',
      'VALIDITY_REQUIRED:validUntil',
    ]);
  });

  it('seed 003: the PKS entered in force needs its KSB link, and DPRD approval only when required', () => {
    const pks = agreement(seed003Pks);
    const withKsb = context({ documents: signed, parentDocumentType: 'kesepakatan_bersama' });
    expect(checkEntryStage(pks, 'pelaksanaan', withKsb)).toEqual([]);
    expect(
      checkEntryStage({ ...pks, parentId: null }, 'pelaksanaan', withKsb).map((item) => item.code),
    ).toEqual(['PARENT_REQUIRED']);
    expect(checkEntryStage(pks, 'persetujuan_dprd', withKsb).map((item) => item.code)).toEqual([
      'DPRD_APPROVAL_NOT_REQUIRED',
    ]);
    expect(checkEntryStage({ ...pks, burdensCommunity: true }, 'persetujuan_dprd', withKsb)).toEqual([]);
    expect(checkEntryStage({ ...pks, burdensCommunity: true }, 'pelaksanaan', withKsb)).toEqual([]);
  });

  it('checks closing stages as in force first, then the closing step', () => {
    const ksb = agreement(seed003Ksb);
    expect(checkEntryStage(ksb, 'berakhir', context({ today: '2027-01-01', documents: signed }))).toEqual([]);
    expect(
      checkEntryStage(ksb, 'berakhir', context({ today: '2026-01-01', documents: signed })).map(
        (item) => item.code,
      ),
    ).toEqual(['VALIDITY_NOT_ENDED']);
    expect(checkEntryStage(ksb, 'diakhiri', context({ documents: signed })).map((item) => item.code)).toEqual(
      ['TERMINATION_REASON_REQUIRED', 'TERMINATION_DOCUMENT_REQUIRED'],
    );
  });

  it('lets a signed KSB be entered at ksb or in force, and a PKS from penyusunan_pks on', () => {
    expect(entryStages('kesepakatan_bersama')).toEqual(
      expect.arrayContaining(['ksb', 'pelaksanaan', 'monitoring_evaluasi', 'pelaporan', 'berakhir']),
    );
    expect(entryStages('perjanjian_kerja_sama')).toEqual(
      expect.arrayContaining(['penyusunan_pks', 'persetujuan_dprd', 'penandatanganan_pks', 'pelaksanaan']),
    );
    expect(entryStages('perjanjian_kerja_sama')).not.toContain('persiapan');
    expect(checkEntryStage(agreement(seed002Ksb), 'ksb', context())).toEqual([]);
  });

  it('refuses a stage outside the document’s path', () => {
    expect(entryStagesFor('perjanjian_kerja_sama')).not.toContain('ksb');
    expect(checkEntryStage(agreement(seed003Pks), 'ksb', context()).map((item) => item.code)).toEqual([
      'ENTRY_STAGE_NOT_ALLOWED',
    ]);
  });
});

describe('transitionNote', () => {
  it('keeps both the termination reason and the note, once each', () => {
    expect(transitionNote('Tujuan kerja sama telah tercapai', 'Disepakati dalam rapat TKKSD')).toBe(
      'Tujuan kerja sama telah tercapai\n\nDisepakati dalam rapat TKKSD',
    );
    expect(transitionNote('Sama', ' Sama ')).toBe('Sama');
    expect(transitionNote(null, 'Catatan')).toBe('Catatan');
    expect(transitionNote('  ', undefined)).toBeNull();
  });
});

describe('dates of lifecycle steps', () => {
  const today = '2026-01-12';
  it('accepts a step dated today or within maxFutureDays after the current stage', () => {
    expect(stepDateIssues('2026-01-12', { today, currentStageDate: '2026-01-01' })).toEqual([]);
    expect(stepDateIssues('2027-01-13', { today, currentStageDate: null })).toEqual([]);
  });

  it('refuses a step dated far in the future (2999-01-01) or before the current stage', () => {
    expect(
      stepDateIssues('2999-01-01', { today, currentStageDate: '2026-01-01' }).map((issue) => [
        issue.code,
        issue.field,
        issue.params?.latest,
      ]),
    ).toEqual([['DATE_TOO_FAR_IN_FUTURE', 'date', '2027-01-13']]);
    expect(
      stepDateIssues('2025-12-31', { today, currentStageDate: '2026-01-01' }).map((issue) => issue.code),
    ).toEqual(['INVALID_DATE']);
    const strict: AgreementRules = { ...defaultAgreementRules, maxFutureDays: 7 };
    expect(
      stepDateIssues('2026-01-20', { today, currentStageDate: null }, strict).map((issue) => issue.code),
    ).toEqual(['DATE_TOO_FAR_IN_FUTURE']);
  });
});
