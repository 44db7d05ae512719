import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, where `bin/sinergi.mjs` and `src/cli/main.ts` live. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export type TestServerOptions = {
  /** PostgreSQL URL for the server; without it the server uses embedded PGlite in its data dir. */
  databaseUrl?: string;
  /** Extra environment variables for the server process (they win over the defaults). */
  env?: Record<string, string>;
  /** Extra arguments after `serve`, for example `--no-build-ui`. */
  args?: string[];
  /**
   * An existing DATA_DIR to serve from (a restart on the same data). The caller owns it: `stop()`
   * leaves it in place. Without it the server gets a fresh temporary dir that `stop()` removes.
   */
  dataDir?: string;
  /** How long to wait for `GET /api/health` to answer 200. Default 60 s. */
  startTimeoutMs?: number;
  /**
   * Start on an empty DATA_DIR, so that the server itself runs initdb, the migrations and the
   * reference data load. Without it, a server on PGlite with a fresh data dir starts from a copy of
   * the run's migrated template (`pglite-template.ts`), which spares ~11 s of CPU per server; the
   * server still checks the migrations and the reference data against it as on any restart.
   */
  freshDatabase?: boolean;
};

/** How a test server ended, as `stop()` saw it. */
export type StopResult = {
  /** The exit code, or null when a signal ended the process. */
  exitCode: number | null;
  /** The signal that ended the process (SIGKILL when it did not stop in time), or null. */
  signal: NodeJS.Signals | null;
  /** Milliseconds from SIGINT to exit (0 when the process had already exited). */
  ms: number;
  /** Whether it had to be killed with SIGKILL after the grace period. */
  forced: boolean;
  /** Whether DATA_DIR/sinergi.lock was gone once the process exited (checked before the dir is removed). */
  lockReleased: boolean;
};

export type TestServer = {
  /** `http://127.0.0.1:<port>` without a trailing slash. */
  baseUrl: string;
  /** The DATA_DIR given to the server; a fresh temporary one is removed by `stop()`. */
  dataDir: string;
  /** The server's process id (the Node process itself: bin/sinergi.mjs imports the compiled CLI). */
  pid: number;
  /**
   * Stops the server (SIGINT, then SIGKILL after 10 s), removes a temporary data dir and reports
   * how the process ended. Calling it again returns the same result.
   */
  stop(): Promise<StopResult>;
  /** What the server printed so far (the first-run setup link is logged on stdout). */
  output(): { stdout: string; stderr: string };
  /** The one-time setup link the server logs at start-up when no administrator exists (waits up to 10 s). */
  setupUrl(): Promise<string>;
};

const stopGraceMs = 10_000;
const outputLimit = 20_000;

/**
 * The environment of a `sinergi` child process: the parent's without its DATABASE_URL (a test
 * chooses its database explicitly), then `env`.
 */
export function sinergiEnv(env: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const inherited: NodeJS.ProcessEnv = { ...process.env };
  delete inherited.DATABASE_URL;
  return { ...inherited, ...env };
}

/**
 * The Node arguments of `sinergi`, as `npm start` and `npm run sinergi --` run it: the CLI compiled
 * ahead of time (`bin/sinergi.mjs` compiles it first when it is stale; the global setup
 * `server-build.ts` does that once per run).
 */
export const sinergiNodeArgs = ['bin/sinergi.mjs'];

/** Spawns `sinergi <args>` from the repository, exactly as `npm run sinergi --` would. */
export function spawnSinergi(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [...sinergiNodeArgs, ...args], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** A `sinergi` run to its end: exit status and everything it printed. */
export type SinergiRun = {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
};

/** Runs `sinergi <args>` to its end (SIGKILL after `timeoutMs`, default 60 s). */
export async function runSinergi(
  args: string[],
  env: Record<string, string | undefined> = {},
  timeoutMs = 60_000,
): Promise<SinergiRun> {
  const child = spawnSinergi(args, sinergiEnv(env));
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.once('close', (code, exitSignal) => resolve([code, exitSignal])),
  );
  clearTimeout(timer);
  return { exitCode, signal, stdout, stderr };
}

