import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { loginAs, send, type TestUser } from './support/factories.js';

/**
 * A pemda signing with a university or a prosecutor's office (Kejaksaan) is a KSDPK: one region and one
 * organisation. The review screen turns the extracted organisation into a party, either matched to an
 * organisation already recorded or recorded in the same save. And suggested matches use every party.
 */
type ErrorBody = { error: { code: string; field?: string } };
type Extracted = { result: { organizations: Array<{ name: string; kind: string }>; text: string } };
type Saved = {
  sourceId: string;
  record: { id: string; created: boolean };
  organizations: Array<{ placeholderId: string; id: string; name: string; created: boolean }>;
};

const fixtures = path.resolve(import.meta.dirname, '../fixtures/articles');
const article = (name: string) => fs.readFileSync(path.join(fixtures, name), 'utf8');
const placeholder = '7b0f4c5e-8a1d-4c2b-9e3f-1a2b3c4d5e6f';

async function count(t: TestApp, table: 'organizations' | 'sources' | 'agreements'): Promise<number> {
  const result = (await t.database.db.execute(
    sql.raw(`select count(*)::int as n from ${table}`),
  )) as unknown as { rows: Array<{ n: number }> };
  return Number(result.rows[0]?.n ?? 0);
}

/** The KSDPK the review screen builds for the Banyuwangi–Universitas Airlangga MoU. */
function banyuwangiUnair(organizationId: string, overrides: Record<string, unknown> = {}) {
  return {
    title: 'Nota Kesepahaman Pemkab Banyuwangi dan Universitas Airlangga',
    kind: 'ksdpk',
    documentType: 'nota_kesepahaman',
    parties: [
      { kind: 'region', regionCode: '35.10' },
      { kind: 'organization', organizationId },
    ],
    signatories: [
      { partyKey: '35.10', name: 'Ipuk Setyawati', office: 'bupati', actingKind: 'definitif' },
      { partyKey: organizationId, name: 'Hendra Wijaya', office: 'lainnya', actingKind: 'definitif' },
    ],
    signingDate: '2024-06-03',
    signingPlace: 'Pendopo Sabha Swagata Blambangan',
    sectors: ['pendidikan', 'kesehatan'],
    ...overrides,
  };
}

