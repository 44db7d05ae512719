/**
 * Time from `npm start` to a healthy /api/health, on a fresh data dir (initdb, migrations, reference
 * data) and on an existing one. Targets: 15 s and 3 s. The UI and the server are built first, once:
 * the start's own staleness checks then find them current, as on every start after the first.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureServerBuilt } from '../scripts/build-server.mjs';
import { ensureUiBuilt } from '../test/support/ensure-ui-built';
import { findFreePort, repoRoot } from '../test/support/test-server';
import { round } from './stats';
import type { BenchModule } from './types';

async function timeToHealthy(dataDir: string): Promise<number> {
  const port = await findFreePort();
  const started = performance.now();
  // npm, its shell and bin/sinergi.mjs's staleness check are part of what a user waits for. Detached, so that the signal at the end
  // reaches the whole process group.
  const child = spawn('npm', ['start', '--silent'], {
    cwd: repoRoot,
    detached: true,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
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
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGINT');
    await exited;
  }
}

async function run() {
  ensureUiBuilt();
  await ensureServerBuilt();
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
        note: 'through npm and bin/sinergi.mjs (compiled server); initdb + migrations + reference data; UI already built',
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
