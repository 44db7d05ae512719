import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { databaseKinds } from './support/app.js';

/**
 * Startup as an operator sees it: `sinergi serve` as its own process, configured only by the
 * environment, healthy on its own database, and gone (with its data dir) after SIGINT.
 */
const databases = databaseKinds.map((kind) =>
  kind === 'pglite'
    ? { name: 'PGlite', databaseUrl: undefined, expected: 'pglite' }
    : { name: 'PostgreSQL', databaseUrl: process.env.TEST_DATABASE_URL, expected: 'postgresql' },
);

describe.each(databases)('sinergi serve on $name', ({ databaseUrl, expected }) => {
  let server: TestServer | undefined;

  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('answers /api/health with its database and applied migrations, and stops cleanly', async () => {
    server = await startTestServer(databaseUrl ? { databaseUrl } : {});
    const response = await fetch(`${server.baseUrl}/api/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'ok', database: expected });
    expect(body.version).toEqual(expect.any(String));
    expect(body.migrations).toBeGreaterThan(0);

    const { dataDir } = server;
    await server.stop();
    server = undefined;
    expect(existsSync(dataDir)).toBe(false);
  });

  it('fails to start with an error naming the bad setting', async () => {
    await expect(
      startTestServer({
        ...(databaseUrl ? { databaseUrl } : {}),
        env: { LOG_LEVEL: 'chatty' },
        startTimeoutMs: 20_000,
      }),
    ).rejects.toThrow(/LOG_LEVEL/);
  });
});
