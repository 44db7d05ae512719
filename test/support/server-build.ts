import { ensureServerBuilt } from '../../scripts/build-server.mjs';

/**
 * Global setup of the integration and e2e projects: compiles the CLI (dist/server/sinergi.mjs) once
 * when it is stale, before any test spawns `sinergi`, so that the compile stays out of the servers'
 * start timeouts and parallel spawns do not each compile it.
 */
export default async function setup(): Promise<void> {
  await ensureServerBuilt();
}
