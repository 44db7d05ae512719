import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { loginAs, malangPasuruanKsb, send, type TestUser } from './support/factories.js';

type Issue = { code: string; severity: string; field: string | null };
type Detail = {
  id: string;
  title: string;
  stage: string;
  version: number;
  confirmations: { confirmed: number; total: number };
  pendingConfirmations: string[];
  signatories: Array<{ partyKey: string; name: string; officialId: string | null }>;
  nextSteps: Array<{ stage: string; allowed: boolean; missing: Array<{ code: string }> }>;
};
type ErrorBody = { error: { code: string; field?: string; details?: unknown } };
type AuditPage = {
  items: Array<{ action: string; changes: Record<string, { from: unknown; to: unknown }> }>;
};

const bekasi = '32.75';
const malang = '35.73';
const pasuruan = '35.14';

function ksb(overrides: Record<string, unknown> = {}) {
  return malangPasuruanKsb({
    title: 'Kesepakatan Bersama tentang Kerja Sama Ketahanan Pangan',
    sectors: ['pangan'],
    purpose: 'Menjaga ketersediaan pangan kedua daerah',
    objectScope: 'Distribusi beras dan cadangan pangan daerah',
    ...overrides,
  });
}

/** Step dates: not before the current stage's date (today for a new record), not far ahead. */
const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

