import fs from 'node:fs/promises';
import path from 'node:path';
import { encode, minCompressBytes } from './compression.js';

/** Files of the built UI worth compressing; source maps are left out, they are not served by default. */
const compressibleFile = /\.(?:js|mjs|css|html|svg|json|txt|webmanifest)$/i;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * Writes `file.br` (brotli quality 11) and `file.gz` (gzip level 9) beside every compressible file
 * of at least 1 KB under `dir`, once at build time, so the server sends them without compressing
 * per request (`serveStatic({ precompressed: true })` picks them by Accept-Encoding). Returns the
 * number of files compressed.
 */
export async function precompressDir(dir: string): Promise<number> {
  const files = (await filesUnder(dir)).filter((file) => compressibleFile.test(file));
  let count = 0;
  await Promise.all(
    files.map(async (file) => {
      const body = await fs.readFile(file);
      if (body.byteLength < minCompressBytes) return;
      const [br, gz] = await Promise.all([encode(body, 'br', 'best'), encode(body, 'gzip', 'best')]);
      await Promise.all([fs.writeFile(`${file}.br`, br), fs.writeFile(`${file}.gz`, gz)]);
      count += 1;
    }),
  );
  return count;
}
