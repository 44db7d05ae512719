/**
 * Times `recomputeAllHealth` on the synthetic national data set (bench/generate-national.ts), on
 * PostgreSQL (BENCH_DATABASE_URL, a throwaway database) or PGlite. Target: at most 10 s for 50,000.
 * Run: npx tsx bench/health.bench-script.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openPglite, openPostgres } from '../src/server/db/client';
import { runMigrations } from '../src/server/db/migrate';
import { loadReferenceData } from '../src/server/db/reference';
import { recomputeAllHealth } from '../src/server/features/monitoring/recompute';
import { generateNational } from './generate-national';
import { throwawayDatabase } from './throwaway-database';

const count = Number(process.env.BENCH_AGREEMENTS ?? 50_000);
const throwaway = await throwawayDatabase();
const dir = throwaway ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-health-'));
const database = throwaway ? await openPostgres(throwaway.url) : await openPglite(dir!, 'bench');
try {
  await runMigrations(database);
  await loadReferenceData(database);
  await generateNational(database, { count });
  for (const run of [1, 2]) {
    const started = performance.now();
    const result = await recomputeAllHealth(database.db);
    console.log(
      `${throwaway ? 'postgresql' : 'pglite'} run ${run}: ${result.agreements} agreements, ${result.changed} changed, ${Math.round(performance.now() - started)} ms`,
    );
  }
} finally {
  await database.close();
  await throwaway?.drop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
