/**
 * The OPD directory: every logged-in user lists the OPD of any region (a partner's too, which the
 * agreement form offers as OPD pelaksana), while changing an OPD stays with its own region.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { loginAs, send, type TestUser } from './support/factories.js';

type ErrorBody = { error: { code: string; field?: string } };
type Opd = { id: string; regionCode: string; name: string; abbreviation: string | null };

const bekasi = '32.75';
const malang = '35.73';

describe.each(databaseKinds)('OPD directory on %s', (kind) => {
  let t: TestApp;
  let adminBekasi: TestUser;
  let adminMalang: TestUser;
  let dinkesMalang: string;

  const makeOpd = async (admin: TestUser, regionCode: string, name: string, abbreviation?: string) => {
    const response = await send(t, admin, 'POST', '/api/opds', { regionCode, name, abbreviation });
    expect(response.status).toBe(201);
    return (response.body as Opd).id;
  };
  const list = (user: TestUser | null, regionCode: string) =>
    send(t, user, 'GET', `/api/opds?regionCode=${regionCode}`);

  beforeAll(async () => {
    t = await createTestApp(kind);
    adminBekasi = await loginAs(t, { role: 'region_admin', regionCode: bekasi });
    adminMalang = await loginAs(t, { role: 'region_admin', regionCode: malang });
    await makeOpd(adminBekasi, bekasi, 'Dinas Kesehatan');
    dinkesMalang = await makeOpd(adminMalang, malang, 'Dinas Kesehatan', 'Dinkes');
    const removed = await makeOpd(adminMalang, malang, 'Dinas Lama');
    expect((await send(t, adminMalang, 'DELETE', `/api/opds/${removed}`)).status).toBe(200);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("lists another region's OPD for every role, without the deleted ones", async () => {
    for (const role of ['region_admin', 'reviewer', 'opd_officer', 'viewer', 'oversight'] as const) {
      const user = await loginAs(t, { role, regionCode: role === 'oversight' ? '32' : bekasi });
      const response = await list(user, malang);
      expect(response.status, role).toBe(200);
      expect((response.body as { items: Opd[] }).items, role).toEqual([
        expect.objectContaining({ id: dinkesMalang, regionCode: malang, abbreviation: 'Dinkes' }),
      ]);
    }
  });

  it('refuses anonymous visitors and answers 404 for an unknown region', async () => {
    const anonymous = await list(null, malang);
    expect(anonymous.status).toBe(401);
    const unknown = await list(adminBekasi, '99.99');
    expect(unknown.status).toBe(404);
    expect((unknown.body as ErrorBody).error).toMatchObject({
      code: 'REGION_NOT_FOUND',
      field: 'regionCode',
    });
  });

  it("keeps changing an OPD with its region: another region's admin gets 403 and nothing changes", async () => {
    const patch = await send(t, adminBekasi, 'PATCH', `/api/opds/${dinkesMalang}`, { abbreviation: 'X' });
    expect(patch.status).toBe(403);
    expect((patch.body as ErrorBody).error.code).toBe('FORBIDDEN');
    const remove = await send(t, adminBekasi, 'DELETE', `/api/opds/${dinkesMalang}`);
    expect(remove.status).toBe(403);
    const after = (await list(adminMalang, malang)).body as { items: Opd[] };
    expect(after.items).toEqual([expect.objectContaining({ id: dinkesMalang, abbreviation: 'Dinkes' })]);
  });

  it("lets a party name the partner's listed OPD as responsible (OPD pelaksana)", async () => {
    const listed = ((await list(adminBekasi, malang)).body as { items: Opd[] }).items;
    const created = await send(t, adminBekasi, 'POST', '/api/agreements?force=true', {
      title: 'Kesepakatan Bersama layanan kesehatan rujukan',
      kind: 'ksdd',
      documentType: 'kesepakatan_bersama',
      parties: [
        { kind: 'region', regionCode: bekasi },
        { kind: 'region', regionCode: malang },
      ],
      responsibleOpdIds: listed.map((opd) => opd.id),
    });
    expect(created.status).toBe(201);
    expect((created.body as { responsibleOpds: Opd[] }).responsibleOpds.map((opd) => opd.id)).toEqual([
      dinkesMalang,
    ]);
  });
});
