/**
 * Times `recomputeAllHealth` and a full reminder sweep (`sweepReminders`) on the synthetic national
 * data set (bench/generate-national.ts with bench/generate-follow-through.ts: 50,000 agreements,
 * 200,000 follow-up actions, a region administrator and an OPD officer per party region), on
 * PostgreSQL (BENCH_DATABASE_URL, a throwaway database) or PGlite. Targets: at most 10 s for the
 * health of all agreements, 30 s for the sweep. Each runs twice: the first run writes everything,
 * the second finds nothing new (what a daily run mostly sees). The load average is printed with them.
 * Run: npx tsx bench/health.bench-script.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openPglite, openPostgres } from '../src/server/db/client';
import { runMigrations } from '../src/server/db/migrate';
import { loadReferenceData } from '../src/server/db/reference';
import { todayIso } from '../src/server/features/agreements/rules.service';
import { recomputeAllHealth } from '../src/server/features/monitoring/recompute';
import { sweepReminders } from '../src/server/features/notifications/sweep';
import { generateFollowThrough } from './generate-follow-through';
import { generateNational } from './generate-national';
import { throwawayDatabase } from './throwaway-database';
import { loadAverages } from './bench-database';

const count = Number(process.env.BENCH_AGREEMENTS ?? 50_000);
const only = process.env.BENCH_ONLY ?? 'health,sweep';
const throwaway = await throwawayDatabase();
const dir = throwaway ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-health-'));
const database = throwaway ? await openPostgres(throwaway.url) : await openPglite(dir!, 'bench');
const engine = throwaway ? 'postgresql' : 'pglite';
try {
  await runMigrations(database);
  await loadReferenceData(database);
  const today = todayIso();
  const national = await generateNational(database, { count });
  const followThrough = await generateFollowThrough(database, { today });
  console.log(
    `${engine}: ${count} agreements in ${Math.round(national.ms)} ms, ${followThrough.actions} actions in ${Math.round(followThrough.ms)} ms`,
  );
  if (only.includes('health'))
    for (const run of [1, 2]) {
      const started = performance.now();
      const result = await recomputeAllHealth(database.db, { today });
      console.log(
        `${engine} health run ${run}: ${result.agreements} agreements, ${result.changed} changed, ${Math.round(performance.now() - started)} ms (load ${loadAverages(2)})`,
      );
    }
  if (only.includes('sweep'))
    for (const run of [1, 2]) {
      const started = performance.now();
      const created = await sweepReminders(database.db, today);
      console.log(
        `${engine} sweep run ${run}: ${JSON.stringify(created)}, ${Math.round(performance.now() - started)} ms (load ${loadAverages(2)})`,
      );
    }
} finally {
  await database.close();
  await throwaway?.drop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
