import { describe, expect, it } from 'vitest';
import {
  anonymous,
  can,
  canManageDirectoryEntry,
  canManageUser,
  canPublish,
  hasPermission,
  impliedResponsibleOpds,
  manageableRoles,
  roles,
  type Permission,
  type UserActor,
} from './policy';
import { assertEvaluationAllowed, evaluationFormsOf } from './record-access';

const actor = (overrides: Partial<UserActor>): UserActor => ({
  kind: 'user',
  id: 'u1',
  name: 'U',
  email: 'u@x.go.id',
  role: 'viewer',
  regionCode: '32.75',
  opdId: null,
  oversightScope: null,
  via: 'session',
  tokenPermissions: null,
  ...overrides,
});

describe('OPD officers', () => {
  const officer = actor({ role: 'opd_officer', opdId: 'dinkes' });
  const record = { regionCodes: ['32.75', '35.73'], opdIds: ['dinkes'], stage: 'persiapan' as const };

  it('change and upload only for their own OPD while the agreement is live', () => {
    expect(can(officer, 'agreement:update', record)).toBe(true);
    expect(can(officer, 'document:upload', record)).toBe(true);
    expect(can(officer, 'agreement:update', { ...record, opdIds: ['bappeda'] })).toBe(false);
    expect(can(officer, 'agreement:update', { ...record, opdIds: undefined })).toBe(false);
    expect(can(officer, 'agreement:update', { ...record, stage: 'berakhir' })).toBe(false);
    expect(can(officer, 'agreement:update', { ...record, stage: 'diakhiri' })).toBe(false);
    expect(can(officer, 'agreement:update', { ...record, stage: undefined })).toBe(false);
    expect(can(actor({ role: 'opd_officer' }), 'agreement:update', record)).toBe(false);
    expect(
      can(actor({ role: 'opd_officer', opdId: 'dinkes', regionCode: '15.71' }), 'agreement:update', record),
    ).toBe(false);
  });

  it('propose in stage persiapan for their region only, their OPD then responsible', () => {
    expect(can(officer, 'agreement:create', { regionCodes: ['32.75', '35.73'], stage: 'persiapan' })).toBe(
      true,
    );
    expect(can(officer, 'agreement:create', { regionCodes: ['32.75', '35.73'], stage: 'pelaksanaan' })).toBe(
      false,
    );
    expect(can(officer, 'agreement:create', { regionCodes: ['35.73', '15.71'], stage: 'persiapan' })).toBe(
      false,
    );
    expect(impliedResponsibleOpds(officer)).toEqual(['dinkes']);
    expect(impliedResponsibleOpds(actor({ role: 'region_admin' }))).toEqual([]);
  });

  it('never publish, unlike their region admin', () => {
    expect(canPublish(officer, record)).toBe(false);
    expect(canPublish(actor({ role: 'region_admin' }), record)).toBe(true);
    expect(canPublish(actor({ role: 'region_admin', regionCode: '15.71' }), record)).toBe(false);
  });
});

describe('oversight and published records', () => {
  it('reads published records outside its jurisdiction, unpublished ones only inside', () => {
    const jambi = actor({ role: 'oversight', regionCode: '15', oversightScope: 'province' });
    expect(can(jambi, 'agreement:read', { regionCodes: ['32.75'], published: true })).toBe(true);
    expect(can(jambi, 'agreement:read', { regionCodes: ['32.75'], published: false })).toBe(false);
    expect(can(jambi, 'agreement:read', { regionCodes: ['15.71'], published: false })).toBe(true);
    expect(can(jambi, 'agreement:update', { regionCodes: ['15.71'], published: true })).toBe(false);
  });
});

