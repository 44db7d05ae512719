import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { loginAs, send, type TestUser } from './support/factories.js';

type ErrorBody = { error: { code: string; field?: string } };
const seedsDir = path.resolve(import.meta.dirname, '../fixtures/seeds');
const seed000 = fs.readFileSync(path.join(seedsDir, '000_1213b2b0bcdd98c8.txt'), 'utf8');

/** The reviewed draft of seed 000 as the review screen sends it. */
function seed000Agreement(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Kesepakatan Bersama Pemerintah Kota Bekasi dan Pemerintah Kota Malang',
    kind: 'ksdd',
    ksddNature: 'sukarela',
    documentType: 'kesepakatan_bersama',
    parties: [
      { kind: 'region', regionCode: '32.75' },
      { kind: 'region', regionCode: '35.73' },
    ],
    signatories: [
      { partyKey: '32.75', name: 'Gani Muhamad', office: 'wali_kota', actingKind: 'pj' },
      { partyKey: '35.73', name: 'Wahyu Hidayat', office: 'wali_kota', actingKind: 'pj' },
    ],
    signingDate: '2024-08-07',
    signingPlace: 'Aula Balai Kota Malang',
    sectors: [
      'pangan',
      'kesehatan',
      'perdagangan',
      'penelitian_pengembangan_inovasi',
      'pariwisata',
      'pertanian',
    ],
    ...overrides,
  };
}

async function countSources(t: TestApp): Promise<number> {
  const result = (await t.database.db.execute(sql`select count(*)::int as n from sources`)) as unknown as {
    rows: Array<{ n: number }>;
  };
  return Number(result.rows[0]?.n ?? 0);
}

