/**
 * Work visits (kunjungan kerja) over HTTP: entering, lists with filters and paging, CSV, optimistic
 * locking, soft delete, the domain rules with their codes and fields, nothing half-saved, tenancy
 * (404 for who may not read, 403 for who may read but not write), the good practices of the host
 * region, and record links (seed 002: a visit and the KSB it led to, each showing the other).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { auditLog, goodPractices, visits } from '../../src/server/db/schema/index.js';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { loginAs, send, type TestUser, deleteShared } from './support/factories.js';

type ErrorBody = {
  error: {
    code: string;
    field?: string;
    details?: Array<{ code: string; field: string }> & { reason?: string };
  };
};
type Visit = {
  id: string;
  version: number;
  title: string;
  hostRegionCode: string;
  partyRegionCodes: string[];
  goodPractices: Array<{ topic: string }>;
  access: { update: boolean; delete: boolean };
};
type Page = { items: Visit[]; total: number; page: number; pageSize: number };

const malang = '35.73';
const kabBekasi = '32.16';
const jambi = '15.71';
const kotaBekasi = '32.75';

/** Seed 004: Kabupaten Bekasi (pemda and DPRD) visits Kota Malang, three topics learned as good practices. */
const seed004 = (overrides: Record<string, unknown> = {}) => ({
  title: 'Studi komparasi Pemkab dan DPRD Kabupaten Bekasi ke Kota Malang',
  kind: 'studi_komparasi',
  hostRegionCode: malang,
  visitors: [
    { regionCode: kabBekasi, institution: 'pemda' },
    { regionCode: kabBekasi, institution: 'dprd', name: 'DPRD Kabupaten Bekasi' },
  ],
  delegates: [{ name: 'Dedy Supriyadi', post: 'Pj. Bupati Bekasi', regionCode: kabBekasi }],
  hosts: [{ name: 'Iwan Kurniawan', post: 'Pj. Wali Kota Malang', regionCode: malang }],
  startDate: '2025-01-16',
  endDate: '2025-01-16',
  place: 'Ruang Sidang Balai Kota Malang',
  topics: [
    { sector: 'keuangan_daerah', text: 'pengelolaan pajak daerah' },
    { sector: 'ekonomi_kreatif', text: 'Malang Creative Center' },
    { sector: 'lingkungan_hidup', text: 'TPA Supit Urang' },
  ],
  purpose: 'Studi komparasi pengelolaan pajak, ekonomi kreatif dan pengelolaan sampah',
  goodPractices: [
    { topic: 'Pengelolaan pajak daerah', sector: 'keuangan_daerah' },
    { topic: 'Malang Creative Center', sector: 'ekonomi_kreatif' },
    { topic: 'TPA Supit Urang', sector: 'lingkungan_hidup' },
  ],
  ...overrides,
});

