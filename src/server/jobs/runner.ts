/**
 * The job runner: pg-boss on the app's own database (docs/decisions/012-jobs-on-pg-boss.md). On
 * PostgreSQL it shares the app's pool; on PGlite it goes through the same single connection
 * (`Database.jobSql`). Every instance can send jobs; only instances with workers run them.
 */
import PgBoss from 'pg-boss';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import type { Logger } from '../logger.js';
import { createMailer, type Mailer } from '../features/notifications/mail.js';
import { jobDefinitions, type JobContext, type JobDefinition } from './definitions.js';
import { jobSchema } from './schema.js';

export type JobRunner = {
  boss: PgBoss;
  mailer: Mailer | null;
  /** Creates the queues and schedules and, with `work`, starts the workers. */
  start(options: { work: boolean }): Promise<void>;
  send<P>(job: JobDefinition<P>, payload: P): Promise<string | null>;
  /** Runs a job's handler here and now, with this runner's context (tests, and the CLI). */
  run<P>(job: JobDefinition<P>, payload: P): Promise<void>;
  stop(): Promise<void>;
};

export function createJobRunner(deps: { database: Database; config: Config; logger: Logger }): JobRunner {
  const { database, config, logger } = deps;
  const retry = {
    retryLimit: config.JOB_RETRY_LIMIT,
    retryDelay: config.JOB_RETRY_DELAY_SECONDS,
    retryBackoff: true,
  };
  const boss = new PgBoss({
    db: { executeSql: (text: string, values?: unknown[]) => database.jobSql(text, values) },
    schema: jobSchema,
    // Installed with the migrations (installJobSchema); a newer pg-boss migrates in start().
    migrate: true,
    ...retry,
  });
  boss.on('error', (error) => logger.warn({ err: error }, 'job runner error'));
  const mailer = createMailer(config);
  let started = false;

  const enqueue = async <P>(job: JobDefinition<P>, payloads: P[]) => {
    if (payloads.length === 0) return;
    await boss.insert(payloads.map((data) => ({ name: job.name, data: data as object, ...retry })));
  };
  const context: JobContext = { db: database.db, config, logger, mailer, enqueue };

  return {
    boss,
    mailer,
    async start({ work }) {
      await boss.start();
      started = true;
      for (const job of jobDefinitions) {
        await boss.createQueue(job.name, { name: job.name, ...retry });
        await boss.updateQueue(job.name, { name: job.name, ...retry });
      }
      if (!work) return;
      for (const job of jobDefinitions as readonly JobDefinition<unknown>[]) {
        const cron = job.cron?.(config) ?? null;
        if (cron) await boss.schedule(job.name, cron, {});
        else await boss.unschedule(job.name);
        const handle = async ([item]: PgBoss.Job<unknown>[]) => {
          if (!item) return;
          const payload = job.payload.parse(item.data);
          try {
            await job.handler(payload, context);
          } catch (error) {
            logger.warn(
              { err: error, job: job.name, id: item.id },
              'job failed; pg-boss retries it with backoff',
            );
            throw error;
          }
        };
        for (let worker = 0; worker < (job.concurrency ?? 1); worker++)
          await boss.work(
            job.name,
            { pollingIntervalSeconds: config.JOB_POLL_SECONDS, batchSize: 1 },
            handle,
          );
      }
    },
    async send(job, payload) {
      return boss.send(job.name, job.payload.parse(payload) as object, retry);
    },
    run(job, payload) {
      return job.handler(job.payload.parse(payload), context);
    },
    async stop() {
      mailer?.close();
      if (started) await boss.stop({ graceful: true, wait: true, timeout: 5_000, close: false });
      started = false;
    },
  };
}
