import fs from 'node:fs';
import { createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/server/config.js';
import { describeError, openPglite } from '../../src/server/db/client.js';
import { createLogger } from '../../src/server/logger.js';
import { buildUi, prepareDatabase, StartupError } from '../../src/server/start.js';
import { copyPgliteTemplate, runSinergi, type SinergiRun } from '../support/test-server.js';
import { databaseKinds } from './support/app.js';

/**
 * What an operator sees when `sinergi serve` cannot start: a non-zero exit and exactly one line on
 * stderr (`sinergi: ...`) that says what is wrong, never a stack trace, never a password.
 */
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-startup-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const stackLine = /^\s+at /m;

function expectOneLineFailure(run: SinergiRun, message: RegExp): string {
  expect(run.signal).toBeNull();
  expect(run.exitCode).not.toBe(0);
  expect(run.exitCode).not.toBeNull();
  const lines = run.stderr.split('\n').filter((line) => line.trim() !== '');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^sinergi: /);
  expect(lines[0]).toMatch(message);
  expect(run.stderr + run.stdout).not.toMatch(stackLine);
  return lines[0]!;
}

function serve(env: Record<string, string>): Promise<SinergiRun> {
  return runSinergi(['serve', '--no-build-ui'], { HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', ...env });
}

function freshDir(name: string): string {
  return fs.mkdtempSync(path.join(root, `${name}-`));
}

/** A data dir with the migrated template database (no initdb, no migrations to wait for). */
function migratedDir(name: string): string {
  const dir = freshDir(name);
  copyPgliteTemplate(inject('pgliteTemplateDir'), dir);
  return dir;
}

describe('sinergi serve refuses to start with one clear line', () => {
  it('when DATABASE_URL is unreachable', async () => {
    const run = await serve({
      DATABASE_URL: 'postgresql://x:hunter2@127.0.0.1:1/x',
      DATA_DIR: freshDir('pg'),
    });
    const line = expectOneLineFailure(
      run,
      /Cannot connect to PostgreSQL at postgresql:\/\/x:\*\*\*@127\.0\.0\.1:1\/x: .*ECONNREFUSED/,
    );
    expect(line).not.toContain('hunter2');
  });

  it('when DATA_DIR cannot be created (below a regular file)', async () => {
    const file = path.join(freshDir('file'), 'not-a-dir');
    fs.writeFileSync(file, 'x');
    const run = await serve({ DATA_DIR: path.join(file, 'data') });
    expectOneLineFailure(run, /DATA_DIR .*not-a-dir\/data is not writable/);
  });

  it('when PORT is already in use', async () => {
    const holder: Server = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as { port: number };
    try {
      const dataDir = migratedDir('port');
      const run = await serve({ PORT: String(port), DATA_DIR: dataDir });
      expectOneLineFailure(run, new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use`));
      // The database it had opened was closed again: the lock is released.
      expect(fs.existsSync(path.join(dataDir, 'sinergi.lock'))).toBe(false);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });

  it('when a setting is invalid, naming every bad variable and hiding the password', async () => {
    const run = await serve({
      PORT: 'abc',
      DATABASE_URL: 'mysql://sinergi:s3cret@db.example/sinergi',
      DATA_DIR: freshDir('config'),
    });
    const line = expectOneLineFailure(run, /^sinergi: Invalid configuration: .*PORT.*DATABASE_URL/);
    expect(line).toContain('mysql://sinergi:***@db.example/sinergi');
    expect(line).not.toContain('s3cret');
  });

  it('when SMTP_URL is malformed, naming it and hiding its password', async () => {
    for (const command of [['serve', '--no-build-ui'], ['worker']]) {
      const run = await runSinergi(command, {
        HOST: '127.0.0.1',
        PORT: '0',
        LOG_LEVEL: 'warn',
        SMTP_URL: 'http://mailer:s3cret@mail.example.go.id',
        DATA_DIR: freshDir('smtp'),
      });
      const line = expectOneLineFailure(run, /^sinergi: Invalid configuration: SMTP_URL .*smtp:\/\//);
      expect(line).toContain('http://mailer:***@mail.example.go.id');
      expect(line).not.toContain('s3cret');
    }
  }, 180_000);

  it('when a migration fails (a table in the way)', async () => {
    // The migration journal lost: drizzle runs 0001 again, and its tables already exist.
    const dataDir = migratedDir('migration');
    const database = await openPglite(dataDir, 'test');
    await database.rawQuery('delete from drizzle.__drizzle_migrations', []);
    await database.close();
    const run = await serve({ DATA_DIR: dataDir });
    expectOneLineFailure(
      run,
      /^sinergi: Database migrations failed: relation "\w+" already exists \(42P07\) \(while running "CREATE TABLE /,
    );
    expect(fs.existsSync(path.join(dataDir, 'sinergi.lock'))).toBe(false);
  });
});

describe('start-up steps report one line', () => {
  const logger = createLogger({ LOG_LEVEL: 'silent' });

  it('a refused CREATE EXTENSION stops prepareDatabase with a StartupError naming it', async () => {
    const migrations = freshDir('migrations');
    fs.mkdirSync(path.join(migrations, 'meta'));
    fs.writeFileSync(
      path.join(migrations, 'meta', '_journal.json'),
      JSON.stringify({
        version: '7',
        dialect: 'postgresql',
        entries: [{ idx: 0, version: '7', when: 1, tag: '0000_missing_extension', breakpoints: true }],
      }),
    );
    fs.writeFileSync(
      path.join(migrations, '0000_missing_extension.sql'),
      'CREATE EXTENSION IF NOT EXISTS sinergi_missing_extension;',
    );
    const config = loadConfig({ DATA_DIR: freshDir('extension') });
    const error = await prepareDatabase(config, 'test', { migrationsFolder: migrations }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(StartupError);
    const message = (error as Error).message;
    expect(message).toMatch(/^Database migrations failed: .*sinergi_missing_extension/);
    expect(message).toContain('(while running "CREATE EXTENSION IF NOT EXISTS sinergi_missing_extension;")');
    expect(message).not.toContain('\n');
    // The database was closed: the data dir is free again.
    expect(fs.existsSync(path.join(config.dataDir, 'sinergi.lock'))).toBe(false);
  });

  it('a failed UI build is a StartupError with Vite’s first line', async () => {
    const web = freshDir('web');
    fs.writeFileSync(
      path.join(web, 'index.html'),
      '<!doctype html><html><body><script type="module" src="./main.ts"></script></body></html>',
    );
    fs.writeFileSync(path.join(web, 'main.ts'), 'export const broken = (;\n');
    const configFile = path.join(web, 'vite.config.mjs');
    fs.writeFileSync(
      configFile,
      `export default { root: ${JSON.stringify(web)}, build: { outDir: ${JSON.stringify(path.join(web, 'out'))} } };\n`,
    );
    const error = await buildUi(logger, { configFile }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StartupError);
    const message = (error as Error).message;
    expect(message).toMatch(
      /^Could not build the UI: Build failed with 1 error: .*Unexpected token \(.*main\.ts:1:24\)/,
    );
    expect(message).not.toContain('\u001b');
    expect(message).toContain('--no-build-ui');
    expect(message).not.toContain('\n');
  });

  it('describes a dual-stack connection failure (AggregateError) by its attempts', () => {
    // What Node's net throws for `localhost` when both ::1 and 127.0.0.1 refuse: an empty message.
    const attempts = ['::1', '127.0.0.1'].map((host) =>
      Object.assign(new Error(`connect ECONNREFUSED ${host}:5432`), { code: 'ECONNREFUSED' }),
    );
    const error = Object.assign(new AggregateError(attempts), { code: 'ECONNREFUSED' });
    expect(error.message).toBe('');
    expect(describeError(error)).toBe('connect ECONNREFUSED ::1:5432; connect ECONNREFUSED 127.0.0.1:5432');
    expect(describeError(Object.assign(new AggregateError([]), { code: 'ETIMEDOUT' }))).toBe('ETIMEDOUT');
  });
});

// A PostgreSQL role that may connect but not create anything (a locked-down production account).
describe.skipIf(!databaseKinds.includes('postgresql'))(
  'sinergi serve on a PostgreSQL role without privileges',
  () => {
    const adminUrl = process.env.TEST_DATABASE_URL ?? '';
    const role = `sinergi_ro_${process.pid}`;
    const database = `sinergi_ro_${process.pid}`;

    async function admin(statements: string[]) {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        for (const statement of statements) await client.query(statement);
      } finally {
        await client.end();
      }
    }

    afterAll(async () => {
      await admin([`drop database if exists ${database} with (force)`, `drop role if exists ${role}`]);
    });

    it('reports the refused migration in one line without the password', async () => {
      await admin([
        `create role ${role} login password 'ro-secret'`,
        `create database ${database}`,
        `revoke create on database ${database} from public`,
        `grant connect on database ${database} to ${role}`,
      ]);
      const url = new URL(adminUrl);
      url.username = role;
      url.password = 'ro-secret';
      url.pathname = `/${database}`;
      const run = await serve({ DATABASE_URL: url.toString(), DATA_DIR: freshDir('ro') });
      const line = expectOneLineFailure(
        run,
        /^sinergi: Database migrations failed: permission denied .*\(42501\)/,
      );
      expect(line).not.toContain('ro-secret');
    });
  },
);
