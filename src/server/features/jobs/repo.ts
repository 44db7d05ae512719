/** Reads of pg-boss's job table for the administrators (the only SQL over the `pgboss` schema). */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.js';

export type FailedJobRow = {
  id: string;
  name: string;
  data: unknown;
  output: unknown;
  retryCount: number;
  createdOn: Date;
  completedOn: Date | null;
};

export async function findFailedJobs(
  db: Db,
  names: readonly string[],
  limit: number,
): Promise<FailedJobRow[]> {
  return queryRows<FailedJobRow>(
    db,
    sql`select id::text as id, name, data, output, retry_count as "retryCount", created_on as "createdOn",
        completed_on as "completedOn"
      from pgboss.job
      where state = 'failed' and name = any(${`{${names.join(',')}}`}::text[])
      order by completed_on desc nulls last, created_on desc
      limit ${limit}`,
  );
}

export async function countFailedJobs(db: Db, names: readonly string[]): Promise<number> {
  const [row] = await queryRows<{ count: string | number }>(
    db,
    sql`select count(*) as count from pgboss.job
      where state = 'failed' and name = any(${`{${names.join(',')}}`}::text[])`,
  );
  return Number(row?.count ?? 0);
}

export async function findFailedJobName(db: Db, id: string): Promise<string | null> {
  const [row] = await queryRows<{ name: string }>(
    db,
    sql`select name from pgboss.job where id = ${id}::uuid and state = 'failed'`,
  );
  return row?.name ?? null;
}
