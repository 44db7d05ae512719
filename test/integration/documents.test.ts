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
  textStatus: string;
  downloadUrl: string;
};
type Document = { id: string; kind: string; title: string; versions: Version[] };
type Uploaded = { id: string; version: Version };
type ErrorBody = { error: { code: string; field?: string } };

const malang = '35.73';
const pasuruan = '35.14';
const maxUploadBytes = 100_000;
const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

function form(file: Buffer | Uint8Array, name: string, fields: Record<string, string>) {
  const body = new FormData();
  body.set('file', new File([new Uint8Array(file)], name, { type: 'application/pdf' }));
  for (const [key, value] of Object.entries(fields)) body.set(key, value);
  return body;
}

describe.each(databaseKinds)('agreement documents on %s', (kind) => {
  let t: TestApp;
  let malangAdmin: TestUser;
  let malangViewer: TestUser;
  let pasuruanAdmin: TestUser;
  let jambiAdmin: TestUser;
  let agreementId: string;

  const upload = (user: TestUser | null, body: FormData, id = agreementId) =>
    t.json<unknown>(`/api/agreements/${id}/documents`, {
      method: 'POST',
      headers: user?.headers ?? {},
      body,
    });
  const documents = async (user: TestUser) =>
    ((await send(t, user, 'GET', `/api/agreements/${agreementId}/documents`)).body as { items: Document[] })
      .items;

  beforeAll(async () => {
    t = await createTestApp(kind, { MAX_UPLOAD_BYTES: String(maxUploadBytes) });
    malangAdmin = await loginAs(t, { role: 'region_admin', regionCode: malang });
    malangViewer = await loginAs(t, { role: 'viewer', regionCode: malang });
    pasuruanAdmin = await loginAs(t, { role: 'region_admin', regionCode: pasuruan });
    jambiAdmin = await loginAs(t, { role: 'region_admin', regionCode: '15.71' });
    const created = await send(t, malangAdmin, 'POST', '/api/agreements', {
      title: 'Kesepakatan Bersama pengelolaan persampahan regional',
      kind: 'ksdd',
      ksddNature: 'wajib',
      documentType: 'kesepakatan_bersama',
      parties: [
        { kind: 'region', regionCode: malang, documentNumber: '180/5/35.73/2024' },
        { kind: 'region', regionCode: pasuruan, documentNumber: '180/9/35.14/2024' },
      ],
      signatories: [
        { partyKey: malang, name: 'Wahyu Hidayat', office: 'wali_kota' },
        { partyKey: pasuruan, name: 'Mohammad Rusdi', office: 'bupati' },
      ],
      signingDate: '2024-08-07',
      validFrom: '2024-08-07',
      validUntil: '2029-08-06',
      sectors: ['lingkungan_hidup'],
      // Walked from its first stage below: the signed copy unblocks leaving ksb.
      entryStage: 'persiapan',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    agreementId = (created.body as { id: string }).id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('stores a signed PDF with its SHA-256, feeds its text to search, and serves it back', async () => {
    const pdf = fixture('ksb-signed.pdf');
    const response = await upload(
      malangAdmin,
      form(pdf, 'KSB ditandatangani.pdf', { kind: 'signed', title: 'Naskah KSB' }),
    );
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const uploaded = response.body as Uploaded;
    expect(uploaded.version).toMatchObject({
      version: 1,
      contentType: 'application/pdf',
      hasText: true,
      textStatus: 'extracted',
      sha256: createHash('sha256').update(pdf).digest('hex'),
    });

    // "komposter" appears only in the PDF's text.
    const found = (await send(t, malangAdmin, 'GET', '/api/agreements?q=komposter')).body as {
      items: Array<{ id: string }>;
    };
    expect(found.items.map((item) => item.id)).toEqual([agreementId]);

    const file = await t.request(uploaded.version.downloadUrl, { headers: pasuruanAdmin.headers });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toMatch(/attachment; filename="KSB ditandatangani.pdf"/);
    expect(Buffer.from(await file.arrayBuffer()).equals(pdf)).toBe(true);

    for (const user of [jambiAdmin, null]) {
      const denied = await t.request(uploaded.version.downloadUrl, { headers: user?.headers ?? {} });
      expect(denied.status).toBe(404);
      expect(((await denied.json()) as ErrorBody).error.code).toBe('AGREEMENT_NOT_FOUND');
    }
  });

  it('keeps versions of a document, and the partner region may add one', async () => {
    const [first] = await documents(malangAdmin);
    const second = await upload(
      pasuruanAdmin,
      form(fixture('ksb-signed-v2.pdf'), 'ksb-v2.pdf', {
        kind: 'signed',
        title: 'ignored',
        documentId: first!.id,
      }),
    );
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    expect((second.body as Uploaded).version.version).toBe(2);
    const [document] = await documents(malangAdmin);
    expect(document!.versions.map((v) => v.version)).toEqual([1, 2]);
    const v1 = await t.request(document!.versions[0]!.downloadUrl, { headers: malangAdmin.headers });
    expect(Buffer.from(await v1.arrayBuffer()).equals(fixture('ksb-signed.pdf'))).toBe(true);

    const unknownDocument = await upload(
      malangAdmin,
      form(fixture('ksb-signed.pdf'), 'x.pdf', {
        kind: 'signed',
        title: 'x',
        documentId: '00000000-0000-4000-8000-000000000000',
      }),
    );
    expect(unknownDocument.status).toBe(404);
    expect((unknownDocument.body as ErrorBody).error.code).toBe('DOCUMENT_NOT_FOUND');
  });

  it('judges the type by content: DOCX and PNG pass, a renamed text file or a program does not', async () => {
    const docx = await upload(
      malangAdmin,
      form(fixture('draft.docx'), 'draft.docx', { kind: 'draft', title: 'Draf' }),
    );
    expect(docx.status).toBe(201);
    expect((docx.body as Uploaded).version).toMatchObject({
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      hasText: false,
      textStatus: 'unsupported',
    });
    const png = await upload(
      malangAdmin,
      form(fixture('stamp.png'), 'stempel.png', { kind: 'lainnya', title: 'Stempel' }),
    );
    expect(png.status).toBe(201);

    const before = (await documents(malangAdmin)).length;
    for (const name of ['not-really.pdf', 'program.exe']) {
      const refused = await upload(malangAdmin, form(fixture(name), name, { kind: 'signed', title: name }));
      expect(refused.status, name).toBe(415);
      expect((refused.body as ErrorBody).error).toMatchObject({
        code: 'FILE_TYPE_NOT_ALLOWED',
        field: 'file',
      });
    }
    expect((await documents(malangAdmin)).length).toBe(before);
  });

  it('caps the upload size while reading the body (413), and JSON bodies keep their own limit', async () => {
    const before = (await documents(malangAdmin)).length;
    // A 300 MB multipart body, generated lazily: the server must stop reading long before the end.
    const boundary = 'sinergi-boundary';
    const head = new TextEncoder().encode(
      `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nsigned\r\n--${boundary}\r\n` +
        `Content-Disposition: form-data; name="title"\r\n\r\nBesar\r\n--${boundary}\r\n` +
        'Content-Disposition: form-data; name="file"; filename="besar.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n',
    );
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(head);
      },
      pull(controller) {
        if (sent >= 300 * 1024 * 1024) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const huge = await t.app.request(
      new Request(`http://localhost/api/agreements/${agreementId}/documents`, {
        method: 'POST',
        headers: { ...malangAdmin.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
        body,
        duplex: 'half',
      } as RequestInit),
    );
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as ErrorBody).error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(sent).toBeLessThan(5 * 1024 * 1024);

    // A file over the cap inside a body under the transport limit is refused by the service.
    const overCap = Buffer.concat([fixture('ksb-signed.pdf'), Buffer.alloc(maxUploadBytes, 0x20)]);
    const tooBig = await upload(malangAdmin, form(overCap, 'big.pdf', { kind: 'signed', title: 'Besar' }));
    expect(tooBig.status).toBe(413);
    expect((await documents(malangAdmin)).length).toBe(before);

    // The default JSON limit (1 MB) still applies to other routes, even though uploads may be larger.
    const bigJson = await t.json('/api/agreements', {
      method: 'POST',
      headers: { ...malangAdmin.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'x'.repeat(1_100_000) }),
    });
    expect(bigJson.status).toBe(413);
  });

  it('lets only who may upload add documents', async () => {
    const viewer = await upload(
      malangViewer,
      form(fixture('stamp.png'), 'a.png', { kind: 'lainnya', title: 'a' }),
    );
    expect(viewer.status).toBe(403);
    const unrelated = await upload(
      jambiAdmin,
      form(fixture('stamp.png'), 'a.png', { kind: 'lainnya', title: 'a' }),
    );
    expect(unrelated.status).toBe(404);
    const anonymous = await upload(
      null,
      form(fixture('stamp.png'), 'a.png', { kind: 'lainnya', title: 'a' }),
    );
    expect(anonymous.status).toBe(401);
    const missingFile = new FormData();
    missingFile.set('kind', 'signed');
    missingFile.set('title', 'Tanpa berkas');
    const noFile = await upload(malangAdmin, missingFile);
    expect(noFile.status).toBe(400);
    expect((noFile.body as ErrorBody).error.field).toBe('file');
  });

  it('unblocks the lifecycle once the signed copy is uploaded, and lists documents in the detail', async () => {
    for (const stage of ['penawaran', 'ksb', 'pelaksanaan']) {
      const moved = await send(t, malangAdmin, 'POST', `/api/agreements/${agreementId}/transitions`, {
        toStage: stage,
        date: today,
      });
      expect(moved.status, `${stage}: ${JSON.stringify(moved.body)}`).toBe(200);
    }
    const detail = (await send(t, pasuruanAdmin, 'GET', `/api/agreements/${agreementId}`)).body as {
      stage: string;
      documents: Document[];
    };
    expect(detail.stage).toBe('pelaksanaan');
    expect(detail.documents.map((d) => d.kind)).toEqual(
      expect.arrayContaining(['signed', 'draft', 'lainnya']),
    );
  });

  it("deletes a document with all its versions for who may upload, never a partner's, and its text leaves search", async () => {
    const copy = await upload(
      malangAdmin,
      form(fixture('ksb-signed.pdf'), 'salinan.pdf', { kind: 'lainnya', title: 'Salinan' }),
    );
    expect(copy.status, JSON.stringify(copy.body)).toBe(201);
    const uploaded = copy.body as Uploaded;
    const path = `/api/agreements/${agreementId}/documents/${uploaded.id}`;
    const search = async () =>
      (
        (await send(t, malangAdmin, 'GET', '/api/agreements?q=komposter')).body as {
          items: Array<{ id: string }>;
        }
      ).items;
    expect((await search()).map((item) => item.id)).toEqual([agreementId]);
    expect((await send(t, jambiAdmin, 'DELETE', path)).status).toBe(404);
    expect((await send(t, malangViewer, 'DELETE', path)).status).toBe(403);
    // Malang added it: the partner may not delete it (decision 009), Malang may.
    const byPartner = await send(t, pasuruanAdmin, 'DELETE', path);
    expect(byPartner.status, JSON.stringify(byPartner.body)).toBe(403);
    expect((byPartner.body as { error: { details: { reason: string } } }).error.details.reason).toBe(
      'DOCUMENT_OF_PARTNER',
    );
    const deleted = await send(t, malangAdmin, 'DELETE', path);
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200);
    expect((await documents(malangAdmin)).map((document) => document.id)).not.toContain(uploaded.id);
    const file = await t.request(uploaded.version.downloadUrl, { headers: malangAdmin.headers });
    expect(file.status).toBe(404);
    expect(await search()).toEqual([]);
  });
});
