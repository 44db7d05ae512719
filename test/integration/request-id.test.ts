import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { createTestUser, loginAs, testPassword, type TestUser } from './support/factories.js';

type AuditPage = {
  items: Array<{
    action: string;
    entityId: string;
    requestId: string | null;
    clientRequestId: string | null;
  }>;
};

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The request id is the server's: a client's X-Request-Id never becomes the id that the log and the
 * audit trail are keyed on (a client could forge or reuse one), and is kept apart as untrusted.
 */
describe.each(databaseKinds)('request ids on %s', (kind) => {
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await loginAs(t, { role: 'system_admin' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("answers with its own id, not the client's", async () => {
    const response = await t.request('/api/regions/32', { headers: { 'X-Request-Id': 'forged-id-123' } });
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(uuid);
    const error = await t.json<{ error: { requestId: string } }>('/api/regions/99.99', {
      headers: { 'X-Request-Id': 'forged-id-123' },
    });
    expect(error.body.error.requestId).toMatch(uuid);
    expect(error.body.error.requestId).toBe(error.headers.get('x-request-id'));
  });

  it('audits the server id, and the client id only in its own untrusted field', async () => {
    const { email, userId } = await createTestUser(t, { role: 'viewer', regionCode: '35.73' });
    const response = await t.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Request-Id': 'client-trace-42' },
      body: JSON.stringify({ email, password: testPassword }),
    });
    expect(response.status).toBe(200);
    const serverId = response.headers.get('x-request-id');
    expect(serverId).toMatch(uuid);

    const { body } = await t.json<AuditPage>(`/api/audit?entityId=${userId}&action=auth.login`, {
      headers: admin.headers,
    });
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({ requestId: serverId, clientRequestId: 'client-trace-42' });
  });

  it("keeps only visible ASCII of a client's id, at most 200 characters", async () => {
    const { email, userId } = await createTestUser(t, { role: 'viewer', regionCode: '35.73' });
    await t.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Request-Id': `a b\tc${'x'.repeat(500)}` },
      body: JSON.stringify({ email, password: testPassword }),
    });
    const { body } = await t.json<AuditPage>(`/api/audit?entityId=${userId}&action=auth.login`, {
      headers: admin.headers,
    });
    expect(body.items[0]?.clientRequestId).toBe(`abc${'x'.repeat(197)}`);
  });
});
