/**
 * Meetings (pertemuan) through the HTTP API, on PGlite and PostgreSQL: create, read, list with filters,
 * CSV with the same filters, update with optimistic locking, decisions kept stable across updates (so
 * actions made from them stay linked), soft delete, bad input answered with codes and fields and nothing
 * half-saved, and tenancy (another region's user gets 404, a viewer or OPD officer 403 on writes).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { auditLog, followUpActions, meetingDecisions, meetings } from '../../src/server/db/schema/index.js';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { loginAs, send, type TestUser, deleteShared } from './support/factories.js';

const bekasi = '32.75';
const dki = '31';
const malang = '35.73';

type Decision = { id: string; text: string; position: number; actionIds: string[] };
type Meeting = {
  id: string;
  version: number;
  kind: string;
  title: string;
  partyRegionCodes: string[];
  decisions: Decision[];
  access: { update: boolean; delete: boolean; publish: boolean };
};
type ErrorBody = { error: { code: string; field?: string; details?: unknown } };

/** Seed 001: the audience of Kota Bekasi with DKI Jakarta's vice-governor (5 December 2017). */
function seed001(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Audiensi Wali Kota Bekasi dengan Wakil Gubernur DKI Jakarta tentang kemitraan antardaerah',
    kind: 'audiensi',
    hostRegionCode: dki,
    participants: [
      { regionCode: bekasi, institution: 'pemda' },
      { regionCode: dki, institution: 'pemda' },
    ],
    persons: [
      { name: 'Rahmat Effendi', post: 'Wali Kota Bekasi', regionCode: bekasi },
      { name: 'Sandiaga Salahudin Uno', post: 'Wakil Gubernur DKI Jakarta', regionCode: dki },
    ],
    date: '2017-12-05',
    place: 'Ruang Rapat TPUT Balai Kota, Jalan Merdeka Selatan No. 8-9, Gambir, Jakarta Pusat',
    agenda: 'Kemitraan Pemprov DKI Jakarta dengan Pemkot Bekasi',
    summary: 'Kemitraan di bidang lingkungan hidup, PUPR, kesehatan, pendidikan dan catatan sipil.',
    sectors: ['lingkungan_hidup', 'pekerjaan_umum_penataan_ruang'],
    decisions: [{ text: 'Membentuk tim kecil untuk meningkatkan kerja sama ke depan' }],
    ...overrides,
  };
}

