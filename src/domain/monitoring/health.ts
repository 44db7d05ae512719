/**
 * The health of an agreement: whether it lives, computed from its data and explained by reasons with
 * stable codes (the UI words them in the reader's language). The thresholds are the `health` rules and
 * `ksbFollowUpMonths` / `minEvaluationsPerBudgetYear` of the agreement rule set (rules.ts), so an
 * administrator can change them. Pure: the server gathers the counts and dates, this decides.
 */
import { z } from 'zod';
import { addMonths, daysBetween } from '../agreements/dates';
import type { IsoDate } from '../agreements/dates';
import type { DocumentType, Label } from '../agreements/kinds';
import { defaultAgreementRules, implementingAgreementStatus } from '../agreements/rules';
import type { AgreementRules } from '../agreements/rules';
import { isActiveStage, isInForceStage } from '../agreements/stages';
import type { Stage } from '../agreements/stages';
import { healthStates, type Health } from './health-states';

export { healthStates, type Health };
export const healthSchema = z.enum(healthStates);

export const healthLabels: Readonly<Record<Health, Label>> = {
  aktif: { id: 'Aktif', en: 'Active' },
  perlu_perhatian: { id: 'Perlu perhatian', en: 'Needs attention' },
  dorman: { id: 'Dorman', en: 'Dormant' },
  berakhir: { id: 'Berakhir', en: 'Ended' },
};

/** Why an agreement has its health; `params` fill the words ("KSB tanpa PKS sejak 14 bulan"). */
export type HealthReason =
  | { code: 'ENDED'; params: { stage: Stage } }
  | { code: 'EXPIRED'; params: { date: IsoDate } }
  | { code: 'KSB_WITHOUT_PKS'; params: { months: number } }
  | { code: 'NO_ACTIVITY'; params: { months: number } }
  | { code: 'ACTIONS_OVERDUE'; params: { count: number } }
  | { code: 'NO_EVALUATION_THIS_YEAR'; params: { year: number } }
  | { code: 'EXPIRES_SOON'; params: { days: number } };
export type HealthReasonCode = HealthReason['code'];

export const healthReasonCodes = [
  'ENDED',
  'EXPIRED',
  'KSB_WITHOUT_PKS',
  'NO_ACTIVITY',
  'ACTIONS_OVERDUE',
  'NO_EVALUATION_THIS_YEAR',
  'EXPIRES_SOON',
] as const satisfies readonly HealthReasonCode[];

/** What the health of one agreement is computed from. */
export type HealthInput = {
  documentType: DocumentType;
  stage: Stage;
  signingDate: IsoDate | null;
  validUntil: IsoDate | null;
  /** Implementing agreements (PKS) that follow this one (not deleted). */
  pksCount: number;
  /** Follow-up actions of the agreement past their due date and neither done nor cancelled. */
  overdueActions: number;
  /** Evaluations held in today's budget year; null when this installation does not record evaluations. */
  evaluationsThisYear: number | null;
  /** The latest activity around the agreement (an action, a visit, a meeting, an evaluation, a PKS). */
  lastActivityDate: IsoDate | null;
};

export type HealthResult = { health: Health; reasons: HealthReason[] };

/** Whole months from `from` to `to` (0 when `to` is earlier). */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  if (to <= from) return 0;
  const [fromYear = 0, fromMonth = 1] = from.split('-').map(Number);
  const [toYear = 0, toMonth = 1] = to.split('-').map(Number);
  let months = (toYear - fromYear) * 12 + (toMonth - fromMonth);
  if (addMonths(from, months) > to) months -= 1;
  return Math.max(0, months);
}

/**
 * The health of an agreement on `today`:
 * - `berakhir` once its stage closed it or its validity passed;
 * - `dorman` when a signed KSB waited longer than `ksbFollowUpMonths` for its PKS, or an agreement in
 *   force saw no activity for `health.noActivityMonths`;
 * - `perlu_perhatian` with overdue follow-up actions, no evaluation this budget year (once the first
 *   evaluation period since signing has passed), or an end within `health.expiresSoonDays`;
 * - `aktif` otherwise. Every reason found is listed, the gravest first.
 */
export function agreementHealth(
  input: HealthInput,
  today: IsoDate,
  rules: AgreementRules = defaultAgreementRules,
): HealthResult {
  if (!isActiveStage(input.stage))
    return { health: 'berakhir', reasons: [{ code: 'ENDED', params: { stage: input.stage } }] };
  if (input.validUntil !== null && input.validUntil < today)
    return { health: 'berakhir', reasons: [{ code: 'EXPIRED', params: { date: input.validUntil } }] };

  const dormant: HealthReason[] = [];
  const attention: HealthReason[] = [];
  const ksbOverdue = implementingAgreementStatus(input, input.pksCount, today, rules) === 'overdue';
  if (ksbOverdue && input.signingDate)
    dormant.push({ code: 'KSB_WITHOUT_PKS', params: { months: monthsBetween(input.signingDate, today) } });

  const inForce = isInForceStage(input.stage);
  if (inForce && !ksbOverdue && input.signingDate) {
    const last =
      input.lastActivityDate && input.lastActivityDate > input.signingDate
        ? input.lastActivityDate
        : input.signingDate;
    const idle = monthsBetween(last, today);
    if (idle >= rules.health.noActivityMonths)
      dormant.push({ code: 'NO_ACTIVITY', params: { months: idle } });
  }

  if (input.overdueActions >= rules.health.overdueActionsForAttention)
    attention.push({ code: 'ACTIONS_OVERDUE', params: { count: input.overdueActions } });

  const required = rules.minEvaluationsPerBudgetYear;
  if (
    inForce &&
    required > 0 &&
    input.evaluationsThisYear === 0 &&
    input.signingDate &&
    addMonths(input.signingDate, Math.floor(12 / required)) <= today
  )
    attention.push({ code: 'NO_EVALUATION_THIS_YEAR', params: { year: Number(today.slice(0, 4)) } });

  if (input.validUntil !== null) {
    const days = daysBetween(today, input.validUntil);
    if (days <= rules.health.expiresSoonDays) attention.push({ code: 'EXPIRES_SOON', params: { days } });
  }

  const health: Health = dormant.length > 0 ? 'dorman' : attention.length > 0 ? 'perlu_perhatian' : 'aktif';
  return { health, reasons: [...dormant, ...attention] };
}
