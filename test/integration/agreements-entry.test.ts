/**
 * Agreements entered after the fact keep their real stage and dates: seed 000 (a KSB signed on 2024-08-07)
 * entered today is at ksb since 2024-08-07, its later steps may be back-dated in order, and the edit
 * form's stage corrects a record entered at the wrong stage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed000Ksb } from '../../src/domain/agreements/seed-agreements.test-support.js';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { loginAs, send, type TestUser } from './support/factories.js';

type Issue = { code: string; field: string | null; params?: Record<string, string> };
type Detail = {
  id: string;
  stage: string;
  stageDate: string | null;
  version: number;
  transitions: Array<{ fromStage: string | null; toStage: string; date: string }>;
};
type ErrorBody = { error: { code: string; field?: string; details?: Issue[] } };

const malang = '35.73';
const numbers = {
  parties: [
    { kind: 'region', regionCode: '32.75', documentNumber: '130/01/KSB/2024' },
    { kind: 'region', regionCode: malang, documentNumber: '180/07/35.73.112/2024' },
  ],
};
const steps = (detail: Detail) => detail.transitions.map((t) => [t.fromStage, t.toStage, t.date]);

describe.each(databaseKinds)('agreements entered after the fact on %s', (kind) => {
  let t: TestApp;
  let admin: TestUser;
  let viewer: TestUser;
  const create = (body: Record<string, unknown>) =>
    send(t, admin, 'POST', '/api/agreements?force=true', { ...seed000Ksb, ...body });

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await loginAs(t, { role: 'region_admin', regionCode: malang });
    viewer = await loginAs(t, { role: 'viewer', regionCode: malang });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('enters seed 000 without a chosen stage at ksb, dated 2024-08-07 in the detail, list and history', async () => {
    const created = await create({});
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const detail = created.body as Detail;
    expect([detail.stage, detail.stageDate]).toEqual(['ksb', '2024-08-07']);
    expect(steps(detail)).toEqual([[null, 'ksb', '2024-08-07']]);
    const list = (await send(t, admin, 'GET', '/api/agreements?q=Bekasi')).body as {
      items: Array<{ id: string; stage: string; signingDate: string }>;
    };
    expect(list.items.find((item) => item.id === detail.id)).toMatchObject({
      stage: 'ksb',
      signingDate: '2024-08-07',
    });
  });

  it('enters a signed agreement whose validity has started in pelaksanaan, with its steps back-dated', async () => {
    const created = await create({ ...numbers, validFrom: '2024-09-01', validUntil: '2029-08-31' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(steps(created.body as Detail)).toEqual([
      [null, 'ksb', '2024-08-07'],
      ['ksb', 'pelaksanaan', '2024-09-01'],
    ]);
  });

  it('refuses a chosen stage date before the signing, naming the signing and its date', async () => {
    const early = await create({
      ...numbers,
      validFrom: '2024-08-07',
      validUntil: '2029-08-06',
      entryStage: 'pelaksanaan',
      entryStageDate: '2024-08-01',
    });
    expect(early.status).toBe(422);
    const error = (early.body as ErrorBody).error;
    expect(error.field).toBe('body.entryStageDate');
    expect(error.details?.[0]).toMatchObject({
      code: 'STEP_BEFORE_PREVIOUS_STEP',
      params: { previousStage: 'ksb', previousDate: '2024-08-07' },
    });
  });

  it('accepts back-dated steps in order, and names the previous step when one is out of order', async () => {
    const created = await create({ ...numbers, validFrom: '2024-09-01', validUntil: '2029-08-31' });
    const detail = created.body as Detail;
    expect([detail.stage, detail.stageDate]).toEqual(['pelaksanaan', '2024-09-01']);
    const step = (date: string) =>
      send(t, admin, 'POST', `/api/agreements/${detail.id}/transitions`, {
        toStage: 'monitoring_evaluasi',
        date,
      });
    const outOfOrder = await step('2024-08-15');
    expect(outOfOrder.status).toBe(422);
    const error = (outOfOrder.body as ErrorBody).error;
    expect(error.code).toBe('RULE_VIOLATION');
    expect(error.field).toBe('body.date');
    expect(error.details?.[0]).toMatchObject({
      code: 'STEP_BEFORE_PREVIOUS_STEP',
      params: { previousStage: 'pelaksanaan', previousDate: '2024-09-01' },
    });
    const moved = await step('2025-03-01');
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(steps(moved.body as Detail)).toEqual([
      [null, 'ksb', '2024-08-07'],
      ['ksb', 'pelaksanaan', '2024-09-01'],
      ['pelaksanaan', 'monitoring_evaluasi', '2025-03-01'],
    ]);
  });

  it('corrects the stage of a record entered at persiapan from the edit form, keeping the old history in the audit', async () => {
    const wrong = (await create({ ...numbers, entryStage: 'persiapan' })).body as Detail;
    expect(wrong.stage).toBe('persiapan');
    expect(
      (await send(t, viewer, 'PATCH', `/api/agreements/${wrong.id}`, { stage: 'ksb', version: 1 })).status,
    ).toBe(403);
    const corrected = await send(t, admin, 'PATCH', `/api/agreements/${wrong.id}`, {
      stage: 'ksb',
      stageDate: null,
      version: wrong.version,
    });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    const detail = corrected.body as Detail;
    expect([detail.stage, detail.stageDate]).toEqual(['ksb', '2024-08-07']);
    expect(steps(detail)).toEqual([[null, 'ksb', '2024-08-07']]);

    // Forward from the edit form: the step is appended to the history.
    const forward = await send(t, admin, 'PATCH', `/api/agreements/${wrong.id}`, {
      validFrom: '2024-08-07',
      validUntil: '2029-08-06',
      stage: 'pelaksanaan',
      stageDate: '2024-08-20',
      version: detail.version,
    });
    expect(forward.status, JSON.stringify(forward.body)).toBe(200);
    expect(steps(forward.body as Detail)).toEqual([
      [null, 'ksb', '2024-08-07'],
      ['ksb', 'pelaksanaan', '2024-08-20'],
    ]);

    const audit = (await send(t, admin, 'GET', `/api/audit?entityId=${wrong.id}`)).body as {
      items: Array<{ action: string; changes: { history?: { from: unknown; to: unknown } } | null }>;
    };
    const correction = audit.items.find((entry) => entry.action === 'agreement.stage_correct');
    expect(correction?.changes?.history).toEqual({
      from: [{ from: null, to: 'persiapan', date: expect.any(String) }],
      to: [{ from: null, to: 'ksb', date: '2024-08-07' }],
    });
    expect(audit.items.map((entry) => entry.action)).toContain('agreement.transition');

    const backwards = await send(t, admin, 'PATCH', `/api/agreements/${wrong.id}`, {
      stage: 'pelaksanaan',
      stageDate: '2024-08-01',
      version: (forward.body as Detail).version,
    });
    expect(backwards.status).toBe(422);
    expect((backwards.body as ErrorBody).error.details?.[0]).toMatchObject({
      code: 'STEP_BEFORE_PREVIOUS_STEP',
      field: 'stageDate',
    });
  });
});