describe.each(databaseKinds)('saving a reviewed draft on %s', (kind) => {
  let t: TestApp;
  let bekasi: TestUser;
  let malang: TestUser;
  let jambi: TestUser;

  beforeAll(async () => {
    t = await createTestApp(kind);
    bekasi = await loginAs(t, { role: 'region_admin', regionCode: '32.75' });
    malang = await loginAs(t, { role: 'region_admin', regionCode: '35.73' });
    jambi = await loginAs(t, { role: 'region_admin', regionCode: '15.71' });
  });
  afterAll(async () => {
    await t?.close();
  });

  let agreementId = '';

  it('creates an agreement from an article and keeps the article as its provenance', async () => {
    const draft = await send(t, bekasi, 'POST', '/api/extract', { text: seed000 });
    expect(draft.status).toBe(200);
    const saved = await send(t, bekasi, 'POST', '/api/ingest', {
      source: {
        text: seed000,
        url: 'https://prolite.example/berita/bekasi-malang',
        extraction: (draft.body as { result: unknown }).result,
      },
      target: { kind: 'new_agreement', agreement: seed000Agreement() },
    });
    expect(saved.status).toBe(201);
    const body = saved.body as { sourceId: string; record: { type: string; id: string; created: boolean } };
    expect(body.record).toMatchObject({ type: 'agreement', created: true });
    agreementId = body.record.id;
    const detail = await send(t, malang, 'GET', `/api/agreements/${agreementId}`);
    expect(detail.status).toBe(200);
    const sources = await send(t, malang, 'GET', `/api/agreements/${agreementId}/sources`);
    const items = (sources.body as { items: Array<{ url: string; text: string }> }).items;
    expect(items).toHaveLength(1);
    expect(items[0]?.url).toBe('https://prolite.example/berita/bekasi-malang');
    expect(items[0]?.text).toContain('Gani Muhamad');
    const audit = await send(
      t,
      bekasi,
      'GET',
      `/api/audit?entityType=agreement&entityId=${agreementId}&action=ingest`,
    );
    expect((audit.body as { items: Array<{ action: string }> }).items.map((i) => i.action)).toEqual([
      'ingest.create',
    ]);
  });

  it('suggests the existing agreement for another article about the same signing', async () => {
    const matches = await send(t, malang, 'GET', '/api/ingest/matches?parties=35.73,32.75&date=2024-08-08');
    expect(matches.status).toBe(200);
    expect((matches.body as { items: Array<{ id: string }> }).items.map((i) => i.id)).toContain(agreementId);
    const far = await send(t, malang, 'GET', '/api/ingest/matches?parties=35.73,32.75&date=2025-08-08');
    expect((far.body as { items: unknown[] }).items).toEqual([]);
    const bad = await send(t, malang, 'GET', '/api/ingest/matches?parties=bekasi');
    expect(bad.status).toBe(400);
    expect((bad.body as ErrorBody).error.field).toBe('parties');
  });

  it('attaches a second article to the existing agreement', async () => {
    const attached = await send(t, malang, 'POST', '/api/ingest', {
      source: { text: 'Pemkot Malang dan Pemkot Bekasi teken kesepakatan bersama.', url: null },
      target: { kind: 'existing_agreement', agreementId },
    });
    expect(attached.status).toBe(201);
    expect((attached.body as { record: { id: string; created: boolean } }).record).toEqual({
      type: 'agreement',
      id: agreementId,
      created: false,
    });
    const sources = await send(t, bekasi, 'GET', `/api/agreements/${agreementId}/sources`);
    expect((sources.body as { items: unknown[] }).items).toHaveLength(2);
  });

  it('refuses another region: it cannot attach to, or see the sources of, an agreement it is not party to', async () => {
    const attach = await send(t, jambi, 'POST', '/api/ingest', {
      source: { text: 'teks' },
      target: { kind: 'existing_agreement', agreementId },
    });
    expect(attach.status).toBe(404);
    expect((await send(t, jambi, 'GET', `/api/agreements/${agreementId}/sources`)).status).toBe(404);
    const officer = await loginAs(t, { role: 'opd_officer', regionCode: '32.75' });
    const save = await send(t, officer, 'POST', '/api/ingest', {
      source: { text: seed000 },
      target: { kind: 'new_agreement', agreement: seed000Agreement({ title: 'Lain' }) },
    });
    expect(save.status).toBe(403);
  });

  it('saves nothing when the draft breaks a rule or the input is bad', async () => {
    const before = await countSources(t);
    const wrongDates = await send(t, bekasi, 'POST', '/api/ingest', {
      source: { text: seed000 },
      target: {
        kind: 'new_agreement',
        force: true,
        agreement: seed000Agreement({
          title: 'KSB tanggal salah',
          validFrom: '2024-08-07',
          validUntil: '2024-01-01',
        }),
      },
    });
    expect(wrongDates.status).toBe(422);
    const emptyText = await send(t, bekasi, 'POST', '/api/ingest', {
      source: { text: '   ' },
      target: { kind: 'existing_agreement', agreementId },
    });
    expect(emptyText.status).toBe(400);
    expect((emptyText.body as ErrorBody).error.field).toBe('body.source.text');
    const unknownTarget = await send(t, bekasi, 'POST', '/api/ingest', {
      source: { text: 'x' },
      target: { kind: 'visit', id: agreementId },
    });
    expect(unknownTarget.status).toBe(400);
    const duplicate = await send(t, malang, 'POST', '/api/ingest', {
      source: { text: seed000 },
      target: {
        kind: 'new_agreement',
        agreement: seed000Agreement({ title: 'Kesepakatan Bersama Kota Malang dan Kota Bekasi' }),
      },
    });
    expect(duplicate.status).toBe(409);
    expect((duplicate.body as ErrorBody).error.code).toBe('DUPLICATE_SUSPECTED');
    expect(await countSources(t)).toBe(before);
  });

  it('saves an article as a meeting with its programs, or nothing at all when one part is refused', async () => {
    const count = async (table: 'meetings' | 'programs' | 'visits') =>
      Number(
        (
          (await t.database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as {
            rows: Array<{ n: number }>;
          }
        ).rows[0]?.n ?? 0,
      );
    const meeting = {
      title: 'Audiensi Wali Kota Bekasi dengan Wakil Gubernur DKI Jakarta',
      kind: 'audiensi',
      hostRegionCode: '31',
      participants: [{ regionCode: '32.75' }],
      date: '2017-12-05',
      decisions: [{ text: 'Membentuk tim kecil' }],
    };
    const flyover = {
      title: 'Fly over Rawapanjang',
      kind: 'bantuan_keuangan',
      funderRegionCode: '31',
      recipientRegionCode: '32.75',
    };
    const before = {
      sources: await countSources(t),
      meetings: await count('meetings'),
      programs: await count('programs'),
    };

    // A budget year out of range is refused at the door, naming the program's field.
    const saveMeeting = (programs: unknown[]) =>
      send(t, bekasi, 'POST', '/api/ingest', {
        source: { text: 'Audiensi Kota Bekasi dan DKI Jakarta' },
        target: { kind: 'new_meeting', meeting, programs },
      });
    const badYear = await saveMeeting([{ ...flyover, budgets: [{ year: 1999, budget: 10 }] }]);
    expect(badYear.status).toBe(400);
    expect((badYear.body as ErrorBody).error.field).toBe('body.target.programs.0.budgets.0.year');
    // A program its own rules refuse (realisation over budget without a note) after the meeting was
    // created: the meeting and the other program are not kept either.
    const refused = await saveMeeting([
      flyover,
      { ...flyover, title: 'Air bersih', budgets: [{ year: 2017, budget: 100, realisation: 120 }] },
    ]);
    expect(refused.status).toBe(422);
    expect((refused.body as ErrorBody).error.code).toBe('RULE_VIOLATION');
    // A visit whose host is its only visitor is refused at the door.
    const selfVisit = await send(t, bekasi, 'POST', '/api/ingest', {
      source: { text: 'Kunjungan' },
      target: {
        kind: 'new_visit',
        visit: {
          title: 'Kunjungan ke diri sendiri',
          hostRegionCode: '32.75',
          visitors: [{ regionCode: '32.75' }],
        },
      },
    });
    expect(selfVisit.status).toBe(400);
    expect({
      sources: await countSources(t),
      meetings: await count('meetings'),
      programs: await count('programs'),
    }).toEqual(before);

    const saved = await send(t, bekasi, 'POST', '/api/ingest', {
      source: { text: 'Audiensi Kota Bekasi dan DKI Jakarta' },
      target: { kind: 'new_meeting', meeting, programs: [flyover] },
    });
    expect(saved.status).toBe(201);
    const body = saved.body as {
      record: { type: string; id: string; created: boolean };
      programs: unknown[];
    };
    expect(body.record).toMatchObject({ type: 'meeting', created: true });
    expect(body.programs).toHaveLength(1);

    // Attaching to it: its party may, another region neither sees nor attaches (404).
    const attached = await send(t, bekasi, 'POST', '/api/ingest', {
      source: { text: 'Berita kedua tentang audiensi itu' },
      target: { kind: 'existing_record', recordType: 'meeting', recordId: body.record.id },
    });
    expect(attached.status).toBe(201);
    expect((attached.body as typeof body).record.created).toBe(false);
    const stranger = await send(t, jambi, 'POST', '/api/ingest', {
      source: { text: 'Berita ketiga' },
      target: { kind: 'existing_record', recordType: 'meeting', recordId: body.record.id },
    });
    expect(stranger.status).toBe(404);
    expect((stranger.body as ErrorBody).error.code).toBe('MEETING_NOT_FOUND');
  });
});
