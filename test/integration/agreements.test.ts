import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { loginAs, malangPasuruanKsb, send, type TestUser, deleteShared } from './support/factories.js';

type Issue = { code: string; severity: string; field: string | null };
type Party = {
  regionCode: string | null;
  organizationId: string | null;
  name: string;
  confirmedAt: string | null;
};
type Detail = {
  id: string;
  title: string;
  stage: string;
  effectiveStatus: string;
  actingSignatory: boolean;
  version: number;
  parties: Party[];
  confirmations: { confirmed: number; total: number };
  checklist: Array<{ key: string; present: boolean }>;
  issues: Issue[];
  warnings: Issue[];
  transitions: Array<{ fromStage: string | null; toStage: string; date: string }>;
  nextSteps: Array<{ stage: string; allowed: boolean; missing: Array<{ code: string }> }>;
  children: Array<{ id: string }>;
  parent: { id: string } | null;
};
type ErrorBody = {
  error: { code: string; field?: string; message: string; details?: unknown };
};
type Page = { items: Array<{ id: string; title: string; effectiveStatus: string }>; total: number };

const malang = '35.73';
const pasuruan = '35.14';
const jambi = '15.71';
/** Stage dates cannot precede the current stage's date, which is today for a new record. */
const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

const ksb = malangPasuruanKsb;

