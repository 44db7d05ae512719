import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed000Ksb } from '../../src/domain/agreements/seed-agreements.test-support.js';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { loginAs, send, type TestUser } from './support/factories.js';

/**
 * Signatories come back in the order they were entered. Their ids are random, so an order by id
 * would shuffle them on every read, and a form that saves them back unchanged would look like a
 * change in the audit trail.
 */
describe.each(databaseKinds)('signatory order on %s', (kind) => {
  let t: TestApp;
  let bekasi: TestUser;

  beforeAll(async () => {
    t = await createTestApp(kind);
    bekasi = await loginAs(t, { role: 'region_admin', regionCode: '32.75' });
  });

  afterAll(async () => {
    await t.close();
  });

  it('keeps the order of entry through create and update', async () => {
    const names = ['Zulkifli', 'Ahmad', 'Maryam', 'Budi', 'Yanti', 'Cahyo'];
    const signatories = names.map((name, index) => ({
      partyKey: index % 2 === 0 ? '32.75' : '35.73',
      name,
      office: 'lainnya',
      position: `Saksi ${index + 1}`,
    }));
    const created = await send(t, bekasi, 'POST', '/api/agreements', {
      ...seed000Ksb,
      title: `${seed000Ksb.title} (urutan penandatangan)`,
      signingDate: '2019-03-04',
      signatories,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = (created.body as { id: string }).id;
    const read = async () =>
      (
        (await send(t, bekasi, 'GET', `/api/agreements/${id}`)).body as { signatories: { name: string }[] }
      ).signatories.map((signatory) => signatory.name);
    expect(await read()).toEqual(names);

    const reversed = [...signatories].reverse();
    const updated = await send(t, bekasi, 'PATCH', `/api/agreements/${id}`, {
      signatories: reversed,
      version: 1,
    });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    expect(await read()).toEqual([...names].reverse());
  });
});
