import { describe, expect, it } from 'vitest';
import { defaultAgreementRules } from '../agreements/rules';
import { agreementHealth, monthsBetween, type HealthInput } from './health';

const today = '2026-12-07';
const base: HealthInput = {
  documentType: 'perjanjian_kerja_sama',
  stage: 'pelaksanaan',
  signingDate: '2026-03-01',
  validUntil: '2029-03-01',
  pksCount: 0,
  overdueActions: 0,
  evaluationsThisYear: null,
  lastActivityDate: '2026-11-01',
};

describe('agreementHealth', () => {
  it('is aktif with no reasons when nothing is wrong', () => {
    expect(agreementHealth(base, today)).toEqual({ health: 'aktif', reasons: [] });
  });

  it('is berakhir once the stage closed it or its validity passed', () => {
    expect(agreementHealth({ ...base, stage: 'diakhiri' }, today)).toEqual({
      health: 'berakhir',
      reasons: [{ code: 'ENDED', params: { stage: 'diakhiri' } }],
    });
    expect(agreementHealth({ ...base, validUntil: '2026-12-06' }, today)).toEqual({
      health: 'berakhir',
      reasons: [{ code: 'EXPIRED', params: { date: '2026-12-06' } }],
    });
  });

  it('calls a KSB signed 14 months ago without a PKS dorman, with the months', () => {
    const ksb = { ...base, documentType: 'kesepakatan_bersama' as const, stage: 'penyusunan_pks' as const };
    expect(agreementHealth({ ...ksb, signingDate: '2025-10-07' }, today)).toEqual({
      health: 'dorman',
      reasons: [{ code: 'KSB_WITHOUT_PKS', params: { months: 14 } }],
    });
    // Within the deadline for its PKS, or followed by one: alive.
    expect(agreementHealth({ ...ksb, signingDate: '2026-01-07' }, today).health).toBe('aktif');
    expect(agreementHealth({ ...ksb, signingDate: '2025-10-07', pksCount: 1 }, today).health).toBe('aktif');
  });

  it('follows the configurable KSB deadline', () => {
    const ksb = { ...base, documentType: 'kesepakatan_bersama' as const, signingDate: '2025-10-07' };
    const rules = { ...defaultAgreementRules, ksbFollowUpMonths: 24 };
    expect(agreementHealth(ksb, today, rules).health).toBe('aktif');
  });

  it('calls an agreement in force without activity for the rule months dorman', () => {
    const idle = { ...base, signingDate: '2024-01-15', lastActivityDate: '2025-11-01' };
    expect(agreementHealth(idle, today)).toEqual({
      health: 'dorman',
      reasons: [{ code: 'NO_ACTIVITY', params: { months: 13 } }],
    });
    const rules = {
      ...defaultAgreementRules,
      health: { ...defaultAgreementRules.health, noActivityMonths: 24 },
    };
    expect(agreementHealth(idle, today, rules).health).toBe('aktif');
  });

  it('needs attention with overdue actions, no evaluation this year, or an end within the window', () => {
    expect(agreementHealth({ ...base, overdueActions: 3 }, today)).toEqual({
      health: 'perlu_perhatian',
      reasons: [{ code: 'ACTIONS_OVERDUE', params: { count: 3 } }],
    });
    expect(agreementHealth({ ...base, evaluationsThisYear: 0 }, today)).toEqual({
      health: 'perlu_perhatian',
      reasons: [{ code: 'NO_EVALUATION_THIS_YEAR', params: { year: 2026 } }],
    });
    expect(agreementHealth({ ...base, evaluationsThisYear: 1 }, today).health).toBe('aktif');
    expect(agreementHealth({ ...base, validUntil: '2026-12-16' }, today)).toEqual({
      health: 'perlu_perhatian',
      reasons: [{ code: 'EXPIRES_SOON', params: { days: 9 } }],
    });
    expect(agreementHealth({ ...base, validUntil: '2027-01-07' }, today).health).toBe('aktif');
  });

  it('does not ask for an evaluation before the first period since signing has passed', () => {
    expect(
      agreementHealth({ ...base, signingDate: '2026-07-01', evaluationsThisYear: 0 }, today).health,
    ).toBe('aktif');
  });

  it('lists every reason, the dormant ones first', () => {
    const result = agreementHealth(
      {
        ...base,
        signingDate: '2024-01-15',
        lastActivityDate: null,
        overdueActions: 2,
        validUntil: '2026-12-10',
      },
      today,
    );
    expect(result.health).toBe('dorman');
    expect(result.reasons.map((reason) => reason.code)).toEqual([
      'NO_ACTIVITY',
      'ACTIONS_OVERDUE',
      'EXPIRES_SOON',
    ]);
  });
});

describe('monthsBetween', () => {
  it('counts whole months', () => {
    expect(monthsBetween('2025-10-07', '2026-12-07')).toBe(14);
    expect(monthsBetween('2025-10-08', '2026-12-07')).toBe(13);
    expect(monthsBetween('2026-01-31', '2026-02-28')).toBe(1);
    expect(monthsBetween('2026-12-08', '2026-12-07')).toBe(0);
  });
});
