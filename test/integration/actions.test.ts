/**
 * Follow-up actions (tindak lanjut) through the HTTP API: seed 003's KSB between Kota Pasuruan (35.75)
 * and Kabupaten Pasuruan (35.14) gets actions owned by an OPD of each party; each OPD reports on its
 * own, the KSB's actions roll up. Bad input answers with its issue code and field and saves nothing;
 * another OPD gets 403, another region 404.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  followUpActions,
  meetingDecisions,
  meetings,
  visits,
} from '../../src/server/db/schema/index.js';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { loginAs, send, type TestUser } from './support/factories.js';

const kota = '35.75';
const kabupaten = '35.14';
const malang = '35.73';

type Action = {
  id: string;
  parentType: string;
  parentId: string;
  title: string;
  opd: { id: string; regionCode: string; name: string };
  dueDate: string | null;
  status: string;
  progress: number;
  completedAt: string | null;
  overdue: boolean;
  published: boolean;
  partyRegionCodes: string[];
  version: number;
  parent: { type: string; id: string; title: string; startDate: string | null } | null;
  access: { update: boolean; delete: boolean; report: boolean; comment: boolean };
};
type ErrorBody = {
  error: { code: string; field?: string; details?: Array<{ code: string; field: string | null }> };
};
type Page = { items: Action[]; total: number };

/** Seed 003: the KSB of Kota and Kabupaten Pasuruan, signed 16 December 2021 in Kota Pasuruan. */
function seed003Ksb() {
  return {
    title: 'Kesepakatan Bersama Pemerintah Kota Pasuruan dan Pemerintah Kabupaten Pasuruan',
    kind: 'ksdd',
    ksddNature: 'sukarela',
    documentType: 'kesepakatan_bersama',
    parties: [
      { kind: 'region', regionCode: kota },
      { kind: 'region', regionCode: kabupaten },
    ],
    signingDate: '2021-12-16',
    signingPlace: 'Hotel Horison Kota Pasuruan',
    validFrom: '2021-12-16',
    validUntil: '2026-12-15',
    sectors: ['kesehatan', 'pendidikan', 'pelayanan_publik', 'penanggulangan_bencana', 'koperasi_ukm'],
  };
}

