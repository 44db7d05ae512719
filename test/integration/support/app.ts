import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createApp } from '../../../src/server/app.js';
import { loadConfig } from '../../../src/server/config.js';
import { openPglite, openPostgres, type Database } from '../../../src/server/db/client.js';
import { runMigrations } from '../../../src/server/db/migrate.js';
import { loadReferenceData } from '../../../src/server/db/reference.js';
import { createLogger } from '../../../src/server/logger.js';
import { copyPgliteTemplate } from '../../support/test-server.js';

export type DatabaseKind = 'pglite' | 'postgresql';

/**
 * The databases integration tests run on: PGlite always, PostgreSQL too when TEST_DATABASE_URL is
 * set (.ci/run starts a throwaway cluster and sets it). TEST_DATABASES=postgresql narrows the list
 * (CI's second pass, after a first pass that ran PGlite).
 */
export const databaseKinds: DatabaseKind[] = (
  process.env.TEST_DATABASES
    ? process.env.TEST_DATABASES.split(',').map((kind) => kind.trim())
    : process.env.TEST_DATABASE_URL
      ? ['pglite', 'postgresql']
      : ['pglite']
).filter(
  (kind): kind is DatabaseKind =>
    kind === 'pglite' || (kind === 'postgresql' && Boolean(process.env.TEST_DATABASE_URL)),
);

export type TestApp = {
  database: Database;
  /** The PostgreSQL database's URL (a second app instance may open it); null on PGlite. */
  databaseUrl: string | null;
  app: ReturnType<typeof createApp>;
  /** Sends a request through the full app (middleware, routes, error handler). */
  request(pathname: string, init?: RequestInit): Promise<Response>;
  json<T = unknown>(
    pathname: string,
    init?: RequestInit,
  ): Promise<{ status: number; body: T; headers: Headers }>;
  close(): Promise<void>;
};

/** A fresh, empty PostgreSQL database on TEST_DATABASE_URL's server, dropped by `drop`. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `sinergi_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** A fresh, migrated database with reference data, and the app on top of it. */
export async function createTestApp(
  kind: DatabaseKind,
  env: Record<string, string> = {},
  options: { webDir?: string } = {},
): Promise<TestApp> {
  let database: Database;
  let cleanup: () => Promise<void>;
  let databaseUrl: string | null = null;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-test-'));
  if (kind === 'pglite') {
    copyPgliteTemplate(inject('pgliteTemplateDir'), dataDir);
    database = await openPglite(dataDir, 'integration test');
    cleanup = async () => {};
  } else {
    const created = await createPostgresDatabase();
    database = await openPostgres(created.url, { max: 4 });
    databaseUrl = created.url;
    await runMigrations(database);
    await loadReferenceData(database);
    cleanup = created.drop;
  }
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    NODE_ENV: 'test',
    ...env,
  });
  const app = createApp({ config, database, logger: createLogger(config), webDir: options.webDir });
  const request = (pathname: string, init?: RequestInit) =>
    Promise.resolve(app.request(pathname, init, { incoming: { socket: { remoteAddress: '127.0.0.1' } } }));
  return {
    database,
    databaseUrl,
    app,
    request,
    async json<T>(pathname: string, init?: RequestInit) {
      const response = await request(pathname, init);
      const text = await response.text();
      return {
        status: response.status,
        body: (text ? JSON.parse(text) : null) as T,
        headers: response.headers,
      };
    },
    async close() {
      await database.close();
      await cleanup();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
