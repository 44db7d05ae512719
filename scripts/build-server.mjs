// Compiles the server and CLI (src/cli/main.ts and everything it imports) ahead of time into one
// ES module, dist/server/sinergi.mjs, with esbuild; packages stay in node_modules (not bundled).
// `npm start` and `bin/sinergi.mjs` run that file, so the server does not carry a TypeScript loader
// (tsx) and the transformed sources in its memory; see docs/decisions/016-server-compiled-ahead.md.
//
//   node scripts/build-server.mjs          builds when stale (prints nothing when fresh)
//   node scripts/build-server.mjs --force  builds
//
// Plain JavaScript: it must run before anything can run TypeScript.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const serverBundle = path.join(root, 'dist', 'server', 'sinergi.mjs');
/** The files the last build read (from esbuild's metafile), to tell whether it is stale. */
const inputsFile = path.join(root, 'dist', 'server', 'inputs.json');
const entry = path.join(root, 'src', 'cli', 'main.ts');

function modifiedAt(file) {
  return fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs;
}

/**
 * Whether the bundle is missing or older than one of the sources it was built from (or than this
 * script or package.json). Without the sources (an install that ships only dist/server) the bundle is
 * used as it is.
 */
export function serverBuildIsStale() {
  const builtAt = modifiedAt(serverBundle);
  if (builtAt === undefined) return true;
  if (!fs.existsSync(entry)) return false;
  let inputs;
  try {
    inputs = JSON.parse(fs.readFileSync(inputsFile, 'utf8'));
  } catch {
    return true;
  }
  const files = [...inputs, 'package.json', 'scripts/build-server.mjs'];
  return files.some((file) => (modifiedAt(path.join(root, file)) ?? Infinity) > builtAt);
}

/**
 * Builds dist/server/sinergi.mjs (and its source map). Throws esbuild's error on a failed build.
 * Each file is written beside its place and renamed into it, so a server starting while another
 * process builds reads either the old bundle or the new one, never half of one.
 */
export async function buildServer() {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [entry],
    outfile: serverBundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Dependencies are imported from node_modules at run time, as under tsx.
    packages: 'external',
    sourcemap: 'linked',
    metafile: true,
    write: false,
    logLevel: 'warning',
    legalComments: 'none',
  });
  const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith('node_modules/'));
  fs.mkdirSync(path.dirname(serverBundle), { recursive: true });
  const files = [
    { path: inputsFile, contents: `${JSON.stringify(inputs.sort(), null, 1)}\n` },
    // The bundle last: its modification time is what the next start compares with the inputs.
    ...result.outputFiles.sort((a, b) => Number(a.path === serverBundle) - Number(b.path === serverBundle)),
  ];
  for (const file of files) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, file.contents);
    fs.renameSync(temporary, file.path);
  }
}

/** Builds the bundle when it is stale; returns whether it built. */
export async function ensureServerBuilt() {
  if (!serverBuildIsStale()) return false;
  await buildServer();
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  const built = process.argv.includes('--force') ? (await buildServer(), true) : await ensureServerBuilt();
  if (built)
    process.stderr.write(
      `built ${path.relative(root, serverBundle)} in ${Math.round(performance.now() - started)} ms\n`,
    );
}
