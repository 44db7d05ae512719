/**
 * OPD scoping: an agreement's responsible OPD (OPD pelaksana), and what an OPD officer may do with
 * it: read like a viewer of the region, change and upload only for their own OPD's live records,
 * propose new ones in stage persiapan.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { loginAs, send, type TestUser } from './support/factories.js';

type ErrorBody = { error: { code: string; field?: string } };
type Detail = {
  id: string;
  version: number;
  stage: string;
  responsibleOpds: Array<{ id: string; name: string; regionCode: string }>;
  access: { update: boolean; uploadDocuments: boolean; publish: boolean };
};

const bekasi = '32.75';
const malang = '35.73';
const jambi = '15.71';

const minimalPdf =
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

describe.each(databaseKinds)('OPD scoping on %s', (kind) => {
  let t: TestApp;
  let adminBekasi: TestUser;
  let dinkes: string;
  let bappeda: string;
  let dinkesMalang: string;
  let opdJambi: string;
  let officerDinkes: TestUser;
  let officerBappeda: TestUser;
  let officerJambi: TestUser;
  let officerWithoutOpd: TestUser;

  const makeOpd = async (admin: TestUser, regionCode: string, name: string) => {
    const response = await send(t, admin, 'POST', '/api/opds', { regionCode, name });
    expect(response.status).toBe(201);
    return (response.body as { id: string }).id;
  };

  const agreementBody = (extra: Record<string, unknown> = {}) => ({
    title: `Kesepakatan Bersama layanan kesehatan ${Math.random().toString(36).slice(2, 8)}`,
    kind: 'ksdd',
    documentType: 'kesepakatan_bersama',
    parties: [
      { kind: 'region', regionCode: bekasi },
      { kind: 'region', regionCode: malang },
    ],
    ...extra,
  });

  const create = async (user: TestUser, extra: Record<string, unknown> = {}) =>
    send(t, user, 'POST', '/api/agreements?force=true', agreementBody(extra));

  const upload = (user: TestUser, id: string) => {
    const form = new FormData();
    form.set('file', new Blob([minimalPdf], { type: 'application/pdf' }), 'kak.pdf');
    form.set('kind', 'draft');
    form.set('title', 'Kerangka acuan');
    return t.json(`/api/agreements/${id}/documents`, { method: 'POST', headers: user.headers, body: form });
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    adminBekasi = await loginAs(t, { role: 'region_admin', regionCode: bekasi });
    const adminMalang = await loginAs(t, { role: 'region_admin', regionCode: malang });
    const adminJambi = await loginAs(t, { role: 'region_admin', regionCode: jambi });
    dinkes = await makeOpd(adminBekasi, bekasi, 'Dinas Kesehatan');
    bappeda = await makeOpd(adminBekasi, bekasi, 'Bappelitbangda');
    dinkesMalang = await makeOpd(adminMalang, malang, 'Dinas Kesehatan');
    opdJambi = await makeOpd(adminJambi, jambi, 'Dinas Kesehatan');
    officerDinkes = await loginAs(t, { role: 'opd_officer', regionCode: bekasi, opdId: dinkes });
    officerBappeda = await loginAs(t, { role: 'opd_officer', regionCode: bekasi, opdId: bappeda });
    officerJambi = await loginAs(t, { role: 'opd_officer', regionCode: jambi, opdId: opdJambi });
    officerWithoutOpd = await loginAs(t, { role: 'opd_officer', regionCode: bekasi });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('records responsible OPD of the party regions and shows them on the detail', async () => {
    const created = await create(adminBekasi, { responsibleOpdIds: [dinkes, dinkesMalang, dinkes] });
    expect(created.status).toBe(201);
    const detail = created.body as Detail;
    expect(detail.responsibleOpds.map((opd) => opd.id).sort()).toEqual([dinkes, dinkesMalang].sort());
    const read = await send(t, adminBekasi, 'GET', `/api/agreements/${detail.id}`);
    expect((read.body as Detail).responsibleOpds).toHaveLength(2);
  });

  it('refuses an OPD of a region that is not a party, or an unknown one, naming the entry', async () => {
    const foreign = await create(adminBekasi, { responsibleOpdIds: [dinkes, opdJambi] });
    expect(foreign.status).toBe(422);
    expect((foreign.body as ErrorBody).error).toMatchObject({
      code: 'RULE_VIOLATION',
      field: 'body.responsibleOpdIds.1',
    });
    const unknown = await create(adminBekasi, { responsibleOpdIds: [crypto.randomUUID()] });
    expect(unknown.status).toBe(422);
    expect((unknown.body as ErrorBody).error.field).toBe('body.responsibleOpdIds.0');
    const malformed = await create(adminBekasi, { responsibleOpdIds: ['dinas'] });
    expect(malformed.status).toBe(400);
    // A party removed while its OPD stays responsible.
    const made = (await create(adminBekasi, { responsibleOpdIds: [dinkesMalang] })).body as Detail;
    const dropped = await send(t, adminBekasi, 'PATCH', `/api/agreements/${made.id}`, {
      version: made.version,
      kind: 'ksdpk',
      parties: [{ kind: 'region', regionCode: bekasi }],
    });
    expect(dropped.status).toBe(422);
  });

  describe('an OPD officer on a record their OPD is responsible for', () => {
    let record: Detail;
    beforeAll(async () => {
      record = (await create(adminBekasi, { responsibleOpdIds: [dinkes] })).body as Detail;
    });

    it('reads, changes and uploads (own OPD)', async () => {
      const read = await send(t, officerDinkes, 'GET', `/api/agreements/${record.id}`);
      expect(read.status).toBe(200);
      expect((read.body as Detail).access).toEqual({ update: true, uploadDocuments: true, publish: false });
      const changed = await send(t, officerDinkes, 'PATCH', `/api/agreements/${record.id}`, {
        version: (read.body as Detail).version,
        notes: 'Kerangka acuan disusun Dinas Kesehatan',
      });
      expect(changed.status).toBe(200);
      expect((await upload(officerDinkes, record.id)).status).toBe(201);
    });

    it('may neither publish it nor hand it away from their OPD', async () => {
      const current = (await send(t, officerDinkes, 'GET', `/api/agreements/${record.id}`)).body as Detail;
      const publish = await send(t, officerDinkes, 'PATCH', `/api/agreements/${record.id}`, {
        version: current.version,
        published: true,
      });
      expect(publish.status).toBe(403);
      expect((publish.body as ErrorBody).error.field).toBe('body.published');
      const handOver = await send(t, officerDinkes, 'PATCH', `/api/agreements/${record.id}`, {
        version: current.version,
        responsibleOpdIds: [bappeda],
      });
      expect(handOver.status).toBe(403);
      // Adding a fellow OPD while keeping their own is fine.
      const share = await send(t, officerDinkes, 'PATCH', `/api/agreements/${record.id}`, {
        version: current.version,
        responsibleOpdIds: [dinkes, bappeda],
      });
      expect(share.status).toBe(200);
      await send(t, adminBekasi, 'PATCH', `/api/agreements/${record.id}`, {
        version: (share.body as Detail).version,
        responsibleOpdIds: [dinkes],
      });
    });

    it('is read-only for an officer of another OPD of the same region', async () => {
      const read = await send(t, officerBappeda, 'GET', `/api/agreements/${record.id}`);
      expect(read.status).toBe(200);
      expect((read.body as Detail).access.update).toBe(false);
      const version = (read.body as Detail).version;
      const patch = await send(t, officerBappeda, 'PATCH', `/api/agreements/${record.id}`, {
        version,
        notes: 'x',
      });
      expect(patch.status).toBe(403);
      expect((await upload(officerBappeda, record.id)).status).toBe(403);
      const without = await send(t, officerWithoutOpd, 'PATCH', `/api/agreements/${record.id}`, {
        version,
        notes: 'x',
      });
      expect(without.status).toBe(403);
    });

    it('is invisible to an OPD officer of another region', async () => {
      expect((await send(t, officerJambi, 'GET', `/api/agreements/${record.id}`)).status).toBe(404);
      const patch = await send(t, officerJambi, 'PATCH', `/api/agreements/${record.id}`, {
        version: 1,
        notes: 'x',
      });
      expect(patch.status).toBe(404);
      expect((await upload(officerJambi, record.id)).status).toBe(404);
    });

    it('becomes read-only once the agreement has ended', async () => {
      const ended = (await create(adminBekasi, { responsibleOpdIds: [dinkes] })).body as Detail;
      await t.database.db.execute(sql`update agreements set stage = 'berakhir' where id = ${ended.id}`);
      const read = await send(t, officerDinkes, 'GET', `/api/agreements/${ended.id}`);
      expect((read.body as Detail).access.update).toBe(false);
      const patch = await send(t, officerDinkes, 'PATCH', `/api/agreements/${ended.id}`, {
        version: ended.version,
        notes: 'x',
      });
      expect(patch.status).toBe(403);
      expect((await upload(officerDinkes, ended.id)).status).toBe(403);
    });
  });

  describe('an OPD officer proposing an agreement', () => {
    it('creates it in stage persiapan with their OPD responsible', async () => {
      const created = await create(officerDinkes);
      expect(created.status).toBe(201);
      const detail = created.body as Detail;
      expect(detail.stage).toBe('persiapan');
      expect(detail.responsibleOpds.map((opd) => opd.id)).toEqual([dinkes]);
      expect(detail.access.update).toBe(true);
    });

    it('may not enter it at a later stage, publish it, or propose without an OPD or for another region', async () => {
      const later = await create(officerDinkes, { entryStage: 'pelaksanaan', signingDate: '2024-08-07' });
      expect(later.status).toBe(403);
      expect((await create(officerDinkes, { published: true })).status).toBe(403);
      expect((await create(officerWithoutOpd)).status).toBe(403);
      const foreign = await create(officerJambi);
      expect(foreign.status).toBe(403);
      expect((foreign.body as ErrorBody).error.field).toBe('body.parties');
      const count = (await t.database.db.execute(
        sql`select count(*)::int as n from agreements where created_by in (select id from users where role = 'opd_officer')`,
      )) as unknown as { rows: Array<{ n: number }> };
      expect(Number(count.rows[0]?.n)).toBe(1);
    });
  });
});