describe.each(databaseKinds)('work visits on %s', (kind) => {
  let t: TestApp;
  let adminKabBekasi: TestUser;
  let adminMalang: TestUser;
  let adminJambi: TestUser;
  let viewerKabBekasi: TestUser;
  let officerKabBekasi: TestUser;
  let systemAdmin: TestUser;

  const visitCount = async () => Number((await t.database.db.select({ n: count() }).from(visits))[0]?.n ?? 0);
  const practiceCount = async () =>
    Number((await t.database.db.select({ n: count() }).from(goodPractices))[0]?.n ?? 0);
  const create = async (user: TestUser, body: Record<string, unknown>) => {
    const response = await send(t, user, 'POST', '/api/visits', body);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const created = response.body as Visit & { pendingChanges: Array<{ id: string }> };
    if (created.pendingChanges.length === 0) return created as Visit;
    // Publishing a shared visit waits for the host (decision 009): Malang, the host here, consents.
    const path = `/api/visits/${created.id}/pending-changes/${created.pendingChanges[0]!.id}/confirm`;
    expect((await send(t, adminMalang, 'POST', path)).status).toBe(200);
    return (await send(t, user, 'GET', `/api/visits/${created.id}`)).body as Visit;
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    adminKabBekasi = await loginAs(t, { role: 'region_admin', regionCode: kabBekasi });
    adminMalang = await loginAs(t, { role: 'region_admin', regionCode: malang });
    adminJambi = await loginAs(t, { role: 'region_admin', regionCode: jambi });
    viewerKabBekasi = await loginAs(t, { role: 'viewer', regionCode: kabBekasi });
    const opd = await send(t, adminKabBekasi, 'POST', '/api/opds', {
      regionCode: kabBekasi,
      name: 'Bapenda',
    });
    officerKabBekasi = await loginAs(t, {
      role: 'opd_officer',
      regionCode: kabBekasi,
      opdId: (opd.body as { id: string }).id,
    });
    systemAdmin = await loginAs(t, { role: 'system_admin' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('enters seed 004 with its good practices on the host region, audited, and reads it back', async () => {
    const created = await create(adminKabBekasi, seed004());
    expect(created).toMatchObject({
      hostRegionCode: malang,
      version: 1,
      access: { update: true, delete: true },
    });
    expect([...created.partyRegionCodes].sort()).toEqual([kabBekasi, malang]);
    expect(created.goodPractices.map((practice) => practice.topic)).toEqual([
      'Pengelolaan pajak daerah',
      'Malang Creative Center',
      'TPA Supit Urang',
    ]);
    const detail = await send(t, adminMalang, 'GET', `/api/visits/${created.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      title: created.title,
      sectors: expect.arrayContaining(['keuangan_daerah']),
    });
    const practices = await send(t, adminMalang, 'GET', `/api/regions/${malang}/good-practices`);
    expect((practices.body as { items: Array<{ topic: string; visit: { id: string } }> }).items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          topic: 'TPA Supit Urang',
          visit: expect.objectContaining({ id: created.id }),
        }),
      ]),
    );
    const audit = await send(t, adminKabBekasi, 'GET', `/api/audit?entityType=visit&entityId=${created.id}`);
    expect((audit.body as { items: Array<{ action: string; entityTitle: string }> }).items).toEqual([
      expect.objectContaining({ action: 'visit.create', entityTitle: created.title }),
    ]);
  });

  it('lists with filters (region as host or visitor, direction, kind, sector, year, dates, q) and paging', async () => {
    const jambiToMalang = await create(
      adminJambi,
      seed004({
        title: 'Kunjungan kerja Pemkot Jambi ke Kota Malang',
        kind: 'kunjungan_kerja',
        visitors: [{ regionCode: jambi, institution: 'pemda' }],
        startDate: '2026-01-12',
        endDate: '2026-01-12',
        topics: [{ sector: 'keuangan_daerah', text: 'Digitalisasi pendataan pajak dan retribusi' }],
        goodPractices: [],
        published: true,
      }),
    );
    const malangToJambi = await create(
      adminMalang,
      seed004({
        title: 'Kunjungan balasan Kota Malang ke Kota Jambi',
        kind: 'studi_banding',
        hostRegionCode: jambi,
        visitors: [{ regionCode: malang, institution: 'pemda' }],
        startDate: '2026-03-02',
        endDate: '2026-03-03',
        topics: [{ sector: 'pariwisata', text: 'Wisata sungai Batanghari' }],
        goodPractices: [],
      }),
    );
    const ids = async (query: string, user: TestUser = systemAdmin) => {
      const response = await send(t, user, 'GET', `/api/visits?${query}`);
      expect(response.status, query).toBe(200);
      return (response.body as Page).items.map((item) => item.id);
    };
    expect(await ids(`region=${malang}&direction=received&year=2026`)).toEqual([jambiToMalang.id]);
    expect(await ids(`region=${malang}&direction=made`)).toEqual([malangToJambi.id]);
    expect(await ids(`region=${jambi}`)).toEqual([malangToJambi.id, jambiToMalang.id]);
    expect(await ids(`region=${jambi}&kind=studi_banding`)).toEqual([malangToJambi.id]);
    expect(await ids(`region=${jambi}&sector=pariwisata`)).toEqual([malangToJambi.id]);
    expect(await ids(`region=${jambi}&from=2026-03-03&to=2026-12-31`)).toEqual([malangToJambi.id]);
    expect(await ids(`q=batanghari`)).toEqual([malangToJambi.id]);
    expect(await ids(`q=retribusi`)).toEqual([jambiToMalang.id]);
    const page = await send(t, systemAdmin, 'GET', `/api/visits?region=${malang}&pageSize=1&page=2`);
    expect(page.body).toMatchObject({ total: 3, page: 2, pageSize: 1 });
    expect((page.body as Page).items).toHaveLength(1);
    // Scope: Kota Bekasi's admin sees only the published visit; anonymous visitors too.
    const outsider = await loginAs(t, { role: 'region_admin', regionCode: kotaBekasi });
    expect(await ids(`region=${malang}`, outsider)).toEqual([jambiToMalang.id]);
    const anonymous = await send(t, null, 'GET', `/api/visits?region=${malang}`);
    expect((anonymous.body as Page).items.map((item) => item.id)).toEqual([jambiToMalang.id]);
    // A bad filter names its field.
    const bad = await send(t, systemAdmin, 'GET', '/api/visits?direction=sideways');
    expect(bad.status).toBe(400);
    expect((bad.body as ErrorBody).error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'direction' });
  });

  it('exports CSV with the same filters and scope', async () => {
    const response = await t.request(`/api/visits.csv?region=${jambi}&kind=studi_banding`, {
      headers: adminMalang.headers,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain('judul');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Kunjungan balasan Kota Malang ke Kota Jambi');
    expect(lines[1]).toContain('Studi banding');
    const anonymous = await (await t.request(`/api/visits.csv?region=${jambi}`)).text();
    expect(anonymous).not.toContain('Kunjungan balasan');
    expect(anonymous).toContain('Kunjungan kerja Pemkot Jambi ke Kota Malang');
  });

  it('changes a visit with its version, refuses a stale one with 409 and keeps the first change', async () => {
    const created = await create(adminKabBekasi, seed004({ title: 'Kunjungan untuk diubah' }));
    const first = await send(t, adminMalang, 'PATCH', `/api/visits/${created.id}`, {
      version: 1,
      outcomes: 'Bapenda Kabupaten Bekasi akan menerapkan pendataan pajak digital',
      goodPractices: [{ topic: 'Pendataan pajak digital', sector: 'keuangan_daerah' }],
    });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ version: 2, goodPractices: [{ topic: 'Pendataan pajak digital' }] });
    const stale = await send(t, adminKabBekasi, 'PATCH', `/api/visits/${created.id}`, {
      version: 1,
      outcomes: 'Versi lama',
    });
    expect(stale.status).toBe(409);
    expect((stale.body as ErrorBody).error).toMatchObject({
      code: 'VERSION_CONFLICT',
      details: { currentVersion: 2 },
    });
    const stored = await send(t, adminKabBekasi, 'GET', `/api/visits/${created.id}`);
    expect(stored.body).toMatchObject({
      version: 2,
      outcomes: 'Bapenda Kabupaten Bekasi akan menerapkan pendataan pajak digital',
    });
    const audit = await send(t, adminKabBekasi, 'GET', `/api/audit?entityType=visit&entityId=${created.id}`);
    const entries = (audit.body as { items: Array<{ action: string; changes: Record<string, unknown> }> })
      .items;
    expect(entries.map((entry) => entry.action)).toEqual(['visit.update', 'visit.create']);
    expect(Object.keys(entries[0]!.changes).sort()).toEqual(['goodPractices', 'outcomes']);
  });

  it('soft-deletes a visit: gone from reads, lists and good practices, kept in the table and audited', async () => {
    const created = await create(
      adminKabBekasi,
      seed004({ title: 'Kunjungan untuk dihapus', goodPractices: [{ topic: 'Bank sampah digital' }] }),
    );
    const viewerDelete = await send(t, viewerKabBekasi, 'DELETE', `/api/visits/${created.id}`);
    expect(viewerDelete.status).toBe(403);
    // A shared visit is deleted once the host consents (decision 009).
    const deleted = await deleteShared(t, adminKabBekasi, adminMalang, `/api/visits/${created.id}`);
    expect(deleted.status).toBe(200);
    expect((await send(t, adminKabBekasi, 'GET', `/api/visits/${created.id}`)).status).toBe(404);
    const list = await send(t, adminKabBekasi, 'GET', '/api/visits?q=dihapus');
    expect((list.body as Page).items).toEqual([]);
    const practices = await send(t, adminMalang, 'GET', `/api/regions/${malang}/good-practices`);
    expect(JSON.stringify(practices.body)).not.toContain('Bank sampah digital');
    const [row] = await t.database.db.select().from(visits).where(eq(visits.id, created.id));
    expect(row?.deletedAt).not.toBeNull();
    const entries = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(entries.map((entry) => entry.action).sort()).toEqual([
      'visit.change_applied',
      'visit.change_consented',
      'visit.change_proposed',
      'visit.create',
      'visit.delete',
    ]);
  });

  it('refuses bad input with codes and field names, saving nothing', async () => {
    const before = { visits: await visitCount(), practices: await practiceCount() };
    const cases: Array<[Record<string, unknown>, number, string, string, string?]> = [
      [
        { visitors: [{ regionCode: malang, institution: 'pemda' }] },
        422,
        'RULE_VIOLATION',
        'body.visitors',
        'HOST_ONLY_VISITOR',
      ],
      [
        { startDate: '2025-01-17', endDate: '2025-01-16' },
        422,
        'RULE_VIOLATION',
        'body.endDate',
        'END_BEFORE_START',
      ],
      [{ hostRegionCode: '99.99' }, 422, 'RULE_VIOLATION', 'body.hostRegionCode', 'UNKNOWN_REGION'],
      [
        { visitors: [{ regionCode: '32.99', institution: 'pemda' }, { regionCode: kabBekasi }] },
        422,
        'RULE_VIOLATION',
        'body.visitors.0.regionCode',
        'UNKNOWN_REGION',
      ],
      [{ visitors: [] }, 400, 'VALIDATION_FAILED', 'body.visitors'],
      [{ startDate: '2025-02-30' }, 400, 'VALIDATION_FAILED', 'body.startDate'],
      [{ topics: [{ sector: 'astrologi', text: 'x' }] }, 400, 'VALIDATION_FAILED', 'body.topics.0.sector'],
    ];
    for (const [overrides, status, code, field, issue] of cases) {
      const response = await send(t, adminKabBekasi, 'POST', '/api/visits', seed004(overrides));
      const label = JSON.stringify(overrides);
      expect(response.status, label).toBe(status);
      const error = (response.body as ErrorBody).error;
      expect(error.code, label).toBe(code);
      expect(error.field, label).toBe(field);
      if (issue)
        expect(
          error.details?.map((detail) => detail.code),
          label,
        ).toContain(issue);
    }
    // An update that breaks a rule leaves the stored visit as it was.
    const created = await create(adminKabBekasi, seed004({ title: 'Kunjungan utuh' }));
    const broken = await send(t, adminKabBekasi, 'PATCH', `/api/visits/${created.id}`, {
      version: 1,
      endDate: '2024-01-01',
      goodPractices: [],
    });
    expect(broken.status).toBe(422);
    const stored = await send(t, adminKabBekasi, 'GET', `/api/visits/${created.id}`);
    expect(stored.body).toMatchObject({ version: 1, endDate: '2025-01-16' });
    expect((stored.body as Visit).goodPractices).toHaveLength(3);
    expect(await visitCount()).toBe(before.visits + 1);
    expect(await practiceCount()).toBe(before.practices + 3);
  });

  it("hides an unpublished visit from another region's user (404) and refuses writes to readers (403)", async () => {
    const created = await create(adminKabBekasi, seed004({ title: 'Kunjungan tertutup' }));
    for (const user of [adminJambi, null]) {
      const response = await send(t, user, 'GET', `/api/visits/${created.id}`);
      expect(response.status).toBe(user ? 404 : 404);
      expect((response.body as ErrorBody).error.code).toBe('VISIT_NOT_FOUND');
    }
    const otherPatch = await send(t, adminJambi, 'PATCH', `/api/visits/${created.id}`, {
      version: 1,
      notes: 'x',
    });
    expect(otherPatch.status).toBe(404);
    for (const user of [viewerKabBekasi, officerKabBekasi]) {
      expect((await send(t, user, 'GET', `/api/visits/${created.id}`)).status).toBe(200);
      const patch = await send(t, user, 'PATCH', `/api/visits/${created.id}`, { version: 1, notes: 'x' });
      expect(patch.status).toBe(403);
      const post = await send(t, user, 'POST', '/api/visits', seed004());
      expect(post.status).toBe(403);
    }
    // A region may not enter a visit it takes no part in.
    const foreign = await send(t, adminJambi, 'POST', '/api/visits', seed004());
    expect(foreign.status).toBe(403);
    expect((foreign.body as ErrorBody).error).toMatchObject({
      code: 'FORBIDDEN',
      field: 'body.visitors',
      details: { reason: 'OWN_REGION_NOT_PARTY' },
    });
    // The good practices of an unpublished visit stay with its regions.
    const practices = await send(t, adminJambi, 'GET', `/api/regions/${malang}/good-practices`);
    expect(JSON.stringify(practices.body)).not.toContain('Kunjungan tertutup');
    const anonymousPractices = await send(t, null, 'GET', `/api/regions/${malang}/good-practices`);
    expect(anonymousPractices.status).toBe(200);
    expect(JSON.stringify(anonymousPractices.body)).not.toContain('Kunjungan tertutup');
    const unknown = await send(t, null, 'GET', '/api/regions/99.99/good-practices');
    expect(unknown.status).toBe(404);
  });

  it('answers good practices per reader, never from a shared cache', async () => {
    // Read first as the host's admin (who sees the unpublished visit), then anonymously: the second
    // answer must not be the first one cached for the URL.
    await create(
      adminKabBekasi,
      seed004({ title: 'Kunjungan cache', goodPractices: [{ topic: 'Praktik rahasia' }] }),
    );
    const own = await send(t, adminMalang, 'GET', `/api/regions/${malang}/good-practices`);
    expect(JSON.stringify(own.body)).toContain('Praktik rahasia');
    const anonymous = await t.request(`/api/regions/${malang}/good-practices`);
    expect(anonymous.headers.get('cache-control')).not.toContain('public');
    expect(await anonymous.text()).not.toContain('Praktik rahasia');
  });

  it('links a visit and the KSB it led to (seed 002), each showing the other, both ways', async () => {
    const visit = await create(
      adminMalang,
      seed004({
        title: 'Kunjungan kerja Pemkot Jambi ke Kota Malang (seed 002)',
        kind: 'kunjungan_kerja',
        visitors: [{ regionCode: jambi, institution: 'pemda' }],
        startDate: '2026-01-12',
        endDate: '2026-01-12',
        goodPractices: [
          { topic: 'Digitalisasi pendataan pajak dan retribusi daerah', sector: 'keuangan_daerah' },
        ],
      }),
    );
    const ksb = await send(t, adminMalang, 'POST', '/api/agreements?force=true', {
      title: 'Kesepakatan Bersama Kota Malang dan Kota Jambi',
      kind: 'ksdd',
      documentType: 'kesepakatan_bersama',
      parties: [
        { kind: 'region', regionCode: malang },
        { kind: 'region', regionCode: jambi },
      ],
      signingDate: '2026-01-12',
    });
    expect(ksb.status, JSON.stringify(ksb.body)).toBe(201);
    const agreementId = (ksb.body as { id: string }).id;
    const link = await send(t, adminMalang, 'POST', '/api/links', {
      fromType: 'visit',
      fromId: visit.id,
      toType: 'agreement',
      toId: agreementId,
    });
    expect(link.status, JSON.stringify(link.body)).toBe(201);
    const fromVisit = await send(t, adminJambi, 'GET', `/api/links?type=visit&id=${visit.id}`);
    expect(fromVisit.body).toMatchObject({
      mayLink: true,
      items: [
        { type: 'agreement', id: agreementId, title: 'Kesepakatan Bersama Kota Malang dan Kota Jambi' },
      ],
    });
    const fromKsb = await send(t, adminJambi, 'GET', `/api/links?type=agreement&id=${agreementId}`);
    expect(fromKsb.body).toMatchObject({
      items: [{ type: 'visit', id: visit.id, title: visit.title, direction: 'from' }],
    });
    // Either direction counts as the same link.
    const again = await send(t, adminJambi, 'POST', '/api/links', {
      fromType: 'agreement',
      fromId: agreementId,
      toType: 'visit',
      toId: visit.id,
    });
    expect(again.status).toBe(409);
    // Another region's user may read neither record: both answer 404, and no link is revealed.
    const outsider = await loginAs(t, { role: 'region_admin', regionCode: kotaBekasi });
    expect((await send(t, outsider, 'GET', `/api/links?type=visit&id=${visit.id}`)).status).toBe(404);
    const foreignLink = await send(t, outsider, 'POST', '/api/links', {
      fromType: 'visit',
      fromId: visit.id,
      toType: 'agreement',
      toId: agreementId,
    });
    expect(foreignLink.status).toBe(404);
    expect((foreignLink.body as ErrorBody).error).toMatchObject({
      code: 'VISIT_NOT_FOUND',
      field: 'body.fromId',
    });
    const linkId = (link.body as { id: string }).id;
    expect((await send(t, outsider, 'DELETE', `/api/links/${linkId}`)).status).toBe(404);
    // A viewer of a party reads the link but may not remove it.
    const viewerMalang = await loginAs(t, { role: 'viewer', regionCode: malang });
    const viewed = await send(t, viewerMalang, 'GET', `/api/links?type=visit&id=${visit.id}`);
    expect(viewed.body).toMatchObject({ mayLink: false, items: [{ canUnlink: false }] });
    expect((await send(t, viewerMalang, 'DELETE', `/api/links/${linkId}`)).status).toBe(403);
    expect((await send(t, adminJambi, 'DELETE', `/api/links/${linkId}`)).status).toBe(200);
    expect(
      (await send(t, adminMalang, 'GET', `/api/links?type=agreement&id=${agreementId}`)).body,
    ).toMatchObject({
      items: [],
    });
  });

  it('shows only the linked records the reader may read', async () => {
    const open = await create(adminKabBekasi, seed004({ title: 'Kunjungan terbuka', published: true }));
    const closed = await create(adminKabBekasi, seed004({ title: 'Kunjungan tertutup 2' }));
    const link = await send(t, adminKabBekasi, 'POST', '/api/links', {
      fromType: 'visit',
      fromId: open.id,
      toType: 'visit',
      toId: closed.id,
    });
    expect(link.status).toBe(201);
    const own = await send(t, adminKabBekasi, 'GET', `/api/links?type=visit&id=${open.id}`);
    expect((own.body as { items: unknown[] }).items).toHaveLength(1);
    const anonymous = await send(t, null, 'GET', `/api/links?type=visit&id=${open.id}`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toMatchObject({ items: [], mayLink: false });
    const self = await send(t, adminKabBekasi, 'POST', '/api/links', {
      fromType: 'visit',
      fromId: open.id,
      toType: 'visit',
      toId: open.id,
    });
    expect(self.status).toBe(400);
    expect((self.body as ErrorBody).error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.toId' });
  });
});
