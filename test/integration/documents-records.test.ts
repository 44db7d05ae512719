/**
 * Documents of the records around the agreements (issue 11 §1): a visit's or meeting's report, a
 * follow-up action's evidence, a program's files. One implementation with the agreement's (versions,
 * SHA-256, type sniffing, text extraction); who reads and changes them follows the record.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { loginAs, send, type TestUser } from './support/factories.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/files');
const fixture = (name: string) => fs.readFileSync(path.join(fixtures, name));

type Version = {
  version: number;
  sha256: string;
  contentType: string;
  hasText: boolean;
  downloadUrl: string;
};
type Document = {
  id: string;
  kind: string;
  title: string;
  ownerRegionCode: string | null;
  canDelete: boolean;
  versions: Version[];
};
type Listed = { items: Document[]; canChange: boolean };
type Uploaded = { id: string; kind: string; version: Version };
type ErrorBody = { error: { code: string; field?: string } };

const malang = '35.73';
const pasuruan = '35.14';
const jambi = '15.71';

function form(file: Buffer, name: string, fields: Record<string, string>) {
  const body = new FormData();
  body.set('file', new File([new Uint8Array(file)], name, { type: 'application/pdf' }));
  for (const [key, value] of Object.entries(fields)) body.set(key, value);
  return body;
}

type Users = {
  malangAdmin: TestUser;
  malangViewer: TestUser;
  pasuruanAdmin: TestUser;
  jambiAdmin: TestUser;
  /** An officer of the OPD that owns the actions, another of Malang's OPD. */
  ownOfficer: TestUser;
  otherOfficer: TestUser;
  opdId: string;
};

type Kind = {
  type: 'visit' | 'meeting' | 'action' | 'program';
  segment: string;
  notFound: string;
  /** A record of Malang shared with Pasuruan, entered by Malang's administrator (published: consented). */
  make(t: TestApp, users: Users, published: boolean): Promise<string>;
};

async function consent(t: TestApp, user: TestUser, segment: string, created: unknown): Promise<string> {
  const { id, pendingChanges } = created as { id: string; pendingChanges?: Array<{ id: string }> };
  for (const change of pendingChanges ?? []) {
    const path = `/api/${segment}/${id}/pending-changes/${change.id}/confirm`;
    const confirmed = await send(t, user, 'POST', path);
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
  }
  return id;
}

