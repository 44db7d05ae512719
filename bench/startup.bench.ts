/**
 * Time from `sinergi serve` (what `npm start` runs) to a healthy /api/health, on a fresh data dir
 * (initdb, migrations, reference data) and on an existing one. Targets: 15 s and 3 s.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort, repoRoot } from '../test/support/test-server';
import { round } from './stats';
import type { BenchModule } from './types';

async function timeToHealthy(dataDir: string): Promise<number> {
  const port = await findFreePort();
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(repoRoot, 'src/cli/main.ts'), 'serve', '--no-build-ui'],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        DATABASE_URL: '',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (response.ok) return performance.now() - started;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
      if (performance.now() - started > 120_000) throw new Error('server did not become healthy in 120 s');
    }
  } finally {
    child.kill('SIGINT');
    await exited;
  }
}

async function run() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-bench-start-'));
  try {
    const fresh = await timeToHealthy(dataDir);
    const existing: number[] = [];
    for (let i = 0; i < 3; i += 1) existing.push(await timeToHealthy(dataDir));
    const worstExisting = Math.max(...existing);
    return [
      {
        name: 'npm start, fresh data dir',
        value: round(fresh / 1000),
        unit: 's to healthy',
        target: '<= 15 s',
        pass: fresh <= 15_000,
        note: 'initdb + migrations + reference data; UI already built',
      },
      {
        name: 'npm start, existing data dir',
        value: round(worstExisting / 1000),
        unit: 's to healthy (worst of 3)',
        target: '<= 3 s',
        pass: worstExisting <= 3000,
      },
    ];
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export default { title: 'Start-up', run } satisfies BenchModule;
