/**
 * GET /api/regions?q= latency through the full app (middleware, validation, SQL) on PGlite.
 * Target: p95 at most 10 ms.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { openPglite } from '../src/server/db/client';
import { runMigrations } from '../src/server/db/migrate';
import { loadReferenceData } from '../src/server/db/reference';
import { createLogger } from '../src/server/logger';
import { percentile, round } from './stats';
import type { BenchModule } from './types';

const queries = [
  'Bekasi',
  'malang',
  'kota',
  'Pemkab Bekasi',
  'jabar',
  'bekasy',
  'Pematang Siantar',
  '32.7',
  'sura',
  'Kepulauan',
  'x',
];

async function run() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-bench-'));
  const database = await openPglite(dataDir, 'bench');
  try {
    await runMigrations(database);
    await loadReferenceData(database);
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    const app = createApp({ config, database, logger: createLogger(config) });
    const call = (q: string) => app.request(`/api/regions?q=${encodeURIComponent(q)}&pageSize=20`);
    for (let i = 0; i < 50; i += 1) await call(queries[i % queries.length] as string);
    const samples: number[] = [];
    for (let i = 0; i < 1000; i += 1) {
      const started = performance.now();
      const response = await call(queries[i % queries.length] as string);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`status ${response.status}`);
      samples.push(performance.now() - started);
    }
    const p95 = percentile(samples, 95);
    return [
      {
        name: 'GET /api/regions?q= (PGlite)',
        value: round(p95),
        unit: 'ms p95',
        target: '<= 10 ms p95',
        pass: p95 <= 10,
        note: `1000 requests over ${queries.length} queries; p50 ${round(percentile(samples, 50))} ms`,
      },
    ];
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export default { title: 'Region search API', run } satisfies BenchModule;
