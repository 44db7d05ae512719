import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app.js';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/client.js';
import { runMigrations } from './db/migrate.js';
import { loadReferenceData } from './db/reference.js';
import type { Logger } from './logger.js';
import { purgeExpiredSessions } from './auth/sessions.js';
import { issueSetupTokenIfNeeded } from './features/auth/service.js';
import { ensureWebBuilt, webDistDir } from './web-build.js';

/** A start-up failure that has one clear line for the operator (no stack trace). */
export class StartupError extends Error {
  override name = 'StartupError';
}

/** Opens the database, applies migrations and loads the reference data. */
export async function prepareDatabase(config: Config, purpose: string): Promise<Database> {
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.dataDir, purpose });
  try {
    await runMigrations(database);
    await loadReferenceData(database);
    return database;
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
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

/** Starts the web server (and, later, the job worker): `sinergi serve` and `npm start`. */
export async function startServer(
  config: Config,
  logger: Logger,
  options: { buildUi?: boolean } = {},
): Promise<RunningServer> {
  const started = performance.now();
  if (options.buildUi !== false) await ensureWebBuilt(logger);
  const database = await prepareDatabase(config, 'server');
  let server: ServerType;
  try {
    const app = createApp({ config, database, logger, webDir: webDistDir });
    server = await listen(app, config);
  } catch (error) {
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
  // Housekeeping that any instance may run (idempotent deletes): expired sessions, old login attempts.
  const housekeeping = () =>
    purgeExpiredSessions(database.db, config).catch((error: unknown) =>
      logger.warn({ err: error }, 'session housekeeping failed'),
    );
  await housekeeping();
  const housekeepingTimer = setInterval(housekeeping, 3_600_000);
  housekeepingTimer.unref();
  const setupToken = await issueSetupTokenIfNeeded(database.db);
  if (setupToken) {
    logger.warn(
      `First run: no administrator exists. Open ${url}/setup?token=${setupToken} to create one (the link works once, for 24 hours).`,
    );
  }
  let closing: Promise<void> | undefined;
  return {
    url,
    close() {
      closing ??= (async () => {
        clearInterval(housekeepingTimer);
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Keep-alive connections would hold close() open; end them.
          (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        });
        await database.close();
      })();
      return closing;
    },
  };
}
