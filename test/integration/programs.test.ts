/**
 * Programs and funding (kemitraan, bantuan keuangan), seed 001: DKI Jakarta funds flyovers and clean
 * water in Kota Bekasi. Create, list with filters, CSV, update with optimistic locking, soft delete,
 * totals per year; bad input answers with its issue code and field path and saves nothing; tenancy
 * (404 to another region on an unpublished program, 403 to viewers and OPD officers on writes).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, programBudgets, programs } from '../../src/server/db/schema/index.js';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { loginAs, send, type TestUser, deleteShared } from './support/factories.js';

type ErrorBody = {
  error: { code: string; field?: string; details?: Array<{ code: string; field: string | null }> };
};
type Detail = {
  id: string;
  version: number;
  partyRegionCodes: string[];
  funderName: string | null;
  recipientName: string | null;
  budgets: Array<{ year: number; budget: number; realisation: number | null; note: string | null }>;
  totals: {
    years: Array<{ year: number; budget: number; realisation: number; realisationPercent: number | null }>;
    overall: { budget: number; realisation: number; realisationPercent: number | null };
  };
  parent: { type: string; id: string; title: string } | null;
  access: { update: boolean; delete: boolean };
};
type Page = { items: Array<{ id: string; title: string; totalBudget: number }>; total: number };

const dki = '31';
const bekasi = '32.75';
const malang = '35.73';

const flyover = (overrides: Record<string, unknown> = {}) => ({
  title: 'Pembangunan flyover Rawapanjang',
  kind: 'bantuan_keuangan',
  funderRegionCode: dki,
  recipientRegionCode: bekasi,
  location: 'Jalan Rawapanjang, Bekasi Timur',
  sectors: ['pekerjaan_umum_penataan_ruang'],
  status: 'rencana',
  ...overrides,
});

describe.each(databaseKinds)('programs on %s', (kind) => {
  let t: TestApp;
  let adminBekasi: TestUser;
  let adminDki: TestUser;
  let adminMalang: TestUser;
  let viewerBekasi: TestUser;
  let officerBekasi: TestUser;

  const countRows = async () => ({
    programs: (await t.database.db.select().from(programs)).length,
    budgets: (await t.database.db.select().from(programBudgets)).length,
  });

  beforeAll(async () => {
    t = await createTestApp(kind);
    adminBekasi = await loginAs(t, { role: 'region_admin', regionCode: bekasi });
    adminDki = await loginAs(t, { role: 'region_admin', regionCode: dki });
    adminMalang = await loginAs(t, { role: 'region_admin', regionCode: malang });
    viewerBekasi = await loginAs(t, { role: 'viewer', regionCode: bekasi });
    const opd = await send(t, adminBekasi, 'POST', '/api/opds', {
      regionCode: bekasi,
      name: 'Dinas Bina Marga',
    });
    officerBekasi = await loginAs(t, {
      role: 'opd_officer',
      regionCode: bekasi,
      opdId: (opd.body as { id: string }).id,
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('records a program with budget lines, totals per year and overall, and audits it', async () => {
    const created = await send(
      t,
      adminBekasi,
      'POST',
      '/api/programs',
      flyover({
        budgets: [
          { year: 2025, budget: 50_000_000_000, realisation: 20_000_000_000 },
          { year: 2024, budget: 10_000_000_000, realisation: 10_000_000_000 },
        ],
      }),
    );
    expect(created.status).toBe(201);
    const body = created.body as Detail;
    expect(body).toMatchObject({
      version: 1,
      partyRegionCodes: [dki, bekasi],
      funderName: 'DKI Jakarta',
      recipientName: 'Kota Bekasi',
      access: { update: true, delete: true },
    });
    expect(body.totals.years).toEqual([
      expect.objectContaining({ year: 2024, budget: 10e9, realisation: 10e9, realisationPercent: 100 }),
      expect.objectContaining({ year: 2025, budget: 50e9, realisation: 20e9, realisationPercent: 40 }),
    ]);
    expect(body.totals.overall).toEqual({ budget: 60e9, realisation: 30e9, realisationPercent: 50 });
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, body.id));
    expect(audit.map((entry) => entry.action)).toEqual(['program.create']);
    expect(audit[0]?.regionCodes).toEqual([dki, bekasi]);
  });

  it('lists with filters (region and role, kind, status, sector, year, q) and exports the same as CSV', async () => {
    const water = await send(t, adminDki, 'POST', '/api/programs', {
      title: 'Penyediaan air bersih Kota Bekasi',
      kind: 'bantuan_keuangan',
      funderRegionCode: dki,
      recipientRegionCode: bekasi,
      sectors: ['perumahan_kawasan_permukiman'],
      status: 'berjalan',
      budgets: [{ year: 2026, budget: 7_500_000, realisation: null }],
    });
    expect(water.status).toBe(201);
    const titles = async (query: string) =>
      ((await send(t, adminBekasi, 'GET', `/api/programs?${query}`)).body as Page).items.map(
        (item) => item.title,
      );
    expect(await titles(`region=${dki}&role=funder&q=air`)).toEqual(['Penyediaan air bersih Kota Bekasi']);
    expect(await titles(`region=${dki}&role=recipient`)).toEqual([]);
    expect(await titles(`region=${bekasi}&role=recipient&year=2024`)).toEqual([
      'Pembangunan flyover Rawapanjang',
    ]);
    expect(await titles('status=berjalan&sector=perumahan_kawasan_permukiman&kind=bantuan_keuangan')).toEqual(
      ['Penyediaan air bersih Kota Bekasi'],
    );
    expect(await titles('q=RAWAPANJANG')).toEqual(['Pembangunan flyover Rawapanjang']);
    const page = (await send(t, adminBekasi, 'GET', '/api/programs?pageSize=1&page=2')).body as Page;
    expect(page.total).toBe(2);
    expect(page.items).toHaveLength(1);

    const csv = await t.request(`/api/programs.csv?region=${dki}&role=funder`, {
      headers: adminBekasi.headers,
    });
    expect(csv.status).toBe(200);
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain('total_anggaran');
    expect(lines).toHaveLength(3);
    expect(lines.find((line) => line.includes('Rawapanjang'))).toContain(',60000000000,30000000000,50');
    const perYear = await t.request(`/api/programs.csv?q=Rawapanjang&rows=budgets`, {
      headers: adminBekasi.headers,
    });
    const yearLines = (await perYear.text()).trim().split('\r\n');
    expect(yearLines.slice(1).map((line) => line.split(',')[4])).toEqual(['2024', '2025']);
  });

  it('refuses bad input with its code and field path, and saves nothing', async () => {
    const before = await countRows();
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [flyover({ budgets: [{ year: 1999, budget: 1 }] }), 'BUDGET_YEAR_OUT_OF_RANGE', 'body.budgets.0.year'],
      [
        flyover({ budgets: [{ year: 2024, budget: 100, realisation: 150 }] }),
        'REALISATION_EXCEEDS_BUDGET',
        'body.budgets.0.realisation',
      ],
      [
        flyover({
          budgets: [
            { year: 2024, budget: 1 },
            { year: 2024, budget: 2 },
          ],
        }),
        'DUPLICATE_BUDGET_YEAR',
        'body.budgets.1.year',
      ],
      [flyover({ recipientRegionCode: dki }), 'FUNDER_IS_RECIPIENT', 'body.recipientRegionCode'],
      [flyover({ physicalProgress: 120 }), 'PROGRESS_OUT_OF_RANGE', 'body.physicalProgress'],
    ];
    for (const [body, code, field] of cases) {
      const response = await send(t, adminBekasi, 'POST', '/api/programs', body);
      expect(response.status, code).toBe(422);
      const error = (response.body as ErrorBody).error;
      expect(error, code).toMatchObject({ code: 'RULE_VIOLATION', field });
      expect(error.details?.[0], code).toMatchObject({ code, field: field.replace(/^body\./, '') });
    }
    // A realisation over the budget with a note explaining it is accepted.
    const noted = await send(
      t,
      adminBekasi,
      'POST',
      '/api/programs',
      flyover({
        title: 'Flyover Cipendawa',
        budgets: [{ year: 2024, budget: 100, realisation: 150, note: 'APBD-P' }],
      }),
    );
    expect(noted.status).toBe(201);
    await send(t, adminBekasi, 'DELETE', `/api/programs/${(noted.body as Detail).id}`);
    expect(await countRows()).toEqual({ programs: before.programs + 1, budgets: before.budgets + 1 });
  });

  it('refuses a parent the actor cannot read (PARENT_NOT_VISIBLE) and takes a visible parent’s parties', async () => {
    const malangKsb = await send(t, adminMalang, 'POST', '/api/agreements?force=true', {
      title: 'Kesepakatan Bersama Malang Pasuruan',
      kind: 'ksdd',
      documentType: 'kesepakatan_bersama',
      parties: [
        { kind: 'region', regionCode: malang },
        { kind: 'region', regionCode: '35.14' },
      ],
      entryStage: 'persiapan',
    });
    expect(malangKsb.status).toBe(201);
    const before = await countRows();
    const hidden = await send(
      t,
      adminBekasi,
      'POST',
      '/api/programs',
      flyover({ parentType: 'agreement', parentId: (malangKsb.body as { id: string }).id }),
    );
    expect(hidden.status).toBe(422);
    expect((hidden.body as ErrorBody).error).toMatchObject({
      code: 'RULE_VIOLATION',
      field: 'body.parentId',
    });
    expect((hidden.body as ErrorBody).error.details?.[0]?.code).toBe('PARENT_NOT_VISIBLE');
    expect(await countRows()).toEqual(before);

    const ownKsb = await send(t, adminBekasi, 'POST', '/api/agreements?force=true', {
      title: 'Kesepakatan Bersama Bekasi Jakarta Malang',
      kind: 'ksdd',
      documentType: 'kesepakatan_bersama',
      parties: [
        { kind: 'region', regionCode: bekasi },
        { kind: 'region', regionCode: malang },
      ],
      entryStage: 'persiapan',
    });
    const parentId = (ownKsb.body as { id: string }).id;
    const child = await send(
      t,
      adminBekasi,
      'POST',
      '/api/programs',
      flyover({ parentType: 'agreement', parentId }),
    );
    expect(child.status).toBe(201);
    expect((child.body as Detail).partyRegionCodes.sort()).toEqual([dki, bekasi, malang].sort());
    expect((child.body as Detail).parent).toMatchObject({ type: 'agreement', id: parentId });
    const listed = (
      await send(t, adminMalang, 'GET', `/api/programs?parentType=agreement&parentId=${parentId}`)
    ).body as Page;
    expect(listed.items.map((item) => item.id)).toEqual([(child.body as Detail).id]);
  });

  it('updates with the version, replaces budget lines in the same transaction, answers 409 on a stale version', async () => {
    const created = (
      await send(t, adminBekasi, 'POST', '/api/programs', flyover({ title: 'Flyover update' }))
    ).body as Detail;
    const updated = await send(t, adminDki, 'PATCH', `/api/programs/${created.id}`, {
      version: 1,
      status: 'berjalan',
      physicalProgress: 35,
      budgets: [{ year: 2025, budget: 1_000, realisation: 400, note: null }],
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ version: 2, status: 'berjalan', physicalProgress: 35 });
    expect((updated.body as Detail).totals.overall).toEqual({
      budget: 1000,
      realisation: 400,
      realisationPercent: 40,
    });

    const stale = await send(t, adminBekasi, 'PATCH', `/api/programs/${created.id}`, {
      version: 1,
      status: 'selesai',
    });
    expect(stale.status).toBe(409);
    expect((stale.body as ErrorBody).error.code).toBe('VERSION_CONFLICT');

    // A bad budget line keeps the stored lines and version (nothing half-saved).
    const bad = await send(t, adminBekasi, 'PATCH', `/api/programs/${created.id}`, {
      version: 2,
      budgets: [
        { year: 2025, budget: 10, realisation: 5 },
        { year: 2200, budget: 10 },
      ],
    });
    expect(bad.status).toBe(422);
    expect((bad.body as ErrorBody).error.field).toBe('body.budgets.1.year');
    const stored = (await send(t, adminBekasi, 'GET', `/api/programs/${created.id}`)).body as Detail;
    expect(stored.version).toBe(2);
    expect(stored.budgets).toEqual([{ year: 2025, budget: 1000, realisation: 400, note: null }]);

    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(audit.map((entry) => entry.action).sort()).toEqual(['program.create', 'program.update']);
  });

  it('soft-deletes: gone from reads and lists, audited', async () => {
    const created = (await send(t, adminBekasi, 'POST', '/api/programs', flyover({ title: 'Flyover hapus' })))
      .body as Detail;
    // A shared program is deleted once the other party consents (decision 009).
    expect((await deleteShared(t, adminBekasi, adminDki, `/api/programs/${created.id}`)).status).toBe(200);
    expect((await send(t, adminBekasi, 'GET', `/api/programs/${created.id}`)).status).toBe(404);
    const listed = (await send(t, adminBekasi, 'GET', '/api/programs?q=Flyover%20hapus')).body as Page;
    expect(listed.items).toEqual([]);
    const [row] = await t.database.db.select().from(programs).where(eq(programs.id, created.id));
    expect(row?.deletedAt).not.toBeNull();
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(audit.map((entry) => entry.action).sort()).toEqual([
      'program.change_applied',
      'program.change_consented',
      'program.change_proposed',
      'program.create',
      'program.delete',
    ]);
  });

  it('hides an unpublished program from another region (404) and refuses writes to viewers and OPD officers (403)', async () => {
    const created = (
      await send(t, adminBekasi, 'POST', '/api/programs', flyover({ title: 'Flyover rahasia' }))
    ).body as Detail;
    const path = `/api/programs/${created.id}`;
    const other = await send(t, adminMalang, 'GET', path);
    expect(other.status).toBe(404);
    expect((other.body as ErrorBody).error.code).toBe('PROGRAM_NOT_FOUND');
    expect((await send(t, adminMalang, 'PATCH', path, { version: 1, status: 'batal' })).status).toBe(404);
    expect(((await send(t, adminMalang, 'GET', '/api/programs?q=rahasia')).body as Page).items).toEqual([]);
    expect((await send(t, null, 'GET', path)).status).toBe(404);

    for (const user of [viewerBekasi, officerBekasi]) {
      expect((await send(t, user, 'GET', path)).status).toBe(200);
      expect((await send(t, user, 'PATCH', path, { version: 1, status: 'batal' })).status).toBe(403);
      expect((await send(t, user, 'DELETE', path)).status).toBe(403);
      expect((await send(t, user, 'POST', '/api/programs', flyover())).status).toBe(403);
    }
    // An administrator may not enter a program between two other regions.
    const foreign = await send(t, adminMalang, 'POST', '/api/programs', flyover());
    expect(foreign.status).toBe(403);
  });
});
