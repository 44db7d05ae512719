import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from './logger.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const webDistDir = path.join(repoRoot, 'dist', 'web');

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
  const sources = [
    path.join(repoRoot, 'src', 'web'),
    path.join(repoRoot, 'src', 'domain'),
    path.join(repoRoot, 'vite.config.ts'),
  ];
  return sources.some((source) => newestMtime(source) > built.mtimeMs);
}

/**
 * Builds the UI with Vite when it is missing or stale, so `npm start` on a fresh clone serves a
 * working UI without a separate build step. A production install can ship `dist/web` prebuilt.
 */
export async function ensureWebBuilt(logger: Logger): Promise<void> {
  if (!webBuildIsStale()) return;
  const sourceExists = fs.existsSync(path.join(repoRoot, 'src', 'web', 'index.html'));
  if (!sourceExists) return;
  logger.info('building the UI (dist/web is missing or older than src/web)');
  const started = performance.now();
  const { build } = await import('vite');
  await build({ configFile: path.join(repoRoot, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  logger.info({ ms: Math.round(performance.now() - started) }, 'UI built');
}
