import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, where `src/cli/main.ts` lives. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export type TestServerOptions = {
  /** PostgreSQL URL for the server; without it the server uses embedded PGlite in its data dir. */
  databaseUrl?: string;
  /** Extra environment variables for the server process (they win over the defaults). */
  env?: Record<string, string>;
  /** How long to wait for `GET /api/health` to answer 200. Default 60 s. */
  startTimeoutMs?: number;
};

export type TestServer = {
  /** `http://127.0.0.1:<port>` without a trailing slash. */
  baseUrl: string;
  /** The fresh temporary DATA_DIR given to the server; removed by `stop()`. */
  dataDir: string;
  /** Stops the server (SIGINT, then SIGKILL after 10 s) and removes the data dir. */
  stop(): Promise<void>;
  /** What the server printed so far (the first-run setup link is logged on stdout). */
  output(): { stdout: string; stderr: string };
  /** The one-time setup link the server logs at start-up when no administrator exists (waits up to 10 s). */
  setupUrl(): Promise<string>;
};

const stopGraceMs = 10_000;
const outputLimit = 20_000;

/**
 * Starts the real app as a child process (`sinergi serve`), exactly as an operator would,
 * on a free port with a fresh data dir, and resolves once `GET /api/health` answers 200.
 * A child process rather than an in-process app so that e2e and startup tests exercise
 * config parsing, migrations, static UI serving and graceful shutdown for real.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const port = await findFreePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'sinergi-test-'));
  const baseUrl = `http://127.0.0.1:${port}`;

  // The parent's DATABASE_URL must not leak in: a test chooses its database explicitly.
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...options.env,
  };

  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = captureOutput(child);
  const exited = new Promise<number | string | null>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal));
  });
  // If the test runner dies without calling stop(), do not leave the server behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), stopGraceMs);
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseUrl, exited, options.startTimeoutMs ?? 60_000);
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
    stop,
    output: () => ({ stdout: output.stdout(), stderr: output.stderr() }),
    setupUrl,
  };
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
