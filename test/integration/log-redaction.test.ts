import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { createLogger } from '../../src/server/logger.js';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { loginAs, type TestUser } from './support/factories.js';

/**
 * A failed statement is logged with its SQL and SQLSTATE but never with its parameters: the insert
 * of a user carries a password hash and the insert of an API token carries the token's hash. The
 * database is made to refuse both inserts (a trigger), so the real driver error of each database
 * goes through the app's error handler and the real logger.
 */
describe.each(databaseKinds)('logged database errors on %s', (kind) => {
  let t: TestApp;
  let admin: TestUser;
  const lines: string[] = [];
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await loginAs(t, { role: 'system_admin' });
    await t.database.db.execute(
      sql.raw(`
      create function refuse_insert_for_test() returns trigger as $$
      begin raise exception 'refused by the log redaction test'; end $$ language plpgsql`),
    );
    await t.database.db.execute(
      sql.raw(`create trigger refuse_users before insert on users
      for each row execute function refuse_insert_for_test()`),
    );
    await t.database.db.execute(
      sql.raw(`create trigger refuse_tokens before insert on api_tokens
      for each row execute function refuse_insert_for_test()`),
    );
    const destination = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        lines.push(chunk.toString());
        callback();
      },
    });
    const config = loadConfig({ DATA_DIR: '/nonexistent', LOG_LEVEL: 'info', NODE_ENV: 'test' });
    app = createApp({ config, database: t.database, logger: createLogger(config, destination) });
  });
  afterAll(async () => {
    await t?.close();
  });

  const post = (path: string, body: unknown) =>
    app.request(
      path,
      {
        method: 'POST',
        headers: { ...admin.headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      },
      { incoming: { socket: { remoteAddress: '127.0.0.1' } } },
    );

  function failureLog(requestId: string | null) {
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const entry = entries.find((item) => item.requestId === requestId && item.msg === 'request failed');
    expect(entry, 'the failure is logged').toBeDefined();
    return JSON.stringify(entry);
  }

  it("keeps a new user's password hash and e-mail out of the log", async () => {
    const response = await post('/api/users', {
      email: 'rahasia.log@test.go.id',
      name: 'Nama Rahasia Log',
      role: 'viewer',
      regionCode: '35.73',
      password: 'Sandi-rahasia-untuk-log-2024!',
    });
    expect(response.status).toBe(500);
    const logged = failureLog(response.headers.get('x-request-id'));
    expect(logged).toContain('insert into \\"users\\"');
    expect(logged).toContain('P0001');
    expect(logged).not.toContain('scrypt$');
    expect(logged).not.toContain('rahasia.log@test.go.id');
    expect(logged).not.toContain('Nama Rahasia Log');
  });

  it("keeps a new API token's hash out of the log", async () => {
    const response = await post('/api/auth/tokens', { name: 'token-name-for-log-test' });
    expect(response.status).toBe(500);
    const logged = failureLog(response.headers.get('x-request-id'));
    expect(logged).toContain('insert into \\"api_tokens\\"');
    expect(logged).not.toContain('token-name-for-log-test');
    expect(logged).not.toMatch(/snrg_/);
    // No long run of hex or base64url (a hash) anywhere in the entry.
    expect(logged).not.toMatch(/[A-Za-z0-9_-]{40,}/);
  });
});
