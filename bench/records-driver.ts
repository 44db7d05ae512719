/**
 * The records measures of the national bench (bench/records-at-scale.ts) on a database loaded once by
 * `npx tsx bench/generate-national.ts` (DATABASE_URL, or DATA_DIR's PGlite), so that one measure can
 * be repeated while working on it without loading the data set again:
 *
 *   DATABASE_URL=postgresql://… npx tsx bench/records-driver.ts [actions|page|dashboard|oversight|…]
 *
 * Pending migrations are applied first. Prints each figure and the load average beside it.
 */
import os from 'node:os';
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/db/client';
import { runMigrations } from '../src/server/db/migrate';
import { benchApp } from './app-harness';
import { benchRecords, recordMeasures, type RecordMeasure } from './records-at-scale';

const only = process.argv.slice(2) as RecordMeasure[];
for (const name of only)
  if (!(recordMeasures as readonly string[]).includes(name))
    throw new Error(`unknown measure ${name}: one of ${recordMeasures.join(', ')}`);

const config = loadConfig();
const database = await openDatabase({
  databaseUrl: config.DATABASE_URL,
  dataDir: config.dataDir,
  purpose: 'bench',
  pgliteSharedBuffers: config.PGLITE_SHARED_BUFFERS,
});
try {
  await runMigrations(database);
  const { request, session } = benchApp(database, config.dataDir);
  const load = () =>
    os
      .loadavg()
      .map((value) => value.toFixed(1))
      .join(' ');
  process.stdout.write(`load average ${load()}\n`);
  const results = await benchRecords({
    kind: database.kind,
    database,
    request,
    session,
    dataSet: 'national data set',
    ...(only.length > 0 ? { only: new Set(only) } : {}),
  });
  for (const result of results)
    process.stdout.write(
      `${result.name}: ${result.value} ${result.unit} ${result.pass === undefined ? '' : result.pass ? 'PASS' : 'FAIL'} (${result.note ?? ''})\n`,
    );
  process.stdout.write(`load average ${load()}\n`);
} finally {
  await database.close();
}
