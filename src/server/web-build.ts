import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from './logger.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
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

/** Whether the built UI is missing or older than its sources. */
export function webBuildIsStale(): boolean {
  const built = fs.statSync(path.join(webDistDir, 'index.html'), { throwIfNoEntry: false });
  if (!built) return true;
  const sources = [path.join(repoRoot, 'src', 'web'), path.join(repoRoot, 'src', 'domain'), viteConfigFile];
  return sources.some((source) => newestMtime(source) > built.mtimeMs);
}

/**
 * Builds the UI with Vite. Vite's own messages go to the app's logger (stdout, JSON), so a failed
 * build leaves the one-line start-up error as the only thing on stderr; the error is thrown.
 */
export async function buildWeb(logger: Logger, configFile: string = viteConfigFile): Promise<void> {
  logger.info({ configFile }, 'building the UI');
  const started = performance.now();
  const { build, createLogger } = await import('vite');
  const viteLogger = createLogger('warn');
  viteLogger.warn = (message) => logger.warn({ vite: true }, message);
  viteLogger.warnOnce = viteLogger.warn;
  viteLogger.error = (message) => logger.error({ vite: true }, message);
  await build({ configFile, logLevel: 'warn', customLogger: viteLogger, mode: 'production' });
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