describe('managing accounts', () => {
  const provinceAdmin = actor({ role: 'region_admin', regionCode: '32' });

  it('keeps a region admin off oversight, system and peer accounts of its own region code', () => {
    expect(manageableRoles(provinceAdmin)).toEqual(['reviewer', 'opd_officer', 'viewer']);
    expect(canManageUser(provinceAdmin, { id: 'o', role: 'oversight', regionCode: '32' })).toBe(false);
    expect(canManageUser(provinceAdmin, { id: 'p', role: 'region_admin', regionCode: '32' })).toBe(false);
    expect(canManageUser(provinceAdmin, { id: 's', role: 'system_admin', regionCode: '32' })).toBe(false);
    expect(canManageUser(provinceAdmin, { id: 'v', role: 'viewer', regionCode: '32' })).toBe(true);
    expect(canManageUser(provinceAdmin, { id: 'v', role: 'viewer', regionCode: '32.75' })).toBe(false);
  });

  it('lets a system admin manage every account, and nobody else', () => {
    const root = actor({ role: 'system_admin', regionCode: null });
    expect(canManageUser(root, { id: 'o', role: 'oversight', regionCode: '32' })).toBe(true);
    expect(canManageUser(root, { id: 'p', role: 'region_admin', regionCode: null })).toBe(true);
    expect(canManageUser(actor({ role: 'reviewer' }), { id: 'v', role: 'viewer', regionCode: '32.75' })).toBe(
      false,
    );
    expect(canManageUser({ kind: 'anonymous' }, { id: 'v', role: 'viewer', regionCode: '32.75' })).toBe(
      false,
    );
  });
});

describe('the OPD directory', () => {
  it('is readable in every region by logged-in users, but managed only in their own', () => {
    const malang = { regionCodes: ['35.73'] };
    expect(can(actor({ role: 'viewer' }), 'opd:read', malang)).toBe(true);
    expect(can(actor({ role: 'opd_officer', opdId: 'dinkes' }), 'opd:read', malang)).toBe(true);
    expect(can({ kind: 'anonymous' }, 'opd:read', malang)).toBe(false);
    expect(can(actor({ role: 'viewer', tokenPermissions: ['agreement:read'] }), 'opd:read', malang)).toBe(
      false,
    );
    expect(can(actor({ role: 'region_admin' }), 'opd:manage', malang)).toBe(false);
    expect(can(actor({ role: 'region_admin' }), 'opd:manage', { regionCodes: ['32.75'] })).toBe(true);
  });
});

describe('account management (account:manage)', () => {
  it('belongs to every role, so every session has it', () => {
    for (const role of roles) expect(hasPermission(actor({ role }), 'account:manage'), role).toBe(true);
    expect(hasPermission({ kind: 'anonymous' }, 'account:manage')).toBe(false);
  });

  it('reaches an API token only when granted (an unlimited token holds all its user’s permissions)', () => {
    const token = (tokenPermissions: Permission[] | null) =>
      actor({ role: 'region_admin', via: 'token', tokenPermissions });
    expect(hasPermission(token(['agreement:read']), 'account:manage')).toBe(false);
    expect(hasPermission(token(['agreement:read', 'account:manage']), 'account:manage')).toBe(true);
    expect(hasPermission(token(null), 'account:manage')).toBe(true);
  });
});

describe('shared directories', () => {
  const bekasiAdmin = actor({ role: 'region_admin', regionCode: '32.75' });
  const systemAdmin = actor({ role: 'system_admin', regionCode: null });

  it('lets only the owning region (or a system administrator) change an entry, in every directory', () => {
    for (const directory of ['organization', 'official', 'opd'] as const) {
      expect(canManageDirectoryEntry(bekasiAdmin, directory, '32.75')).toBe(true);
      expect(canManageDirectoryEntry(bekasiAdmin, directory, '35.73')).toBe(false);
      expect(canManageDirectoryEntry(bekasiAdmin, directory, null)).toBe(false);
      expect(canManageDirectoryEntry(systemAdmin, directory, '35.73')).toBe(true);
      expect(canManageDirectoryEntry(systemAdmin, directory, null)).toBe(true);
      expect(canManageDirectoryEntry(actor({ role: 'viewer' }), directory, '32.75')).toBe(false);
    }
  });
});