describe.each(databaseKinds)('agreement rules through the API on %s', (kind) => {
  let t: TestApp;
  let malangAdmin: TestUser;
  let bekasiAdmin: TestUser;
  let pasuruanAdmin: TestUser;
  let systemAdmin: TestUser;

  beforeAll(async () => {
    t = await createTestApp(kind);
    malangAdmin = await loginAs(t, { role: 'region_admin', regionCode: malang });
    bekasiAdmin = await loginAs(t, { role: 'region_admin', regionCode: bekasi });
    pasuruanAdmin = await loginAs(t, { role: 'region_admin', regionCode: pasuruan });
    systemAdmin = await loginAs(t, { role: 'system_admin' });
  });
  afterAll(async () => {
    await t?.close();
  });

  async function detail(user: TestUser, id: string): Promise<Detail> {
    const response = await send(t, user, 'GET', `/api/agreements/${id}`);
    expect(response.status).toBe(200);
    return response.body as Detail;
  }

  it('refuses dates far in the future: a step dated 2999-01-01, a signing or validity years ahead', async () => {
    const created = await send(
      t,
      malangAdmin,
      'POST',
      '/api/agreements?force=true',
      ksb({ title: 'KSB Tanggal', entryStage: 'persiapan' }),
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = (created.body as Detail).id;
    const step = await send(t, malangAdmin, 'POST', `/api/agreements/${id}/transitions`, {
      toStage: 'penawaran',
      date: '2999-01-01',
    });
    expect(step.status).toBe(422);
    expect((step.body as ErrorBody).error.field).toBe('body.date');
    expect(((step.body as ErrorBody).error.details as Array<{ code: string }>)[0]?.code).toBe(
      'DATE_TOO_FAR_IN_FUTURE',
    );
    for (const [field, value] of [
      ['signingDate', '2999-01-01'],
      ['validUntil', '2999-01-01'],
    ] as const) {
      const patch = await send(t, malangAdmin, 'PATCH', `/api/agreements/${id}`, {
        version: 1,
        [field]: value,
      });
      expect(patch.status).toBe(422);
      expect((patch.body as ErrorBody).error.field).toBe(`body.${field}`);
    }
    // The margin is a rule an administrator sets.
    expect(
      (await send(t, systemAdmin, 'PUT', '/api/settings/agreement-rules', { maxFutureDays: 1200 })).status,
    ).toBe(200);
    try {
      const ahead = new Date(Date.parse(today) + 1000 * 86_400_000).toISOString().slice(0, 10);
      const later = await send(t, malangAdmin, 'POST', `/api/agreements/${id}/transitions`, {
        toStage: 'penawaran',
        date: ahead,
      });
      expect(later.status, JSON.stringify(later.body)).toBe(200);
    } finally {
      await send(t, systemAdmin, 'PUT', '/api/settings/agreement-rules', {});
    }
  });

  it("refuses a signatory linked to another party's term of office", async () => {
    const bekasiTerm = await send(t, bekasiAdmin, 'POST', '/api/officials', {
      personName: 'Gani Muhamad',
      office: 'wali_kota',
      actingKind: 'pj',
      regionCode: bekasi,
      start: '2023-09-20',
    });
    expect(bekasiTerm.status).toBe(201);
    const malangTerm = await send(t, malangAdmin, 'POST', '/api/officials', {
      personName: 'Wahyu Hidayat',
      office: 'wali_kota',
      actingKind: 'pj',
      regionCode: malang,
      start: '2023-09-23',
    });
    expect(malangTerm.status).toBe(201);
    const bekasiTermId = (bekasiTerm.body as { id: string }).id;
    const malangTermId = (malangTerm.body as { id: string }).id;

    const parties = [
      { kind: 'region', regionCode: bekasi, documentNumber: '130/01/Pem/2024' },
      { kind: 'region', regionCode: malang, documentNumber: '130/02/35.73.112/2024' },
    ];
    const signatories = (malangOfficialId: string) => [
      {
        partyKey: bekasi,
        name: 'Gani Muhamad',
        office: 'wali_kota',
        actingKind: 'pj',
        officialId: bekasiTermId,
      },
      {
        partyKey: malang,
        name: 'Wahyu Hidayat',
        office: 'wali_kota',
        actingKind: 'pj',
        officialId: malangOfficialId,
      },
    ];
    const before = (
      (await send(t, malangAdmin, 'GET', '/api/agreements?pageSize=1')).body as { total: number }
    ).total;
    const wrong = await send(
      t,
      malangAdmin,
      'POST',
      '/api/agreements',
      ksb({ title: 'Kesepakatan Bersama Bekasi Malang', parties, signatories: signatories(bekasiTermId) }),
    );
    expect(wrong.status).toBe(422);
    const error = (wrong.body as ErrorBody).error;
    expect(error).toMatchObject({ code: 'RULE_VIOLATION', field: 'body.signatories.1.officialId' });
    expect(
      (error.details as Issue[]).filter((issue) => issue.severity === 'error').map((issue) => issue.code),
    ).toEqual(['OFFICIAL_NOT_OF_PARTY']);
    const after = (
      (await send(t, malangAdmin, 'GET', '/api/agreements?pageSize=1')).body as { total: number }
    ).total;
    expect(after).toBe(before);

    const right = await send(
      t,
      malangAdmin,
      'POST',
      '/api/agreements',
      ksb({ title: 'Kesepakatan Bersama Bekasi Malang', parties, signatories: signatories(malangTermId) }),
    );
    expect(right.status, JSON.stringify(right.body)).toBe(201);
    const created = right.body as Detail;
    expect(created.signatories.map((signatory) => signatory.officialId).sort()).toEqual(
      [bekasiTermId, malangTermId].sort(),
    );

    // The same check guards an edit.
    const patched = await send(t, malangAdmin, 'PATCH', `/api/agreements/${created.id}`, {
      signatories: signatories(bekasiTermId),
      version: created.version,
    });
    expect(patched.status).toBe(422);
    expect((patched.body as ErrorBody).error.field).toBe('body.signatories.1.officialId');
    expect((await detail(malangAdmin, created.id)).version).toBe(created.version);
  });

  it('clears the other parties’ confirmations when agreed content changes, and keeps the history', async () => {
    const created = await send(t, malangAdmin, 'POST', '/api/agreements', ksb());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = (created.body as Detail).id;
    expect((await send(t, pasuruanAdmin, 'POST', `/api/agreements/${id}/confirm`)).status).toBe(200);
    expect((await detail(malangAdmin, id)).confirmations).toEqual({ confirmed: 2, total: 2 });

    // Notes, publication and a value sent unchanged are not a change of agreed content.
    const notes = await send(t, pasuruanAdmin, 'PATCH', `/api/agreements/${id}`, {
      notes: 'Dibahas pada rapat TKKSD',
      title: ksb().title,
      version: 1,
    });
    expect(notes.status, JSON.stringify(notes.body)).toBe(200);
    expect((notes.body as Detail).confirmations).toEqual({ confirmed: 2, total: 2 });

    const scope = await send(t, malangAdmin, 'PATCH', `/api/agreements/${id}`, {
      objectScope: 'Distribusi beras, jagung dan cadangan pangan daerah',
      version: 2,
    });
    expect(scope.status).toBe(200);
    expect((scope.body as Detail).confirmations).toEqual({ confirmed: 1, total: 2 });
    expect((scope.body as Detail).pendingConfirmations).toEqual([pasuruan]);

    const audit = await send(t, malangAdmin, 'GET', `/api/audit?entityType=agreement&entityId=${id}`);
    expect(audit.status).toBe(200);
    const reset = (audit.body as AuditPage).items.find(
      (item) => item.action === 'agreement.confirmations_reset',
    );
    expect(reset).toBeDefined();
    expect(reset!.changes.confirmedParties).toEqual({ from: [malang, pasuruan], to: [malang] });

    // Pasuruan confirms the new content; an edit by the partner then asks Malang again.
    expect((await send(t, pasuruanAdmin, 'POST', `/api/agreements/${id}/confirm`)).status).toBe(200);
    const byPartner = await send(t, pasuruanAdmin, 'PATCH', `/api/agreements/${id}`, {
      sectors: ['pangan', 'pertanian'],
      version: 3,
    });
    expect(byPartner.status).toBe(200);
    expect((byPartner.body as Detail).pendingConfirmations).toEqual([malang]);

    // A system administrator belongs to no party: after their edit every party must confirm again.
    const bySystem = await send(t, systemAdmin, 'PATCH', `/api/agreements/${id}`, {
      validUntil: '2028-08-06',
      version: 4,
    });
    expect(bySystem.status).toBe(200);
    expect((bySystem.body as Detail).confirmations).toEqual({ confirmed: 0, total: 2 });
  });

  it('follows the configured DPRD condition when a PKS leaves drafting', async () => {
    const parent = await send(
      t,
      malangAdmin,
      'POST',
      '/api/agreements?force=true',
      ksb({
        title: 'Kesepakatan Bersama Pengelolaan Air Minum Regional',
        sectors: ['pekerjaan_umum_penataan_ruang'],
      }),
    );
    expect(parent.status, JSON.stringify(parent.body)).toBe(201);
    const created = await send(t, malangAdmin, 'POST', '/api/agreements', {
      ...ksb({
        title: 'Perjanjian Kerja Sama Penyediaan Air Minum Regional',
        documentType: 'perjanjian_kerja_sama',
        parentId: (parent.body as Detail).id,
        sectors: ['pekerjaan_umum_penataan_ruang'],
        signatories: [],
        signingDate: null,
        validFrom: '2024-09-10',
        validUntil: '2026-09-09',
      }),
      burdensCommunity: true,
      fundingNotInCurrentApbd: false,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const pks = created.body as Detail;
    expect(pks.stage).toBe('penyusunan_pks');
    const step = (item: Detail, stage: string) =>
      item.nextSteps.find((candidate) => candidate.stage === stage);
    const codesOf = (item: Detail, stage: string) =>
      step(item, stage)?.missing.map((missing) => missing.code);

    // Default rules: a cooperation that burdens the community goes to the DPRD first.
    expect(codesOf(pks, 'persetujuan_dprd')).not.toContain('DPRD_APPROVAL_NOT_REQUIRED');
    expect(codesOf(pks, 'penandatanganan_pks')).toContain('DPRD_APPROVAL_REQUIRED');
    const blocked = await send(t, malangAdmin, 'POST', `/api/agreements/${pks.id}/transitions`, {
      toStage: 'penandatanganan_pks',
      date: today,
    });
    expect(blocked.status).toBe(422);
    expect(
      ((blocked.body as ErrorBody).error.details as Array<{ code: string }>).map((d) => d.code),
    ).toContain('DPRD_APPROVAL_REQUIRED');

    // The administrator decides that only funding outside the current APBD needs the DPRD.
    const put = await send(t, systemAdmin, 'PUT', '/api/settings/agreement-rules', {
      dprdApprovalWhen: [{ fundingNotInCurrentApbd: true }],
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    try {
      const relaxed = await detail(malangAdmin, pks.id);
      expect(codesOf(relaxed, 'persetujuan_dprd')).toContain('DPRD_APPROVAL_NOT_REQUIRED');
      expect(codesOf(relaxed, 'penandatanganan_pks')).not.toContain('DPRD_APPROVAL_REQUIRED');
      const toDprd = await send(t, malangAdmin, 'POST', `/api/agreements/${pks.id}/transitions`, {
        toStage: 'persetujuan_dprd',
        date: today,
      });
      expect(toDprd.status).toBe(422);

      // The same PKS funded outside the APBD needs the DPRD again under the new rule.
      const funded = await send(t, malangAdmin, 'PATCH', `/api/agreements/${pks.id}`, {
        fundingNotInCurrentApbd: true,
        version: relaxed.version,
      });
      expect(funded.status).toBe(200);
      expect(codesOf(funded.body as Detail, 'penandatanganan_pks')).toContain('DPRD_APPROVAL_REQUIRED');
      // The TKKSD reviews a draft: with it uploaded, the step to the DPRD is open.
      const draft = new FormData();
      const pdf = await readFile(new URL('../fixtures/files/ksb-signed.pdf', import.meta.url));
      draft.set('file', new File([new Uint8Array(pdf)], 'draf-pks.pdf', { type: 'application/pdf' }));
      draft.set('kind', 'draft');
      draft.set('title', 'Draf PKS');
      const uploaded = await t.json(`/api/agreements/${pks.id}/documents`, {
        method: 'POST',
        headers: malangAdmin.headers,
        body: draft,
      });
      expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
      const ready = await detail(malangAdmin, pks.id);
      expect(step(ready, 'persetujuan_dprd')?.allowed).toBe(true);
      expect(step(ready, 'penandatanganan_pks')?.allowed).toBe(false);
      const approved = await send(t, malangAdmin, 'POST', `/api/agreements/${pks.id}/transitions`, {
        toStage: 'persetujuan_dprd',
        date: today,
      });
      expect(approved.status, JSON.stringify(approved.body)).toBe(200);
      expect((approved.body as Detail).stage).toBe('persetujuan_dprd');
    } finally {
      await send(t, systemAdmin, 'PUT', '/api/settings/agreement-rules', {});
    }
  });
});
