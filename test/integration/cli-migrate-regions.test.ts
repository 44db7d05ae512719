import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../../src/server/db/migrate.js';
import { runSinergi } from '../support/test-server.js';
import { databaseKinds } from './support/app.js';

/** `sinergi regions resolve` and `sinergi migrate` as an operator runs them. */
describe('sinergi regions resolve', () => {
  it('prints the region as JSON and exits 0', async () => {
    const run = await runSinergi(['regions', 'resolve', 'Pemkab Bekasi']);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!) as unknown).toMatchObject({
      status: 'resolved',
      region: { code: '32.16', name: 'Kabupaten Bekasi' },
    });
  });

  it('exits 2 for a name that is no region', async () => {
    const run = await runSinergi(['regions', 'resolve', 'xyzzy']);
    expect(run.exitCode).toBe(2);
    expect(JSON.parse(run.stdout) as unknown).toMatchObject({ status: 'not_found' });
  });
});

// The CLI works on the embedded database; CI's PostgreSQL-only pass skips it.
describe.skipIf(!databaseKinds.includes('pglite'))('sinergi migrate', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-migrate-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const migrationFiles = fs.readdirSync(migrationsFolder).filter((name) => name.endsWith('.sql'));

  it('applies every migration on a fresh DATA_DIR, and again is a no-op', async () => {
    expect(migrationFiles.length).toBeGreaterThan(0);
    const expected = `${JSON.stringify({ database: 'pglite', migrations: migrationFiles.length })}\n`;
    const env = { DATA_DIR: dataDir, LOG_LEVEL: 'warn' };

    const first = await runSinergi(['migrate'], env, 120_000);
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toBe(expected);
    expect(fs.existsSync(path.join(dataDir, 'sinergi.lock'))).toBe(false);

    const second = await runSinergi(['migrate'], env, 120_000);
    expect(second.stderr).toBe('');
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toBe(expected);
  });
});
