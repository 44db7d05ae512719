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

/** Runs `step` twice and returns both durations in ms, with the load average after each. */
async function twice(step: () => Promise<string>): Promise<Array<{ ms: number; detail: string }>> {
  const runs: Array<{ ms: number; detail: string }> = [];
  for (let run = 0; run < 2; run += 1) {
    const started = performance.now();
    const detail = await step();
    runs.push({ ms: performance.now() - started, detail: `${detail}; load ${loadAverages(2)}` });
  }
  return runs;
}

async function benchDatabase(label: string, database: Database): Promise<BenchResult[]> {
  await runMigrations(database);
  await loadReferenceData(database);
  const today = todayIso();
  const national = await generateNational(database, { count });
  const followThrough = await generateFollowThrough(database, { today });
  const dataSet = `${count.toLocaleString('en')} agreements (loaded in ${round(national.ms / 1000)} s), ${followThrough.actions.toLocaleString('en')} actions (${round(followThrough.ms / 1000)} s)`;
  const results: BenchResult[] = [];
  if (only.includes('health')) {
    const [first, daily] = await twice(async () => {
      const result = await recomputeAllHealth(database.db, { today });
      return `${result.changed.toLocaleString('en')} of ${result.agreements.toLocaleString('en')} changed`;
    });
    for (const [name, run] of [
      ['health of all agreements, first run', first],
      ['health of all agreements, daily rerun', daily],
    ] as const)
      if (run)
        results.push({
          name: `${name} (${label})`,
          value: round(run.ms / 1000),
          unit: 's',
          target: '<= 10 s',
          pass: run.ms <= healthTargetMs,
          note: `${dataSet}; ${run.detail}`,
        });
  }
  if (only.includes('sweep')) {
    const [first, daily] = await twice(async () => {
      const created = await sweepReminders(database.db, today);
      const total = Object.values(created).reduce((sum, value) => sum + value, 0);
      return `${total.toLocaleString('en')} reminders created`;
    });
    for (const [name, run] of [
      ['full reminder sweep, first run', first],
      ['full reminder sweep, daily rerun', daily],
    ] as const)
      if (run)
        results.push({
          name: `${name} (${label})`,
          value: round(run.ms / 1000),
          unit: 's',
          target: '<= 30 s',
          pass: run.ms <= sweepTargetMs,
          note: `${dataSet}; ${run.detail}`,
        });
  }
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
