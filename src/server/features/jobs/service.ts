/** Jobs that failed for good, for the system administrators: what failed, why, and a retry. */
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { jobDefinitions } from '../../jobs/definitions.js';
import type { JobRunner } from '../../jobs/runner.js';
import * as repo from './repo.js';

const jobNames = jobDefinitions.map((job) => job.name);

/** The error a failed job left: pg-boss stores the thrown error's fields as the job's output. */
function errorOf(output: unknown): string {
  if (output && typeof output === 'object') {
    const record = output as Record<string, unknown>;
    if (typeof record.message === 'string' && record.message) return record.message;
    if (typeof record.value === 'string') return record.value;
  }
  if (typeof output === 'string') return output;
  return output === null || output === undefined ? '' : JSON.stringify(output);
}

export async function listFailedJobs(db: Db, limit: number) {
  const [rows, total] = await Promise.all([
    repo.findFailedJobs(db, jobNames, limit),
    repo.countFailedJobs(db, jobNames),
  ]);
  return {
    items: rows.map((row) => ({
      id: row.id,
      name: row.name,
      data: row.data,
      error: errorOf(row.output),
      attempts: Number(row.retryCount) + 1,
      createdAt: new Date(row.createdOn).toISOString(),
      failedAt: row.completedOn ? new Date(row.completedOn).toISOString() : null,
    })),
    total,
  };
}

/** Puts a failed job back in its queue (one more attempt); 404 when no failed job has this id. */
export async function retryFailedJob(db: Db, jobs: JobRunner, id: string): Promise<void> {
  const name = await repo.findFailedJobName(db, id);
  if (!name) throw new AppError('JOB_NOT_FOUND', 'No failed job with this id');
  await jobs.boss.retry(name, id);
}
