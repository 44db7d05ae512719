/**
 * Times `recomputeAllHealth` and a full reminder sweep (`sweepReminders`) on the synthetic national
 * data set (bench/generate-national.ts with bench/generate-follow-through.ts: 50,000 agreements,
 * 200,000 follow-up actions, a region administrator and an OPD officer per party region).
 * Targets (issue 12): at most 10 s for the health of all agreements, 30 s for a full sweep. Each runs
 * twice: the first run writes everything, the second finds nothing new (what a daily run mostly
 * sees). The machine's load average is printed beside each figure.
 *
 * PGlite always; PostgreSQL too when BENCH_DATABASE_URL is set (a throwaway database). BENCH_AGREEMENTS
 * overrides the number of agreements; BENCH_ONLY=health or BENCH_ONLY=sweep runs one of the two.
 * Run: npm run bench -- health
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openPglite, openPostgres, type Database } from '../src/server/db/client';
import { runMigrations } from '../src/server/db/migrate';
import { loadReferenceData } from '../src/server/db/reference';
import { todayIso } from '../src/server/features/agreements/rules.service';
import { recomputeAllHealth } from '../src/server/features/monitoring/recompute';
import { sweepReminders } from '../src/server/features/notifications/sweep';
import { loadAverages } from './bench-database';
import { generateFollowThrough } from './generate-follow-through';
import { generateNational } from './generate-national';
import { round } from './stats';
import { throwawayDatabase } from './throwaway-database';
import type { BenchModule, BenchResult } from './types';

const count = Number(process.env.BENCH_AGREEMENTS ?? 50_000);
const only = process.env.BENCH_ONLY ?? 'health,sweep';
const healthTargetMs = 10_000;
const sweepTargetMs = 30_000;

/**
 * Runs `step` twice (the first run, then the daily rerun that finds nothing new) and returns both
 * durations against `targetMs`, each noted with what the step reports and the load average after it.
 */
async function firstAndDaily(
  measure: string,
  label: string,
  targetMs: number,
  note: string,
  step: () => Promise<string>,
): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const run of ['first run', 'daily rerun']) {
    const started = performance.now();
    const detail = await step();
    const ms = performance.now() - started;
    results.push({
      name: `${measure}, ${run} (${label})`,
      value: round(ms / 1000),
      unit: 's',
      target: `<= ${targetMs / 1000} s`,
      pass: ms <= targetMs,
      note: `${note}; ${detail}; load ${loadAverages(2)}`,
    });
  }
  return results;
}

async function benchDatabase(label: string, database: Database): Promise<BenchResult[]> {
  await runMigrations(database);
  await loadReferenceData(database);
  const today = todayIso();
  const national = await generateNational(database, { count });
  const followThrough = await generateFollowThrough(database, { today });
  const dataSet = `${count.toLocaleString('en')} agreements (loaded in ${round(national.ms / 1000)} s), ${followThrough.actions.toLocaleString('en')} actions (${round(followThrough.ms / 1000)} s)`;
  const results: BenchResult[] = [];
  if (only.includes('health'))
    results.push(
      ...(await firstAndDaily('health of all agreements', label, healthTargetMs, dataSet, async () => {
        const result = await recomputeAllHealth(database.db, { today });
        return `${result.changed.toLocaleString('en')} of ${result.agreements.toLocaleString('en')} changed`;
      })),
    );
  if (only.includes('sweep'))
    results.push(
      ...(await firstAndDaily('full reminder sweep', label, sweepTargetMs, dataSet, async () => {
        const created = await sweepReminders(database.db, today);
        const total = Object.values(created).reduce((sum, value) => sum + value, 0);
        return `${total.toLocaleString('en')} reminders created`;
      })),
    );
  return results;
}

async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-health-'));
  try {
    const database = await openPglite(dir, 'bench');
    try {
      results.push(...(await benchDatabase('PGlite', database)));
    } finally {
      await database.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const throwaway = await throwawayDatabase();
  if (throwaway) {
    try {
      const database = await openPostgres(throwaway.url);
      try {
        results.push(...(await benchDatabase('PostgreSQL', database)));
      } finally {
        await database.close();
      }
    } finally {
      await throwaway.drop();
    }
  }
  return results;
}

const bench: BenchModule = { title: 'Health recompute and reminder sweep', run };
export default bench;