describe.each(databaseKinds)('follow-up actions on %s', (kind) => {
  let t: TestApp;
  let adminKota: TestUser;
  let adminKabupaten: TestUser;
  let adminMalang: TestUser;
  let officerKota: TestUser;
  let officerKabupaten: TestUser;
  let officerKotaOther: TestUser;
  let officerMalang: TestUser;
  let opdKota: string;
  let opdKotaOther: string;
  let opdKabupaten: string;
  let opdMalang: string;
  let ksbId: string;
  let actionKota: Action;
  let actionKabupaten: Action;

  async function makeOpd(admin: TestUser, regionCode: string, name: string): Promise<string> {
    const response = await send(t, admin, 'POST', '/api/opds', { regionCode, name });
    expect(response.status).toBe(201);
    return (response.body as { id: string }).id;
  }

  async function createAction(user: TestUser, body: Record<string, unknown>) {
    return send(t, user, 'POST', '/api/actions', {
      parentType: 'agreement',
      parentId: ksbId,
      title: 'Tindak lanjut kesepakatan',
      opdId: opdKota,
      ...body,
    });
  }

  async function actionCount(): Promise<number> {
    return (await t.database.db.select({ id: followUpActions.id }).from(followUpActions)).length;
  }

  function issueOf(body: unknown) {
    const error = (body as ErrorBody).error;
    return { code: error.code, field: error.field, issue: error.details?.[0]?.code };
  }

  beforeAll(async () => {
    t = await createTestApp(kind);
    adminKota = await loginAs(t, { role: 'region_admin', regionCode: kota });
    adminKabupaten = await loginAs(t, { role: 'region_admin', regionCode: kabupaten });
    adminMalang = await loginAs(t, { role: 'region_admin', regionCode: malang });
    opdKota = await makeOpd(adminKota, kota, 'Dinas Kesehatan Kota Pasuruan');
    opdKotaOther = await makeOpd(adminKota, kota, 'Dinas Pendidikan Kota Pasuruan');
    opdKabupaten = await makeOpd(adminKabupaten, kabupaten, 'BPBD Kabupaten Pasuruan');
    opdMalang = await makeOpd(adminMalang, malang, 'Dinas Kesehatan Kota Malang');
    officerKota = await loginAs(t, { role: 'opd_officer', regionCode: kota, opdId: opdKota });
    officerKotaOther = await loginAs(t, { role: 'opd_officer', regionCode: kota, opdId: opdKotaOther });
    officerKabupaten = await loginAs(t, { role: 'opd_officer', regionCode: kabupaten, opdId: opdKabupaten });
    officerMalang = await loginAs(t, { role: 'opd_officer', regionCode: malang, opdId: opdMalang });
    const ksb = await send(t, adminKota, 'POST', '/api/agreements?force=true', seed003Ksb());
    expect(ksb.status, JSON.stringify(ksb.body)).toBe(201);
    ksbId = (ksb.body as { id: string }).id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('adds an action owned by an OPD of each party, with the KSB’s parties and publication', async () => {
    const first = await createAction(adminKota, {
      title: 'Layanan kesehatan terpadu di perbatasan',
      dueDate: '2099-06-30',
    });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    actionKota = first.body as Action;
    expect(actionKota).toMatchObject({
      parentType: 'agreement',
      parentId: ksbId,
      status: 'direncanakan',
      progress: 0,
      published: false,
      version: 1,
      opd: { id: opdKota, regionCode: kota },
      parent: { type: 'agreement', id: ksbId, startDate: '2021-12-16' },
      access: { update: true, delete: true, report: true },
    });
    expect([...actionKota.partyRegionCodes].sort()).toEqual([kabupaten, kota]);

    // The partner's administrator adds the one its OPD owns.
    const second = await createAction(adminKabupaten, {
      title: 'Penanggulangan bencana bersama',
      opdId: opdKabupaten,
      dueDate: '2099-12-31',
    });
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    actionKabupaten = second.body as Action;

    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'action'), eq(auditLog.entityId, actionKota.id)));
    expect(audit.map((entry) => entry.action)).toEqual(['action.create']);
    // The history names the OPD in words: its stored id alone meant nothing to a reader.
    const history = await send(t, adminKota, 'GET', `/api/audit?entityType=action&entityId=${actionKota.id}`);
    expect(history.status).toBe(200);
    const [created] = (history.body as { items: Array<{ referenceNames: Record<string, string> }> }).items;
    expect(created?.referenceNames).toEqual({ [opdKota]: 'Dinas Kesehatan Kota Pasuruan' });
  });

  it('lets each OPD officer report on their own action, and refuses another OPD with 403', async () => {
    const report = await send(t, officerKota, 'POST', `/api/actions/${actionKota.id}/progress`, {
      status: 'berjalan',
      progress: 40,
      evidenceLinks: [{ url: 'https://pasuruankota.go.id/berita/layanan-terpadu', label: 'Berita' }],
      note: 'Posko kesehatan perbatasan sudah dibuka',
      version: 1,
    });
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    expect(report.body).toMatchObject({ status: 'berjalan', progress: 40, version: 2, completedAt: null });

    const done = await send(t, officerKabupaten, 'POST', `/api/actions/${actionKabupaten.id}/progress`, {
      status: 'selesai',
      progress: 100,
      version: 1,
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect((done.body as Action).completedAt).not.toBeNull();

    // Kota's officer of the health office on Kabupaten's action, and Kota's education office on Kota's.
    for (const [user, id] of [
      [officerKota, actionKabupaten.id],
      [officerKotaOther, actionKota.id],
    ] as const) {
      const refused = await send(t, user, 'POST', `/api/actions/${id}/progress`, {
        status: 'batal',
        progress: 0,
        version: 2,
      });
      expect(refused.status).toBe(403);
      expect((refused.body as ErrorBody).error.code).toBe('FORBIDDEN');
    }
    const comments = await send(t, adminKota, 'GET', `/api/actions/${actionKota.id}/comments`);
    expect(comments.body).toMatchObject({
      items: [{ body: 'Posko kesehatan perbatasan sudah dibuka', status: 'berjalan', progress: 40 }],
    });
    const detail = await send(t, officerKotaOther, 'GET', `/api/actions/${actionKota.id}`);
    expect(detail.status).toBe(200);
    expect((detail.body as Action).access).toMatchObject({ report: false, update: false });
  });

  it('hides the unpublished actions from another region: 404 on read, progress and comments', async () => {
    for (const user of [adminMalang, officerMalang]) {
      expect((await send(t, user, 'GET', `/api/actions/${actionKota.id}`)).status).toBe(404);
      const report = await send(t, user, 'POST', `/api/actions/${actionKota.id}/progress`, {
        status: 'batal',
        progress: 0,
        version: 2,
      });
      expect(report.status).toBe(404);
      expect((report.body as ErrorBody).error.code).toBe('ACTION_NOT_FOUND');
      expect((await send(t, user, 'GET', `/api/actions/${actionKota.id}/comments`)).status).toBe(404);
      const list = await send(t, user, 'GET', `/api/actions?parentType=agreement&parentId=${ksbId}`);
      expect((list.body as Page).items).toEqual([]);
    }
    expect((await send(t, null, 'GET', `/api/actions/${actionKota.id}`)).status).toBe(404);
  });

  it('comments: who may report on the action adds them, others are refused', async () => {
    const added = await send(t, officerKota, 'POST', `/api/actions/${actionKota.id}/comments`, {
      body: 'Koordinasi dengan puskesmas minggu depan',
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body).toMatchObject({ body: 'Koordinasi dengan puskesmas minggu depan', status: null });
    const other = await send(t, officerKotaOther, 'POST', `/api/actions/${actionKota.id}/comments`, {
      body: 'Bukan urusan kami',
    });
    expect(other.status).toBe(403);
    const list = await send(t, adminKabupaten, 'GET', `/api/actions/${actionKota.id}/comments`);
    expect((list.body as { items: unknown[] }).items).toHaveLength(2);
  });

  it('rolls the KSB’s actions up: count per status, overdue, average progress without cancelled ones', async () => {
    const cancelled = await createAction(adminKota, {
      title: 'Pameran koperasi bersama',
      opdId: opdKotaOther,
      status: 'batal',
    });
    expect(cancelled.status).toBe(201);
    const late = await createAction(adminKabupaten, {
      title: 'Beasiswa pelajar perbatasan',
      opdId: opdKabupaten,
      dueDate: '2022-03-31',
      progress: 20,
      status: 'berjalan',
    });
    expect(late.status).toBe(201);
    expect((late.body as Action).overdue).toBe(true);

    const summary = await send(
      t,
      adminKota,
      'GET',
      `/api/actions/summary?parentType=agreement&parentId=${ksbId}`,
    );
    expect(summary.status).toBe(200);
    // 40 (Kota), 100 (Kabupaten, selesai), 20 (late); the cancelled one does not count.
    expect(summary.body).toEqual({
      total: 4,
      byStatus: { direncanakan: 0, berjalan: 2, selesai: 1, batal: 1 },
      overdue: 1,
      progress: Math.round((40 + 100 + 20) / 3),
    });
    const hidden = await send(
      t,
      adminMalang,
      'GET',
      `/api/actions/summary?parentType=agreement&parentId=${ksbId}`,
    );
    expect(hidden.body).toMatchObject({ total: 0, progress: null });
  });

  it('lists with filters and paging, and exports the same as CSV', async () => {
    const base = `parentType=agreement&parentId=${ksbId}`;
    const list = async (query: string) => {
      const response = await send(t, adminKota, 'GET', `/api/actions?${base}&${query}`);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return (response.body as Page).items.map((item) => item.title);
    };
    expect(await list('')).toHaveLength(4);
    expect(await list(`opdId=${opdKabupaten}`)).toEqual([
      'Beasiswa pelajar perbatasan',
      'Penanggulangan bencana bersama',
    ]);
    expect(await list('status=selesai')).toEqual(['Penanggulangan bencana bersama']);
    expect(await list('overdue=true')).toEqual(['Beasiswa pelajar perbatasan']);
    expect(await list('dueBefore=2099-07-01&dueAfter=2023-01-01')).toEqual([
      'Layanan kesehatan terpadu di perbatasan',
    ]);
    expect(await list('q=bencana')).toEqual(['Penanggulangan bencana bersama']);
    expect(await list(`region=${kabupaten}&pageSize=1&page=2`)).toHaveLength(1);
    expect(await list(`region=${malang}`)).toEqual([]);

    // The total of every page: a full one, the last one, and one past the end (4 actions).
    const pages = await Promise.all(
      ['pageSize=1', 'pageSize=3&page=2', 'pageSize=2&page=5', 'pageSize=50'].map(async (query) => {
        const body = (await send(t, adminKota, 'GET', `/api/actions?${base}&${query}`)).body as Page;
        return [body.items.length, body.total];
      }),
    );
    expect(pages).toEqual([
      [1, 4],
      [1, 4],
      [0, 4],
      [4, 4],
    ]);

    // The owning OPD's officer finds "Tugas OPD saya" with opdId.
    const mine = await send(t, officerKota, 'GET', `/api/actions?opdId=${opdKota}`);
    expect((mine.body as Page).items.map((item) => item.id)).toEqual([actionKota.id]);

    const csv = await t.request(`/api/actions.csv?${base}&opdId=${opdKabupaten}`, {
      headers: adminKota.headers,
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toContain('judul');
    expect(lines).toHaveLength(3);
    expect(lines.join('\n')).toContain('Penanggulangan bencana bersama');
  });

  it('refuses bad input with its code and field, and saves nothing', async () => {
    const before = await actionCount();
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ progress: 101 }, 'PROGRESS_OUT_OF_RANGE', 'body.progress'],
      [{ dueDate: '2021-12-01' }, 'DUE_BEFORE_PARENT_START', 'body.dueDate'],
      [{ opdId: opdMalang }, 'OPD_NOT_OF_PARTY', 'body.opdId'],
      [{ status: 'selesai', progress: 60 }, 'DONE_WITHOUT_FULL_PROGRESS', 'body.progress'],
    ];
    for (const [body, code, field] of cases) {
      const response = await createAction(adminKota, body);
      expect(response.status, code).toBe(422);
      expect(issueOf(response.body)).toEqual({ code: 'RULE_VIOLATION', field, issue: code });
    }
    const unknownParent = await createAction(adminKota, { parentId: crypto.randomUUID() });
    expect(unknownParent.status).toBe(404);
    expect(issueOf(unknownParent.body)).toMatchObject({ code: 'PARENT_NOT_VISIBLE', field: 'body.parentId' });
    // Another region's administrator cannot see the KSB: the same 404, nothing told apart.
    const hiddenParent = await createAction(adminMalang, { opdId: opdMalang });
    expect(hiddenParent.status).toBe(404);
    expect(issueOf(hiddenParent.body).code).toBe('PARENT_NOT_VISIBLE');
    // An OPD officer reads the KSB but may not add to it.
    expect((await createAction(officerKota, {})).status).toBe(403);

    const progress = await send(t, officerKota, 'POST', `/api/actions/${actionKota.id}/progress`, {
      status: 'berjalan',
      progress: 101,
      version: 2,
    });
    expect(progress.status).toBe(422);
    expect(issueOf(progress.body)).toEqual({
      code: 'RULE_VIOLATION',
      field: 'body.progress',
      issue: 'PROGRESS_OUT_OF_RANGE',
    });
    const patch = await send(t, adminKota, 'PATCH', `/api/actions/${actionKota.id}`, {
      dueDate: '2020-01-01',
      version: 2,
    });
    expect(issueOf(patch.body)).toEqual({
      code: 'RULE_VIOLATION',
      field: 'body.dueDate',
      issue: 'DUE_BEFORE_PARENT_START',
    });
    expect(await actionCount()).toBe(before);
    const unchanged = await send(t, adminKota, 'GET', `/api/actions/${actionKota.id}`);
    expect(unchanged.body).toMatchObject({ progress: 40, version: 2, dueDate: '2099-06-30' });
  });

  it('changes with the version edited (409 on a stale one), audited; deletes softly', async () => {
    const stale = await send(t, adminKota, 'PATCH', `/api/actions/${actionKota.id}`, {
      title: 'Judul lama',
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect((stale.body as ErrorBody).error.code).toBe('VERSION_CONFLICT');
    const saved = await send(t, adminKota, 'PATCH', `/api/actions/${actionKota.id}`, {
      title: 'Layanan kesehatan terpadu wilayah perbatasan',
      version: 2,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ version: 3, progress: 40 });
    // The partner's OPD officer may report on its own actions only, never change another's.
    expect(
      (
        await send(t, officerKabupaten, 'PATCH', `/api/actions/${actionKota.id}`, {
          title: 'X y z',
          version: 3,
        })
      ).status,
    ).toBe(403);

    const removed = await send(t, adminKota, 'DELETE', `/api/actions/${actionKota.id}`);
    expect(removed.status).toBe(200);
    expect((await send(t, adminKota, 'GET', `/api/actions/${actionKota.id}`)).status).toBe(404);
    const audit = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'action'), eq(auditLog.entityId, actionKota.id)));
    expect(audit.map((entry) => entry.action).sort()).toEqual(
      ['action.comment', 'action.create', 'action.delete', 'action.progress', 'action.update'].sort(),
    );
  });

  it('follows a visit or a meeting too: its start date, and a decision of that meeting only', async () => {
    const db = t.database.db;
    const [visit] = await db
      .insert(visits)
      .values({
        kind: 'studi_banding',
        title: 'Studi banding pelayanan publik',
        hostRegionCode: kabupaten,
        partyRegionCodes: [kabupaten, kota],
        startDate: '2024-05-02',
        visitors: [{ regionCode: kota, institution: 'pemda' }],
      })
      .returning();
    const tooEarly = await createAction(adminKota, {
      parentType: 'visit',
      parentId: visit!.id,
      dueDate: '2024-05-01',
    });
    expect(issueOf(tooEarly.body)).toEqual({
      code: 'RULE_VIOLATION',
      field: 'body.dueDate',
      issue: 'DUE_BEFORE_PARENT_START',
    });
    const onVisit = await createAction(adminKota, {
      parentType: 'visit',
      parentId: visit!.id,
      dueDate: '2024-06-01',
    });
    expect(onVisit.status, JSON.stringify(onVisit.body)).toBe(201);
    // The visit deleted since: a change of the action still names a known OPD of its parties.
    await db.update(visits).set({ deletedAt: new Date() }).where(eq(visits.id, visit!.id));
    const unknownOpd = await send(t, adminKota, 'PATCH', `/api/actions/${(onVisit.body as Action).id}`, {
      opdId: crypto.randomUUID(),
      version: 1,
    });
    expect(unknownOpd.status, JSON.stringify(unknownOpd.body)).toBe(422);
    expect(issueOf(unknownOpd.body)).toEqual({
      code: 'RULE_VIOLATION',
      field: 'body.opdId',
      issue: 'UNKNOWN_OPD',
    });

    const [meeting, otherMeeting] = await db
      .insert(meetings)
      .values([
        { kind: 'audiensi', title: 'Audiensi Kota Pasuruan', partyRegionCodes: [kota], date: '2024-07-01' },
        { kind: 'audiensi', title: 'Audiensi lain', partyRegionCodes: [kota], date: '2024-07-02' },
      ])
      .returning();
    const [decision] = await db
      .insert(meetingDecisions)
      .values({ meetingId: otherMeeting!.id, text: 'Membentuk tim kecil' })
      .returning();
    const wrongDecision = await createAction(adminKota, {
      parentType: 'meeting',
      parentId: meeting!.id,
      decisionId: decision!.id,
    });
    expect(issueOf(wrongDecision.body)).toEqual({
      code: 'RULE_VIOLATION',
      field: 'body.decisionId',
      issue: 'DECISION_NOT_OF_MEETING',
    });
    const fromDecision = await createAction(adminKota, {
      parentType: 'meeting',
      parentId: otherMeeting!.id,
      decisionId: decision!.id,
    });
    expect(fromDecision.status, JSON.stringify(fromDecision.body)).toBe(201);
    // The meeting has only Kota Pasuruan as a party: Kabupaten's OPD cannot own its action.
    const partner = await createAction(adminKota, {
      parentType: 'meeting',
      parentId: meeting!.id,
      opdId: opdKabupaten,
    });
    expect(issueOf(partner.body).issue).toBe('OPD_NOT_OF_PARTY');
  });
});