async function created(response: { status: number; body: unknown }, what: string) {
  if (response.status !== 201)
    throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

const kinds: Kind[] = [
  {
    type: 'visit',
    segment: 'visits',
    notFound: 'VISIT_NOT_FOUND',
    async make(t, users, published) {
      const body = await created(
        await send(t, users.malangAdmin, 'POST', '/api/visits', {
          title: 'Kunjungan kerja pengelolaan sampah',
          hostRegionCode: pasuruan,
          visitors: [{ regionCode: malang, institution: 'pemda' }],
          startDate: '2025-01-16',
          published,
        }),
        'visit',
      );
      return consent(t, users.pasuruanAdmin, 'visits', body);
    },
  },
  {
    type: 'meeting',
    segment: 'meetings',
    notFound: 'MEETING_NOT_FOUND',
    async make(t, users, published) {
      const body = await created(
        await send(t, users.malangAdmin, 'POST', '/api/meetings', {
          title: 'Audiensi pengelolaan sampah',
          kind: 'audiensi',
          hostRegionCode: malang,
          participants: [{ regionCode: malang }, { regionCode: pasuruan }],
          published,
        }),
        'meeting',
      );
      return consent(t, users.pasuruanAdmin, 'meetings', body);
    },
  },
  {
    type: 'action',
    segment: 'actions',
    notFound: 'ACTION_NOT_FOUND',
    async make(t, users, published) {
      // An action is public when its agreement is, at its creation.
      const agreement = await created(
        await send(t, users.malangAdmin, 'POST', '/api/agreements?force=true', {
          title: 'Kesepakatan Bersama pengelolaan sampah',
          kind: 'ksdd',
          documentType: 'kesepakatan_bersama',
          parties: [
            { kind: 'region', regionCode: malang },
            { kind: 'region', regionCode: pasuruan },
          ],
          signingDate: '2024-08-07',
          entryStage: 'persiapan',
          responsibleOpdIds: [users.opdId],
          published,
        }),
        'agreement',
      );
      const parentId = await consent(t, users.pasuruanAdmin, 'agreements', agreement);
      const body = (await created(
        await send(t, users.malangAdmin, 'POST', '/api/actions', {
          parentType: 'agreement',
          parentId,
          title: 'Menyusun rencana aksi',
          opdId: users.opdId,
        }),
        'action',
      )) as { id: string };
      return body.id;
    },
  },
  {
    type: 'program',
    segment: 'programs',
    notFound: 'PROGRAM_NOT_FOUND',
    async make(t, users, published) {
      const body = await created(
        await send(t, users.malangAdmin, 'POST', '/api/programs', {
          title: 'Bantuan keuangan pengelolaan sampah',
          kind: 'bantuan_keuangan',
          funderRegionCode: malang,
          recipientRegionCode: pasuruan,
          budgets: [{ year: 2025, budget: 1_000_000, realisation: 250_000 }],
          published,
        }),
        'program',
      );
      return consent(t, users.pasuruanAdmin, 'programs', body);
    },
  },
];

describe.each(databaseKinds)('record documents on %s', (databaseKind) => {
  let t: TestApp;
  let users: Users;

  beforeAll(async () => {
    t = await createTestApp(databaseKind);
    const malangAdmin = await loginAs(t, { role: 'region_admin', regionCode: malang });
    const opd = async (name: string) =>
      ((await send(t, malangAdmin, 'POST', '/api/opds', { regionCode: malang, name })).body as { id: string })
        .id;
    const opdId = await opd('Dinas Lingkungan Hidup');
    const otherOpdId = await opd('Dinas Pendidikan');
    users = {
      malangAdmin,
      malangViewer: await loginAs(t, { role: 'viewer', regionCode: malang }),
      pasuruanAdmin: await loginAs(t, { role: 'region_admin', regionCode: pasuruan }),
      jambiAdmin: await loginAs(t, { role: 'region_admin', regionCode: jambi }),
      ownOfficer: await loginAs(t, { role: 'opd_officer', regionCode: malang, opdId }),
      otherOfficer: await loginAs(t, { role: 'opd_officer', regionCode: malang, opdId: otherOpdId }),
      opdId,
    };
  });
  afterAll(async () => {
    await t?.close();
  });

  describe.each(kinds)('of a $type', (kind) => {
    const base = (id: string) => `/api/${kind.segment}/${id}/documents`;
    const upload = (user: TestUser | null, id: string, body: FormData) =>
      t.json<unknown>(base(id), { method: 'POST', headers: user?.headers ?? {}, body });
    const list = (user: TestUser | null, id: string) => send(t, user, 'GET', base(id));

    it('stores a file with its SHA-256 and text, keeps versions, lists and serves it to the partner', async () => {
      const id = await kind.make(t, users, false);
      const pdf = fixture('ksb-signed.pdf');
      const first = await upload(
        users.malangAdmin,
        id,
        form(pdf, 'Laporan.pdf', { kind: 'laporan', title: 'Laporan' }),
      );
      expect(first.status, JSON.stringify(first.body)).toBe(201);
      const uploaded = first.body as Uploaded;
      expect(uploaded).toMatchObject({ kind: 'laporan', title: 'Laporan' });
      expect(uploaded.version).toMatchObject({
        version: 1,
        contentType: 'application/pdf',
        hasText: true,
        sha256: createHash('sha256').update(pdf).digest('hex'),
      });
      expect(uploaded.version.downloadUrl).toBe(`${base(id)}/${uploaded.id}/versions/1/file`);

      const v2 = fixture('ksb-signed-v2.pdf');
      const second = await upload(
        users.pasuruanAdmin,
        id,
        form(v2, 'Laporan v2.pdf', { kind: 'laporan', title: 'x', documentId: uploaded.id }),
      );
      expect(second.status, JSON.stringify(second.body)).toBe(201);
      expect((second.body as Uploaded).version.version).toBe(2);

      const listed = await list(users.pasuruanAdmin, id);
      expect(listed.status).toBe(200);
      const body = listed.body as Listed;
      expect(body.canChange).toBe(true);
      expect(body.items.map((document) => document.versions.map((version) => version.version))).toEqual([
        [1, 2],
      ]);

      const file = await t.request(body.items[0]!.versions[0]!.downloadUrl, {
        headers: users.pasuruanAdmin.headers,
      });
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('application/pdf');
      expect(Buffer.from(await file.arrayBuffer()).equals(pdf)).toBe(true);

      // The viewer of a party reads but does not change.
      const viewerList = await list(users.malangViewer, id);
      expect(viewerList.status).toBe(200);
      expect((viewerList.body as Listed).canChange).toBe(false);

      // A document of another record, or another record type, is not this record's.
      const other = await kind.make(t, users, false);
      const foreign = await t.request(`${base(other)}/${uploaded.id}/versions/1/file`, {
        headers: users.malangAdmin.headers,
      });
      expect(foreign.status).toBe(404);
      expect(((await foreign.json()) as ErrorBody).error.code).toBe('DOCUMENT_NOT_FOUND');
      const asAgreement = await t.request(`/api/agreements/${id}/documents/${uploaded.id}/versions/1/file`, {
        headers: users.malangAdmin.headers,
      });
      expect(asAgreement.status).toBe(404);
    });

    it('hides an unpublished record from another region and the public, and lets only who may change it upload or delete', async () => {
      const id = await kind.make(t, users, false);
      const uploaded = (
        await upload(
          users.malangAdmin,
          id,
          form(fixture('stamp.png'), 'foto.png', { kind: 'foto', title: 'Foto' }),
        )
      ).body as Uploaded;
      for (const user of [users.jambiAdmin, null]) {
        const listed = await list(user, id);
        expect(listed.status).toBe(404);
        expect((listed.body as ErrorBody).error.code).toBe(kind.notFound);
        const file = await t.request(uploaded.version.downloadUrl, { headers: user?.headers ?? {} });
        expect(file.status).toBe(404);
      }
      const unrelated = await upload(
        users.jambiAdmin,
        id,
        form(fixture('stamp.png'), 'a.png', { kind: 'foto', title: 'a' }),
      );
      expect(unrelated.status).toBe(404);
      expect((unrelated.body as ErrorBody).error.code).toBe(kind.notFound);
      const anonymous = await upload(
        null,
        id,
        form(fixture('stamp.png'), 'a.png', { kind: 'foto', title: 'a' }),
      );
      expect(anonymous.status).toBe(401);
      const viewer = await upload(
        users.malangViewer,
        id,
        form(fixture('stamp.png'), 'a.png', { kind: 'foto', title: 'a' }),
      );
      expect(viewer.status).toBe(403);

      // An OPD officer adds evidence to their OPD's actions only; nothing to the other record types.
      const own = await upload(
        users.ownOfficer,
        id,
        form(fixture('stamp.png'), 'bukti.png', { kind: 'bukti', title: 'Bukti' }),
      );
      expect(own.status, JSON.stringify(own.body)).toBe(kind.type === 'action' ? 201 : 403);
      const other = await upload(
        users.otherOfficer,
        id,
        form(fixture('stamp.png'), 'bukti.png', { kind: 'bukti', title: 'Bukti' }),
      );
      expect(other.status).toBe(403);

      const path = `${base(id)}/${uploaded.id}`;
      expect((await send(t, users.jambiAdmin, 'DELETE', path)).status).toBe(404);
      expect((await send(t, users.malangViewer, 'DELETE', path)).status).toBe(403);
      expect((await send(t, users.otherOfficer, 'DELETE', path)).status).toBe(403);
      // Malang added the document: the partner, who may change the record's documents, may not
      // delete it (decision 009), and the list says so to each of them.
      const ownership = (user: TestUser) =>
        send(t, user, 'GET', base(id)).then((listed) =>
          (listed.body as Listed).items.find((document) => document.id === uploaded.id)!,
        );
      expect(await ownership(users.pasuruanAdmin)).toMatchObject({
        ownerRegionCode: malang,
        canDelete: false,
      });
      expect(await ownership(users.malangAdmin)).toMatchObject({ ownerRegionCode: malang, canDelete: true });
      const byPartner = await send(t, users.pasuruanAdmin, 'DELETE', path);
      expect(byPartner.status, JSON.stringify(byPartner.body)).toBe(403);
      expect((byPartner.body as { error: { details: { reason: string } } }).error.details.reason).toBe(
        'DOCUMENT_OF_PARTNER',
      );
      expect((await list(users.malangAdmin, id)).body as Listed).toMatchObject({
        items: expect.arrayContaining([expect.objectContaining({ id: uploaded.id })]),
      });
      const deleted = await send(t, users.malangAdmin, 'DELETE', path);
      expect(deleted.status, JSON.stringify(deleted.body)).toBe(200);
      const again = await send(t, users.malangAdmin, 'DELETE', path);
      expect(again.status).toBe(404);
      expect((again.body as ErrorBody).error.code).toBe('DOCUMENT_NOT_FOUND');
      const left = (await list(users.malangAdmin, id)).body as Listed;
      expect(left.items.map((document) => document.id)).not.toContain(uploaded.id);
      const audit = await send(
        t,
        users.malangAdmin,
        'GET',
        `/api/audit?entityType=${kind.type}&entityId=${id}`,
      );
      const actions = (audit.body as { items: Array<{ action: string }> }).items.map((entry) => entry.action);
      expect(actions).toEqual(
        expect.arrayContaining([`${kind.type}.document.upload`, `${kind.type}.document.delete`]),
      );
    });

    it("shows a published record's documents to all, never its drafts", async () => {
      const id = await kind.make(t, users, true);
      const report = await upload(
        users.malangAdmin,
        id,
        form(fixture('stamp.png'), 'laporan.png', { kind: 'laporan', title: 'Laporan' }),
      );
      expect(report.status).toBe(201);
      const draft = (
        await upload(
          users.malangAdmin,
          id,
          form(fixture('draft.docx'), 'rancangan.docx', { kind: 'draft', title: 'Rancangan' }),
        )
      ).body as Uploaded;
      for (const user of [users.jambiAdmin, null]) {
        const listed = await list(user, id);
        expect(listed.status).toBe(200);
        expect((listed.body as Listed).items.map((document) => document.kind)).toEqual(['laporan']);
        expect((listed.body as Listed).canChange).toBe(false);
        const file = await t.request(draft.version.downloadUrl, { headers: user?.headers ?? {} });
        expect(file.status).toBe(404);
      }
      const party = (await list(users.pasuruanAdmin, id)).body as Listed;
      expect(party.items.map((document) => document.kind)).toEqual(['laporan', 'draft']);
      // Visible but not theirs: another region may not add to it (403, not 404).
      const refused = await upload(
        users.jambiAdmin,
        id,
        form(fixture('stamp.png'), 'a.png', { kind: 'foto', title: 'a' }),
      );
      expect(refused.status).toBe(403);
    });

    it('refuses bad input: an agreement kind, a disguised file, an empty title, an unknown document or record', async () => {
      const id = await kind.make(t, users, false);
      const agreementKind = await upload(
        users.malangAdmin,
        id,
        form(fixture('stamp.png'), 'a.png', { kind: 'signed', title: 'a' }),
      );
      expect(agreementKind.status).toBe(400);
      expect((agreementKind.body as ErrorBody).error).toMatchObject({
        code: 'VALIDATION_FAILED',
        field: 'kind',
      });
      const noTitle = await upload(
        users.malangAdmin,
        id,
        form(fixture('stamp.png'), 'a.png', { kind: 'foto', title: ' ' }),
      );
      expect(noTitle.status).toBe(400);
      for (const name of ['not-really.pdf', 'program.exe']) {
        const refused = await upload(
          users.malangAdmin,
          id,
          form(fixture(name), name, { kind: 'bukti', title: name }),
        );
        expect(refused.status, name).toBe(415);
        expect((refused.body as ErrorBody).error).toMatchObject({
          code: 'FILE_TYPE_NOT_ALLOWED',
          field: 'file',
        });
      }
      const unknownDocument = await upload(
        users.malangAdmin,
        id,
        form(fixture('stamp.png'), 'a.png', {
          kind: 'foto',
          title: 'a',
          documentId: '00000000-0000-4000-8000-000000000000',
        }),
      );
      expect(unknownDocument.status).toBe(404);
      expect((unknownDocument.body as ErrorBody).error.code).toBe('DOCUMENT_NOT_FOUND');
      expect(((await list(users.malangAdmin, id)).body as Listed).items).toEqual([]);

      const badId = await list(users.malangAdmin, 'not-a-uuid');
      expect(badId.status).toBe(400);
      expect((badId.body as ErrorBody).error.field).toBe('id');
      const missing = await list(users.malangAdmin, '00000000-0000-4000-8000-000000000000');
      expect(missing.status).toBe(404);
      expect((missing.body as ErrorBody).error.code).toBe(kind.notFound);
      const badVersion = await send(
        t,
        users.malangAdmin,
        'GET',
        `${base(id)}/00000000-0000-4000-8000-000000000000/versions/0/file`,
      );
      expect(badVersion.status).toBe(400);
    });
  });
});
