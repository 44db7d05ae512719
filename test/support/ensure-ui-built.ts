import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtForProduction } from '../../src/server/web-build.js';
import { repoRoot } from './test-server.js';

const webSourceDir = join(repoRoot, 'src', 'web');
const builtIndex = join(repoRoot, 'dist', 'web', 'index.html');
/** Files outside src/web whose change also changes the bundle. */
const buildInputs = ['vite.config.ts', 'package-lock.json'].map((file) => join(repoRoot, file));

/**
 * Builds the UI (`vite build`: src/web -> dist/web) when dist/web/index.html is missing or older
 * than any UI source, so e2e tests never run against a stale bundle. The server builds on demand
 * too; doing it here first keeps the build's time and errors out of the server's start timeout.
 */
export function ensureUiBuilt(): void {
  const builtAt = modifiedAt(builtIndex);
  if (builtAt !== undefined && builtAt >= newestModification() && builtForProduction()) return;

  const vite = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: repoRoot,
    // Vitest runs with NODE_ENV=test, which would make Vite bundle React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (result.status !== 0) {
    throw new Error(
      `vite build failed (${result.error?.message ?? `exit ${String(result.status ?? result.signal)}`}):\n${result.stderr}\n${result.stdout}`,
    );
  }
}

function newestModification(): number {
  let newest = 0;
  for (const file of [...buildInputs, ...listFiles(webSourceDir)]) {
    newest = Math.max(newest, modifiedAt(file) ?? 0);
  }
  return newest;
}

function modifiedAt(file: string): number | undefined {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
