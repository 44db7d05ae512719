import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, sinergiNodeArgs, startTestServer, type TestServer } from '../support/test-server.js';
import { databaseKinds } from './support/app.js';

/**
 * The accounts issue's acceptance path as an operator runs it: two regions' administrators are
 * created with the CLI, then each logs in to the real server and manages their own users only.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-cli-'));

function cli(args: string[], input?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  return spawnSync(process.execPath, [...sinergiNodeArgs, ...args], {
    cwd: repoRoot,
    env,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

async function call(
  server: TestServer,
  cookie: string,
  csrf: string,
  method: string,
  pathname: string,
  body?: unknown,
) {
  const response = await fetch(`${server.baseUrl}${pathname}`, {
    method,
    headers: { cookie, 'x-csrf-token': csrf, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function login(server: TestServer, email: string, password: string) {
  const response = await fetch(`${server.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(response.status).toBe(200);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie: (response.headers.get('set-cookie') ?? '').split(';')[0]!, csrf: csrfToken };
}

// The CLI works on the embedded database; CI's PostgreSQL-only pass skips it.
describe.skipIf(!databaseKinds.includes('pglite'))('sinergi users create', () => {
  let server: TestServer | undefined;
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('rejects bad input with one clear line', () => {
    const badRole = cli([
      'users',
      'create',
      '--email',
      'a@b.go.id',
      '--name',
      'A',
      '--role',
      'king',
      '--region',
      '32.75',
    ]);
    expect(badRole.status).toBe(1);
    expect(badRole.stderr.trim()).toMatch(/^sinergi: --role: /);
    const badRegion = cli([
      'users',
      'create',
      '--email',
      'a@b.go.id',
      '--name',
      'A',
      '--role',
      'viewer',
      '--region',
      '99.99',
    ]);
    expect(badRegion.status).toBe(1);
    expect(badRegion.stderr).toContain('Unknown region 99.99');
    const weak = cli(
      [
        'users',
        'create',
        '--email',
        'a@b.go.id',
        '--name',
        'A',
        '--role',
        'viewer',
        '--region',
        '32.75',
        '--password-stdin',
      ],
      'password1\n',
    );
    expect(weak.status).toBe(1);
    expect(weak.stderr).toContain('WEAK_PASSWORD');
    expect(weak.stderr).not.toMatch(/\n\s+at /);
  });

  it('creates two region administrators who manage only their own users', async () => {
    for (const [email, region] of [
      ['kerjasama@bekasikota.go.id', '32.75'],
      ['kerjasama@malangkota.go.id', '35.73'],
    ] as const) {
      const created = cli(
        [
          'users',
          'create',
          '--email',
          email,
          '--name',
          `Admin ${region}`,
          '--role',
          'region_admin',
          '--region',
          region,
          '--password-stdin',
        ],
        'kerja-sama-antar-daerah\n',
      );
      expect(created.stderr).toBe('');
      expect(created.status).toBe(0);
      expect(JSON.parse(created.stdout)).toMatchObject({
        user: { email, role: 'region_admin', regionCode: region },
      });
    }

    server = await startTestServer({ env: { DATA_DIR: dataDir } });
    const whileRunning = cli([
      'users',
      'create',
      '--email',
      'x@x.go.id',
      '--name',
      'X',
      '--role',
      'viewer',
      '--region',
      '32.75',
    ]);
    expect(whileRunning.status).toBe(1);
    expect(whileRunning.stderr).toMatch(/in use by another Sinergi process/);

    const bekasi = await login(server, 'kerjasama@bekasikota.go.id', 'kerja-sama-antar-daerah');
    const malang = await login(server, 'kerjasama@malangkota.go.id', 'kerja-sama-antar-daerah');
    const staff = await call(server, bekasi.cookie, bekasi.csrf, 'POST', '/api/users', {
      email: 'tkksd@bekasikota.go.id',
      name: 'Anggota TKKSD',
      role: 'reviewer',
      regionCode: '32.75',
    });
    expect(staff.status).toBe(201);
    const staffId = (staff.body.user as { id: string }).id;
    const malangList = await call(server, malang.cookie, malang.csrf, 'GET', '/api/users');
    expect((malangList.body.items as Array<{ regionCode: string }>).map((u) => u.regionCode)).toEqual([
      '35.73',
    ]);
    expect(
      (await call(server, malang.cookie, malang.csrf, 'PATCH', `/api/users/${staffId}`, { name: 'X' }))
        .status,
    ).toBe(404);
    expect(
      (
        await call(server, bekasi.cookie, bekasi.csrf, 'PATCH', `/api/users/${staffId}`, {
          name: 'Anggota TKKSD Kota Bekasi',
        })
      ).status,
    ).toBe(200);
  });
});
