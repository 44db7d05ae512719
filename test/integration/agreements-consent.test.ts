/**
 * Removing a party and publishing a shared agreement need every other party's consent (decision 009):
 * the change waits as pending until each of them confirms it, and one rejection ends it. Publishing
 * never makes a draft document public. The two attacks of the outside review are replayed here.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { loginAs, malangPasuruanKsb, send, type TestUser } from './support/factories.js';

const malang = '35.73';
const pasuruan = '35.14';
const jambi = '15.71';

type PendingChange = {
  id: string;
  kind: 'remove_parties' | 'publish';
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
  warnings?: Array<{ code: string; field: string | null }>;
  documents: Array<{ id: string; kind: string; title: string }>;
};
type ErrorBody = { error: { code: string } };
type Decision = { status: 'pending' | 'applied' | 'rejected'; record: Detail | null };

describe.each(databaseKinds)('consent of every party to removal and publication, on %s', (kind) => {
  let t: TestApp;
  let malangAdmin: TestUser;
  let pasuruanAdmin: TestUser;
  let jambiAdmin: TestUser;
  let pdf: Uint8Array<ArrayBuffer>;

  beforeAll(async () => {
    t = await createTestApp(kind);
    malangAdmin = await loginAs(t, { role: 'region_admin', regionCode: malang });
    pasuruanAdmin = await loginAs(t, { role: 'region_admin', regionCode: pasuruan });
    jambiAdmin = await loginAs(t, { role: 'region_admin', regionCode: jambi });
    pdf = new Uint8Array(await readFile(new URL('../fixtures/files/ksb-signed.pdf', import.meta.url)));
  });
  afterAll(async () => {
    await t?.close();
  });

  async function create(overrides: Record<string, unknown>): Promise<Detail> {
    const created = await send(
      t,
      malangAdmin,
      'POST',
      '/api/agreements?force=true',
      malangPasuruanKsb(overrides),
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body as Detail;
  }
  const detail = async (user: TestUser | null, id: string) => send(t, user, 'GET', `/api/agreements/${id}`);
  const decide = (user: TestUser, id: string, change: PendingChange, action: 'confirm' | 'reject') =>
    send(t, user, 'POST', `/api/agreements/${id}/pending-changes/${change.id}/${action}`);

  async function upload(user: TestUser, id: string, documentKind: string, title: string) {
    const form = new FormData();
    form.set('file', new File([pdf], `${documentKind}.pdf`, { type: 'application/pdf' }));
    form.set('kind', documentKind);
    form.set('title', title);
    const response = await t.json(`/api/agreements/${id}/documents`, {
      method: 'POST',
      headers: user.headers,
      body: form,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body as { id: string; version: { downloadUrl: string } };
  }

  it('keeps a party that another party removes until it consents; its rejection ends the change', async () => {
    const record = await create({});
    // The attack: Malang replaces Kabupaten Pasuruan with Kota Jambi.
    const patch = await send(t, malangAdmin, 'PATCH', `/api/agreements/${record.id}`, {
      version: record.version,
      parties: [
        { kind: 'region', regionCode: malang, documentNumber: '180/01/35.73.112/2024' },
        { kind: 'region', regionCode: jambi },
      ],
      signatories: [{ partyKey: malang, name: 'Wahyu Hidayat', office: 'wali_kota', actingKind: 'pj' }],
    });
    expect(patch.status, JSON.stringify(patch.body)).toBe(200);
    const after = patch.body as Detail;
    expect(after.warnings?.map((w) => [w.code, w.field])).toContainEqual(['CONSENT_PENDING', 'parties']);
    expect(after.partyRegionCodes).toEqual([jambi, pasuruan, malang].sort());
    const [removal] = after.pendingChanges;
    expect(removal).toMatchObject({
      kind: 'remove_parties',
      removeRegionCodes: [pasuruan],
      canConfirm: false,
    });
    expect(removal!.awaitingRegionCodes.sort()).toEqual([jambi, pasuruan].sort());

    // Pasuruan still reads the record and sees what awaits its consent.
    const seen = await detail(pasuruanAdmin, record.id);
    expect(seen.status).toBe(200);
    const pending = (seen.body as Detail).pendingChanges[0]!;
    expect(pending).toMatchObject({ id: removal!.id, canConfirm: true, canReject: true });
    // The proposer cannot consent for the others.
    expect((await decide(malangAdmin, record.id, removal!, 'confirm')).status).toBe(403);

    const rejected = await decide(pasuruanAdmin, record.id, removal!, 'reject');
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    expect((rejected.body as Decision).status).toBe('rejected');
    expect((rejected.body as Decision).record?.pendingChanges).toEqual([]);
    expect((rejected.body as Decision).record?.partyRegionCodes).toContain(pasuruan);
    const again = await decide(jambiAdmin, record.id, removal!, 'confirm');
    expect(again.status).toBe(404);
    expect((again.body as ErrorBody).error.code).toBe('PENDING_CHANGE_NOT_FOUND');
  });

  it('removes a party once every other party has consented, end to end', async () => {
    const record = await create({
      title: 'Kesepakatan Bersama tentang Pengembangan Pariwisata Tiga Daerah',
      signingDate: '2024-03-01',
      validFrom: '2024-03-01',
      parties: [
        { kind: 'region', regionCode: malang, documentNumber: '180/02/35.73.112/2024' },
        { kind: 'region', regionCode: pasuruan, documentNumber: '180/18/424.013/2024' },
        { kind: 'region', regionCode: jambi, documentNumber: '119/03/HK/2024' },
      ],
    });
    const patch = await send(t, malangAdmin, 'PATCH', `/api/agreements/${record.id}`, {
      version: record.version,
      parties: [
        { kind: 'region', regionCode: malang, documentNumber: '180/02/35.73.112/2024' },
        { kind: 'region', regionCode: pasuruan, documentNumber: '180/18/424.013/2024' },
      ],
    });
    expect(patch.status, JSON.stringify(patch.body)).toBe(200);
    const removal = (patch.body as Detail).pendingChanges[0]!;
    expect(removal.requiredRegionCodes.sort()).toEqual([jambi, pasuruan].sort());

    const first = await decide(pasuruanAdmin, record.id, removal, 'confirm');
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect((first.body as Decision).status).toBe('pending');
    expect((first.body as Decision).record?.partyRegionCodes).toContain(jambi);
    expect((first.body as Decision).record?.pendingChanges[0]!.awaitingRegionCodes).toEqual([jambi]);
    expect((await detail(jambiAdmin, record.id)).status).toBe(200);

    const last = await decide(jambiAdmin, record.id, removal, 'confirm');
    expect(last.status, JSON.stringify(last.body)).toBe(200);
    expect(last.body).toEqual({ status: 'applied', record: null });
    // Applied: Jambi is no party any more (so it no longer sees the record), the others keep it.
    const now = (await detail(malangAdmin, record.id)).body as Detail;
    expect(now.partyRegionCodes).toEqual([pasuruan, malang].sort());
    expect(now.pendingChanges).toEqual([]);
    expect((await detail(jambiAdmin, record.id)).status).toBe(404);
    const audit = await send(t, malangAdmin, 'GET', `/api/audit?entityType=agreement&entityId=${record.id}`);
    const actions = (audit.body as { items: Array<{ action: string }> }).items.map((item) => item.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'agreement.change_proposed',
        'agreement.change_consented',
        'agreement.change_applied',
      ]),
    );
  });

  it('publishes only with every party’s consent, and never a draft document', async () => {
    const record = await create({
      title: 'Kesepakatan Bersama tentang Pengelolaan Air Bersih',
      signingDate: '2024-05-02',
      validFrom: '2024-05-02',
    });
    const signed = await upload(malangAdmin, record.id, 'signed', 'Naskah KSB ditandatangani');
    const draft = await upload(pasuruanAdmin, record.id, 'draft', 'Rancangan PKS internal Pasuruan');

    // The attack: Malang publishes alone.
    const publish = await send(t, malangAdmin, 'PATCH', `/api/agreements/${record.id}`, {
      version: record.version,
      published: true,
    });
    expect(publish.status, JSON.stringify(publish.body)).toBe(200);
    expect((publish.body as Detail).published).toBe(false);
    expect((publish.body as Detail).warnings?.map((w) => w.code)).toContain('CONSENT_PENDING');
    expect((await detail(null, record.id)).status).toBe(404);
    expect((await t.request(signed.version.downloadUrl)).status).toBe(404);

    const change = ((await detail(pasuruanAdmin, record.id)).body as Detail).pendingChanges[0]!;
    expect(change).toMatchObject({ kind: 'publish', canConfirm: true });
    const consented = await decide(pasuruanAdmin, record.id, change, 'confirm');
    expect(consented.status, JSON.stringify(consented.body)).toBe(200);
    expect((consented.body as Decision).record?.published).toBe(true);

    // Public now: the signed copy, not Pasuruan's draft (neither listed nor downloadable).
    const open = await detail(null, record.id);
    expect(open.status).toBe(200);
    expect((open.body as Detail).documents.map((d) => d.title)).toEqual(['Naskah KSB ditandatangani']);
    const list = await send(t, null, 'GET', `/api/agreements/${record.id}/documents`);
    expect((list.body as { items: Array<{ id: string }> }).items.map((d) => d.id)).toEqual([signed.id]);
    expect((await t.request(signed.version.downloadUrl)).status).toBe(200);
    expect((await t.request(draft.version.downloadUrl)).status).toBe(404);
    const outsider = await send(t, jambiAdmin, 'GET', `/api/agreements/${record.id}`);
    expect((outsider.body as Detail).documents.map((d) => d.id)).toEqual([signed.id]);
    // The parties keep their draft.
    const party = (await detail(malangAdmin, record.id)).body as Detail;
    expect(party.documents.map((d) => d.id).sort()).toEqual([signed.id, draft.id].sort());
  });

  it('enters a shared record published only after the partner consents', async () => {
    const created = await send(
      t,
      malangAdmin,
      'POST',
      '/api/agreements?force=true',
      malangPasuruanKsb({ title: 'Kesepakatan Bersama tentang Transportasi Antar Daerah', published: true }),
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const record = created.body as Detail;
    expect(record.published).toBe(false);
    expect(record.pendingChanges.map((change) => change.kind)).toEqual(['publish']);
    expect((await detail(null, record.id)).status).toBe(404);
    // A non-party cannot see the record, nor decide on its changes.
    expect((await decide(jambiAdmin, record.id, record.pendingChanges[0]!, 'confirm')).status).toBe(404);
  });
});
