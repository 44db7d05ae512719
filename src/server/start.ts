import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app.js';
import { configWarnings, type Config } from './config.js';
import { describeError, openDatabase, type Database } from './db/client.js';
import { runMigrations } from './db/migrate.js';
import { loadReferenceData } from './db/reference.js';
import type { Logger } from './logger.js';
import { purgeExpiredSessions } from './auth/sessions.js';
import { issueSetupTokenIfNeeded } from './features/auth/service.js';
import { buildWeb, ensureWebBuilt, webDistDir } from './web-build.js';
import { createJobRunner, type JobRunner } from './jobs/runner.js';
import { createStorage } from './storage/index.js';

/** A start-up failure that has one clear line for the operator (no stack trace). */
export class StartupError extends Error {
  override name = 'StartupError';
}

/** Start-up was cancelled by SIGINT/SIGTERM; whatever was opened has been closed again. */
export class StartupAbortedError extends Error {
  override name = 'StartupAbortedError';
  constructor() {
    super('start-up interrupted');
  }
}

/** Wraps a failed start-up step as a one-line `StartupError`, keeping the original as `cause`. */
function startupError(step: string, error: unknown): StartupError {
  if (error instanceof StartupError || error instanceof StartupAbortedError) return error;
  const statement = failedStatement(error);
  const running = statement ? ` (while running "${statement}")` : '';
  return new StartupError(`${step}: ${describeError(error)}${running}`, { cause: error });
}

/** The SQL a Drizzle query error was running, shortened to one line. */
function failedStatement(error: unknown): string | undefined {
  const query = (error as { query?: unknown } | null)?.query;
  if (typeof query !== 'string') return undefined;
  const text = query
    .replace(/--[^\n]*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new StartupAbortedError();
}

export type PrepareOptions = {
  /** Cancels between steps (after the database opened, after migrations); the database is closed. */
  signal?: AbortSignal;
  /** Another migrations folder, for tests of a failing migration. */
  migrationsFolder?: string;
};

/** Opens the database, applies migrations and loads the reference data. */
export async function prepareDatabase(
  config: Config,
  purpose: string,
  options: PrepareOptions = {},
): Promise<Database> {
  throwIfAborted(options.signal);
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.dataDir,
    purpose,
    pgliteSharedBuffers: config.PGLITE_SHARED_BUFFERS,
  });
  try {
    throwIfAborted(options.signal);
    await runMigrations(database, options.migrationsFolder).catch((error: unknown) => {
      throw startupError('Database migrations failed', error);
    });
    throwIfAborted(options.signal);
    await loadReferenceData(database).catch((error: unknown) => {
      throw startupError('Loading the reference data (regions) failed', error);
    });
    throwIfAborted(options.signal);
    return database;
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
}

/**
 * Builds the UI when it is missing or stale. A failed build is one line (Vite's first line) rather
 * than its multi-line report; `npm run build` shows the whole report. SIGINT during a build does not
 * wait for it: nothing is open yet, and a half-written dist/web is rebuilt on the next start.
 */
export async function buildUi(
  logger: Logger,
  options: {
    signal?: AbortSignal;
    /** Build with this Vite config, stale or not (tests of a failing build). */
    configFile?: string;
  } = {},
): Promise<void> {
  const { signal, configFile } = options;
  throwIfAborted(signal);
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(new StartupAbortedError());
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    await Promise.race([configFile ? buildWeb(logger, configFile) : ensureWebBuilt(logger), aborted]);
  } catch (error) {
    if (error instanceof StartupAbortedError) throw error;
    throw new StartupError(
      `Could not build the UI: ${describeError(error)} (run \`npm run build\` for the full report, or start with --no-build-ui)`,
      { cause: error },
    );
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

function listen(app: ReturnType<typeof createApp>, config: Config): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, () =>
      resolve(server),
    );
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new StartupError(
            `Port ${config.PORT} on ${config.HOST} is already in use; set PORT to a free port.`,
          ),
        );
      } else if (error.code === 'EACCES') {
        reject(new StartupError(`No permission to listen on ${config.HOST}:${config.PORT}.`));
      } else {
        reject(new StartupError(`Cannot listen on ${config.HOST}:${config.PORT}: ${error.message}`));
      }
    });
  });
}