describe.each(databaseKinds)('a pemda signing with a third party, from an article, on %s', (kind) => {
  let t: TestApp;
  let banyuwangi: TestUser;
  let makassar: TestUser;

  beforeAll(async () => {
    t = await createTestApp(kind);
    banyuwangi = await loginAs(t, { role: 'region_admin', regionCode: '35.10' });
    makassar = await loginAs(t, { role: 'region_admin', regionCode: '73.71' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('records the extracted university as a new organisation and saves the MoU as a KSDPK', async () => {
    const text = article('012-mou-banyuwangi-universitas.txt');
    const extracted = await send(t, banyuwangi, 'POST', '/api/extract', { text });
    expect(extracted.status).toBe(200);
    const result = (extracted.body as Extracted).result;
    expect(result.organizations).toContainEqual({ name: 'Universitas Airlangga', kind: 'university' });

    const saved = await send(t, banyuwangi, 'POST', '/api/ingest', {
      source: { text: result.text, url: 'https://banyuwangikab.example/berita/unair' },
      target: {
        kind: 'new_agreement',
        agreement: banyuwangiUnair(placeholder),
        newOrganizations: [
          { placeholderId: placeholder, name: 'Universitas Airlangga', kind: 'universitas' },
        ],
      },
    });
    expect(saved.status).toBe(201);
    const body = saved.body as Saved;
    expect(body.organizations).toEqual([
      { placeholderId: placeholder, id: expect.any(String), name: 'Universitas Airlangga', created: true },
    ]);
    const organizationId = body.organizations[0]?.id ?? '';
    expect(organizationId).not.toBe(placeholder);

    const agreement = await send(t, banyuwangi, 'GET', `/api/agreements/${body.record.id}`);
    expect(agreement.status).toBe(200);
    const detail = agreement.body as {
      kind: string;
      parties: Array<{
        kind: string;
        regionCode: string | null;
        organizationId: string | null;
        name: string;
      }>;
      signatories: Array<{ name: string; partyKey?: string }>;
    };
    expect(detail.kind).toBe('ksdpk');
    expect(detail.parties.map((party) => [party.kind, party.regionCode ?? party.organizationId])).toEqual([
      ['region', '35.10'],
      ['organization', organizationId],
    ]);
    expect(detail.parties[1]?.name).toBe('Universitas Airlangga');
    expect(detail.signatories.map((signatory) => signatory.name).sort()).toEqual([
      'Hendra Wijaya',
      'Ipuk Setyawati',
    ]);

    const organization = await send(t, banyuwangi, 'GET', `/api/organizations/${organizationId}`);
    expect(organization.body).toMatchObject({ name: 'Universitas Airlangga', kind: 'universitas' });
    const sources = await send(t, banyuwangi, 'GET', `/api/agreements/${body.record.id}/sources`);
    expect((sources.body as { items: Array<{ url: string }> }).items[0]?.url).toBe(
      'https://banyuwangikab.example/berita/unair',
    );
  });

  it('uses the recorded organisation when a new one has the same name, instead of recording it twice', async () => {
    const before = await count(t, 'organizations');
    const other = '3c9d2e1f-5b6a-4d7c-8e9f-0a1b2c3d4e5f';
    const saved = await send(t, banyuwangi, 'POST', '/api/ingest', {
      source: { text: article('012-mou-banyuwangi-universitas.txt') },
      target: {
        kind: 'new_agreement',
        force: true,
        agreement: banyuwangiUnair(other, { title: 'PKS Pemkab Banyuwangi dan Universitas Airlangga' }),
        newOrganizations: [{ placeholderId: other, name: 'universitas airlangga', kind: 'universitas' }],
      },
    });
    expect(saved.status).toBe(201);
    expect((saved.body as Saved).organizations[0]).toMatchObject({ created: false });
    expect(await count(t, 'organizations')).toBe(before);
  });

  it('matches the Kejaksaan to the organisation record found by searching the directory', async () => {
    const recorded = await send(t, makassar, 'POST', '/api/organizations', {
      name: 'Kejaksaan Negeri Makassar',
      kind: 'instansi_vertikal',
      regionCode: '73.71',
    });
    expect(recorded.status).toBe(201);
    const text = article('013-kejaksaan-negeri-makassar.txt');
    const extracted = (await send(t, makassar, 'POST', '/api/extract', { text })).body as Extracted;
    const name = extracted.result.organizations.find(
      (organization) => organization.kind === 'prosecutor',
    )?.name;
    expect(name).toBe('Kejaksaan Negeri Makassar');
    // What the review screen does: search the directory by the extracted name.
    const search = await send(t, makassar, 'GET', `/api/organizations?q=${encodeURIComponent(name ?? '')}`);
    const found = (search.body as { items: Array<{ id: string; name: string }> }).items[0];
    expect(found?.name).toBe('Kejaksaan Negeri Makassar');
    const organizationsBefore = await count(t, 'organizations');

    const saved = await send(t, makassar, 'POST', '/api/ingest', {
      source: { text: extracted.result.text },
      target: {
        kind: 'new_agreement',
        agreement: {
          title: 'Kesepakatan Pemkot Makassar dan Kejaksaan Negeri Makassar bidang Datun',
          kind: 'ksdpk',
          documentType: 'kesepakatan_bersama',
          parties: [
            { kind: 'region', regionCode: '73.71' },
            { kind: 'organization', organizationId: found?.id },
          ],
          signatories: [
            { partyKey: '73.71', name: 'Andi Rahman', office: 'wali_kota', actingKind: 'definitif' },
            { partyKey: found?.id, name: 'Sutrisno Hadi', office: 'lainnya', actingKind: 'definitif' },
          ],
          signingDate: '2024-03-07',
          sectors: ['pemerintahan_umum'],
        },
      },
    });
    expect(saved.status).toBe(201);
    expect((saved.body as Saved).organizations).toEqual([]);
    expect(await count(t, 'organizations')).toBe(organizationsBefore);
    const detail = await send(t, makassar, 'GET', `/api/agreements/${(saved.body as Saved).record.id}`);
    expect((detail.body as { parties: Array<{ name: string }> }).parties.map((party) => party.name)).toEqual([
      'Kota Makassar',
      'Kejaksaan Negeri Makassar',
    ]);
  });

  it('saves nothing, not even the organisation, when the draft is refused', async () => {
    const before = await Promise.all([
      count(t, 'organizations'),
      count(t, 'sources'),
      count(t, 'agreements'),
    ]);
    const fresh = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
    const newOrganizations = [
      { placeholderId: fresh, name: 'Politeknik Negeri Banyuwangi', kind: 'universitas' },
    ];
    const ruleBroken = await send(t, banyuwangi, 'POST', '/api/ingest', {
      source: { text: 'teks berita' },
      target: {
        kind: 'new_agreement',
        force: true,
        agreement: banyuwangiUnair(fresh, {
          title: 'MoU Poliwangi',
          validFrom: '2024-06-03',
          validUntil: '2024-01-01',
        }),
        newOrganizations,
      },
    });
    expect(ruleBroken.status).toBe(422);
    expect((ruleBroken.body as ErrorBody).error.code).toBe('RULE_VIOLATION');

    const notAParty = await send(t, banyuwangi, 'POST', '/api/ingest', {
      source: { text: 'teks berita' },
      target: {
        kind: 'new_agreement',
        agreement: {
          ...banyuwangiUnair(fresh),
          parties: [{ kind: 'region', regionCode: '35.10' }],
          signatories: [],
        },
        newOrganizations,
      },
    });
    expect(notAParty.status).toBe(400);
    expect((notAParty.body as ErrorBody).error.field).toBe('body.target.newOrganizations.0.placeholderId');

    const badKind = await send(t, banyuwangi, 'POST', '/api/ingest', {
      source: { text: 'teks berita' },
      target: {
        kind: 'new_agreement',
        agreement: banyuwangiUnair(fresh),
        newOrganizations: [{ placeholderId: fresh, name: 'Poliwangi', kind: 'university' }],
      },
    });
    expect(badKind.status).toBe(400);
    expect((badKind.body as ErrorBody).error.field).toMatch(/newOrganizations\.0\.kind/);

    // Without a placeholder the organisation id is unknown: a rule issue at the party, not a crash.
    const unknown = await send(t, banyuwangi, 'POST', '/api/ingest', {
      source: { text: 'teks berita' },
      target: { kind: 'new_agreement', agreement: banyuwangiUnair(fresh) },
    });
    expect(unknown.status).toBe(422);

    expect(
      await Promise.all([count(t, 'organizations'), count(t, 'sources'), count(t, 'agreements')]),
    ).toEqual(before);
  });

  it('refuses to record an organisation for a token without organization:manage', async () => {
    const token = await send(t, banyuwangi, 'POST', '/api/auth/tokens', {
      name: 'impor saja',
      permissions: ['ingest:save', 'ingest:extract', 'agreement:create', 'agreement:read'],
    });
    expect(token.status).toBe(201);
    const secret = (token.body as { token: string }).token;
    const fresh = 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e';
    const response = await t.json<ErrorBody>('/api/ingest', {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        source: { text: 'teks berita' },
        target: {
          kind: 'new_agreement',
          agreement: banyuwangiUnair(fresh, { title: 'MoU lain' }),
          newOrganizations: [{ placeholderId: fresh, name: 'Universitas Jember', kind: 'universitas' }],
        },
      }),
    });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('FORBIDDEN');
  });
});

describe.each(databaseKinds)('suggested matches for a four-party signing on %s', (kind) => {
  let t: TestApp;
  let cirebon: TestUser;
  const ids: Record<string, string> = {};

  const create = async (key: string, codes: string[], signingDate: string) => {
    const response = await send(t, cirebon, 'POST', '/api/agreements?force=true', {
      title: `Kesepakatan Bersama ${key}`,
      kind: 'ksdd',
      documentType: 'kesepakatan_bersama',
      parties: codes.map((regionCode) => ({ kind: 'region', regionCode })),
      signingDate,
    });
    expect(response.status).toBe(201);
    ids[key] = (response.body as { id: string }).id;
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    cirebon = await loginAs(t, { role: 'region_admin', regionCode: '32.74' });
    // The Ciayumajakuning water signing, one with two of its parties, one sharing a single party, one
    // with all four parties but far in time, and one with the four and one more.
    await create('empat', ['32.74', '32.09', '32.08', '32.10'], '2023-11-07');
    await create('dua', ['32.74', '32.09'], '2023-11-20');
    await create('satu', ['32.74', '32.12'], '2023-11-07');
    await create('lama', ['32.74', '32.09', '32.08', '32.10'], '2022-01-10');
    await create('lima', ['32.74', '32.09', '32.08', '32.10', '32.12'], '2023-12-30');
  });
  afterAll(async () => {
    await t?.close();
  });

  const matches = async (parties: string, date?: string) => {
    const query = `parties=${parties}${date ? `&date=${date}` : ''}`;
    const response = await send(t, cirebon, 'GET', `/api/ingest/matches?${query}`);
    expect(response.status).toBe(200);
    return (response.body as { items: Array<{ id: string; sharedParties: number }> }).items;
  };

  it('ranks by the parties shared, all four of them, then by closeness of the date', async () => {
    const items = await matches('32.74,32.09,32.08,32.10', '2023-11-08');
    expect(items.map((item) => item.id)).toEqual([ids.empat, ids.lima, ids.dua]);
    expect(items.map((item) => item.sharedParties)).toEqual([4, 4, 2]);
  });

  it('finds the same agreements whatever order the article names the parties in', async () => {
    // The first two named here (Kuningan, Majalengka) are not the parties of "dua": it is found anyway.
    const items = await matches('32.08,32.10,32.09,32.74', '2023-11-08');
    expect(items.map((item) => item.id)).toEqual([ids.empat, ids.lima, ids.dua]);
  });

  it('leaves out signings outside the window, and agreements sharing one party', async () => {
    const items = await matches('32.74,32.12', '2023-11-07');
    expect(items.map((item) => item.id)).toEqual([ids.satu, ids.lima]);
    const undated = await matches('32.74,32.09,32.08,32.10');
    expect(undated.map((item) => item.id)).toContain(ids.lama);
  });

  it('names the field of a malformed party list', async () => {
    const response = await send(t, cirebon, 'GET', '/api/ingest/matches?parties=32.74,cirebon');
    expect(response.status).toBe(400);
    expect((response.body as ErrorBody).error.field).toBe('parties');
  });
});