describe.each(databaseKinds)('agreements API on %s', (kind) => {
  let t: TestApp;
  let malangAdmin: TestUser;
  let malangReviewer: TestUser;
  let malangViewer: TestUser;
  let pasuruanAdmin: TestUser;
  let jambiAdmin: TestUser;
  let jatimOversight: TestUser;
  let systemAdmin: TestUser;
  let ksbId: string;

  async function count(user: TestUser) {
    return ((await send(t, user, 'GET', '/api/agreements?pageSize=1')).body as Page).total;
  }

  beforeAll(async () => {
    t = await createTestApp(kind);
    malangAdmin = await loginAs(t, { role: 'region_admin', regionCode: malang });
    malangReviewer = await loginAs(t, { role: 'reviewer', regionCode: malang });
    malangViewer = await loginAs(t, { role: 'viewer', regionCode: malang });
    pasuruanAdmin = await loginAs(t, { role: 'region_admin', regionCode: pasuruan });
    jambiAdmin = await loginAs(t, { role: 'region_admin', regionCode: jambi });
    jatimOversight = await loginAs(t, { role: 'oversight', regionCode: '35', oversightScope: 'province' });
    systemAdmin = await loginAs(t, { role: 'system_admin' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('creates a KSB shared by both regions, with checklist, warnings and the acting flag', async () => {
    // Entered at its first stage on purpose: the lifecycle tests below walk it from persiapan.
    const created = await send(t, malangAdmin, 'POST', '/api/agreements', ksb({ entryStage: 'persiapan' }));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const detail = created.body as Detail;
    ksbId = detail.id;
    expect(created.headers.get('etag')).toBe('"1"');
    expect(detail.parties.map((p) => p.name)).toEqual(['Kota Malang', 'Kabupaten Pasuruan']);
    expect(detail.confirmations).toEqual({ confirmed: 1, total: 2 });
    expect(detail.actingSignatory).toBe(true);
    expect(detail.warnings.map((w) => w.code)).toContain('ACTING_SIGNATORY');
    expect(detail.issues.map((w) => w.code)).toContain('ACTING_SIGNATORY');
    expect(detail.stage).toBe('persiapan');
    expect(detail.transitions).toHaveLength(1);
    expect(detail.checklist.find((item) => item.key === 'purpose')?.present).toBe(true);
    expect(detail.checklist.find((item) => item.key === 'followUp')?.present).toBe(false);
    expect(detail.nextSteps.map((step) => step.stage)).toContain('penawaran');
  });

  it('shows the shared record to the partner, who confirms their side; others get 404', async () => {
    const partner = await send(t, pasuruanAdmin, 'GET', `/api/agreements/${ksbId}`);
    expect(partner.status).toBe(200);
    const confirmed = await send(t, pasuruanAdmin, 'POST', `/api/agreements/${ksbId}/confirm`);
    expect(confirmed.status).toBe(200);
    expect((confirmed.body as { confirmations: unknown }).confirmations).toEqual({ confirmed: 2, total: 2 });

    for (const [user, path, method] of [
      [jambiAdmin, `/api/agreements/${ksbId}`, 'GET'],
      [jambiAdmin, `/api/agreements/${ksbId}/confirm`, 'POST'],
      [jambiAdmin, `/api/agreements/${ksbId}/documents`, 'GET'],
      [null, `/api/agreements/${ksbId}`, 'GET'],
    ] as const) {
      const response = await send(t, user, method, path);
      expect(response.status, `${method} ${path}`).toBe(404);
      expect((response.body as ErrorBody).error.code).toBe('AGREEMENT_NOT_FOUND');
    }
    const unrelatedPatch = await send(t, jambiAdmin, 'PATCH', `/api/agreements/${ksbId}`, {
      title: 'Judul baru',
      version: 1,
    });
    expect(unrelatedPatch.status).toBe(404);

    const viewerPatch = await send(t, malangViewer, 'PATCH', `/api/agreements/${ksbId}`, {
      title: 'Judul baru',
      version: 1,
    });
    expect(viewerPatch.status).toBe(403);
    const oversight = await send(t, jatimOversight, 'GET', `/api/agreements/${ksbId}`);
    expect(oversight.status).toBe(200);

    expect((await send(t, jambiAdmin, 'GET', '/api/agreements')).body).toMatchObject({ total: 0 });
    const partnerList = (await send(t, pasuruanAdmin, 'GET', '/api/agreements')).body as Page;
    expect(partnerList.items.map((item) => item.id)).toContain(ksbId);
  });

  it('suspects a duplicate entered by the partner, unless forced', async () => {
    const again = ksb({
      title: 'Kesepakatan Bersama Kerja Sama Pengelolaan Sampah Terpadu Malang Pasuruan',
      signingDate: '2024-08-09',
      parties: [
        { kind: 'region', regionCode: pasuruan, documentNumber: '180/17/424.013/2024' },
        { kind: 'region', regionCode: malang, documentNumber: null },
      ],
      signatories: [],
    });
    const before = await count(pasuruanAdmin);
    const refused = await send(t, pasuruanAdmin, 'POST', '/api/agreements', again);
    expect(refused.status).toBe(409);
    const error = (refused.body as ErrorBody).error;
    expect(error.code).toBe('DUPLICATE_SUSPECTED');
    const candidates = (error.details as { candidates: Array<{ id: string; parties: Party[] }> }).candidates;
    expect(candidates.map((c) => c.id)).toEqual([ksbId]);
    expect(candidates[0]!.parties.map((p) => p.name)).toEqual(['Kota Malang', 'Kabupaten Pasuruan']);
    expect(await count(pasuruanAdmin)).toBe(before);

    const ahead = await send(
      t,
      pasuruanAdmin,
      'GET',
      `/api/agreements/duplicates?kind=ksdd&documentType=kesepakatan_bersama&parties=${pasuruan},${malang}&signingDate=2024-08-20&title=${encodeURIComponent('Pengelolaan sampah terpadu')}`,
    );
    expect(ahead.status).toBe(200);
    expect((ahead.body as { candidates: Array<{ id: string }> }).candidates.map((c) => c.id)).toEqual([
      ksbId,
    ]);
    const farApart = await send(
      t,
      pasuruanAdmin,
      'GET',
      `/api/agreements/duplicates?kind=ksdd&documentType=kesepakatan_bersama&parties=${pasuruan},${malang}&signingDate=2024-12-20&title=sampah`,
    );
    expect((farApart.body as { candidates: unknown[] }).candidates).toEqual([]);

    const forced = await send(t, pasuruanAdmin, 'POST', '/api/agreements?force=true', again);
    expect(forced.status).toBe(201);
    // A shared record is deleted once the other party consents (decision 009).
    const path = `/api/agreements/${(forced.body as Detail).id}`;
    expect(await deleteShared(t, pasuruanAdmin, malangAdmin, path)).toMatchObject({ status: 200 });
  });

  it('refuses every broken rule with 422, the field and nothing saved', async () => {
    const organization = await send(t, malangAdmin, 'POST', '/api/organizations', {
      name: 'PT Bersih Lestari',
      kind: 'perusahaan',
    });
    const before = await count(malangAdmin);
    const cases: Array<[string, Record<string, unknown>, string, string]> = [
      ['dates in the wrong order', ksb({ validUntil: '2024-01-01' }), 'END_BEFORE_START', 'body.validUntil'],
      [
        'a PKS without a KSB',
        ksb({ documentType: 'perjanjian_kerja_sama', title: 'PKS tanpa induk' }),
        'PARENT_REQUIRED',
        'body.parentId',
      ],
      [
        'an unknown region as a party',
        ksb({
          parties: [
            { kind: 'region', regionCode: malang },
            { kind: 'region', regionCode: '99.99' },
          ],
          signatories: [],
        }),
        'UNKNOWN_REGION',
        'body.parties.1.regionCode',
      ],
      [
        'an organisation that is not recorded',
        ksb({
          kind: 'ksdpk',
          ksddNature: null,
          parties: [
            { kind: 'region', regionCode: malang },
            { kind: 'organization', organizationId: '00000000-0000-4000-8000-000000000001' },
          ],
          signatories: [],
        }),
        'UNKNOWN_ORGANIZATION',
        'body.parties.1.organizationId',
      ],
      [
        'an unknown sector key',
        ksb({ sectors: ['lingkungan_hidup', 'astrologi'] }),
        'UNKNOWN_SECTOR',
        'body.sectors.1',
      ],
      [
        'a signatory who belongs to no party',
        ksb({ signatories: [{ partyKey: '32.75', name: 'Gani Muhamad', office: 'wali_kota' }] }),
        'SIGNATORY_NOT_A_PARTY',
        'body.signatories.0.partyKey',
      ],
      [
        'a KSDD with one region',
        ksb({ parties: [{ kind: 'region', regionCode: malang }], signatories: [] }),
        'PARTIES_TOO_FEW',
        'body.parties',
      ],
    ];
    for (const [name, body, code, field] of cases) {
      const response = await send(t, malangAdmin, 'POST', '/api/agreements?force=true', body);
      expect(response.status, name).toBe(422);
      const error = (response.body as ErrorBody).error;
      expect(error.code, name).toBe('RULE_VIOLATION');
      expect(error.field, name).toBe(field);
      expect(
        (error.details as Issue[]).map((issue) => issue.code),
        name,
      ).toContain(code);
    }
    expect(await count(malangAdmin)).toBe(before);

    // A third-party agreement with a recorded organisation is accepted.
    const withOrganization = await send(
      t,
      malangAdmin,
      'POST',
      '/api/agreements',
      ksb({
        title: 'Perjanjian pengangkutan sampah dengan PT Bersih Lestari',
        kind: 'ksdpk',
        ksddNature: null,
        documentType: 'nota_kesepahaman',
        parties: [
          { kind: 'region', regionCode: malang },
          { kind: 'organization', organizationId: (organization.body as { id: string }).id },
        ],
        signatories: [],
      }),
    );
    expect(withOrganization.status, JSON.stringify(withOrganization.body)).toBe(201);
    expect((withOrganization.body as Detail).parties[1]!.name).toBe('PT Bersih Lestari');
    expect((withOrganization.body as Detail).confirmations).toEqual({ confirmed: 1, total: 1 });
  });

  it("refuses an agreement that does not include the creator's region", async () => {
    const response = await send(
      t,
      jambiAdmin,
      'POST',
      '/api/agreements',
      ksb({ title: 'Bukan urusan Jambi' }),
    );
    expect(response.status).toBe(403);
    expect((response.body as ErrorBody).error.field).toBe('body.parties');
  });

  it('checks a PKS against its KSB: validity and parties (errors), sectors (warning)', async () => {
    const pks = (overrides: Record<string, unknown> = {}) =>
      ksb({
        title: 'Perjanjian Kerja Sama pengelolaan TPA regional',
        documentType: 'perjanjian_kerja_sama',
        parentId: ksbId,
        signatories: [
          {
            partyKey: malang,
            name: 'Noer Rahman Wijaya',
            office: 'kepala_opd',
            position: 'Kepala Dinas Lingkungan Hidup',
            mandate: { number: '800/12/35.73/2024', date: '2024-09-01' },
          },
        ],
        signingDate: '2024-09-10',
        validFrom: '2024-09-10',
        validUntil: '2026-09-09',
        entryStage: 'penyusunan_pks',
        ...overrides,
      });
    const outlives = await send(t, malangAdmin, 'POST', '/api/agreements', pks({ validUntil: '2031-01-01' }));
    expect(outlives.status).toBe(422);
    expect((outlives.body as ErrorBody).error.field).toBe('body.validUntil');
    expect(((outlives.body as ErrorBody).error.details as Issue[]).map((i) => i.code)).toContain(
      'OUTSIDE_PARENT_VALIDITY',
    );

    const foreignParty = await send(
      t,
      malangAdmin,
      'POST',
      '/api/agreements',
      pks({
        parties: [
          { kind: 'region', regionCode: malang },
          { kind: 'region', regionCode: '35.75' },
        ],
      }),
    );
    expect(foreignParty.status).toBe(422);
    expect(((foreignParty.body as ErrorBody).error.details as Issue[]).map((i) => i.code)).toContain(
      'PARTIES_NOT_IN_PARENT',
    );

    const ok = await send(
      t,
      malangAdmin,
      'POST',
      '/api/agreements',
      pks({ sectors: ['lingkungan_hidup', 'kesehatan'] }),
    );
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    const detail = ok.body as Detail;
    expect(detail.warnings.map((w) => w.code)).toContain('SECTORS_OUTSIDE_PARENT');
    expect(detail.parent?.id).toBe(ksbId);
    expect(detail.stage).toBe('penyusunan_pks');
    const parent = (await send(t, malangAdmin, 'GET', `/api/agreements/${ksbId}`)).body as Detail;
    expect(parent.children.map((c) => c.id)).toContain(detail.id);
  });

  it('updates with optimistic locking and reports what changed on a conflict', async () => {
    const missing = await send(t, malangAdmin, 'PATCH', `/api/agreements/${ksbId}`, { title: 'Tanpa versi' });
    expect(missing.status).toBe(400);
    expect((missing.body as ErrorBody).error.field).toBe('body.version');

    const first = await send(t, malangAdmin, 'PATCH', `/api/agreements/${ksbId}`, {
      title: 'Kesepakatan Bersama Pengelolaan Sampah Terpadu dan Bank Sampah',
      version: 1,
    });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect((first.body as Detail).version).toBe(2);
    // Fields not sent keep their stored value.
    expect((first.body as Detail).parties).toHaveLength(2);
    // The title is agreed content: Pasuruan confirmed the old one and must look again; Malang's edit
    // vouches for its own side.
    expect((first.body as Detail).confirmations).toEqual({ confirmed: 1, total: 2 });
    expect((first.body as Detail & { pendingConfirmations: string[] }).pendingConfirmations).toEqual([
      pasuruan,
    ]);

    const stale = await send(t, pasuruanAdmin, 'PATCH', `/api/agreements/${ksbId}`, {
      notes: 'catatan',
      version: 1,
    });
    expect(stale.status).toBe(409);
    const error = (stale.body as ErrorBody).error;
    expect(error.code).toBe('VERSION_CONFLICT');
    const details = error.details as { currentVersion: number; current: Detail; changedFields: string[] };
    expect(details.currentVersion).toBe(2);
    expect(details.changedFields).toContain('title');
    expect(details.current.title).toMatch(/Bank Sampah/);

    const viaIfMatch = await t.json(`/api/agreements/${ksbId}`, {
      method: 'PATCH',
      headers: { ...pasuruanAdmin.headers, 'content-type': 'application/json', 'if-match': '"2"' },
      body: JSON.stringify({ notes: 'Disepakati di Malang' }),
    });
    expect(viaIfMatch.status).toBe(200);
    expect(viaIfMatch.headers.get('etag')).toBe('"3"');

    const broken = await send(t, malangAdmin, 'PATCH', `/api/agreements/${ksbId}`, {
      validFrom: '2030-01-01',
      version: 3,
    });
    expect(broken.status).toBe(422);
    const unchanged = (await send(t, malangAdmin, 'GET', `/api/agreements/${ksbId}`)).body as Detail & {
      validFrom: string;
    };
    expect(unchanged.validFrom).toBe('2024-08-07');
    expect(unchanged.version).toBe(3);
  });

  it('moves through the lifecycle with guards; each step in the timeline and the audit trail', async () => {
    const skip = await send(t, malangAdmin, 'POST', `/api/agreements/${ksbId}/transitions`, {
      toStage: 'pelaksanaan',
      date: today,
    });
    expect(skip.status).toBe(422);
    expect((skip.body as ErrorBody).error.code).toBe('TRANSITION_NOT_ALLOWED');
    expect(((skip.body as ErrorBody).error.details as Array<{ code: string }>)[0]!.code).toBe(
      'TRANSITION_NOT_ALLOWED',
    );

    const wrongRole = await send(t, malangReviewer, 'POST', `/api/agreements/${ksbId}/transitions`, {
      toStage: 'penawaran',
      date: today,
    });
    expect(wrongRole.status).toBe(422);
    expect(
      ((wrongRole.body as ErrorBody).error.details as Array<{ code: string }>).map((d) => d.code),
    ).toContain('ROLE_REQUIRED');

    const offer = await send(t, malangAdmin, 'POST', `/api/agreements/${ksbId}/transitions`, {
      toStage: 'penawaran',
      date: today,
      note: 'Surat penawaran dikirim',
    });
    expect(offer.status, JSON.stringify(offer.body)).toBe(200);
    const detail = offer.body as Detail;
    expect(detail.stage).toBe('penawaran');
    expect(detail.transitions.map((tr) => [tr.fromStage, tr.toStage])).toEqual([
      [null, 'persiapan'],
      ['persiapan', 'penawaran'],
    ]);

    // Leaving the KSB stage needs the signed copy.
    await send(t, malangAdmin, 'POST', `/api/agreements/${ksbId}/transitions`, {
      toStage: 'ksb',
      date: today,
    });
    const needsDocument = await send(t, malangAdmin, 'POST', `/api/agreements/${ksbId}/transitions`, {
      toStage: 'pelaksanaan',
      date: today,
    });
    expect(needsDocument.status).toBe(422);
    expect(
      ((needsDocument.body as ErrorBody).error.details as Array<{ code: string }>).map((d) => d.code),
    ).toContain('DOCUMENT_REQUIRED');

    const audit = await send(t, malangAdmin, 'GET', `/api/audit?entityType=agreement&entityId=${ksbId}`);
    expect(audit.status).toBe(200);
    const actions = (audit.body as { items: Array<{ action: string }> }).items.map((entry) => entry.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'agreement.create',
        'agreement.update',
        'agreement.transition',
        'agreement.confirm',
      ]),
    );
  });

  it('shows an agreement past its end as expired, and flags a signatory not in office', async () => {
    await send(t, malangAdmin, 'POST', '/api/officials', {
      personName: 'Sutiaji',
      office: 'wali_kota',
      regionCode: malang,
      start: '2018-09-24',
      end: '2023-09-24',
    });
    const old = await send(
      t,
      malangAdmin,
      'POST',
      '/api/agreements',
      ksb({
        title: 'Kesepakatan Bersama Pengembangan Pariwisata Bromo Tengger',
        sectors: ['pariwisata'],
        signingDate: '2019-03-01',
        validFrom: '2019-03-01',
        validUntil: '2022-03-01',
        signatories: [
          { partyKey: malang, name: 'Ahmad Bukan Walikota', office: 'wali_kota' },
          { partyKey: pasuruan, name: 'Irsyad Yusuf', office: 'bupati' },
        ],
        entryStage: 'pelaksanaan',
      }),
    );
    expect(old.status, JSON.stringify(old.body)).toBe(201);
    const detail = old.body as Detail;
    expect(detail.stage).toBe('pelaksanaan');
    expect(detail.effectiveStatus).toBe('kedaluwarsa');
    expect(detail.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['SIGNATORY_NOT_IN_OFFICE', 'DOCUMENT_REQUIRED']),
    );
    const list = (await send(t, malangAdmin, 'GET', '/api/agreements?sector=pariwisata')).body as Page;
    expect(list.items.map((item) => item.effectiveStatus)).toEqual(['kedaluwarsa']);

    const missingData = await send(
      t,
      malangAdmin,
      'POST',
      '/api/agreements',
      ksb({
        title: 'KSB lama tanpa tanggal',
        signingDate: null,
        sectors: ['pertanian'],
        entryStage: 'pelaksanaan',
      }),
    );
    expect(missingData.status).toBe(422);
    expect(((missingData.body as ErrorBody).error.details as Issue[]).map((i) => i.code)).toContain(
      'SIGNING_DATE_REQUIRED',
    );
  });

  it('soft-deletes and restores (admins), hiding the record meanwhile', async () => {
    const created = await send(
      t,
      malangAdmin,
      'POST',
      '/api/agreements',
      ksb({
        title: 'KSB yang dihapus',
        sectors: ['perhubungan'],
        signingDate: '2023-01-05',
        validFrom: '2023-01-05',
      }),
    );
    const id = (created.body as Detail).id;
    expect((await send(t, malangViewer, 'DELETE', `/api/agreements/${id}`)).status).toBe(403);
    // A shared record is deleted once the other party consents (decision 009).
    expect((await deleteShared(t, malangAdmin, pasuruanAdmin, `/api/agreements/${id}`)).status).toBe(200);
    expect((await send(t, malangAdmin, 'GET', `/api/agreements/${id}`)).status).toBe(404);
    const deleted = (await send(t, malangAdmin, 'GET', '/api/agreements?deleted=true')).body as Page;
    expect(deleted.items.map((item) => item.id)).toContain(id);
    expect((await send(t, malangViewer, 'GET', '/api/agreements?deleted=true')).status).toBe(403);
    expect((await send(t, jambiAdmin, 'POST', `/api/agreements/${id}/restore`)).status).toBe(404);
    const restored = await send(t, malangAdmin, 'POST', `/api/agreements/${id}/restore`);
    expect(restored.status).toBe(200);
    expect((await send(t, malangAdmin, 'GET', `/api/agreements/${id}`)).status).toBe(200);
  });

  it('keeps the rules as data: readable by users, changed by settings:manage only', async () => {
    const read = await send(t, malangViewer, 'GET', '/api/settings/agreement-rules');
    expect(read.status).toBe(200);
    expect((read.body as { rules: { ksbFollowUpMonths: number } }).rules.ksbFollowUpMonths).toBe(12);
    expect((await send(t, null, 'GET', '/api/settings/agreement-rules')).status).toBe(401);
    expect(
      (await send(t, malangAdmin, 'PUT', '/api/settings/agreement-rules', { ksbFollowUpMonths: 6 })).status,
    ).toBe(403);
    const bad = await send(t, systemAdmin, 'PUT', '/api/settings/agreement-rules', { ksbFollowUpMonths: 0 });
    expect(bad.status).toBe(400);
    expect((bad.body as ErrorBody).error.field).toBe('body.ksbFollowUpMonths');
    const put = await send(t, systemAdmin, 'PUT', '/api/settings/agreement-rules', {
      ksbFollowUpMonths: 6,
      maxValidityYears: { kesepakatan_bersama: 2 },
    });
    expect(put.status).toBe(200);
    expect((put.body as { rules: { ksbFollowUpMonths: number } }).rules.ksbFollowUpMonths).toBe(6);
    const detail = (await send(t, malangAdmin, 'GET', `/api/agreements/${ksbId}`)).body as Detail;
    expect(detail.issues.map((issue) => issue.code)).toContain('VALIDITY_EXCEEDS_MAX');
    await send(t, systemAdmin, 'PUT', '/api/settings/agreement-rules', {});
  });

  it('searches full text with typo tolerance and the kerja sama spellings, filters and sorts', async () => {
    const search = async (user: TestUser | null, query: string) =>
      ((await send(t, user, 'GET', `/api/agreements?${query}`)).body as Page).items.map((item) => item.id);
    for (const q of [
      'sampah terpadu',
      'pengelolan sampah',
      'bank sampah',
      'Pasuruan',
      'Kabupaten Pasuruan',
    ]) {
      expect(await search(malangAdmin, `q=${encodeURIComponent(q)}`), q).toContain(ksbId);
    }
    const compound = await send(
      t,
      malangAdmin,
      'POST',
      '/api/agreements',
      ksb({
        title: 'Kerjasama Penanggulangan Bencana Lahar Semeru',
        sectors: ['penanggulangan_bencana'],
        signingDate: '2022-02-02',
        validFrom: '2022-02-02',
        validUntil: '2025-02-01',
      }),
    );
    const compoundId = (compound.body as Detail).id;
    for (const q of [
      'kerjasama bencana',
      'kerja sama bencana',
      'Kerja-Sama lahar',
      'kerjasama',
      'bencan lahar semeru',
    ]) {
      expect(await search(malangAdmin, `q=${encodeURIComponent(q)}`), q).toContain(compoundId);
    }
    expect(await search(malangAdmin, `q=${encodeURIComponent('irigasi pertanian')}`)).not.toContain(ksbId);
    expect(await search(malangAdmin, `party=${pasuruan}&kind=ksdd&year=2024`)).toContain(ksbId);
    expect(await search(malangAdmin, `party=${pasuruan}&year=2023`)).not.toContain(ksbId);
    expect(await search(malangAdmin, `acting=true&documentType=kesepakatan_bersama`)).toContain(ksbId);
    expect(await search(malangAdmin, `partner=${pasuruan}&sector=lingkungan_hidup`)).toContain(ksbId);
    // Records entered after the fact with a past signing date are at ksb too (their stage follows the data).
    const atKsb = (await send(t, malangAdmin, 'GET', '/api/agreements?stage=ksb')).body as {
      items: Array<{ id: string; stage: string }>;
    };
    expect(atKsb.items.map((item) => item.id)).toContain(ksbId);
    expect(new Set(atKsb.items.map((item) => item.stage))).toEqual(new Set(['ksb']));
    expect(await search(jatimOversight, `q=sampah`)).toContain(ksbId);
    expect(await search(jambiAdmin, `q=sampah`)).toEqual([]);
    expect(await search(null, `q=sampah`)).toEqual([]);

    const byTitle = (await send(t, malangAdmin, 'GET', '/api/agreements?sort=title&pageSize=100'))
      .body as Page;
    const titles = byTitle.items.map((item) => item.title);
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const paged = (await send(t, malangAdmin, 'GET', '/api/agreements?sort=title&pageSize=2&page=2'))
      .body as Page;
    expect(byTitle.total).toBeGreaterThan(2);
    expect(paged.items.map((item) => item.id)).toEqual(byTitle.items.slice(2, 4).map((item) => item.id));
    expect(paged.total).toBe(byTitle.total);

    const bad = await send(t, malangAdmin, 'GET', '/api/agreements?sector=astrologi');
    expect(bad.status).toBe(400);
    expect((bad.body as ErrorBody).error.field).toBe('sector');
  });

  it('exports the same filtered list as CSV for Excel', async () => {
    const response = await t.request(`/api/agreements/export.csv?party=${pasuruan}`, {
      headers: malangAdmin.headers,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,judul,jenis_kerja_sama/);
    expect(text).toContain('Kota Malang; Kabupaten Pasuruan');
    expect(lines.some((line) => line.startsWith(ksbId))).toBe(true);
    const unrelated = await t.request(`/api/agreements/export.csv`, { headers: jambiAdmin.headers });
    expect((await unrelated.text()).trim().split('\r\n')).toHaveLength(1);
  });
});
