/**
 * Duplicate checks hold under concurrency: identical creates sent at once give exactly one record and
 * a 409 for every other (the check and the insert run in one transaction under an advisory lock of
 * the duplicate key; see src/server/db/transaction-lock.ts). On PostgreSQL, without the lock, 100
 * parallel creates gave 100 rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { loginAs, malangPasuruanKsb, send, type TestUser } from './support/factories.js';

const parallel = 100;

describe.each(databaseKinds)('duplicate checks under %d parallel identical creates', (kind) => {
  let t: TestApp;
  let malangAdmin: TestUser;

  beforeAll(async () => {
    t = await createTestApp(kind);
    malangAdmin = await loginAs(t, { role: 'region_admin', regionCode: '35.73' });
  });
  afterAll(async () => {
    await t?.close();
  });

  async function statuses(path: string, body: unknown) {
    const responses = await Promise.all(
      Array.from({ length: parallel }, () => send(t, malangAdmin, 'POST', path, body)),
    );
    const counts = new Map<string, number>();
    for (const response of responses) {
      const code = (response.body as { error?: { code: string } }).error?.code ?? '';
      const key = `${response.status}${code ? ` ${code}` : ''}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return Object.fromEntries(counts);
  }

  it(`${kind}: one agreement, ${parallel - 1} DUPLICATE_SUSPECTED`, async () => {
    expect(await statuses('/api/agreements', malangPasuruanKsb())).toEqual({
      201: 1,
      '409 DUPLICATE_SUSPECTED': parallel - 1,
    });
    const list = await send(t, malangAdmin, 'GET', '/api/agreements?pageSize=100');
    expect((list.body as { total: number }).total).toBe(1);
  });

  it(`${kind}: one organisation, ${parallel - 1} CONFLICT`, async () => {
    const body = { name: 'Universitas Negeri Malang', kind: 'universitas' };
    expect(await statuses('/api/organizations', body)).toEqual({ 201: 1, '409 CONFLICT': parallel - 1 });
    const list = await send(t, malangAdmin, 'GET', '/api/organizations?q=Universitas%20Negeri%20Malang');
    expect((list.body as { total: number }).total).toBe(1);
  });

  it(`${kind}: one OPD, ${parallel - 1} CONFLICT`, async () => {
    const body = { regionCode: '35.73', name: 'Dinas Perhubungan' };
    expect(await statuses('/api/opds', body)).toEqual({ 201: 1, '409 CONFLICT': parallel - 1 });
  });
});
