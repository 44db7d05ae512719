import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { SQL } from 'drizzle-orm';
import { PgTransaction, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { redactUrlPasswords } from '../config.js';
import { withoutQuotedValues } from '../logger.js';
import * as schema from './schema/index.js';
import { DataDirLockedError, lockDataDir } from './lock.js';

export type Schema = typeof schema;
/** The Drizzle database, the same API on PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

/**
 * Runs independent reads side by side: on PostgreSQL each goes out on its own pooled connection, so a
 * request waits for one round trip instead of one per read. Inside a transaction (one connection) they
 * run one after the other: node-postgres would queue them anyway, and queuing on a busy client is
 * deprecated there.
 */
export async function readSideBySide<T extends readonly unknown[]>(
  db: Db,
  reads: { readonly [K in keyof T]: () => Promise<T[K]> },
): Promise<T> {
  if (!(db instanceof PgTransaction)) return (await Promise.all(reads.map((read) => read()))) as unknown as T;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as unknown as T;
}

export type Database = {
  kind: 'pglite' | 'postgresql';
  db: Db;
  /**
   * Runs `fn` while holding a database-wide lock, so that several app instances starting at once
   * do not migrate or load reference data concurrently. A no-op wrapper on PGlite (one process).
   */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  /**
   * A parameterised query straight on the driver, skipping Drizzle's mapping. Only for the one or
   * two statements on every request's path (the session lookup), where Drizzle's overhead is
   * measurable (0.7 ms vs 0.3 ms per query on PGlite). Never build `text` from user input.
   */
  rawQuery<T>(text: string, params: unknown[]): Promise<T[]>;
  /**
   * The job runner's (pg-boss) way to the database. A text without values may hold several
   * statements (pg-boss's schema and its locked blocks): on PGlite it goes through `exec`, whose
   * last result is answered, since `query` refuses several statements in one text.
   */
  jobSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  /** Closes the connection(s) and releases the data dir lock. */
  close(): Promise<void>;
};

/** Advisory lock key for start-up work (migrations, reference data): "sinergi" as a number. */
const startupLockKey = 7_305_482_017;

/** Raised when the database cannot be opened; the message is one clear line for the operator. */
export class DatabaseOpenError extends Error {
  override name = 'DatabaseOpenError';
}

type ErrorDetails = Error & {
  code?: unknown;
  detail?: unknown;
  hint?: unknown;
  errors?: unknown;
  id?: unknown;
  loc?: { file?: unknown; line?: unknown; column?: unknown };
};

/**
 * One line for the operator from whatever a driver, Drizzle or Vite threw, never a stack trace:
 * - the driver's error rather than Drizzle's "Failed query" wrapper (it is the `cause`);
 * - the SQLSTATE or errno code, and PostgreSQL's detail and hint;
 * - an error that only gathers others (Node's AggregateError when `localhost` is tried on ::1 and
 *   127.0.0.1, with an empty message; Vite's "Build failed with 1 error:") by those errors, with
 *   the file and line a build error points at;
 * - no colour codes, no password from a URL, and no value a failed statement carried (Drizzle's
 *   parameters are never read; a data or integrity error's detail and quoted value are left out).
 */
export function describeError(error: unknown): string {
  let current: unknown = error;
  while (current instanceof Error && current.cause instanceof Error && /^Failed query:/.test(current.message))
    current = current.cause;
  if (!(current instanceof Error)) return redactUrlPasswords(firstLine(String(current)));
  const details = current as ErrorDetails;
  const parts = Array.isArray(details.errors) ? details.errors.filter((part) => part instanceof Error) : [];
  let message = firstLine(current.message);
  if (parts.length > 0 && (message === '' || message.endsWith(':'))) {
    const described = [...new Set(parts.map((part) => describePart(part)))].join('; ');
    message = message ? `${message} ${described}` : described;
  } else {
    const place = location(current);
    if (place && !message.includes(place)) message += ` (${place})`;
  }
  const code = typeof details.code === 'string' ? details.code : undefined;
  message = withoutQuotedValues(message, code);
  if (!message) message = code ?? current.name;
  else if (code && !message.includes(code)) message += ` (${code})`;
  // A data or integrity error's detail repeats the row's values ("Failing row contains (...)").
  const detail = code && /^2[23]/.test(code) ? undefined : details.detail;
  for (const extra of [detail, details.hint])
    if (typeof extra === 'string' && extra.trim()) message += `. ${firstLine(extra)}`;
  return redactUrlPasswords(message);
}

function describePart(part: Error): string {
  const message = firstLine(part.message);
  const place = location(part);
  return place && !message.includes(place) ? `${message} (${place})` : message;
}

/** Where a build error points: `id`/`loc` when set, else the `[ file:line:col ]` of its code frame. */
function location(error: Error): string | undefined {
  const { id, loc } = error as ErrorDetails;
  const file = typeof loc?.file === 'string' ? loc.file : typeof id === 'string' ? id : undefined;
  if (file)
    return typeof loc?.line === 'number' ? `${file}:${loc.line}:${Number(loc.column ?? 0) + 1}` : file;
  return /\[ (\S+:\d+:\d+) \]/.exec(stripColours(error.message))?.[1];
}

// eslint-disable-next-line no-control-regex -- terminal colour codes are control characters.
const colourCodes = /\u001b\[[0-9;]*m/g;

function stripColours(text: string): string {
  return text.replace(colourCodes, '');
}

/** The first non-empty line, trimmed and without colour codes: SQL and code frames stop there. */
function firstLine(text: string): string {
  return (
    stripColours(text)
      .split('\n')
      .map((line) => line.trim())
      .find(Boolean) ?? ''
  );
}

export const pgliteExtensions = { pg_trgm, unaccent, fuzzystrmatch };

/**
 * PGlite's shared buffers by default. PostgreSQL's default of 128 MB is allocated up front inside
 * PGlite's WebAssembly memory, which never shrinks: it was most of an idle server's memory. The
 * operating system caches the data files too, so 16 MB costs little for a database of one region
 * office's records. A page that misses them is read through PGlite's file system layer, which costs
 * far more than in PostgreSQL: a national data set on PGlite wants more (PGLITE_SHARED_BUFFERS).
 */
export const defaultPgliteSharedBuffers = '16MB';

/** Opens the embedded PGlite database under `dataDir/pglite`, holding the data dir lock. */
export async function openPglite(
  dataDir: string,
  purpose = 'server',
  sharedBuffers = defaultPgliteSharedBuffers,
): Promise<Database> {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.accessSync(dataDir, fs.constants.W_OK);
  } catch (error) {
    throw new DatabaseOpenError(
      `DATA_DIR ${dataDir} is not writable: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  let release: () => void;
  try {
    release = lockDataDir(dataDir, purpose);
  } catch (error) {
    if (error instanceof DataDirLockedError) throw error;
    throw new DatabaseOpenError(`Cannot lock the data directory ${dataDir}: ${describeError(error)}`);
  }
  try {
    const client = await PGlite.create(path.join(dataDir, 'pglite'), {
      extensions: pgliteExtensions,
      startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${sharedBuffers}`],
    });
    const db = drizzlePglite({ client, schema }) as unknown as Db;
    return {
      kind: 'pglite',
      db,
      exclusive: (fn) => fn(),
      async rawQuery<T>(text: string, params: unknown[]) {
        return (await client.query<T>(text, params)).rows;
      },
      async jobSql(text: string, values?: unknown[]) {
        if (values && values.length > 0) return { rows: (await client.query(text, values)).rows };
        const results = await client.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      },
      async close() {
        try {
          await client.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw new DatabaseOpenError(`Could not open the PGlite database in ${dataDir}: ${describeError(error)}`);
  }
}

/** Connects to PostgreSQL with a pool and checks the connection once. */
export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, connectionTimeoutMillis: 5000 });
  // An idle client's network error must not crash the process; the next query reports it.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new DatabaseOpenError(
      `Cannot connect to PostgreSQL at ${redactUrlPasswords(url)}: ${describeError(error)}`,
    );
  }
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  return {
    kind: 'postgresql',
    db,
    async rawQuery<T>(text: string, params: unknown[]) {
      return (await pool.query(text, params)).rows as T[];
    },
    async jobSql(text: string, values?: unknown[]) {
      const result = (await pool.query(text, values)) as unknown as pg.QueryResult | pg.QueryResult[];
      // Several statements in one text answer one result each; pg-boss reads the last.
      return { rows: Array.isArray(result) ? (result.at(-1)?.rows ?? []) : result.rows };
    },
    async exclusive(fn) {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [startupLockKey]);
        return await fn();
      } finally {
        await client.query('select pg_advisory_unlock($1)', [startupLockKey]).catch(() => {});
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}

/** Opens the configured database: PostgreSQL when a URL is given, PGlite otherwise. */
export async function openDatabase(options: {
  databaseUrl?: string | undefined;
  dataDir: string;
  purpose?: string;
  /** PGlite's shared buffers (PGLITE_SHARED_BUFFERS); unused on PostgreSQL. */
  pgliteSharedBuffers?: string | undefined;
}): Promise<Database> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl)
    : openPglite(options.dataDir, options.purpose ?? 'server', options.pgliteSharedBuffers);
}

/** Rows of a raw query, for the few places (health, migrations count) that need one. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
