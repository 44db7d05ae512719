/**
 * The whole app over a loaded database, for the benches: requests as the browser sends them (through
 * middleware, session and validation) and logged-in sessions of new test users.
 */
import { createApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import type { Database } from '../src/server/db/client';
import { createLogger } from '../src/server/logger';
import type { TestApp } from '../test/integration/support/app';
import { createTestUser, login } from '../test/integration/support/factories';

export type BenchRequest = (pathname: string, init?: RequestInit) => Promise<Response>;

export function benchApp(database: Database, dataDir: string) {
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', NODE_ENV: 'production' });
  const app = createApp({ config, database, logger: createLogger(config) });
  const request: BenchRequest = (pathname, init) =>
    Promise.resolve(app.request(pathname, init, { incoming: { socket: { remoteAddress: '127.0.0.1' } } }));
  const harness = { database, request } as unknown as TestApp;
  /** The headers of a logged-in session of a new user with these options. */
  const session = async (options: Parameters<typeof createTestUser>[1]) => {
    const { email } = await createTestUser(harness, options);
    const result = await login(harness, email);
    if (result.status !== 200) throw new Error(`login failed: ${result.status}`);
    return result.headers;
  };
  return { request, session };
}
