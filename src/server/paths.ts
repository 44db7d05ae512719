import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The app's root: the nearest folder above this module that holds a package.json. The same whether
 * the server runs from its TypeScript sources (src/server/paths.ts, under tsx or Vitest) or from the
 * compiled bundle (dist/server/sinergi.mjs, see `scripts/build-server.mjs`), so files the server
 * reads at run time (migrations, reference data, worker modules) are named from here, never
 * relative to the module that reads them.
 */
function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${start}`);
  }
}

export const repoRoot = findRoot(path.dirname(fileURLToPath(import.meta.url)));

/** A file of the sources, by its path from the root (`src/server/db/migrations`). */
export function sourcePath(relative: string): string {
  return path.join(repoRoot, relative);
}

/** The same as a file URL, for worker threads and dynamic imports. */
export function sourceUrl(relative: string): URL {
  return pathToFileURL(sourcePath(relative));
}
