import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { z } from 'zod';
import { cliActor, roles } from '../server/auth/policy.js';
import { AppError } from '../server/errors.js';
import { presentUser } from '../server/features/auth/service.js';
import { createUser } from '../server/features/users/service.js';
import { resolveRegion } from '../domain/regions/resolve.js';
import { ConfigError, loadConfig } from '../server/config.js';
import { DatabaseOpenError } from '../server/db/client.js';
import { DataDirLockedError } from '../server/db/lock.js';
import { countAppliedMigrations } from '../server/db/migrate.js';
import { createLogger } from '../server/logger.js';
import {
  prepareDatabase,
  startServer,
  startWorker,
  StartupAbortedError,
  StartupError,
  type RunningServer,
} from '../server/start.js';
import { repoRoot } from '../server/web-build.js';

/** A mistake in the command's input: one line, exit code 1. */
class UsageError extends Error {
  override name = 'UsageError';
}

/** Errors whose message is meant for the operator as it is: printed as one line, no stack. */
const expectedErrors = [ConfigError, DatabaseOpenError, DataDirLockedError, StartupError, UsageError];

function fail(error: unknown): never {
  if (expectedErrors.some((type) => error instanceof type)) {
    // One line whatever the message holds (SQL, a code frame): the operator reads the first line.
    process.stderr.write(`sinergi: ${(error as Error).message.replace(/\s*\n\s*/g, ' ')}\n`);
  } else {
    // A bug, not an operator's mistake: the stack is what a maintainer needs.
    process.stderr.write(
      `sinergi: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
}

/** Closing on SIGINT/SIGTERM must not hang: after this long the process exits regardless. */
const shutdownGraceMs = 10_000;

type Closable = { close(): Promise<void> };

/**
 * Starts something long-running (the server, the worker) and closes it on SIGINT/SIGTERM. Signals
 * are handled from the start, so Ctrl-C during the UI build, initdb or migrations closes the
 * database and releases the data dir lock instead of killing the process mid-step.
 */
async function runUntilSignal(
  logger: ReturnType<typeof createLogger>,
  start: (signal: AbortSignal) => Promise<Closable>,
): Promise<Closable | undefined> {
  const aborter = new AbortController();
  let running: Closable | undefined;
  let stopping = false;
  const closeAndExit = (target: Closable) =>
    target.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'error while shutting down');
        process.exit(1);
      },
    );
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, running ? 'shutting down' : 'start-up interrupted, closing');
    setTimeout(() => process.exit(1), shutdownGraceMs).unref();
    if (running) void closeAndExit(running);
    else aborter.abort();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    running = await start(aborter.signal);
  } catch (error) {
    // Interrupted: start() closed whatever it had opened.
    if (error instanceof StartupAbortedError) process.exit(0);
    throw error;
  }
  // A signal after the last step of start-up but before it returned.
  if (stopping) await closeAndExit(running);
  return running;
}

async function serveCommand(options: { worker: boolean; buildUi: boolean }) {
  const config = loadConfig();
  if (!options.worker) config.WORKER = false;
  const logger = createLogger(config);
  await runUntilSignal(logger, (signal): Promise<RunningServer> =>
    startServer(config, logger, { buildUi: options.buildUi, signal }),
  );
}

/** `sinergi worker`: runs the background jobs only, until SIGINT/SIGTERM. */
async function workerCommand() {
  const config = loadConfig();
  const logger = createLogger(config);
  const worker = await runUntilSignal(logger, (signal) => startWorker(config, logger, { signal }));
  if (worker) logger.info({ database: config.database }, 'Sinergi worker is running');
}

function devCommand() {
  // API with reload on change (tsx watch) and the Vite dev server with hot reload, proxying /api.
  const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
  const vite = path.join(repoRoot, 'node_modules', '.bin', 'vite');
  const children = [
    spawn(tsx, ['watch', '--clear-screen=false', 'src/cli/main.ts', 'serve', '--no-build-ui'], {
      cwd: repoRoot,
      stdio: 'inherit',
    }),
    spawn(vite, ['--port', '5173'], { cwd: repoRoot, stdio: 'inherit' }),
  ];
  const stop = () => {
    for (const child of children) child.kill('SIGINT');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  for (const child of children) child.on('exit', () => stop());
}

type UsersCreateOptions = {
  email: string;
  name: string;
  role: string;
  region?: string;
  opd?: string;
  oversightScope?: string;
  passwordStdin?: boolean;
};

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function usersCreateCommand(options: UsersCreateOptions) {
  const input = newUserInput.safeParse({
    email: options.email,
    name: options.name,
    role: options.role,
    regionCode: options.region ?? null,
    opdId: options.opd ?? null,
    oversightScope: options.oversightScope ?? null,
  });
  if (!input.success) {
    const issue = input.error.issues[0];
    throw new UsageError(`--${String(issue?.path[0] ?? 'input')}: ${issue?.message ?? 'invalid'}`);
  }
  const password = options.passwordStdin ? await readStdin() : undefined;
  const config = loadConfig();
  const database = await prepareDatabase(config, 'sinergi users create');
  try {
    const { user, reset } = await createUser(
      database.db,
      { actor: cliActor, ip: null, requestId: null },
      { ...input.data, password },
    );
    const base = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
    process.stdout.write(
      `${JSON.stringify({
        user: presentUser(user),
        passwordLink: reset ? `${base}/atur-sandi?token=${encodeURIComponent(reset.token)}` : null,
      })}\n`,
    );
  } catch (error) {
    if (error instanceof AppError)
      throw new UsageError(`${error.code}: ${error.message}${error.field ? ` (${error.field})` : ''}`);
    throw error;
  } finally {
    await database.close();
  }
}

const newUserInput = z.object({
  email: z.string().trim().toLowerCase().email(),
  name: z.string().trim().min(1).max(200),
  role: z.enum(roles),
  regionCode: z.string().nullable(),
  opdId: z.string().uuid().nullable(),
  oversightScope: z.enum(['province', 'national']).nullable(),
});

async function migrateCommand() {
  const config = loadConfig();
  const database = await prepareDatabase(config, 'sinergi migrate');
  try {
    const applied = await countAppliedMigrations(database);
    process.stdout.write(`${JSON.stringify({ database: database.kind, migrations: applied })}\n`);
  } finally {
    await database.close();
  }
}

// A .env file beside the app is read like the environment (variables already set win).
if (fs.existsSync('.env')) process.loadEnvFile('.env');

const program = new Command();
program
  .name('sinergi')
  .description('Sinergi: Sistem Informasi Kerja Sama Daerah')
  .showHelpAfterError()
  .configureOutput({ writeErr: (text) => process.stderr.write(text) });

program
  .command('serve')
  .description('serve the UI and API (and run background jobs)')
  .option('--no-worker', 'do not run background jobs in this instance (extra web instances)')
  .option('--no-build-ui', 'do not build the UI when it is missing or stale')
  .action((options: { worker: boolean; buildUi: boolean }) => serveCommand(options).catch(fail));

program
  .command('worker')
  .description('run the background jobs only (reminders, e-mail), without the web server')
  .action(() => workerCommand().catch(fail));

program
  .command('dev')
  .description('run the API with reload on change and the Vite dev server on :5173')
  .action(devCommand);

program
  .command('migrate')
  .description('apply database migrations and load reference data')
  .action(() => migrateCommand().catch(fail));

const regionsCommand = program.command('regions').description('region reference data');
regionsCommand
  .command('resolve')
  .description('resolve a region name ("Pemkab Bekasi", "Jabar") and print JSON')
  .argument('<text>', 'the name to resolve')
  .action((text: string) => {
    const resolution = resolveRegion(text);
    process.stdout.write(`${JSON.stringify(resolution)}\n`);
    process.exitCode = resolution.status === 'not_found' ? 2 : 0;
  });

const usersCommand = program.command('users').description('user accounts');
usersCommand
  .command('create')
  .description('create a user; prints JSON with the user and, without a password, a one-time link to set one')
  .requiredOption('--email <email>', 'login email')
  .requiredOption('--name <name>', 'full name')
  .requiredOption('--role <role>', `one of ${roles.join(', ')}`)
  .option('--region <code>', 'Kemendagri code of the region (pemda) the user works for')
  .option('--opd <id>', 'OPD id within the region')
  .option('--oversight-scope <scope>', 'province or national (oversight role)')
  .option('--password-stdin', 'read the password from standard input')
  .action((options: UsersCreateOptions) => usersCreateCommand(options).catch(fail));

program
  .command('extract')
  .description('extract a draft cooperation record from article files (text or HTML); one JSON line per file')
  .argument('<files...>', 'article files')
  .action(async (files: string[]) => {
    // Loaded on use: the extractor's rules and lexicons are no part of a server's memory.
    const { runExtract } = await import('./commands/extract.js');
    process.exitCode = await runExtract(files, (line) => process.stdout.write(`${line}\n`));
  });

await program.parseAsync(process.argv);
