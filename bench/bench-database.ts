import os from 'node:os';
import { loadConfig } from '../src/server/config';
import { openDatabase, type Database } from '../src/server/db/client';
import { runMigrations } from '../src/server/db/migrate';

/**
 * The database a bench script measures: the one the environment configures (`DATABASE_URL`, or
 * PGlite under `./data`), opened for benching and migrated.
 */
export async function openBenchDatabase(): Promise<{ database: Database; dataDir: string }> {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.dataDir,
    purpose: 'bench',
    pgliteSharedBuffers: config.PGLITE_SHARED_BUFFERS,
  });
  await runMigrations(database);
  return { database, dataDir: config.dataDir };
}

/** The machine's load averages (1, 5 and 15 minutes), printed beside every timing. */
export function loadAverages(digits = 1): string {
  return os
    .loadavg()
    .map((value) => value.toFixed(digits))
    .join(' ');
}
