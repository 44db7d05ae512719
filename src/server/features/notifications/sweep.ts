/**
 * The reminder sweep: every reminder due on a day, created once (the claims are the unique key of
 * `notifications`), one set-based statement per kind.
 */
import { closingStages, inForceStages } from '../../../domain/agreements/stages.js';
import { periodsOfYear } from '../../../domain/monitoring/evaluation.js';
import type { AgreementRules } from '../../../domain/agreements/rules.js';
import type { Db } from '../../db/client.js';
import { loadRules, todayIso } from '../agreements/rules.service.js';
import * as repo from './repo.js';

export type SweepResult = Record<
  'agreement_expiry' | 'ksb_without_pks' | 'action_due' | 'action_overdue' | 'evaluation_due',
  number
>;

/**
 * The evaluation period whose evaluation is due on `today`: the latest that has ended (periods and
 * due dates from the rules: minEvaluationsPerBudgetYear and reporting.dueDaysAfterPeriod). Its
 * reminder goes out once, from the day after it ends; none when the rules ask for no evaluation.
 */
export function lastEndedEvaluationPeriod(today: string, rules: AgreementRules) {
  if (rules.minEvaluationsPerBudgetYear === 0) return [];
  const year = Number(today.slice(0, 4));
  const ended = [...periodsOfYear(year - 1, rules), ...periodsOfYear(year, rules)].filter(
    (period) => period.end < today,
  );
  return ended.slice(-1);
}

/** Creates every reminder due on `today` that was not created before; answers how many per kind. */
export async function sweepReminders(db: Db, today: string = todayIso()): Promise<SweepResult> {
  const rules = await loadRules(db);
  return {
    agreement_expiry: await repo.insertExpiryReminders(db, {
      today,
      thresholds: rules.expiryReminderDays,
      closingStages,
    }),
    ksb_without_pks: await repo.insertKsbWithoutPksReminders(db, {
      today,
      pksDeadlineMonths: rules.ksbFollowUpMonths,
      closingStages,
    }),
    action_due: await repo.insertActionReminders(db, {
      today,
      dueDays: rules.actionDueReminderDays,
      kind: 'action_due',
    }),
    action_overdue: await repo.insertActionReminders(db, {
      today,
      dueDays: rules.actionDueReminderDays,
      kind: 'action_overdue',
    }),
    evaluation_due: await repo.insertEvaluationDueReminders(db, {
      periods: lastEndedEvaluationPeriod(today, rules),
      inForceStages,
    }),
  };
}