describe('draft documents of a published record', () => {
  const published = { regionCodes: ['32.75', '35.73'], published: true };

  it('stay with the parties: neither the public nor another region reads them', () => {
    expect(can(anonymous, 'document:read', published)).toBe(true);
    expect(can(anonymous, 'document:read', { ...published, draft: true })).toBe(false);
    const outsider = actor({ role: 'region_admin', regionCode: '15.71' });
    expect(can(outsider, 'document:read', { ...published, draft: true })).toBe(false);
    expect(can(actor({ regionCode: '35.73' }), 'document:read', { ...published, draft: true })).toBe(true);
  });
});

// Evaluations of an agreement (issue 12): which evaluator's form each role writes (record-access.ts).
const evaluatedAgreement = {
  id: 'a1',
  partyRegionCodes: ['32.75', '35.73'],
  published: false,
  stage: 'pelaksanaan',
  responsibleOpdIds: ['dinkes'],
};

describe('who writes which evaluation form', () => {
  it('gives each role of a party its form', () => {
    expect(evaluationFormsOf(actor({ role: 'region_admin' }), evaluatedAgreement)).toEqual([
      'opd_pelaksana',
      'bagian_kerja_sama',
      'mitra',
    ]);
    expect(
      evaluationFormsOf(actor({ role: 'region_admin', regionCode: '35.73' }), evaluatedAgreement),
    ).toHaveLength(3);
    expect(evaluationFormsOf(actor({ role: 'reviewer' }), evaluatedAgreement)).toEqual(['bagian_kerja_sama']);
    expect(evaluationFormsOf(actor({ role: 'opd_officer', opdId: 'dinkes' }), evaluatedAgreement)).toEqual([
      'opd_pelaksana',
    ]);
    expect(
      evaluationFormsOf(actor({ role: 'system_admin', regionCode: null }), evaluatedAgreement),
    ).toHaveLength(3);
  });

  it('gives none to viewers, oversight, another OPD, another region or the public', () => {
    expect(evaluationFormsOf(actor({ role: 'viewer' }), evaluatedAgreement)).toEqual([]);
    expect(evaluationFormsOf(actor({ role: 'oversight', regionCode: '32' }), evaluatedAgreement)).toEqual([]);
    expect(evaluationFormsOf(actor({ role: 'opd_officer', opdId: 'bappeda' }), evaluatedAgreement)).toEqual(
      [],
    );
    expect(
      evaluationFormsOf(actor({ role: 'region_admin', regionCode: '15.71' }), evaluatedAgreement),
    ).toEqual([]);
    expect(evaluationFormsOf(actor({ role: 'reviewer', regionCode: '15.71' }), evaluatedAgreement)).toEqual(
      [],
    );
    expect(evaluationFormsOf({ kind: 'anonymous' }, { ...evaluatedAgreement, published: true })).toEqual([]);
    // A token limited to reading cannot write evaluations.
    expect(
      evaluationFormsOf(
        actor({ role: 'region_admin', tokenPermissions: ['agreement:read'] }),
        evaluatedAgreement,
      ),
    ).toEqual([]);
  });

  it('answers 404 to who cannot see the agreement, 403 to who sees it but may not write the form', () => {
    const code = (run: () => void) => {
      try {
        run();
        return null;
      } catch (error) {
        return (error as { code: string }).code;
      }
    };
    expect(
      code(() =>
        assertEvaluationAllowed(
          actor({ role: 'region_admin', regionCode: '15.71' }),
          evaluatedAgreement,
          'mitra',
        ),
      ),
    ).toBe('AGREEMENT_NOT_FOUND');
    expect(code(() => assertEvaluationAllowed(actor({ role: 'viewer' }), evaluatedAgreement, 'mitra'))).toBe(
      'FORBIDDEN',
    );
    expect(
      code(() => assertEvaluationAllowed(actor({ role: 'reviewer' }), evaluatedAgreement, 'opd_pelaksana')),
    ).toBe('FORBIDDEN');
    expect(
      code(() =>
        assertEvaluationAllowed(actor({ role: 'reviewer' }), evaluatedAgreement, 'bagian_kerja_sama'),
      ),
    ).toBeNull();
  });
});
