/**
 * Deleting, publishing and removing a party of a shared record need every other party's consent
 * (decision 009), for every record type of the core: the request answers 202 with a pending change,
 * the record stays as it was until each other party region confirms, and one rejection ends it.
 * Only a party region's administrator decides: another region's user gets 404, an OPD officer 403.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { loginAs, malangPasuruanKsb, send, type TestUser } from './support/factories.js';

const malang = '35.73';
const pasuruan = '35.14';
const jambi = '15.71';
const bekasi = '32.75';

type PendingChange = {
  id: string;
  kind: 'remove_parties' | 'publish' | 'delete';
  removeRegionCodes: string[];
  requiredRegionCodes: string[];
  awaitingRegionCodes: string[];
  canConfirm: boolean;
  canReject: boolean;
};
type Detail = {
  id: string;
  version: number;
  published: boolean;
  partyRegionCodes: string[];
  pendingChanges: PendingChange[];
};
type Response = { status: number; body: unknown };

/** A record type: where it lives, a Malang-Pasuruan record, and the edits that publish or drop Pasuruan. */
type Case = {
  type: string;
  path: string;
  body: Record<string, unknown>;
  /** The request that publishes the record. */
  publish?: (detail: Detail) => [method: 'PATCH' | 'PUT', body: Record<string, unknown>];
  /** The request that removes Pasuruan (and brings Jambi in, so the record keeps two parties). */
  removePasuruan?: (detail: Detail) => [method: 'PATCH' | 'PUT', body: Record<string, unknown>];
};

const meetingBody = {
  title: 'Rapat koordinasi pengelolaan sampah',
  kind: 'rapat_koordinasi',
  hostRegionCode: malang,
  participants: [
    { regionCode: malang, institution: 'pemda' },
    { regionCode: pasuruan, institution: 'pemda' },
  ],
  date: '2025-02-03',
  decisions: [{ text: 'Menyusun rancangan kesepakatan' }],
};

const cases: Case[] = [
  { type: 'agreement', path: '/api/agreements', body: malangPasuruanKsb() },
  {
    type: 'visit',
    path: '/api/visits',
    body: {
      title: 'Studi tiru pengelolaan sampah ke Kabupaten Pasuruan',
      kind: 'studi_tiru',
      hostRegionCode: pasuruan,
      visitors: [{ regionCode: malang, institution: 'pemda' }],
      startDate: '2025-01-16',
    },
    publish: (detail) => ['PATCH', { version: detail.version, published: true }],
    removePasuruan: (detail) => ['PATCH', { version: detail.version, hostRegionCode: jambi }],
  },
  {
    type: 'meeting',
    path: '/api/meetings',
    body: meetingBody,
    publish: (detail) => ['PUT', { ...meetingBody, published: true, version: detail.version }],
    removePasuruan: (detail) => [
      'PUT',
      {
        ...meetingBody,
        participants: [
          { regionCode: malang, institution: 'pemda' },
          { regionCode: jambi, institution: 'pemda' },
        ],
        version: detail.version,
      },
    ],
  },
  {
    type: 'program',
    path: '/api/programs',
    body: {
      title: 'Bantuan keuangan pengelolaan sampah',
      kind: 'bantuan_keuangan',
      funderRegionCode: malang,
      recipientRegionCode: pasuruan,
      status: 'rencana',
    },
    publish: (detail) => ['PATCH', { version: detail.version, published: true }],
    removePasuruan: (detail) => ['PATCH', { version: detail.version, recipientRegionCode: jambi }],
  },
];