describe.each(databaseKinds)('meetings on %s', (kind) => {
  let t: TestApp;
  let adminBekasi: TestUser;
  let adminDki: TestUser;
  let adminMalang: TestUser;
  let viewerBekasi: TestUser;
  let officerBekasi: TestUser;
  let opdBekasi: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    adminBekasi = await loginAs(t, { role: 'region_admin', regionCode: bekasi });
    adminDki = await loginAs(t, { role: 'region_admin', regionCode: dki });
    adminMalang = await loginAs(t, { role: 'region_admin', regionCode: malang });
    viewerBekasi = await loginAs(t, { role: 'viewer', regionCode: bekasi });
    const opd = await send(t, adminBekasi, 'POST', '/api/opds', { regionCode: bekasi, name: 'Bappeda' });
    opdBekasi = (opd.body as { id: string }).id;
    officerBekasi = await loginAs(t, { role: 'opd_officer', regionCode: bekasi, opdId: opdBekasi });
  });
  afterAll(async () => {
    await t?.close();
  });

  const create = async (body: Record<string, unknown> = seed001(), user = adminBekasi) => {
    const response = await send(t, user, 'POST', '/api/meetings', body);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body as Meeting;
  };
  const meetingCount = async () => (await t.database.db.select({ n: count() }).from(meetings))[0]!.n;

  /** An action made from a decision, as the actions feature stores it (its API is another feature's). */
  const actionFrom = async (
    meeting: Meeting,
    decisionId: string,
    partyRegionCodes = meeting.partyRegionCodes,
  ) => {
    const [row] = await t.database.db
      .insert(followUpActions)
      .values({
        parentType: 'meeting',
        parentId: meeting.id,
        decisionId,
        title: 'Membentuk tim kecil',
        opdId: opdBekasi,
        opdRegionCode: bekasi,
        partyRegionCodes,
      })
      .returning({ id: followUpActions.id });
    return row!.id;
  };

  it('enters seed 001 as an audience with its decision, audited, and reads it back', async () => {
    const created = await create();
    expect(created.kind).toBe('audiensi');
    expect(created.partyRegionCodes.sort()).toEqual([dki, bekasi].sort());
    expect(created.decisions.map((decision) => decision.text)).toEqual([
      'Membentuk tim kecil untuk meningkatkan kerja sama ke depan',
    ]);
    expect(created.decisions[0]!.actionIds).toEqual([]);
    expect(created.access).toEqual({ update: true, delete: true, publish: true });

    const read = await send(t, adminDki, 'GET', `/api/meetings/${created.id}`);
    expect(read.status).toBe(200);
    expect((read.body as Meeting).decisions[0]!.id).toBe(created.decisions[0]!.id);

    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(audit.map((entry) => entry.action)).toEqual(['meeting.create']);
    expect(audit[0]!.regionCodes.sort()).toEqual([dki, bekasi].sort());
  });

  it('lists each decision with the actions made from it that the reader may see', async () => {
    const created = await create();
    const decisionId = created.decisions[0]!.id;
    const visible = await actionFrom(created, decisionId);
    // An action of another region, unpublished: a Bekasi reader may not see it.
    await actionFrom(created, decisionId, [malang]);
    const read = await send(t, adminBekasi, 'GET', `/api/meetings/${created.id}`);
    expect((read.body as Meeting).decisions[0]!.actionIds).toEqual([visible]);
  });

  it('keeps decision ids (and the actions made from them) when an update keeps their text', async () => {
    const created = await create(
      seed001({ decisions: [{ text: 'Membentuk tim kecil' }, { text: 'Rapat lanjutan' }] }),
    );
    const [team, followUp] = created.decisions;
    const actionId = await actionFrom(created, team!.id);
    const updated = await send(t, adminBekasi, 'PUT', `/api/meetings/${created.id}`, {
      ...seed001({
        decisions: [
          { text: 'Keputusan baru' },
          { text: 'Membentuk tim kecil' },
          { id: followUp!.id, text: 'Rapat lanjutan Januari' },
        ],
      }),
      version: created.version,
    });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    const decisions = (updated.body as Meeting).decisions;
    expect(decisions.map((decision) => decision.text)).toEqual([
      'Keputusan baru',
      'Membentuk tim kecil',
      'Rapat lanjutan Januari',
    ]);
    expect(decisions[1]!.id).toBe(team!.id);
    expect(decisions[1]!.actionIds).toEqual([actionId]);
    expect(decisions[2]!.id).toBe(followUp!.id);
    expect(decisions[0]!.id).not.toBe(team!.id);
    expect((updated.body as Meeting).version).toBe(created.version + 1);

    // A removed decision goes; the action made from it stays, unlinked.
    const removed = await send(t, adminBekasi, 'PUT', `/api/meetings/${created.id}`, {
      ...seed001({ decisions: [{ text: 'Keputusan baru' }] }),
      version: created.version + 1,
    });
    expect(removed.status).toBe(200);
    const [action] = await t.database.db
      .select()
      .from(followUpActions)
      .where(eq(followUpActions.id, actionId));
    expect(action!.decisionId).toBeNull();
  });

  it('refuses a stale version with 409 VERSION_CONFLICT and changes nothing', async () => {
    const created = await create();
    const first = await send(t, adminBekasi, 'PUT', `/api/meetings/${created.id}`, {
      ...seed001({ place: 'Balai Kota DKI Jakarta' }),
      version: created.version,
    });
    expect(first.status).toBe(200);
    const stale = await send(t, adminDki, 'PUT', `/api/meetings/${created.id}`, {
      ...seed001({ place: 'Tempat lain' }),
      version: created.version,
    });
    expect(stale.status).toBe(409);
    expect((stale.body as ErrorBody).error.code).toBe('VERSION_CONFLICT');
    expect((stale.body as ErrorBody).error.details).toEqual({ currentVersion: created.version + 1 });
    const read = await send(t, adminBekasi, 'GET', `/api/meetings/${created.id}`);
    expect((read.body as { place: string }).place).toBe('Balai Kota DKI Jakarta');
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(audit.map((entry) => entry.action).sort()).toEqual(['meeting.create', 'meeting.update']);
  });

  it('filters the list and the CSV alike: region, kind, sector, dates, year, words; pages', async () => {
    const tag = `Koordinasi ${Math.random().toString(36).slice(2, 8)}`;
    const audience = await create(seed001({ title: `${tag} audiensi Bekasi`, date: '2017-12-05' }));
    const coordination = await create(
      seed001({
        title: `${tag} rapat koordinasi Bekasi`,
        kind: 'rapat_koordinasi',
        hostRegionCode: bekasi,
        participants: [{ regionCode: bekasi }, { regionCode: '32.16', institution: 'dprd' }],
        date: '2024-03-01',
        sectors: ['perhubungan'],
        decisions: [{ text: 'Menyusun jadwal angkutan sampah bersama' }],
      }),
    );
    const ids = async (query: string) => {
      const response = await send(
        t,
        adminBekasi,
        'GET',
        `/api/meetings?q=${encodeURIComponent(tag)}&${query}`,
      );
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return (response.body as { items: Array<{ id: string }> }).items.map((item) => item.id);
    };
    expect(await ids('')).toEqual([coordination.id, audience.id]);
    expect(await ids('kind=audiensi')).toEqual([audience.id]);
    expect(await ids(`region=${dki}`)).toEqual([audience.id]);
    expect(await ids('region=32.16')).toEqual([coordination.id]);
    expect(await ids('sector=perhubungan')).toEqual([coordination.id]);
    expect(await ids('year=2017')).toEqual([audience.id]);
    expect(await ids('from=2020-01-01&to=2024-12-31')).toEqual([coordination.id]);
    expect(await ids('to=2017-12-05')).toEqual([audience.id]);
    const page = await send(
      t,
      adminBekasi,
      'GET',
      `/api/meetings?q=${encodeURIComponent(tag)}&pageSize=1&page=2`,
    );
    expect(page.body).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [{ id: audience.id }] });
    // Words of a decision find its meeting.
    const byDecision = await send(t, adminBekasi, 'GET', '/api/meetings?q=angkutan%20sampah%20bersama');
    expect((byDecision.body as { items: Array<{ id: string }> }).items.map((item) => item.id)).toEqual([
      coordination.id,
    ]);
    expect((await send(t, adminBekasi, 'GET', '/api/meetings?kind=rapat')).status).toBe(400);

    const csv = await t.request(`/api/meetings.csv?q=${encodeURIComponent(tag)}&kind=audiensi`, {
      headers: adminBekasi.headers,
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trim().split('\r\n');
    expect(lines[0]!.startsWith('id,judul,jenis,tanggal')).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(audience.id);
    expect(lines[1]).toContain('Audiensi');
    expect(lines[1]).toContain('Membentuk tim kecil');
    expect(lines[1]).toContain('DKI Jakarta; Kota Bekasi');
  });

  it('refuses bad input with codes and fields, and saves nothing', async () => {
    const before = await meetingCount();
    const expectRule = async (body: Record<string, unknown>, code: string, field: string) => {
      const response = await send(t, adminBekasi, 'POST', '/api/meetings', body);
      expect(response.status, JSON.stringify(response.body)).toBe(422);
      const error = (response.body as ErrorBody).error;
      expect(error.code).toBe('RULE_VIOLATION');
      expect(error.field).toBe(`body.${field}`);
      expect(error.details).toEqual(expect.arrayContaining([expect.objectContaining({ code, field })]));
    };
    // No regional government: only an organisation named in words.
    await expectRule(
      seed001({ hostRegionCode: null, participants: [{ regionCode: null, name: 'Kementerian PUPR' }] }),
      'REGION_PARTY_REQUIRED',
      'participants',
    );
    await expectRule(
      seed001({ participants: [{ regionCode: bekasi }, { regionCode: null, name: '' }] }),
      'PARTICIPANT_EMPTY',
      'participants.1',
    );
    await expectRule(
      seed001({ participants: [{ regionCode: bekasi }, { regionCode: '99.99' }] }),
      'UNKNOWN_REGION',
      'participants.1.regionCode',
    );
    // An OPD named for DKI that is an OPD of Bekasi.
    await expectRule(
      seed001({
        participants: [{ regionCode: bekasi }, { regionCode: dki, institution: 'opd', opdId: opdBekasi }],
      }),
      'OPD_NOT_OF_PARTY',
      'participants.1.opdId',
    );
    const shape = await send(t, adminBekasi, 'POST', '/api/meetings', seed001({ participants: [] }));
    expect(shape.status).toBe(400);
    expect((shape.body as ErrorBody).error).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'body.participants',
    });
    const badDecision = await send(
      t,
      adminBekasi,
      'POST',
      '/api/meetings',
      seed001({ decisions: [{ text: ' ' }] }),
    );
    expect((badDecision.body as ErrorBody).error).toMatchObject({ field: 'body.decisions.0.text' });
    expect(await meetingCount()).toBe(before);

    // An update that breaks a rule keeps the stored meeting and its decisions as they were.
    const created = await create();
    const broken = await send(t, adminBekasi, 'PUT', `/api/meetings/${created.id}`, {
      ...seed001({ participants: [{ regionCode: bekasi }, { regionCode: '99.99' }], decisions: [] }),
      version: created.version,
    });
    expect(broken.status).toBe(422);
    const decisions = await t.database.db
      .select()
      .from(meetingDecisions)
      .where(eq(meetingDecisions.meetingId, created.id));
    expect(decisions).toHaveLength(1);
    const read = await send(t, adminBekasi, 'GET', `/api/meetings/${created.id}`);
    expect((read.body as Meeting).version).toBe(created.version);
  });

  it('keeps an unpublished meeting from other regions (404) and writes from viewers and OPD officers (403)', async () => {
    const created = await create();
    const hidden = await send(t, adminMalang, 'GET', `/api/meetings/${created.id}`);
    expect(hidden.status).toBe(404);
    expect((hidden.body as ErrorBody).error.code).toBe('MEETING_NOT_FOUND');
    expect((await send(t, null, 'GET', `/api/meetings/${created.id}`)).status).toBe(404);
    const malangList = await send(t, adminMalang, 'GET', `/api/meetings?region=${bekasi}`);
    expect((malangList.body as { items: Array<{ id: string }> }).items.map((item) => item.id)).not.toContain(
      created.id,
    );
    const malangWrite = await send(t, adminMalang, 'PUT', `/api/meetings/${created.id}`, {
      ...seed001(),
      version: created.version,
    });
    expect(malangWrite.status).toBe(404);

    for (const user of [viewerBekasi, officerBekasi]) {
      expect((await send(t, user, 'GET', `/api/meetings/${created.id}`)).status).toBe(200);
      const write = await send(t, user, 'PUT', `/api/meetings/${created.id}`, { ...seed001(), version: 1 });
      expect(write.status).toBe(403);
      expect((await send(t, user, 'DELETE', `/api/meetings/${created.id}`)).status).toBe(403);
      expect((await send(t, user, 'POST', '/api/meetings', seed001())).status).toBe(403);
    }
    // A region admin may not enter a meeting its region takes no part in.
    const foreign = await send(t, adminMalang, 'POST', '/api/meetings', seed001());
    expect(foreign.status).toBe(403);
    expect((foreign.body as ErrorBody).error).toMatchObject({
      code: 'FORBIDDEN',
      field: 'body.participants',
    });
    // Nor drop its own region from one it edits.
    const dropped = await send(t, adminDki, 'PUT', `/api/meetings/${created.id}`, {
      ...seed001({ hostRegionCode: bekasi, participants: [{ regionCode: bekasi }] }),
      version: created.version,
    });
    expect(dropped.status).toBe(403);
  });

  it('soft-deletes: gone from the page and the list, kept in the audit trail', async () => {
    const created = await create();
    // A shared meeting is deleted once the other party consents (decision 009).
    const deleted = await deleteShared(t, adminDki, adminBekasi, `/api/meetings/${created.id}`);
    expect(deleted.status).toBe(200);
    expect((await send(t, adminBekasi, 'GET', `/api/meetings/${created.id}`)).status).toBe(404);
    const list = await send(t, adminBekasi, 'GET', '/api/meetings?pageSize=200');
    expect((list.body as { items: Array<{ id: string }> }).items.map((item) => item.id)).not.toContain(
      created.id,
    );
    expect((await send(t, adminBekasi, 'DELETE', `/api/meetings/${created.id}`)).status).toBe(404);
    const [row] = await t.database.db.select().from(meetings).where(eq(meetings.id, created.id));
    expect(row!.deletedAt).not.toBeNull();
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(audit.map((entry) => entry.action).sort()).toEqual([
      'meeting.change_applied',
      'meeting.change_consented',
      'meeting.change_proposed',
      'meeting.create',
      'meeting.delete',
    ]);
  });

  it('shows a published meeting to everyone, and lets only a party change it', async () => {
    const proposed = await create(seed001({ published: true }));
    // Publishing a shared meeting waits for the other party (decision 009): DKI consents.
    expect((await send(t, null, 'GET', `/api/meetings/${proposed.id}`)).status).toBe(404);
    const changeId = (proposed as unknown as { pendingChanges: Array<{ id: string }> }).pendingChanges[0]!.id;
    const consent = `/api/meetings/${proposed.id}/pending-changes/${changeId}/confirm`;
    expect((await send(t, adminDki, 'POST', consent)).status).toBe(200);
    const created = (await send(t, adminDki, 'GET', `/api/meetings/${proposed.id}`)).body as Meeting;
    expect((await send(t, null, 'GET', `/api/meetings/${created.id}`)).status).toBe(200);
    const read = await send(t, adminMalang, 'GET', `/api/meetings/${created.id}`);
    expect((read.body as Meeting).access).toEqual({ update: false, delete: false, publish: false });
    const write = await send(t, adminMalang, 'PUT', `/api/meetings/${created.id}`, {
      ...seed001({ published: true }),
      version: created.version,
    });
    expect(write.status).toBe(403);
  });
});
