import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from './logger.js';
import { repoRoot, sourcePath } from './paths.js';

export { repoRoot };
export const webDistDir = path.join(repoRoot, 'dist', 'web');
/** The Vite config of the UI. */
export const viteConfigFile = path.join(repoRoot, 'vite.config.ts');

function newestMtime(target: string): number {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target))
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/**
 * Whether a built UI was built for production: vite.config.ts records the NODE_ENV it bundled
 * with. A build without the record, or made with NODE_ENV=test or development, carries the
 * development builds of React.
 */
export function builtForProduction(distDir: string = webDistDir): boolean {
  try {
    const record = JSON.parse(fs.readFileSync(path.join(distDir, '.vite', 'build-mode.json'), 'utf8')) as {
      nodeEnv?: unknown;
    };
    return record.nodeEnv === 'production';
  } catch {
    return false;
  }
}

/** Whether the built UI is missing, older than its sources, or not built for production. */
export function webBuildIsStale(): boolean {
  const built = fs.statSync(path.join(webDistDir, 'index.html'), { throwIfNoEntry: false });
  if (!built || !builtForProduction()) return true;
  const sources = [path.join(repoRoot, 'src', 'web'), path.join(repoRoot, 'src', 'domain'), viteConfigFile];
  return sources.some((source) => newestMtime(source) > built.mtimeMs);
}

/** What the build process sends (web-build-worker.mjs). */
type WorkerMessage =
  | { kind: 'log'; level: 'warn' | 'error'; message: string }
  | { kind: 'done' }
  | { kind: 'failed'; error: SerializedError };
type SerializedError = {
  message: string;
  code?: string;
  id?: string;
  loc?: { file?: unknown; line?: unknown; column?: unknown };
  errors?: SerializedError[];
};

function toError(serialized: SerializedError): Error {
  const { message, errors, ...details } = serialized;
  return Object.assign(new Error(message), details, errors ? { errors: errors.map(toError) } : {});
}

/** The environment of a UI build: this process's, with NODE_ENV=production whatever it was. */
export function productionBuildEnv(): NodeJS.ProcessEnv {
  return { ...process.env, NODE_ENV: 'production' };
}

const workerFile = sourcePath('src/server/web-build-worker.mjs');

/**
 * Builds the UI with Vite in a child process, so that the build's memory leaves with it rather than
 * staying in the server. Vite's own messages go to the app's logger (stdout, JSON), so a failed
 * build leaves the one-line start-up error as the only thing on stderr; the error is thrown.
 */
export async function buildWeb(logger: Logger, configFile: string = viteConfigFile): Promise<void> {
  logger.info({ configFile }, 'building the UI');
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    let failure: Error | undefined;
    const child = fork(workerFile, [configFile], {
      cwd: repoRoot,
      // The parent's loader flags (tsx) are not needed: the worker is plain JavaScript.
      execArgv: [],
      // Vite and the libraries it bundles read NODE_ENV: a server started with NODE_ENV=test or
      // development (tests, `npm run dev`) would otherwise ship the development builds of React.
      env: productionBuildEnv(),
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const output: string[] = [];
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('message', (message: WorkerMessage) => {
      if (message.kind === 'log') logger[message.level]({ vite: true }, message.message);
      else if (message.kind === 'failed') failure = toError(message.error);
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) return resolve();
      const text = output.join('').trim();
      reject(
        failure ?? new Error(text || `the UI build process ended with ${signal ?? `exit code ${code}`}`),
      );
    });
  });
  logger.info({ ms: Math.round(performance.now() - started) }, 'UI built');
}

/**
 * Builds the UI with Vite when it is missing or stale, so `npm start` on a fresh clone serves a
 * working UI without a separate build step. A production install can ship `dist/web` prebuilt.
 */
export async function ensureWebBuilt(logger: Logger): Promise<void> {
  if (!webBuildIsStale()) return;
  const sourceExists = fs.existsSync(path.join(repoRoot, 'src', 'web', 'index.html'));
  if (!sourceExists) return;
  logger.info('dist/web is missing or older than src/web');
  await buildWeb(logger);
}
