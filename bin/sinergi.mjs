#!/usr/bin/env node
// Entry point of `npm start`, `npm run sinergi` and an installed `sinergi` command: runs the CLI
// compiled ahead of time (dist/server/sinergi.mjs) in this process, compiling it first when it is
// missing or older than its sources. The compiler (esbuild) runs in a child process, so none of it
// stays in the server's memory. See docs/decisions/016-server-compiled-ahead.md.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root, serverBuildIsStale, serverBundle } from '../scripts/build-server.mjs';

if (serverBuildIsStale()) {
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-server.mjs')], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (build.status !== 0) {
    process.stderr.write(
      `sinergi: could not compile the server (${build.error?.message ?? `exit ${build.status ?? build.signal}`}); run \`npm run build:server\` for the full report\n`,
    );
    process.exit(1);
  }
}
await import(pathToFileURL(serverBundle).href);
