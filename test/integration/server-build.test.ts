import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ensureServerBuilt, serverBuildIsStale, serverBundle } from '../../scripts/build-server.mjs';
import { repoRoot, sinergiEnv, sinergiNodeArgs } from '../support/test-server.js';

// `npm start` and `sinergi` run the CLI compiled ahead of time (decision 016): bin/sinergi.mjs
// compiles it when it is missing or older than one of its sources, so a fresh clone or a checkout
// of newer sources never runs an old server.
describe('the compiled server (dist/server/sinergi.mjs)', () => {
  it('is compiled again by bin/sinergi.mjs when older than a source, then runs', async () => {
    await ensureServerBuilt();
    expect(serverBuildIsStale()).toBe(false);

    // Older than src/cli/main.ts: as after a pull that changed the sources.
    const sourceTime = fs.statSync(`${repoRoot}/src/cli/main.ts`).mtime;
    const past = new Date(sourceTime.getTime() - 60_000);
    fs.utimesSync(serverBundle, past, past);
    expect(serverBuildIsStale()).toBe(true);

    const run = spawnSync(process.execPath, [...sinergiNodeArgs, 'regions', 'resolve', 'Pemkot Bekasi'], {
      cwd: repoRoot,
      env: sinergiEnv(),
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'resolved', region: { code: '32.75' } });
    expect(run.stderr).toMatch(/built dist\/server\/sinergi\.mjs/);
    expect(fs.statSync(serverBundle).mtimeMs).toBeGreaterThan(sourceTime.getTime());
    expect(serverBuildIsStale()).toBe(false);
  });
});
