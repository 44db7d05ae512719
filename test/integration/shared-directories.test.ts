/**
 * One rule for the shared directories (organisations, officials' terms, OPD): everyone reads every
 * entry, but only an administrator of the entry's owning region (or a system administrator) changes
 * or deletes it. Another region's administrator gets 403, whatever the directory.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { loginAs, send, type TestUser } from './support/factories.js';

const malang = '35.73';
const bekasi = '32.75';

describe.each(databaseKinds)('shared directories are changed by their owning region only, on %s', (kind) => {
  let t: TestApp;
  let malangAdmin: TestUser;
  let bekasiAdmin: TestUser;
  let systemAdmin: TestUser;

  beforeAll(async () => {
    t = await createTestApp(kind);
    malangAdmin = await loginAs(t, { role: 'region_admin', regionCode: malang });
    bekasiAdmin = await loginAs(t, { role: 'region_admin', regionCode: bekasi });
    systemAdmin = await loginAs(t, { role: 'system_admin' });
  });
  afterAll(async () => {
    await t?.close();
  });

  async function created(user: TestUser, path: string, body: unknown): Promise<string> {
    const response = await send(t, user, 'POST', path, body);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return (response.body as { id: string }).id;
  }

  const directories = [
    {
      name: 'organisations',
      create: () =>
        created(malangAdmin, '/api/organizations', { name: 'Universitas Brawijaya', kind: 'universitas' }),
      path: (id: string) => `/api/organizations/${id}`,
      rename: { name: 'Universitas Brawijaya (diubah Bekasi)' },
      deletable: false,
    },
    {
      name: 'officials',
      create: () =>
        created(malangAdmin, '/api/officials', {
          personName: 'Wahyu Hidayat',
          office: 'wali_kota',
          actingKind: 'pj',
          regionCode: malang,
          start: '2023-09-23',
          end: null,
        }),
      path: (id: string) => `/api/officials/${id}`,
      rename: { personName: 'Orang Lain' },
      deletable: true,
    },
    {
      name: 'OPD',
      create: () => created(malangAdmin, '/api/opds', { regionCode: malang, name: 'Dinas Lingkungan Hidup' }),
      path: (id: string) => `/api/opds/${id}`,
      rename: { name: 'Dinas Diubah Bekasi' },
      deletable: true,
    },
  ];

  it.each(directories)(
    "refuses another region's rename and delete of $name (403), allows the owner's",
    async (directory) => {
      const id = await directory.create();
      const rename = await send(t, bekasiAdmin, 'PATCH', directory.path(id), directory.rename);
      expect(rename.status, JSON.stringify(rename.body)).toBe(403);
      expect((rename.body as { error: { code: string } }).error.code).toBe('FORBIDDEN');
      if (directory.deletable) {
        expect((await send(t, bekasiAdmin, 'DELETE', directory.path(id))).status).toBe(403);
      }
      // Still readable by the other region (shared directory), and unchanged.
      const read = await send(t, bekasiAdmin, 'GET', directory.path(id));
      if (read.status !== 405 && read.status !== 404) {
        expect(read.status).toBe(200);
        expect(read.body).not.toMatchObject(directory.rename);
      }
      expect((await send(t, malangAdmin, 'PATCH', directory.path(id), directory.rename)).status).toBe(200);
    },
  );

  it('gives an organisation the region of who recorded it as owner; a system administrator’s has none', async () => {
    const own = await send(t, bekasiAdmin, 'POST', '/api/organizations', {
      name: 'PT Jasa Marga',
      kind: 'perusahaan',
      regionCode: malang,
    });
    expect(own.body).toMatchObject({ regionCode: malang, ownerRegionCode: bekasi });
    const id = (own.body as { id: string }).id;
    // Based in Malang, but recorded (owned) by Bekasi: Malang does not change it.
    expect((await send(t, malangAdmin, 'PATCH', `/api/organizations/${id}`, { name: 'PT JM' })).status).toBe(
      403,
    );
    expect(
      (await send(t, systemAdmin, 'PATCH', `/api/organizations/${id}`, { name: 'PT Jasa Marga (Persero)' }))
        .status,
    ).toBe(200);

    const national = await send(t, systemAdmin, 'POST', '/api/organizations', {
      name: 'Kejaksaan Negeri Kota Malang',
      kind: 'instansi_vertikal',
    });
    expect(national.status, JSON.stringify(national.body)).toBe(201);
    expect(national.body).toMatchObject({ ownerRegionCode: null });
    const nationalId = (national.body as { id: string }).id;
    for (const admin of [malangAdmin, bekasiAdmin]) {
      const patch = await send(t, admin, 'PATCH', `/api/organizations/${nationalId}`, { name: 'Diubah' });
      expect(patch.status).toBe(403);
    }
  });
});
