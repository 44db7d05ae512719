/**
 * Monitoring and evaluation of agreements (issue 12): evaluations per period and evaluator, bad input
 * with stable codes and field paths and nothing saved, optimistic locking, tenancy through the parent
 * agreement, the status of the periods, and the dashboard's `evaluationsDue` / `hasEvaluationThisYear`.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readScope } from '../../src/server/auth/record-access.js';
import { todayIso } from '../../src/server/features/agreements/rules.service.js';
import { evaluationsDue, hasEvaluationThisYear } from '../../src/server/features/evaluations/due.service.js';
import { periodOf } from '../../src/domain/monitoring/evaluation.js';
import type { Actor } from '../../src/server/auth/policy.js';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { loginAs, malangPasuruanKsb, send, type TestUser } from './support/factories.js';

type ErrorBody = { error: { code: string; field?: string; details?: unknown } };
type Issue = { code: string; field: string | null };
type Evaluation = {
  id: string;
  period: string;
  evaluatorRole: string;
  evaluatorRegionCode: string | null;
  indicators: Array<{
    name: string;
    unit: string;
    baseline: number | null;
    target: number | null;
    actual: number | null;
  }>;
  ratings: Record<string, number>;
  version: number;
};

const malang = '35.73';
const pasuruan = '35.14';
const bekasi = '32.75';
const today = todayIso();
const currentPeriod = periodOf(today).key;
const previousPeriod = periodOf(`${Number(today.slice(0, 4)) - 1}-12-31`).key;

describe.each(databaseKinds)('evaluations of agreements on %s', (kind) => {
  let t: TestApp;
  let adminMalang: TestUser;
  let adminPasuruan: TestUser;
  let adminBekasi: TestUser;
  let viewerMalang: TestUser;
  let reviewerMalang: TestUser;
  let officerMalang: TestUser;
  let officerOtherOpd: TestUser;
  let agreementId: string;
  let dinasLh: string;

  const countRows = async () => {
    const result = await t.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from agreement_evaluations`,
    );
    return Number((result as unknown as { rows: Array<{ n: number }> }).rows[0]!.n);
  };
  const post = (user: TestUser | null, body: unknown, id = agreementId) =>
    send(t, user, 'POST', `/api/agreements/${id}/evaluations`, body);
  const issuesOf = (body: unknown) =>
    ((body as ErrorBody).error.details as Issue[]).map((issue) => [issue.code, issue.field]);

  beforeAll(async () => {
    t = await createTestApp(kind);
    adminMalang = await loginAs(t, { role: 'region_admin', regionCode: malang });
    adminPasuruan = await loginAs(t, { role: 'region_admin', regionCode: pasuruan });
    adminBekasi = await loginAs(t, { role: 'region_admin', regionCode: bekasi });
    viewerMalang = await loginAs(t, { role: 'viewer', regionCode: malang });
    reviewerMalang = await loginAs(t, { role: 'reviewer', regionCode: malang });
    const opd = await send(t, adminMalang, 'POST', '/api/opds', {
      regionCode: malang,
      name: 'Dinas Lingkungan Hidup',
    });
    dinasLh = (opd.body as { id: string }).id;
    const other = await send(t, adminMalang, 'POST', '/api/opds', {
      regionCode: malang,
      name: 'Dinas Perhubungan',
    });
    officerMalang = await loginAs(t, { role: 'opd_officer', regionCode: malang, opdId: dinasLh });
    officerOtherOpd = await loginAs(t, {
      role: 'opd_officer',
      regionCode: malang,
      opdId: (other.body as { id: string }).id,
    });
    const created = await send(
      t,
      adminMalang,
      'POST',
      '/api/agreements?force=true',
      malangPasuruanKsb({ responsibleOpdIds: [dinasLh] }),
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    agreementId = (created.body as { id: string }).id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('records an evaluation with typed indicators and lists it', async () => {
    const response = await post(adminMalang, {
      period: previousPeriod,
      evaluatorRole: 'opd_pelaksana',
      indicators: [
        { name: 'Sampah terangkut', unit: 'ton/hari', baseline: 20, target: 50, actual: 42.5 },
        { name: 'Bank sampah aktif', unit: 'unit', target: 10, actual: 7 },
      ],
      problems: 'Armada terbatas',
      evidenceLinks: [{ url: 'https://malangkota.go.id/laporan.pdf', label: 'Laporan' }],
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const created = response.body as Evaluation;
    expect(created).toMatchObject({
      period: previousPeriod,
      evaluatorRole: 'opd_pelaksana',
      evaluatorRegionCode: malang,
      version: 1,
    });
    expect(created.indicators[1]).toEqual({
      name: 'Bank sampah aktif',
      unit: 'unit',
      baseline: null,
      target: 10,
      actual: 7,
    });

    const list = await send(t, viewerMalang, 'GET', `/api/agreements/${agreementId}/evaluations`);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ items: [expect.objectContaining({ id: created.id })], forms: [] });
    const audit = await send(
      t,
      adminMalang,
      'GET',
      `/api/audit?entityType=evaluation&entityId=${created.id}`,
    );
    expect((audit.body as { items: Array<{ action: string }> }).items.map((entry) => entry.action)).toEqual([
      'evaluation.create',
    ]);
  });

  it('refuses bad input with its code and field, and saves nothing', async () => {
    const before = await countRows();
    const cases: Array<[unknown, Array<[string, string]>]> = [
      [{ period: '2026-S3', evaluatorRole: 'mitra' }, [['EVALUATION_PERIOD_INVALID', 'period']]],
      [{ period: '2023-S1', evaluatorRole: 'mitra' }, [['EVALUATION_PERIOD_INVALID', 'period']]],
      [
        { period: `${Number(today.slice(0, 4)) + 1}-S1`, evaluatorRole: 'mitra' },
        [['EVALUATION_PERIOD_INVALID', 'period']],
      ],
      [
        {
          period: currentPeriod,
          evaluatorRole: 'opd_pelaksana',
          indicators: [{ name: 'Sampah', actual: 3 }],
        },
        [['INDICATOR_UNIT_REQUIRED', 'indicators.0.unit']],
      ],
      [
        {
          period: currentPeriod,
          evaluatorRole: 'opd_pelaksana',
          indicators: [
            { name: 'Sampah', unit: 'ton', actual: 3 },
            { name: 'Bank sampah', unit: 'unit', actual: 'tujuh' },
          ],
        },
        [['INDICATOR_VALUE_NOT_NUMBER', 'indicators.1.actual']],
      ],
      [
        { period: currentPeriod, evaluatorRole: 'bagian_kerja_sama', ratings: { manfaat: 4, koordinasi: 6 } },
        [['RATING_OUT_OF_RANGE', 'ratings.koordinasi']],
      ],
    ];
    for (const [body, expected] of cases) {
      const response = await post(adminMalang, body);
      expect(response.status, JSON.stringify(body)).toBe(422);
      expect((response.body as ErrorBody).error).toMatchObject({
        code: 'RULE_VIOLATION',
        field: `body.${expected[0]![1]}`,
      });
      expect(issuesOf(response.body)).toEqual(expected);
    }
    expect(await countRows()).toBe(before);
  });

  it('refuses a second evaluation of the same period by the same evaluator (409)', async () => {
    const response = await post(adminMalang, { period: previousPeriod, evaluatorRole: 'opd_pelaksana' });
    expect(response.status).toBe(409);
    expect((response.body as ErrorBody).error).toMatchObject({
      code: 'EVALUATION_EXISTS',
      field: 'body.period',
    });
    // The partner's own evaluation of that period is its own.
    const partner = await post(adminPasuruan, {
      period: previousPeriod,
      evaluatorRole: 'mitra',
      ratings: { manfaat: 5 },
    });
    expect(partner.status).toBe(201);
    expect((partner.body as Evaluation).evaluatorRegionCode).toBe(pasuruan);
  });

  it('lets each role write its form only, hides the agreement from another region, refuses viewers', async () => {
    const byReviewer = await post(reviewerMalang, {
      period: currentPeriod,
      evaluatorRole: 'bagian_kerja_sama',
      ratings: { manfaat: 4, pelaksanaan: 3, koordinasi: 4, anggaran: 2 },
      narrative: 'Berjalan baik',
    });
    expect(byReviewer.status, JSON.stringify(byReviewer.body)).toBe(201);
    const reviewerOpdForm = await post(reviewerMalang, {
      period: currentPeriod,
      evaluatorRole: 'opd_pelaksana',
    });
    expect(reviewerOpdForm.status).toBe(403);
    expect((reviewerOpdForm.body as ErrorBody).error.details).toEqual({
      reason: 'EVALUATOR_ROLE_NOT_ALLOWED',
    });
    const byOfficer = await post(officerMalang, {
      period: currentPeriod,
      evaluatorRole: 'opd_pelaksana',
      indicators: [{ name: 'Sampah terangkut', unit: 'ton/hari', actual: 45 }],
    });
    expect(byOfficer.status).toBe(201);
    expect(
      (await post(officerOtherOpd, { period: currentPeriod, evaluatorRole: 'opd_pelaksana' })).status,
    ).toBe(403);
    expect((await post(viewerMalang, { period: currentPeriod, evaluatorRole: 'mitra' })).status).toBe(403);
    const stranger = await post(adminBekasi, { period: currentPeriod, evaluatorRole: 'mitra' });
    expect(stranger.status).toBe(404);
    expect((stranger.body as ErrorBody).error.code).toBe('AGREEMENT_NOT_FOUND');
    expect((await post(null, { period: currentPeriod, evaluatorRole: 'mitra' })).status).toBe(401);

    const id = (byReviewer.body as Evaluation).id;
    const hidden = await send(t, adminBekasi, 'GET', `/api/evaluations/${id}`);
    expect(hidden.status).toBe(404);
    expect((hidden.body as ErrorBody).error.code).toBe('EVALUATION_NOT_FOUND');
    expect((await send(t, adminBekasi, 'GET', `/api/agreements/${agreementId}/evaluations`)).status).toBe(
      404,
    );
    expect(
      (await send(t, adminBekasi, 'PATCH', `/api/evaluations/${id}`, { version: 1, narrative: 'x' })).status,
    ).toBe(404);
    expect(
      (await send(t, viewerMalang, 'PATCH', `/api/evaluations/${id}`, { version: 1, narrative: 'x' })).status,
    ).toBe(403);
    // The OPD officer may not change the Bagian Kerja Sama's evaluation.
    expect(
      (await send(t, officerMalang, 'PATCH', `/api/evaluations/${id}`, { version: 1, narrative: 'x' }))
        .status,
    ).toBe(403);
    const detail = await send(t, reviewerMalang, 'GET', `/api/evaluations/${id}`);
    expect(detail.body).toMatchObject({ access: { update: true }, ratings: { manfaat: 4, anggaran: 2 } });
  });

  it('changes an evaluation with the version edited and refuses a stale one', async () => {
    const created = await post(adminMalang, {
      period: currentPeriod,
      evaluatorRole: 'mitra',
      ratings: { manfaat: 3 },
    });
    const evaluation = created.body as Evaluation;
    const first = await send(t, adminMalang, 'PATCH', `/api/evaluations/${evaluation.id}`, {
      version: 1,
      ratings: { manfaat: 4, koordinasi: 5 },
      narrative: 'Koordinasi rutin',
    });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ version: 2, ratings: { manfaat: 4, koordinasi: 5 } });
    const stale = await send(t, adminMalang, 'PATCH', `/api/evaluations/${evaluation.id}`, {
      version: 1,
      narrative: 'Lain',
    });
    expect(stale.status).toBe(409);
    expect((stale.body as ErrorBody).error).toMatchObject({
      code: 'VERSION_CONFLICT',
      details: { currentVersion: 2 },
    });
    const bad = await send(t, adminMalang, 'PATCH', `/api/evaluations/${evaluation.id}`, {
      version: 2,
      narrative: 'Tidak tersimpan',
      ratings: { manfaat: 0 },
    });
    expect(bad.status).toBe(422);
    expect(issuesOf(bad.body)).toEqual([['RATING_OUT_OF_RANGE', 'ratings.manfaat']]);
    const after = await send(t, adminMalang, 'GET', `/api/evaluations/${evaluation.id}`);
    expect(after.body).toMatchObject({ version: 2, narrative: 'Koordinasi rutin' });

    expect((await send(t, adminMalang, 'DELETE', `/api/evaluations/${evaluation.id}?version=1`)).status).toBe(
      409,
    );
    expect((await send(t, adminMalang, 'DELETE', `/api/evaluations/${evaluation.id}?version=2`)).status).toBe(
      200,
    );
    expect((await send(t, adminMalang, 'GET', `/api/evaluations/${evaluation.id}`)).status).toBe(404);
    const audit = await send(
      t,
      adminMalang,
      'GET',
      `/api/audit?entityType=evaluation&entityId=${evaluation.id}`,
    );
    expect(
      (audit.body as { items: Array<{ action: string }> }).items.map((entry) => entry.action).sort(),
    ).toEqual(['evaluation.create', 'evaluation.delete', 'evaluation.update']);
  });

  it('reports the periods done and due, and what the dashboard calls', async () => {
    const status = await send(t, viewerMalang, 'GET', `/api/agreements/${agreementId}/evaluations/status`);
    expect(status.status).toBe(200);
    const body = status.body as {
      periods: Array<{ key: string; status: string; evaluatorRoles: string[] }>;
      progress: { done: number; required: number };
      due: string[];
      hasEvaluationThisYear: boolean;
      nextReport: { dueDate: string };
    };
    expect(body.periods[0]!.key).toBe('2024-S2');
    expect(body.periods.find((period) => period.key === previousPeriod)).toMatchObject({
      status: 'done',
      evaluatorRoles: ['opd_pelaksana', 'mitra'],
    });
    expect(body.periods.find((period) => period.key === currentPeriod)).toMatchObject({
      status: 'done',
      evaluatorRoles: ['opd_pelaksana', 'bagian_kerja_sama'],
    });
    expect(body.due).toContain('2024-S2');
    expect(body.due).not.toContain(currentPeriod);
    expect(body.progress.required).toBe(2);
    expect(body.hasEvaluationThisYear).toBe(true);

    // A second agreement without any evaluation is due; the first is not (this year's periods are done).
    const second = await send(
      t,
      adminMalang,
      'POST',
      '/api/agreements?force=true',
      malangPasuruanKsb({ title: 'Kesepakatan Bersama Air Minum' }),
    );
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    const secondId = (second.body as { id: string }).id;
    const malangActor = { kind: 'user', role: 'region_admin', regionCode: malang } as Actor;
    const due = await evaluationsDue(t.database.db, readScope(malangActor), today);
    const ids = due.map((item) => item.agreementId);
    expect(ids).toContain(secondId);
    const secondDue = due.find((item) => item.agreementId === secondId)!;
    expect(secondDue.missingPeriods.at(-1)).toBe(currentPeriod);
    expect(secondDue.hasEvaluationThisYear).toBe(false);
    const firstDue = due.find((item) => item.agreementId === agreementId);
    // The first agreement's current period is evaluated; an earlier period of this year is not.
    if (currentPeriod.endsWith('S1')) expect(firstDue).toBeUndefined();
    else expect(firstDue?.missingPeriods, JSON.stringify(due)).toEqual([`${today.slice(0, 4)}-S1`]);
    // Another region's scope does not see them.
    const bekasiActor = { kind: 'user', role: 'region_admin', regionCode: bekasi } as Actor;
    expect(await evaluationsDue(t.database.db, readScope(bekasiActor), today)).toEqual([]);
    const has = await hasEvaluationThisYear(
      t.database.db,
      [agreementId, secondId],
      Number(today.slice(0, 4)),
    );
    expect(Object.fromEntries(has)).toEqual({ [agreementId]: true, [secondId]: false });
  });
});
