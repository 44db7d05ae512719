import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed000Ksb } from '../../src/domain/agreements/seed-agreements.test-support.js';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { loginAs, send, type TestUser } from './support/factories.js';

/**
 * A lost update answers 409 VERSION_CONFLICT with what changed since the client's version: each field
 * with its value at that version (from) and now (to), over every save in between.
 */

type Change = { field: string; from: unknown; to: unknown };
type Conflict = {
  error: {
    code: string;
    field: string;
    details: {
      currentVersion: number;
      changedFields: string[];
      changes: Change[];
      current: { version: number };
    };
  };
};

describe.each(databaseKinds)('version conflicts on %s', (kind) => {
  let t: TestApp;
  let bekasi: TestUser;
  let malang: TestUser;
  let id = '';

  beforeAll(async () => {
    t = await createTestApp(kind);
    bekasi = await loginAs(t, { role: 'region_admin', regionCode: '32.75' });
    malang = await loginAs(t, { role: 'region_admin', regionCode: '35.73' });
    const created = await send(t, bekasi, 'POST', '/api/agreements', seed000Ksb);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    id = (created.body as { id: string }).id;
  });

  afterAll(async () => {
    await t.close();
  });

  const patch = (user: TestUser, body: Record<string, unknown>) =>
    send(t, user, 'PATCH', `/api/agreements/${id}`, body);

  it('reports each changed field with its old and new value, across several saves', async () => {
    // Version 1 -> 2 -> 3 -> 4 by Kota Malang; the purpose is changed twice, the place and back again.
    expect(
      (await patch(malang, { purpose: 'Pelayanan dasar', signingPlace: 'Balai Kota', version: 1 })).status,
    ).toBe(200);
    expect((await patch(malang, { purpose: 'Pelayanan dasar dan pariwisata', version: 2 })).status).toBe(200);
    expect(
      (await patch(malang, { signingPlace: 'Aula Balai Kota Malang', validUntil: '2029-08-06', version: 3 }))
        .status,
    ).toBe(200);

    // Kota Bekasi still edits version 1.
    const stale = await patch(bekasi, { notes: 'Nomor belum tercantum', version: 1 });
    expect(stale.status).toBe(409);
    const { error } = stale.body as Conflict;
    expect(error.code).toBe('VERSION_CONFLICT');
    expect(error.field).toBe('version');
    expect(error.details.currentVersion).toBe(4);
    expect(error.details.current.version).toBe(4);
    const changes = error.details.changes.filter((change) => change.field !== 'confirmedParties');
    expect(changes).toEqual([
      { field: 'purpose', from: null, to: 'Pelayanan dasar dan pariwisata' },
      { field: 'validUntil', from: null, to: '2029-08-06' },
    ]);
    // The place was changed and changed back: it is not reported.
    expect(error.details.changedFields).not.toContain('signingPlace');
    expect(error.details.changedFields).toEqual(error.details.changes.map((change) => change.field));
  });

  it('reports only what changed after the version the client has', async () => {
    const stale = await patch(bekasi, { notes: 'Nomor belum tercantum', version: 3 });
    expect(stale.status).toBe(409);
    const changes = (stale.body as Conflict).error.details.changes;
    expect(changes.map((change) => change.field)).toContain('signingPlace');
    expect(changes.find((change) => change.field === 'signingPlace')).toEqual({
      field: 'signingPlace',
      from: 'Balai Kota',
      to: 'Aula Balai Kota Malang',
    });
    expect(changes.map((change) => change.field)).not.toContain('purpose');
    // Nothing was half-saved by the refused edits.
    const detail = await send(t, bekasi, 'GET', `/api/agreements/${id}`);
    expect((detail.body as { notes: string | null; version: number }).notes).toBeNull();
    expect((detail.body as { version: number }).version).toBe(4);
  });
});