describe.each(databaseKinds)('consent of every party for every record type, on %s', (kind) => {
  let t: TestApp;
  let malangAdmin: TestUser;
  let pasuruanAdmin: TestUser;
  let bekasiAdmin: TestUser;
  let pasuruanOfficer: TestUser;

  beforeAll(async () => {
    t = await createTestApp(kind);
    malangAdmin = await loginAs(t, { role: 'region_admin', regionCode: malang });
    pasuruanAdmin = await loginAs(t, { role: 'region_admin', regionCode: pasuruan });
    bekasiAdmin = await loginAs(t, { role: 'region_admin', regionCode: bekasi });
    const opd = await send(t, pasuruanAdmin, 'POST', '/api/opds', { regionCode: pasuruan, name: 'DLH' });
    const opdId = (opd.body as { id: string }).id;
    pasuruanOfficer = await loginAs(t, { role: 'opd_officer', regionCode: pasuruan, opdId });
  });
  afterAll(async () => {
    await t?.close();
  });

  async function create(item: Case): Promise<Detail> {
    const path = item.type === 'agreement' ? `${item.path}?force=true` : item.path;
    const created = await send(t, malangAdmin, 'POST', path, item.body);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body as Detail;
  }
  async function read(user: TestUser | null, item: Case, id: string): Promise<Response> {
    return send(t, user, 'GET', `${item.path}/${id}`);
  }
  async function readDetail(user: TestUser, item: Case, id: string): Promise<Detail> {
    const response = await read(user, item, id);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body as Detail;
  }
  const decide = (user: TestUser, item: Case, id: string, changeId: string, action: 'confirm' | 'reject') =>
    send(t, user, 'POST', `${item.path}/${id}/pending-changes/${changeId}/${action}`);

  /** The pending-change notifications a user has about a record. */
  async function notificationsAbout(user: TestUser, recordId: string) {
    const page = await send(t, user, 'GET', '/api/notifications?pageSize=100');
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    type Notice = { kind: string; recordType: string; recordId: string; params: Record<string, unknown> };
    return (page.body as { items: Notice[] }).items.filter(
      (notice) => notice.recordId === recordId && notice.kind === 'pending_change',
    );
  }

  /** The only pending change of a record, as its partner Pasuruan sees it. */
  async function pendingOf(item: Case, id: string, kind: PendingChange['kind']): Promise<PendingChange> {
    const seen = await readDetail(pasuruanAdmin, item, id);
    expect(seen.pendingChanges.map((change) => change.kind)).toEqual([kind]);
    const change = seen.pendingChanges[0]!;
    expect(change.awaitingRegionCodes).toEqual([pasuruan]);
    expect(change.canConfirm).toBe(true);
    return change;
  }

  it.each(cases)('deletes a shared $type only once the partner consents', async (item) => {
    const record = await create(item);
    const proposed = await send(t, malangAdmin, 'DELETE', `${item.path}/${record.id}`);
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(202);
    expect((proposed.body as { pendingChange: PendingChange }).pendingChange.kind).toBe('delete');
    // The record is still there for both parties.
    expect((await read(malangAdmin, item, record.id)).status).toBe(200);
    const change = await pendingOf(item, record.id, 'delete');
    // The partner's administrators are told, once, with a link to the record; the proposer is not.
    const told = await notificationsAbout(pasuruanAdmin, record.id);
    expect(told).toEqual([
      expect.objectContaining({ kind: 'pending_change', recordType: item.type, params: expect.any(Object) }),
    ]);
    expect(told[0]!.params).toMatchObject({ byRegion: 'Kota Malang', change: 'delete' });
    expect(await notificationsAbout(malangAdmin, record.id)).toEqual([]);
    // Another region does not see the record at all; an OPD officer of the partner may not decide.
    expect((await decide(bekasiAdmin, item, record.id, change.id, 'confirm')).status).toBe(404);
    expect((await decide(pasuruanOfficer, item, record.id, change.id, 'confirm')).status).toBe(403);
    // The proposer cannot consent for its partner.
    expect((await decide(malangAdmin, item, record.id, change.id, 'confirm')).status).toBe(403);

    // A rejection ends the change; nothing is deleted.
    const rejected = await decide(pasuruanAdmin, item, record.id, change.id, 'reject');
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    expect((rejected.body as { status: string }).status).toBe('rejected');
    expect((await readDetail(pasuruanAdmin, item, record.id)).pendingChanges).toEqual([]);

    // Proposed again and confirmed: deleted for everyone.
    expect((await send(t, malangAdmin, 'DELETE', `${item.path}/${record.id}`)).status).toBe(202);
    const again = await pendingOf(item, record.id, 'delete');
    const applied = await decide(pasuruanAdmin, item, record.id, again.id, 'confirm');
    expect(applied.status, JSON.stringify(applied.body)).toBe(200);
    expect(applied.body).toEqual({ status: 'applied', record: null });
    expect((await read(malangAdmin, item, record.id)).status).toBe(404);
    expect((await read(pasuruanAdmin, item, record.id)).status).toBe(404);
  });

  it('deletes a record of the own region alone at once, and enters a shared one published only after consent', async () => {
    const item = cases.find((entry) => entry.type === 'visit')!;
    const alone = await send(t, malangAdmin, 'POST', item.path, {
      ...item.body,
      hostRegionCode: malang,
      visitors: [{ institution: 'lainnya', name: 'Universitas Brawijaya' }],
    });
    expect(alone.status, JSON.stringify(alone.body)).toBe(201);
    const id = (alone.body as Detail).id;
    expect((await send(t, malangAdmin, 'DELETE', `${item.path}/${id}`)).status).toBe(200);
    expect((await read(malangAdmin, item, id)).status).toBe(404);

    const shared = await send(t, malangAdmin, 'POST', item.path, { ...item.body, published: true });
    expect(shared.status, JSON.stringify(shared.body)).toBe(201);
    const created = shared.body as Detail;
    expect(created.published).toBe(false);
    expect((await read(null, item, created.id)).status).toBe(404);
    const change = await pendingOf(item, created.id, 'publish');
    expect((await decide(pasuruanAdmin, item, created.id, change.id, 'confirm')).status).toBe(200);
    expect((await read(null, item, created.id)).status).toBe(200);
  });

  it.each(cases.filter((item) => item.publish))(
    'publishes a shared $type only with the partner',
    async (item) => {
      const record = await create(item);
      const [method, body] = item.publish!(record);
      const proposed = await send(t, malangAdmin, method, `${item.path}/${record.id}`, body);
      expect(proposed.status, JSON.stringify(proposed.body)).toBe(202);
      expect((proposed.body as Detail).published).toBe(false);
      expect((await read(null, item, record.id)).status).toBe(404);
      const change = await pendingOf(item, record.id, 'publish');
      expect((await decide(pasuruanOfficer, item, record.id, change.id, 'confirm')).status).toBe(403);
      expect((await decide(bekasiAdmin, item, record.id, change.id, 'confirm')).status).toBe(404);

      const rejected = await decide(pasuruanAdmin, item, record.id, change.id, 'reject');
      expect((rejected.body as { status: string }).status).toBe('rejected');
      expect((await read(null, item, record.id)).status).toBe(404);

      const current = await readDetail(malangAdmin, item, record.id);
      const [again, againBody] = item.publish!(current);
      expect((await send(t, malangAdmin, again, `${item.path}/${record.id}`, againBody)).status).toBe(202);
      const next = await pendingOf(item, record.id, 'publish');
      const applied = await decide(pasuruanAdmin, item, record.id, next.id, 'confirm');
      expect(applied.status, JSON.stringify(applied.body)).toBe(200);
      expect((applied.body as { record: Detail }).record.published).toBe(true);
      expect((await read(null, item, record.id)).status).toBe(200);
    },
  );

  it.each(cases.filter((item) => item.removePasuruan))(
    'keeps the partner in a $type until it consents to its removal',
    async (item) => {
      const record = await create(item);
      const [method, body] = item.removePasuruan!(record);
      const proposed = await send(t, malangAdmin, method, `${item.path}/${record.id}`, body);
      expect(proposed.status, JSON.stringify(proposed.body)).toBe(202);
      const kept = await readDetail(pasuruanAdmin, item, record.id);
      expect(kept.partyRegionCodes).toContain(pasuruan);
      expect(kept.version).toBe(record.version);
      const change = await pendingOf(item, record.id, 'remove_parties');
      expect(change.removeRegionCodes).toEqual([pasuruan]);
      expect((await decide(pasuruanOfficer, item, record.id, change.id, 'confirm')).status).toBe(403);
      expect((await decide(bekasiAdmin, item, record.id, change.id, 'confirm')).status).toBe(404);

      const rejected = await decide(pasuruanAdmin, item, record.id, change.id, 'reject');
      expect((rejected.body as { status: string }).status).toBe('rejected');
      expect((await readDetail(pasuruanAdmin, item, record.id)).partyRegionCodes).toContain(pasuruan);

      expect((await send(t, malangAdmin, method, `${item.path}/${record.id}`, body)).status).toBe(202);
      const next = await pendingOf(item, record.id, 'remove_parties');
      const applied = await decide(pasuruanAdmin, item, record.id, next.id, 'confirm');
      expect(applied.status, JSON.stringify(applied.body)).toBe(200);
      // Pasuruan is no longer a party: it no longer reads the record.
      expect(applied.body).toEqual({ status: 'applied', record: null });
      expect((await read(pasuruanAdmin, item, record.id)).status).toBe(404);
      const after = await readDetail(malangAdmin, item, record.id);
      expect(after.partyRegionCodes).not.toContain(pasuruan);
      expect(after.partyRegionCodes).toContain(jambi);
    },
  );
});
