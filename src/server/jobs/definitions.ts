/**
 * The typed jobs. Each has a name (its pg-boss queue), a zod payload and an idempotent handler: a
 * handler may run again after a crash or a retry and must then do nothing twice (the reminder claims
 * and the e-mail send claim in `notifications` see to that).
 */
import { z } from 'zod';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import type { Logger } from '../logger.js';
import type { Mailer } from '../features/notifications/mail.js';
import { dispatchEmails, sendNotificationEmail } from '../features/notifications/service.js';
import { sweepReminders } from '../features/notifications/sweep.js';
import { recomputeAllHealth } from '../features/monitoring/recompute.js';

export type JobContext = {
  db: Db;
  config: Config;
  logger: Logger;
  /** Null when e-mail is off (no SMTP_URL). */
  mailer: Mailer | null;
  /** Queues jobs of a definition (several at once). */
  enqueue<P>(job: JobDefinition<P>, payloads: P[]): Promise<void>;
};

export type JobDefinition<P> = {
  name: string;
  payload: z.ZodType<P>;
  /** Workers of this job per instance (default 1). */
  concurrency?: number;
  /** Cron (UTC) on which the runner schedules it, with an empty payload. */
  cron?: (config: Config) => string | null;
  handler(payload: P, context: JobContext): Promise<void>;
};

function defineJob<P>(definition: JobDefinition<P>): JobDefinition<P> {
  return definition;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)');

/** Sends one notification's e-mail (retried with backoff while the SMTP server refuses or is down). */
export const sendEmailJob = defineJob({
  name: 'notifications-email',
  concurrency: 4,
  payload: z.object({ notificationId: z.string().uuid() }),
  async handler({ notificationId }, { db, config, mailer }) {
    if (!mailer) throw new Error('e-mail is off (SMTP_URL is not set)');
    await sendNotificationEmail(db, mailer, config, notificationId);
  },
});

/** Hands the notifications waiting for their e-mail to send jobs (each once, whatever the instances). */
export const dispatchEmailsJob = defineJob({
  name: 'notifications-dispatch',
  payload: z.object({}),
  cron: (config) => (config.SMTP_URL ? '* * * * *' : null),
  async handler(_payload, context) {
    if (!context.mailer) return;
    await dispatchEmails(context.db, (ids) =>
      context.enqueue(
        sendEmailJob,
        ids.map((notificationId) => ({ notificationId })),
      ),
    );
  },
});

/** Creates the reminders due today (expiry, KSB without PKS, actions due and overdue), then dispatches. */
export const sweepRemindersJob = defineJob({
  name: 'reminders-sweep',
  payload: z.object({ today: isoDate.optional() }),
  cron: (config) => config.REMINDER_SWEEP_CRON,
  async handler({ today }, context) {
    const created = await sweepReminders(context.db, today);
    context.logger.info({ created }, 'reminder sweep done');
    await dispatchEmailsJob.handler({}, context);
  },
});

/**
 * Recomputes the health of every agreement: daily (time alone turns an agreement dormant) and after
 * the rules change. Idempotent: it writes only the agreements whose health or reasons changed.
 */
export const recomputeHealthJob = defineJob({
  name: 'health-recompute',
  payload: z.object({ today: isoDate.optional() }),
  cron: (config) => config.HEALTH_RECOMPUTE_CRON,
  async handler({ today }, context) {
    const started = performance.now();
    const result = await recomputeAllHealth(context.db, today ? { today } : {});
    context.logger.info(
      { ...result, ms: Math.round(performance.now() - started) },
      'health of all agreements recomputed',
    );
  },
});

export const jobDefinitions = [
  sweepRemindersJob,
  dispatchEmailsJob,
  sendEmailJob,
  recomputeHealthJob,
] as const;
