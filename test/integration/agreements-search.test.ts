import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed000Ksb } from '../../src/domain/agreements/seed-agreements.test-support.js';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { consentToPendingChanges, loginAs, send, type TestUser } from './support/factories.js';

type Page = { items: Array<{ id: string; effectiveStatus: string }>; total: number };
type ErrorBody = { error: { code: string; field?: string } };

const malang = '35.73';
const pasuruan = '35.14';
const jambi = '15.71';
const bekasi = '32.75';

function agreement(regions: [string, string], overrides: Record<string, unknown> = {}) {
  return {
    title: 'Kesepakatan Bersama',
    kind: 'ksdd',
    ksddNature: 'sukarela',
    documentType: 'kesepakatan_bersama',
    parties: regions.map((regionCode, index) => ({
      kind: 'region',
      regionCode,
      documentNumber: `180/${index + 1}/2024`,
    })),
    signatories: [],
    signingDate: null,
    validFrom: '2024-01-01',
    validUntil: '2028-12-31',
    sectors: [],
    ...overrides,
  };
}

describe.each(databaseKinds)('agreement search and filters on %s', (kind) => {
  let t: TestApp;
  let malangAdmin: TestUser;
  let pasuruanAdmin: TestUser;
  let systemAdmin: TestUser;
  const ids: Record<string, string> = {};

  async function create(user: TestUser, name: string, body: Record<string, unknown>) {
    const response = await send(t, user, 'POST', '/api/agreements?force=true', body);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const created = response.body as { id: string; pendingChanges?: Array<{ id: string }> };
    ids[name] = created.id;
    // A shared record is published once its partners consent (decision 009): here Jambi's admin.
    if (body.published) {
      const jambiAdmin = await loginAs(t, { role: 'region_admin', regionCode: jambi });
      await consentToPendingChanges(t, created, [jambiAdmin]);
    }
  }
  async function search(user: TestUser | null, query: string): Promise<string[]> {
    const response = await send(t, user, 'GET', `/api/agreements?pageSize=100&${query}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return (response.body as Page).items.map((item) => item.id).sort();
  }
  const idsOf = (...names: string[]) => names.map((name) => ids[name]!).sort();

  beforeAll(async () => {
    t = await createTestApp(kind);
    malangAdmin = await loginAs(t, { role: 'region_admin', regionCode: malang });
    pasuruanAdmin = await loginAs(t, { role: 'region_admin', regionCode: pasuruan });
    systemAdmin = await loginAs(t, { role: 'system_admin' });
    await create(
      malangAdmin,
      'closed',
      agreement([malang, pasuruan], { title: 'Kesepakatan Kerjasama Pengelolaan Sampah Regional' }),
    );
    await create(
      malangAdmin,
      'affixed',
      agreement([malang, jambi], {
        title: 'Kesepakatan Bersama Digitalisasi Pajak Daerah',
        purpose: 'Kedua pemerintah daerah bekerjasama meningkatkan pendapatan asli daerah',
        objectScope: 'Kerjasamanya meliputi aplikasi pajak dan pelatihan',
        published: true,
      }),
    );
    await create(
      pasuruanAdmin,
      'spaced',
      agreement([pasuruan, jambi], { title: 'Kesepakatan Bersama tentang kerja sama Perikanan' }),
    );
    await create(
      malangAdmin,
      'expired',
      agreement([malang, pasuruan], {
        title: 'Kesepakatan Bersama Pariwisata Bromo',
        validFrom: '2019-01-01',
        validUntil: '2023-12-31',
      }),
    );
    // Seed 000 as an officer would enter it: signatories, both numbers, the venue.
    await create(malangAdmin, 'signed', {
      ...seed000Ksb,
      parties: [
        { kind: 'region', regionCode: bekasi, documentNumber: '130/01/KSB/2024' },
        { kind: 'region', regionCode: malang, documentNumber: '180/07/35.73.112/2024' },
      ],
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('finds every spelling of kerja sama, affixed ones included, whichever way the query writes it', async () => {
    for (const q of ['kerja sama', 'kerjasama', 'Kerja-Sama', 'bekerja sama', 'kerjasamanya']) {
      const found = await search(systemAdmin, `q=${encodeURIComponent(q)}`);
      expect(found, q).toEqual(expect.arrayContaining(idsOf('closed', 'affixed', 'spaced')));
      expect(found, q).not.toContain(ids.expired);
    }
    expect(await search(systemAdmin, `q=${encodeURIComponent('bekerjasama pajak')}`)).toEqual(
      idsOf('affixed'),
    );
    // Typo tolerance goes through the vocabulary of indexed words.
    expect(await search(systemAdmin, `q=${encodeURIComponent('pengelolan sampah')}`)).toEqual(
      idsOf('closed'),
    );
  });

  it("reads partner as a party together with the reader's own region, and party as any party", async () => {
    // Pasuruan sees its own two agreements with Malang, its one with Jambi, and Malang's published one.
    expect(await search(pasuruanAdmin, `party=${jambi}`)).toEqual(idsOf('affixed', 'spaced'));
    expect(await search(pasuruanAdmin, `partner=${jambi}`)).toEqual(idsOf('spaced'));
    expect(await search(pasuruanAdmin, `partner=${malang}`)).toEqual(idsOf('closed', 'expired'));
    expect(await search(malangAdmin, `partner=${jambi}`)).toEqual(idsOf('affixed'));
    // Without a party region of one's own, partner is just a party.
    expect(await search(systemAdmin, `partner=${jambi}`)).toEqual(idsOf('affixed', 'spaced'));
    expect(await search(null, `partner=${jambi}`)).toEqual(idsOf('affixed'));
  });

  it('filters agreements shown as expired, and the others', async () => {
    const response = await send(t, malangAdmin, 'GET', '/api/agreements?expired=true');
    expect(response.status).toBe(200);
    expect((response.body as Page).items).toEqual([
      expect.objectContaining({ id: ids.expired, effectiveStatus: 'kedaluwarsa' }),
    ]);
    expect(await search(malangAdmin, 'expired=false')).toEqual(idsOf('closed', 'affixed', 'signed'));
    expect(await search(pasuruanAdmin, `expired=false&partner=${malang}`)).toEqual(idsOf('closed'));
    const bad = await send(t, malangAdmin, 'GET', '/api/agreements?expired=maybe');
    expect(bad.status).toBe(400);
    expect((bad.body as ErrorBody).error.field).toBe('expired');
  });

  it('finds signatories by name, with a spelling variant ("Gani Muhammad" for Gani Muhamad)', async () => {
    for (const q of ['Wahyu Hidayat', 'Gani Muhamad', 'Gani Muhammad', 'wahyu']) {
      expect(await search(systemAdmin, `q=${encodeURIComponent(q)}`), q).toEqual(idsOf('signed'));
    }
  });

  it("finds either party's document number, whole or by its parts", async () => {
    for (const q of ['130/01/KSB/2024', '180/07/35.73.112/2024', '35.73.112']) {
      expect(await search(systemAdmin, `q=${encodeURIComponent(q)}`), q).toEqual(idsOf('signed'));
    }
    expect(await search(systemAdmin, `q=${encodeURIComponent('180/99/2024')}`)).toEqual([]);
  });

  it('finds the venue of the signing', async () => {
    for (const q of ['Aula Balai Kota Malang', 'aula balai']) {
      expect(await search(systemAdmin, `q=${encodeURIComponent(q)}`), q).toEqual(idsOf('signed'));
    }
  });

  it('reads "Pemkot Malang" and "Kab. Pasuruan" as parties, not words', async () => {
    expect(await search(systemAdmin, `q=${encodeURIComponent('Pemkot Malang')}`)).toEqual(
      idsOf('closed', 'affixed', 'expired', 'signed'),
    );
    expect(await search(systemAdmin, `q=${encodeURIComponent('Kab. Pasuruan')}`)).toEqual(
      idsOf('closed', 'spaced', 'expired'),
    );
    expect(await search(systemAdmin, `q=${encodeURIComponent('Kab. Pasuruan perikanan')}`)).toEqual(
      idsOf('spaced'),
    );
    expect(await search(systemAdmin, `q=${encodeURIComponent('Pemkab Malang')}`)).toEqual([]);
  });

  it('tolerates typos: "kerjsama bekasi", "jmabi"', async () => {
    expect(await search(systemAdmin, `q=${encodeURIComponent('kerjsama bekasi')}`)).toEqual(idsOf('signed'));
    expect(await search(systemAdmin, `q=${encodeURIComponent('jmabi')}`)).toEqual(idsOf('affixed', 'spaced'));
  });

  it('migration 0008 adds the signatories, numbers and venue of agreements recorded before', async () => {
    const id = ids.signed!;
    // As an agreement saved before 0008 was indexed: title and parties only.
    await t.database.db.execute(
      sql`update agreements set search_vector = to_tsvector('indonesian', lower(title)) where id = ${id}`,
    );
    await t.database.db.execute(sql`delete from search_words where word in ('wahyu', 'hidayat', 'aula')`);
    expect(await search(systemAdmin, `q=${encodeURIComponent('Wahyu Hidayat')}`)).toEqual([]);
    const migration = fs.readFileSync(
      path.resolve(import.meta.dirname, '../../src/server/db/migrations/0008_search_people.sql'),
      'utf8',
    );
    for (const statement of migration.split('--> statement-breakpoint'))
      await t.database.db.execute(sql.raw(statement));
    for (const q of ['Wahyu Hidayat', '130/01/KSB/2024', 'aula', 'Gani Muhammad']) {
      expect(await search(systemAdmin, `q=${encodeURIComponent(q)}`), q).toEqual(idsOf('signed'));
    }
  });
});
