/**
 * Login latency (including scrypt) and the cost of authentication on a read, through the full app
 * on PGlite. Targets: login p95 <= 150 ms; an authenticated read adds <= 1 ms p95 over an anonymous one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../src/server/app';
import { hashPassword } from '../src/server/auth/passwords';
import { loadConfig } from '../src/server/config';
import { openPglite } from '../src/server/db/client';
import { runMigrations } from '../src/server/db/migrate';
import { loadReferenceData } from '../src/server/db/reference';
import { users } from '../src/server/db/schema/index';
import { createLogger } from '../src/server/logger';
import { percentile, round } from './stats';
import type { BenchModule } from './types';

const password = 'kerja-sama-daerah-2024!';

async function run() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-bench-auth-'));
  const database = await openPglite(dataDir, 'bench');
  try {
    await runMigrations(database);
    await loadReferenceData(database);
    const config = loadConfig({
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      LOGIN_MAX_FAILURES_PER_IP: '100000',
    });
    const app = createApp({ config, database, logger: createLogger(config) });
    const hash = await hashPassword(password);
    const emails: string[] = [];
    for (let i = 0; i < 50; i += 1) {
      const email = `bench${i}@bekasikota.go.id`;
      emails.push(email);
      await database.db
        .insert(users)
        .values({ email, name: `Bench ${i}`, role: 'region_admin', regionCode: '32.75', passwordHash: hash });
    }
    const env = { incoming: { socket: { remoteAddress: '127.0.0.1' } } };
    const loginOnce = async (email: string) => {
      const response = await app.request(
        '/api/auth/login',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email, password }),
        },
        env,
      );
      if (response.status !== 200) throw new Error(`login ${response.status}`);
      return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
    };
    const loginSamples: number[] = [];
    let cookie = '';
    for (let i = 0; i < 100; i += 1) {
      const started = performance.now();
      cookie = await loginOnce(emails[i % emails.length]!);
      loginSamples.push(performance.now() - started);
    }
    const read = async (headers: Record<string, string>) => {
      const started = performance.now();
      const response = await app.request('/api/regions/32.75', { headers }, env);
      await response.arrayBuffer();
      return performance.now() - started;
    };
    for (let i = 0; i < 100; i += 1) {
      await read({});
      await read({ cookie });
    }
    const anonymousSamples: number[] = [];
    const authenticatedSamples: number[] = [];
    for (let i = 0; i < 1000; i += 1) {
      anonymousSamples.push(await read({}));
      authenticatedSamples.push(await read({ cookie }));
    }
    const loginP95 = percentile(loginSamples, 95);
    const overhead = percentile(authenticatedSamples, 95) - percentile(anonymousSamples, 95);
    return [
      {
        name: 'POST /api/auth/login (scrypt N=2^14)',
        value: round(loginP95),
        unit: 'ms p95',
        target: '<= 150 ms p95',
        pass: loginP95 <= 150,
        note: `100 logins; p50 ${round(percentile(loginSamples, 50))} ms`,
      },
      {
        name: 'Authenticated read overhead (session cookie)',
        value: round(overhead),
        unit: 'ms added at p95',
        target: '<= 1 ms',
        pass: overhead <= 1,
        note: `GET /api/regions/32.75, 1000 each; anonymous p95 ${round(percentile(anonymousSamples, 95))} ms`,
      },
    ];
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export default { title: 'Accounts', run } satisfies BenchModule;