export type RunningServer = { url: string; close(): Promise<void> };

/**
 * Starts the job runner: its queues and schedules, and with `work` its workers. Says once whether
 * e-mail notifications are on.
 */
export async function startJobs(
  database: Database,
  config: Config,
  logger: Logger,
  options: { work: boolean },
): Promise<JobRunner> {
  const jobs = createJobRunner({ database, config, logger });
  try {
    await jobs.start(options);
  } catch (error) {
    await jobs.stop().catch(() => {});
    throw startupError('Starting the job runner failed', error);
  }
  if (options.work)
    logger.info(
      config.SMTP_URL
        ? 'Background jobs are running; e-mail notifications go through SMTP_URL'
        : 'Background jobs are running; e-mail is off (SMTP_URL is not set): notifications are in-app only',
    );
  else logger.info('Background jobs are not run by this instance (--no-worker or WORKER=false)');
  return jobs;
}

/** `sinergi worker`: the database and the job workers, without the web server. */
export async function startWorker(
  config: Config,
  logger: Logger,
  options: { signal?: AbortSignal } = {},
): Promise<{ close(): Promise<void> }> {
  const database = await prepareDatabase(config, 'worker', { signal: options.signal });
  let jobs: JobRunner;
  try {
    jobs = await startJobs(database, config, logger, { work: true });
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    close() {
      closing ??= (async () => {
        await jobs.stop().catch((error: unknown) => logger.warn({ err: error }, 'stopping the jobs failed'));
        await database.close();
      })();
      return closing;
    },
  };
}

/** Starts the web server and, unless WORKER is off, the job workers: `sinergi serve` and `npm start`. */
export async function startServer(
  config: Config,
  logger: Logger,
  options: {
    buildUi?: boolean;
    /** SIGINT/SIGTERM during start-up: stop after the current step, close what was opened. */
    signal?: AbortSignal;
  } = {},
): Promise<RunningServer> {
  const started = performance.now();
  const { signal } = options;
  for (const warning of configWarnings(config)) logger.warn(warning);
  if (options.buildUi !== false) await buildUi(logger, { signal });
  const database = await prepareDatabase(config, 'server', { signal });
  let server: ServerType;
  let jobs: JobRunner;
  try {
    jobs = await startJobs(database, config, logger, { work: config.WORKER });
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
  try {
    // One storage provider for the whole app, built once and handed to the features that keep files.
    const storage = createStorage(config);
    const app = createApp({ config, database, logger, webDir: webDistDir, jobs, storage });
    server = await listen(app, config);
  } catch (error) {
    await jobs.stop().catch(() => {});
    await database.close().catch(() => {});
    throw error;
  }
  const address = server.address() as AddressInfo;
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
  const url = config.PUBLIC_URL ?? `http://${host}:${address.port}`;
  logger.info(
    { database: database.kind, ms: Math.round(performance.now() - started) },
    `Sinergi is ready on ${url}`,
  );
  let housekeepingTimer: NodeJS.Timeout | undefined;
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      clearInterval(housekeepingTimer);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections would hold close() open; end them.
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await jobs.stop().catch((error: unknown) => logger.warn({ err: error }, 'stopping the jobs failed'));
      await database.close();
    })();
    return closing;
  };
  try {
    // Housekeeping that any instance may run (idempotent deletes): expired sessions, old login attempts.
    const housekeeping = () =>
      purgeExpiredSessions(database.db, config).catch((error: unknown) =>
        logger.warn({ err: error }, 'session housekeeping failed'),
      );
    await housekeeping();
    // Fire and forget: housekeeping logs its own failure and never rejects.
    housekeepingTimer = setInterval(() => void housekeeping(), 3_600_000);
    housekeepingTimer.unref();
    const setupToken = await issueSetupTokenIfNeeded(database.db);
    if (setupToken) {
      logger.warn(
        `First run: no administrator exists. Open ${url}/setup?token=${setupToken} to create one (the link works once, for 24 hours).`,
      );
    }
  } catch (error) {
    await close().catch(() => {});
    throw startupError('Preparing the first run failed', error);
  }
  return { url, close };
}
