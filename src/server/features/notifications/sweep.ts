/**
 * The reminder sweep: every reminder due on a day, created once (the claims are the unique key of
 * `notifications`), one set-based statement per kind.
 */
import { closingStages } from '../../../domain/agreements/stages.js';
import type { Db } from '../../db/client.js';
import { loadRules, todayIso } from '../agreements/rules.service.js';
import * as repo from './repo.js';

export type SweepResult = Record<
  'agreement_expiry' | 'ksb_without_pks' | 'action_due' | 'action_overdue',
  number
>;

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
      followUpMonths: rules.ksbFollowUpMonths,
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
  };
}
