import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import {
  copyPgliteTemplate,
  findFreePort,
  sinergiEnv,
  spawnSinergi,
  startTestServer,
  type StopResult,
  type TestServer,
} from '../support/test-server.js';
import { databaseKinds } from './support/app.js';

/**
 * Startup as an operator sees it: `sinergi serve` as its own process, configured only by the
 * environment, healthy on its own database, and closed cleanly by SIGINT: exit code 0, promptly
 * (not killed after the grace period), the data dir lock released, and the same DATA_DIR usable by
 * the next server. The UI build is skipped: these tests are about the process, not the UI.
 */
const databases = databaseKinds.map((kind) =>
  kind === 'pglite'
    ? { name: 'PGlite', databaseUrl: undefined, expected: 'pglite' }
    : { name: 'PostgreSQL', databaseUrl: process.env.TEST_DATABASE_URL, expected: 'postgresql' },
);

const serveArgs = ['--no-build-ui'];
/**
 * A clean close: exit code 0 by itself, within the grace period after which stop() kills (`forced`
 * false), the lock released. No tighter time bound: speed is measured by `npm run bench`, never by a
 * timed test (a 5 s bound failed by 93 ms in a clean-clone run on a loaded machine).
 */
function expectCleanExit(result: StopResult) {
  expect(result).toMatchObject({ exitCode: 0, signal: null, forced: false, lockReleased: true });
}

async function health(server: TestServer) {
  const response = await fetch(`${server.baseUrl}/api/health`);
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

describe.each(databases)('sinergi serve on $name', ({ databaseUrl, expected }) => {
  const servers: TestServer[] = [];
  const dirs: string[] = [];

  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.stop()));
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('answers /api/health with its database and applied migrations, and stops cleanly', async () => {
    // A fresh data dir: the server runs initdb and every migration itself.
    const server = await startTestServer({
      ...(databaseUrl ? { databaseUrl } : {}),
      args: serveArgs,
      freshDatabase: true,
    });
    servers.push(server);
    const body = await health(server);
    expect(body).toMatchObject({ status: 'ok', database: expected });
    expect(body.version).toEqual(expect.any(String));
    expect(body.migrations).toBeGreaterThan(0);

    expectCleanExit(await server.stop());
    expect(existsSync(server.dataDir)).toBe(false);
  });

  it('exits 0 on SIGINT, releases the data dir, and a second server starts on the same DATA_DIR', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sinergi-restart-'));
    dirs.push(dataDir);
    // The migrated template spares a second initdb; the fresh start is covered above.
    if (!databaseUrl) copyPgliteTemplate(inject('pgliteTemplateDir'), dataDir);
    const options = { ...(databaseUrl ? { databaseUrl } : {}), args: serveArgs, dataDir };
    const first = await startTestServer(options);
    servers.push(first);
    const { migrations } = await health(first);
    if (!databaseUrl) expect(existsSync(join(dataDir, 'sinergi.lock'))).toBe(true);
    expectCleanExit(await first.stop());
    expect(existsSync(dataDir)).toBe(true);

    const second = await startTestServer(options);
    servers.push(second);
    expect(await health(second)).toMatchObject({ status: 'ok', database: expected, migrations });
    expectCleanExit(await second.stop());
  });

  it('fails to start with an error naming the bad setting', async () => {
    await expect(
      startTestServer({
        ...(databaseUrl ? { databaseUrl } : {}),
        env: { LOG_LEVEL: 'chatty' },
        args: serveArgs,
        startTimeoutMs: 20_000,
      }),
    ).rejects.toThrow(/LOG_LEVEL/);
  });
});

// startTestServer on PGlite starts from a copy of the run's migrated template (initdb, migrations and
// reference data are paid once per run), unless a test asks for a fresh database. A copy keeps the
// template's cluster: its system identifier (pg_control's first 8 bytes), which every initdb draws anew.
describe.skipIf(!databaseKinds.includes('pglite'))('test servers and the PGlite template', () => {
  const systemIdentifier = (dataDir: string) =>
    readFileSync(join(dataDir, 'pglite', 'global', 'pg_control'))
      .subarray(0, 8)
      .toString('hex');
  let server: TestServer | undefined;

  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it.each([
    { freshDatabase: false, fromTemplate: true },
    { freshDatabase: true, fromTemplate: false },
  ])(
    'freshDatabase: $freshDatabase starts from the template: $fromTemplate',
    async ({ freshDatabase, fromTemplate }) => {
      server = await startTestServer({ args: serveArgs, freshDatabase });
      expect(await health(server)).toMatchObject({ status: 'ok', database: 'pglite' });
      const template = systemIdentifier(inject('pgliteTemplateDir'));
      expect(systemIdentifier(server.dataDir) === template).toBe(fromTemplate);
    },
  );
});

// Ctrl-C while PGlite runs initdb and the migrations: the step finishes, the database is closed
// and the lock released, so the half-started data dir opens normally next time.
describe.skipIf(!databaseKinds.includes('pglite'))('SIGINT during start-up', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sinergi-interrupted-'));
  let server: TestServer | undefined;

  afterEach(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('closes the half-opened database cleanly and leaves a usable data dir', async () => {
    const port = await findFreePort();
    const child = spawnSinergi(
      ['serve', ...serveArgs],
      sinergiEnv({ PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' }),
    );
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    try {
      // The lock is taken just before PGlite starts initdb on the fresh dir: interrupt right then.
      const lockPath = join(dataDir, 'sinergi.lock');
      const deadline = Date.now() + 20_000;
      while (!existsSync(lockPath) && child.exitCode === null && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 10));
      expect(existsSync(lockPath)).toBe(true);
      child.kill('SIGINT');
      const status = await exited;
      expect({ ...status, stderr }).toEqual({ code: 0, signal: null, stderr: '' });
      expect(existsSync(lockPath)).toBe(false);
      // Nobody answered on the port: start-up stopped before listening.
      await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();
    } finally {
      clearTimeout(killer);
      child.kill('SIGKILL');
    }

    server = await startTestServer({ dataDir, args: serveArgs });
    expect(await health(server)).toMatchObject({ status: 'ok', database: 'pglite' });
    expectCleanExit(await server.stop());
  });
});
