import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { loginAs, send, type TestUser } from './support/factories.js';

type Term = {
  id: string;
  personName: string;
  office: string;
  actingKind: string;
  start: string;
  end: string | null;
};
type ErrorBody = {
  error: { code: string; field?: string; details?: Array<{ code: string; field?: string }> };
};

describe.each(databaseKinds)('officials API on %s', (kind) => {
  let t: TestApp;
  let bekasiAdmin: TestUser;
  let malangAdmin: TestUser;
  beforeAll(async () => {
    t = await createTestApp(kind);
    bekasiAdmin = await loginAs(t, { role: 'region_admin', regionCode: '32.75' });
    malangAdmin = await loginAs(t, { role: 'region_admin', regionCode: '35.73' });
  });
  afterAll(async () => {
    await t?.close();
  });

  /** A term of Bekasi entered by its admin; its id. */
  const createBekasiTerm = async (personName: string, office: string, start: string) => {
    const created = await send(t, bekasiAdmin, 'POST', '/api/officials', {
      personName,
      office,
      regionCode: '32.75',
      start,
    });
    expect(created.status).toBe(201);
    return (created.body as Term).id;
  };

  it('records terms and suggests the holder on a date (acting head inside a term)', async () => {
    const definitif = await send(t, bekasiAdmin, 'POST', '/api/officials', {
      personName: 'Tri Adhianto',
      office: 'wali_kota',
      regionCode: '32.75',
      start: '2022-01-01',
      end: '2023-09-20',
    });
    expect(definitif.status).toBe(201);
    const acting = await send(t, bekasiAdmin, 'POST', '/api/officials', {
      personName: 'Gani Muhamad',
      office: 'wali_kota',
      actingKind: 'pj',
      regionCode: '32.75',
      start: '2023-09-20',
      end: null,
    });
    expect(acting.status).toBe(201);

    const list = await send(t, null, 'GET', '/api/officials?regionCode=32.75');
    expect(list.status).toBe(200);
    expect((list.body as { items: Term[] }).items).toHaveLength(2);

    const onDate = await send(
      t,
      null,
      'GET',
      '/api/officials?regionCode=32.75&office=wali_kota&date=2024-08-07',
    );
    expect((onDate.body as { holder: Term }).holder).toMatchObject({
      personName: 'Gani Muhamad',
      actingKind: 'pj',
    });
    const earlier = await send(
      t,
      null,
      'GET',
      '/api/officials?regionCode=32.75&office=wali_kota&date=2022-05-01',
    );
    expect((earlier.body as { holder: Term }).holder.personName).toBe('Tri Adhianto');

    const termId = (acting.body as Term).id;
    const patched = await send(t, bekasiAdmin, 'PATCH', `/api/officials/${termId}`, { end: '2024-12-31' });
    expect(patched.status).toBe(200);
    expect((patched.body as Term).end).toBe('2024-12-31');

    const removed = await send(t, bekasiAdmin, 'DELETE', `/api/officials/${termId}`);
    expect(removed.status).toBe(200);
    const gone = await send(t, bekasiAdmin, 'PATCH', `/api/officials/${termId}`, { end: null });
    expect(gone.status).toBe(404);
    expect((gone.body as ErrorBody).error.code).toBe('OFFICIAL_TERM_NOT_FOUND');
  });

  it("refuses another region's terms, a term ending before it starts and unknown regions", async () => {
    const other = await send(t, malangAdmin, 'POST', '/api/officials', {
      personName: 'Someone',
      office: 'wali_kota',
      regionCode: '32.75',
      start: '2024-01-01',
    });
    expect(other.status).toBe(403);

    const reversed = await send(t, malangAdmin, 'POST', '/api/officials', {
      personName: 'Wahyu Hidayat',
      office: 'wali_kota',
      regionCode: '35.73',
      start: '2024-01-01',
      end: '2023-01-01',
    });
    expect(reversed.status).toBe(422);
    expect((reversed.body as ErrorBody).error).toMatchObject({ code: 'RULE_VIOLATION', field: 'body.end' });
    expect((reversed.body as ErrorBody).error.details?.[0]?.code).toBe('END_BEFORE_START');

    const unknown = await send(t, malangAdmin, 'POST', '/api/officials', {
      personName: 'X',
      office: 'wali_kota',
      regionCode: '99.99',
      start: '2024-01-01',
    });
    expect(unknown.status).toBe(404);

    const anonymousWrite = await send(t, null, 'POST', '/api/officials', {
      personName: 'X',
      office: 'wali_kota',
      regionCode: '35.73',
      start: '2024-01-01',
    });
    expect(anonymousWrite.status).toBe(401);
  });

  it("lets only that region's admin or a system admin change or end a term", async () => {
    const reviewer = await loginAs(t, { role: 'reviewer', regionCode: '32.75' });
    const systemAdmin = await loginAs(t, { role: 'system_admin' });
    const id = await createBekasiTerm('Tri Adhianto', 'wakil_wali_kota', '2018-06-01');

    for (const [user, method, body] of [
      [malangAdmin, 'PATCH', { end: '2023-09-20' }],
      [malangAdmin, 'DELETE', undefined],
      [reviewer, 'PATCH', { end: '2023-09-20' }],
      // Moving a term into one's own region does not work either.
      [malangAdmin, 'PATCH', { regionCode: '35.73' }],
    ] as const) {
      const response = await send(t, user, method, `/api/officials/${id}`, body);
      expect(response.status, `${method} ${JSON.stringify(body)}`).toBe(403);
      expect((response.body as ErrorBody).error.code).toBe('FORBIDDEN');
    }
    // Nor can Bekasi hand its term to Malang.
    const handOver = await send(t, bekasiAdmin, 'PATCH', `/api/officials/${id}`, { regionCode: '35.73' });
    expect(handOver.status).toBe(403);
    expect(
      (
        await send(t, reviewer, 'POST', '/api/officials', {
          personName: 'X',
          office: 'wali_kota',
          regionCode: '32.75',
          start: '2024-01-01',
        })
      ).status,
    ).toBe(403);

    const ended = await send(t, systemAdmin, 'PATCH', `/api/officials/${id}`, { end: '2023-09-20' });
    expect(ended.status).toBe(200);
    expect(ended.body as Term).toMatchObject({ personName: 'Tri Adhianto', end: '2023-09-20' });
    const elsewhere = await send(t, systemAdmin, 'POST', '/api/officials', {
      personName: 'Wahyu Hidayat',
      office: 'wali_kota',
      actingKind: 'pj',
      regionCode: '35.73',
      start: '2023-09-23',
    });
    expect(elsewhere.status).toBe(201);
    const unchanged = (await send(t, null, 'GET', '/api/officials?regionCode=32.75')).body as {
      items: Term[];
    };
    expect(unchanged.items.find((term) => term.id === id)?.end).toBe('2023-09-20');
  });

  it('checks the region before the term: an unrelated admin gets 403 for a bad term, not 422', async () => {
    // Each body breaks a business rule (422 for Bekasi's own admin), so only the order of the checks
    // decides what Malang's admin hears: that it may not act on Bekasi's officials.
    const badTerms = [
      { personName: 'Someone', office: 'bupati', regionCode: '32.75', start: '2024-01-01' },
      {
        personName: 'Someone',
        office: 'wali_kota',
        regionCode: '32.75',
        start: '2024-01-01',
        end: '2023-01-01',
      },
    ];
    for (const body of badTerms) {
      const own = await send(t, bekasiAdmin, 'POST', '/api/officials', body);
      expect(own.status, JSON.stringify(body)).toBe(422);
      const foreign = await send(t, malangAdmin, 'POST', '/api/officials', body);
      expect(foreign.status, JSON.stringify(body)).toBe(403);
      expect((foreign.body as ErrorBody).error.code).toBe('FORBIDDEN');
    }
    // The same on a change: moving Bekasi's term to a bad date is Bekasi's business only.
    const id = await createBekasiTerm('Tri Adhianto', 'wali_kota', '2024-01-01');
    const foreignPatch = await send(t, malangAdmin, 'PATCH', `/api/officials/${id}`, { end: '2020-01-01' });
    expect(foreignPatch.status).toBe(403);
    // Moving a term into an unrelated region with an office of the wrong level: still 403 first.
    const moveAway = await send(t, bekasiAdmin, 'PATCH', `/api/officials/${id}`, {
      regionCode: '35.07',
      office: 'gubernur',
    });
    expect(moveAway.status).toBe(403);
    const ownPatch = await send(t, bekasiAdmin, 'PATCH', `/api/officials/${id}`, { end: '2020-01-01' });
    expect(ownPatch.status).toBe(422);
    // A zod shape error (400) still comes first, before any check of the region.
    const shape = await send(t, malangAdmin, 'POST', '/api/officials', {
      personName: 'X',
      regionCode: '32.75',
    });
    expect(shape.status).toBe(400);
  });

  it('refuses term dates further ahead than the agreement rules allow (a typo such as 2999)', async () => {
    const todayTime = Date.now() + 7 * 3_600_000;
    const inDays = (days: number) => new Date(todayTime + days * 86_400_000).toISOString().slice(0, 10);
    const term = { personName: 'Ahmad Sobari', office: 'sekretaris_daerah', regionCode: '32.75' };
    const before = await send(t, null, 'GET', '/api/officials?regionCode=32.75');
    const refusals: Array<[Record<string, string>, string]> = [
      [{ start: '2999-01-01' }, 'body.start'],
      [{ start: inDays(400) }, 'body.start'],
      [{ start: '2024-01-01', end: '2999-01-01' }, 'body.end'],
    ];
    for (const [dates, field] of refusals) {
      const refused = await send(t, bekasiAdmin, 'POST', '/api/officials', { ...term, ...dates });
      expect(refused.status, JSON.stringify(dates)).toBe(422);
      const error = (refused.body as ErrorBody).error;
      expect(error).toMatchObject({ code: 'RULE_VIOLATION', field });
      expect(error.details?.[0]).toMatchObject({ code: 'DATE_TOO_FAR_IN_FUTURE', field: field.slice(5) });
    }
    expect((await send(t, null, 'GET', '/api/officials?regionCode=32.75')).body).toEqual(before.body);

    // A term starts within maxFutureDays (366) and may end as far ahead as an end of validity.
    const accepted = await send(t, bekasiAdmin, 'POST', '/api/officials', {
      ...term,
      start: inDays(30),
      end: inDays(5 * 365),
    });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    const id = (accepted.body as Term).id;
    const patched = await send(t, bekasiAdmin, 'PATCH', `/api/officials/${id}`, { start: inDays(400) });
    expect(patched.status).toBe(422);
    expect((patched.body as ErrorBody).error).toMatchObject({ code: 'RULE_VIOLATION', field: 'body.start' });
    expect((patched.body as ErrorBody).error.details?.[0]?.code).toBe('DATE_TOO_FAR_IN_FUTURE');
    expect((await send(t, bekasiAdmin, 'DELETE', `/api/officials/${id}`)).status).toBe(200);
  });

  it('refuses an office of another level of government (a Bupati of a kota)', async () => {
    const wrongLevel = await send(t, bekasiAdmin, 'POST', '/api/officials', {
      personName: 'Someone',
      office: 'bupati',
      regionCode: '32.75',
      start: '2024-01-01',
    });
    expect(wrongLevel.status).toBe(422);
    expect((wrongLevel.body as ErrorBody).error).toMatchObject({
      code: 'RULE_VIOLATION',
      field: 'body.office',
    });
    expect((wrongLevel.body as ErrorBody).error.details?.[0]?.code).toBe('OFFICE_NOT_FOR_REGION_LEVEL');
    const sekda = await send(t, bekasiAdmin, 'POST', '/api/officials', {
      personName: 'Junaedi',
      office: 'sekretaris_daerah',
      actingKind: 'plh',
      regionCode: '32.75',
      start: '2024-01-01',
      end: '2024-03-31',
    });
    expect(sekda.status).toBe(201);
  });
});
