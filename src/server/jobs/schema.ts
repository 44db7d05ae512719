import PgBoss from 'pg-boss';
import type { Database } from '../db/client.js';

/** The schema pg-boss keeps its queues, jobs and schedules in. */
export const jobSchema = 'pgboss';

/**
 * Creates or upgrades pg-boss's schema, as part of the migrations (so every app object, started or
 * not, and the test templates have it). pg-boss's own installer, through the database's job adapter.
 */
export async function installJobSchema(database: Database): Promise<void> {
  const exists = (await database.jobSql(`select to_regclass('${jobSchema}.version') as name`)).rows[0] as
    { name: string | null } | undefined;
  if (!exists?.name) {
    await database.jobSql(PgBoss.getConstructionPlans(jobSchema));
    return;
  }
  // A newer pg-boss: its start() migrates (migrate: true) under its own advisory lock.
}
