/**
 * The health of every agreement is recomputed by a pg-boss job: scheduled daily, and queued when
 * the rules change, so new thresholds show without waiting for the next day.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '../../src/domain/agreements/dates.js';
import { loadConfig } from '../../src/server/config.js';
import { queryRows } from '../../src/server/db/client.js';
import { agreementHealth, agreements } from '../../src/server/db/schema/index.js';
import { todayIso } from '../../src/server/features/agreements/rules.service.js';
import { recomputeAllHealth } from '../../src/server/features/monitoring/recompute.js';
import { createJobRunner, type JobRunner } from '../../src/server/jobs/runner.js';
import { createLogger } from '../../src/server/logger.js';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { loginAs, send } from './support/factories.js';

const env = { JOB_POLL_SECONDS: '0.5', JOB_RETRY_DELAY_SECONDS: '1' };

describe.each(databaseKinds)('health recompute job on %s', (kind) => {
  let t: TestApp;
  let runner: JobRunner;

  beforeAll(async () => {
    t = await createTestApp(kind, env);
    const config = loadConfig({ DATA_DIR: '/tmp/unused', LOG_LEVEL: 'silent', NODE_ENV: 'test', ...env });
    runner = createJobRunner({ database: t.database, config, logger: createLogger(config) });
    await runner.start({ work: true });
  });
  afterAll(async () => {
    await runner?.stop();
    await t?.close();
  });

  it('is scheduled daily and runs when the rules change', async () => {
    const [schedule] = await queryRows<{ cron: string }>(
      t.database.db,
      sql`select cron from pgboss.schedule where name = 'health-recompute'`,
    );
    expect(schedule?.cron).toBe('5 17 * * *');

    // A KSB signed 14 months ago without a PKS is dormant under the default 12 months.
    const [row] = await t.database.db
      .insert(agreements)
      .values({
        kind: 'ksdd',
        documentType: 'kesepakatan_bersama',
        stage: 'ksb',
        title: 'KSB Pasuruan Raya tanpa PKS',
        partyRegionCodes: ['35.75', '35.14'],
        signingDate: addMonths(todayIso(), -14),
      })
      .returning({ id: agreements.id });
    await recomputeAllHealth(t.database.db);
    const healthOf = async () =>
      (await t.database.db.select().from(agreementHealth).where(eq(agreementHealth.agreementId, row!.id)))[0]
        ?.health;
    expect(await healthOf()).toBe('dorman');

    const admin = await loginAs(t, { role: 'system_admin' });
    const put = await send(t, admin, 'PUT', '/api/settings/agreement-rules', { ksbFollowUpMonths: 24 });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const deadline = Date.now() + 30_000;
    while ((await healthOf()) === 'dorman' && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await healthOf()).not.toBe('dorman');
  });
});