/**
 * Starts the real app as a child process (`sinergi serve`), exactly as an operator would,
 * on a free port with a fresh data dir, and resolves once `GET /api/health` answers 200.
 * A child process rather than an in-process app so that e2e and startup tests exercise
 * config parsing, migrations, static UI serving and graceful shutdown for real.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const port = await findFreePort();
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'sinergi-test-')));
  const onPglite = !options.databaseUrl && !options.env?.DATABASE_URL && !options.env?.DATA_DIR;
  if (ownsDataDir && onPglite && !options.freshDatabase) {
    const templateDir = await providedTemplateDir();
    if (templateDir) copyPgliteTemplate(templateDir, dataDir);
  }
  const baseUrl = `http://127.0.0.1:${port}`;

  const env = sinergiEnv({
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...options.env,
  });

  const child = spawnSinergi(['serve', ...(options.args ?? [])], env);
  const output = captureOutput(child);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  // If the test runner dies without calling stop(), do not leave the server behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  let stopped: Promise<StopResult> | undefined;
  const stop = () => {
    stopped ??= (async () => {
      process.removeListener('exit', killOnExit);
      const started = performance.now();
      let forced = false;
      let timer: NodeJS.Timeout | undefined;
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGINT');
        timer = setTimeout(() => {
          forced = true;
          child.kill('SIGKILL');
        }, stopGraceMs);
      }
      const { code, signal } = await exited;
      clearTimeout(timer);
      const ms = timer ? Math.round(performance.now() - started) : 0;
      const lockReleased = !existsSync(join(dataDir, 'sinergi.lock'));
      if (ownsDataDir) await rm(dataDir, { recursive: true, force: true });
      return { exitCode: code, signal, ms, forced, lockReleased };
    })();
    return stopped;
  };

  try {
    await waitForHealth(
      baseUrl,
      exited.then(({ code, signal }) => code ?? signal),
      options.startTimeoutMs ?? 60_000,
    );
  } catch (error) {
    await stop();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `sinergi serve did not become healthy: ${reason}\n--- server stderr ---\n${output.stderr()}\n--- server stdout ---\n${output.stdout()}`,
      { cause: error },
    );
  }
  const setupUrl = async () => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const found = /(https?:\/\/\S+\/setup\?token=[\w-]+)/.exec(output.stdout())?.[1];
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no setup link in the server output:\n${output.stdout()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return {
    baseUrl,
    dataDir,
    pid: child.pid ?? 0,
    stop,
    output: () => ({ stdout: output.stdout(), stderr: output.stderr() }),
    setupUrl,
  };
}

/** Copies the migrated PGlite template (`pglite-template.ts`) into an empty DATA_DIR, ready to open. */
export function copyPgliteTemplate(templateDir: string, dataDir: string): void {
  cpSync(templateDir, dataDir, { recursive: true });
  rmSync(join(dataDir, 'sinergi.lock'), { force: true });
}

/** The run's migrated template, when the project's global setup made one (integration, e2e). */
function providedTemplateDir(): Promise<string | undefined> {
  return provided('pgliteTemplateDir');
}

/**
 * A value a project's global setup provided (`project.provide`), or undefined outside a Vitest
 * worker (the benchmarks and scripts use these helpers too) or when the setup provided none.
 */
export async function provided<K extends 'pgliteTemplateDir' | 'browserWsEndpoint'>(
  key: K,
): Promise<string | undefined> {
  try {
    // Imported here, not at the top: outside Vitest, importing it fails.
    const { inject } = await import('vitest');
    return inject(key);
  } catch {
    return undefined;
  }
}

/** Asks the kernel for a free TCP port on 127.0.0.1 (listen on 0, read the port, close). */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error('could not read the port of a TCP listener'));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}

async function waitForHealth(
  baseUrl: string,
  exited: Promise<number | string | null>,
  timeoutMs: number,
): Promise<void> {
  let childExit: number | string | null | undefined;
  void exited.then((status) => {
    childExit = status;
  });
  const deadline = Date.now() + timeoutMs;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (childExit !== undefined) throw new Error(`the process exited early (${String(childExit)})`);
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
      lastProblem = `GET /api/health answered ${response.status}: ${(await response.text()).slice(0, 500)}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out after ${timeoutMs} ms (${lastProblem})`);
}

/** Keeps the tail of the child's output so a failed start can show why. */
function captureOutput(child: ChildProcess): { stdout(): string; stderr(): string } {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout = (stdout + chunk).slice(-outputLimit);
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-outputLimit);
  });
  return { stdout: () => stdout, stderr: () => stderr };
}
