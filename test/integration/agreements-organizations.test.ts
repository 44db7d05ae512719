import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { loginAs, send, type TestUser } from './support/factories.js';

type Organization = { id: string; name: string; kind: string; country: string; regionCode: string | null };
type Page = { items: Organization[]; total: number };
type ErrorBody = { error: { code: string; field?: string } };

describe.each(databaseKinds)('organizations API on %s', (kind) => {
  let t: TestApp;
  let admin: TestUser;
  let viewer: TestUser;
  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await loginAs(t, { role: 'region_admin', regionCode: '35.73' });
    viewer = await loginAs(t, { role: 'viewer', regionCode: '35.73' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('creates, reads, searches (typo tolerant) and updates an organisation, with audit', async () => {
    const created = await send(t, admin, 'POST', '/api/organizations', {
      name: 'Universitas Brawijaya',
      kind: 'universitas',
      regionCode: '35.73',
      identifiers: { pddikti: '001002' },
    });
    expect(created.status).toBe(201);
    const org = created.body as Organization;
    expect(org).toMatchObject({ name: 'Universitas Brawijaya', kind: 'universitas', country: 'ID' });

    const one = await send(t, viewer, 'GET', `/api/organizations/${org.id}`);
    expect(one.status).toBe(200);

    for (const q of ['brawijaya', 'Universitas Brawijya']) {
      const found = await send(t, viewer, 'GET', `/api/organizations?q=${encodeURIComponent(q)}`);
      expect((found.body as Page).items.map((o) => o.id)).toContain(org.id);
    }

    const patched = await send(t, admin, 'PATCH', `/api/organizations/${org.id}`, { kind: 'lainnya' });
    expect(patched.status).toBe(200);
    expect((patched.body as Organization).kind).toBe('lainnya');

    const audit = await send(t, admin, 'GET', `/api/audit?entityType=organization&entityId=${org.id}`);
    expect(audit.status).toBe(200);
    const actions = (audit.body as { items: Array<{ action: string }> }).items.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['organization.create', 'organization.update']));
  });

  it('refuses a duplicate name, an unknown kind or region, and writes by a viewer', async () => {
    await send(t, admin, 'POST', '/api/organizations', { name: 'PT Sampah Bersih', kind: 'perusahaan' });
    const duplicate = await send(t, admin, 'POST', '/api/organizations', {
      name: 'pt sampah bersih',
      kind: 'perusahaan',
    });
    expect(duplicate.status).toBe(409);
    expect((duplicate.body as ErrorBody).error).toMatchObject({ code: 'CONFLICT', field: 'body.name' });

    const badKind = await send(t, admin, 'POST', '/api/organizations', { name: 'X Corp', kind: 'alien' });
    expect(badKind.status).toBe(400);
    expect((badKind.body as ErrorBody).error.field).toBe('body.kind');

    const badRegion = await send(t, admin, 'POST', '/api/organizations', {
      name: 'Y Corp',
      kind: 'perusahaan',
      regionCode: '99.99',
    });
    expect(badRegion.status).toBe(404);
    expect((badRegion.body as ErrorBody).error.code).toBe('REGION_NOT_FOUND');

    const forbidden = await send(t, viewer, 'POST', '/api/organizations', {
      name: 'Z Corp',
      kind: 'perusahaan',
    });
    expect(forbidden.status).toBe(403);
  });

  it('answers 404 ORGANIZATION_NOT_FOUND for an unknown id', async () => {
    const missing = await send(t, viewer, 'GET', '/api/organizations/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect((missing.body as ErrorBody).error.code).toBe('ORGANIZATION_NOT_FOUND');
  });
});
