/**
 * The records measures of the national bench (bench/records-at-scale.ts) on a database loaded once by
 * `npx tsx bench/generate-national.ts` (DATABASE_URL, or DATA_DIR's PGlite), so that one measure can
 * be repeated while working on it without loading the data set again:
 *
 *   DATABASE_URL=postgresql://… npx tsx bench/records-driver.ts [actions|page|dashboard|oversight|…]
 *
 * Pending migrations are applied first. Prints each figure and the load average beside it.
 */
import { benchApp } from './app-harness';
import { benchRecords, recordMeasures, type RecordMeasure } from './records-at-scale';
import { loadAverages, openBenchDatabase } from './bench-database';

const only = process.argv.slice(2) as RecordMeasure[];
for (const name of only)
  if (!(recordMeasures as readonly string[]).includes(name))
    throw new Error(`unknown measure ${name}: one of ${recordMeasures.join(', ')}`);

const { database, dataDir } = await openBenchDatabase();
try {
  const { request, session } = benchApp(database, dataDir);
  process.stdout.write(`load average ${loadAverages()}\n`);
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
  process.stdout.write(`load average ${loadAverages()}\n`);
} finally {
  await database.close();
}
