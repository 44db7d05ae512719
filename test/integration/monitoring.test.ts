/**
 * Health of agreements, the officer's home (/api/dashboard) and the oversight view (/api/oversight)
 * through the API: every number of the home equals the filtered list it links to, and a province's
 * oversight sees only its own kabupaten/kota.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../src/domain/agreements/dates.js';
import { followUpActions } from '../../src/server/db/schema/index.js';
import { todayIso } from '../../src/server/features/agreements/rules.service.js';
import { recomputeAllHealth } from '../../src/server/features/monitoring/recompute.js';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { loginAs, malangPasuruanKsb, send, type TestUser } from './support/factories.js';

const kotaPasuruan = '35.75';
const kabPasuruan = '35.14';

type Reason = { code: string; params: Record<string, unknown> };
type Item = { id: string; title: string; health: string; healthReasons: Reason[] };
type ListBody = { items: Item[]; total: number };
type Dashboard = {
  agreements: {
    byHealth: Record<string, number>;
    awaitingMyConfirmation: number | null;
    expiringWithin30: number;
    expiringWithin90: number;
    ksbWithoutPks: number;
  };
  actions: { overdue: number; dueThisMonth: { byOpd: Array<{ opdId: string; count: number }> } };
  tasks: Array<{ id: string; title: string }> | null;
  agenda: Array<{ month: string; items: Array<{ kind: string; id: string }> }>;
  evaluationsDue: unknown;
};
type Oversight = {
  province: string | null;
  rows: Array<{
    regionCode: string;
    total: number;
    byHealth: Record<string, number>;
    dormantShare: number;
    sectors: Array<{ sector: string; count: number }>;
  }>;
};

function pair(overrides: Record<string, unknown>) {
  return malangPasuruanKsb({
    parties: [
      { kind: 'region', regionCode: kotaPasuruan, documentNumber: `180/${Math.random()}/2025` },
      { kind: 'region', regionCode: kabPasuruan, documentNumber: `180/${Math.random()}/2025` },
    ],
    signatories: [
      { partyKey: kotaPasuruan, name: 'Adi Wibowo', office: 'wali_kota' },
      { partyKey: kabPasuruan, name: 'Mohammad Rusdi', office: 'bupati' },
    ],
    signingPlace: 'Pasuruan',
    ...overrides,
  });
}

describe.each(databaseKinds)('agreement health, home and oversight on %s', (kind) => {
  let t: TestApp;
  let kotaAdmin: TestUser;
  let kabAdmin: TestUser;
  let jatimOversight: TestUser;
  let jabarOversight: TestUser;
  let nationalOversight: TestUser;
  let opdOfficer: TestUser;
  const today = todayIso();
  const ids: Record<string, string> = {};

  async function create(user: TestUser, body: unknown): Promise<Item> {
    const response = await send(t, user, 'POST', '/api/agreements?force=true', body);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body as Item;
  }
  async function list(user: TestUser, query: string): Promise<ListBody> {
    const response = await send(t, user, 'GET', `/api/agreements?${query}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body as ListBody;
  }

  beforeAll(async () => {
    t = await createTestApp(kind);
    kotaAdmin = await loginAs(t, { role: 'region_admin', regionCode: kotaPasuruan });
    kabAdmin = await loginAs(t, { role: 'region_admin', regionCode: kabPasuruan });
    jatimOversight = await loginAs(t, { role: 'oversight', regionCode: '35' });
    jabarOversight = await loginAs(t, { role: 'oversight', regionCode: '32' });
    nationalOversight = await loginAs(t, { role: 'oversight', oversightScope: 'national' });

    const dormant = await create(
      kotaAdmin,
      pair({
        title: 'KSB Pengelolaan Air Minum Lintas Daerah',
        signingDate: addMonths(today, -14),
        validFrom: addMonths(today, -14),
        validUntil: addMonths(today, 36),
        sectors: ['pekerjaan_umum_penataan_ruang'],
      }),
    );
    ids.dormant = dormant.id;
    const ksb = await create(
      kotaAdmin,
      pair({
        title: 'KSB Pengelolaan Sampah Pasuruan Raya',
        signingDate: addMonths(today, -2),
        validFrom: addMonths(today, -2),
        validUntil: addDays(today, 9),
      }),
    );
    ids.ksb = ksb.id;
    const pks = await create(
      kotaAdmin,
      pair({
        title: 'PKS Pengelolaan Sampah Pasuruan Raya',
        documentType: 'perjanjian_kerja_sama',
        parentId: ksb.id,
        signingDate: addMonths(today, -1),
        validFrom: addMonths(today, -1),
        validUntil: addDays(today, 9),
        signatories: [
          { partyKey: kotaPasuruan, name: 'Adi Wibowo', office: 'wali_kota' },
          { partyKey: kabPasuruan, name: 'Mohammad Rusdi', office: 'bupati' },
        ],
      }),
    );
    ids.pks = pks.id;

    const opd = await send(t, kotaAdmin, 'POST', '/api/opds', {
      regionCode: kotaPasuruan,
      name: 'Dinas Lingkungan Hidup',
    });
    expect(opd.status).toBe(201);
    const opdId = (opd.body as { id: string }).id;
    opdOfficer = await loginAs(t, { role: 'opd_officer', regionCode: kotaPasuruan, opdId });
    const monthEnd = addDays(addMonths(`${today.slice(0, 7)}-01`, 1), -1);
    await t.database.db.insert(followUpActions).values([
      {
        parentType: 'agreement',
        parentId: pks.id,
        title: 'Serah terima armada sampah',
        opdId,
        opdRegionCode: kotaPasuruan,
        partyRegionCodes: [kotaPasuruan, kabPasuruan],
        dueDate: addDays(today, -3),
        status: 'berjalan',
      },
      {
        parentType: 'agreement',
        parentId: pks.id,
        title: 'Laporan bulanan TPA',
        opdId,
        opdRegionCode: kotaPasuruan,
        partyRegionCodes: [kotaPasuruan, kabPasuruan],
        dueDate: monthEnd,
        status: 'direncanakan',
      },
    ]);
    // Actions are written by their own feature: the daily full recompute brings the health up to date.
    await recomputeAllHealth(t.database.db);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('explains the health of each agreement with reason codes', async () => {
    const dormant = (await send(t, kotaAdmin, 'GET', `/api/agreements/${ids.dormant}`)).body as Item;
    expect(dormant.health).toBe('dorman');
    // A KSB 14 months without its PKS, and (in force but never evaluated) no evaluation this year.
    const year = Number(todayIso().slice(0, 4));
    expect(dormant.healthReasons).toEqual([
      { code: 'KSB_WITHOUT_PKS', params: { months: 14 } },
      { code: 'NO_EVALUATION_THIS_YEAR', params: { year } },
    ]);
    const ksb = (await send(t, kotaAdmin, 'GET', `/api/agreements/${ids.ksb}`)).body as Item;
    expect(ksb.health).toBe('perlu_perhatian');
    expect(ksb.healthReasons).toEqual([{ code: 'EXPIRES_SOON', params: { days: 9 } }]);
    const pks = (await send(t, kotaAdmin, 'GET', `/api/agreements/${ids.pks}`)).body as Item;
    expect(pks.health).toBe('perlu_perhatian');
    expect(pks.healthReasons).toEqual([
      { code: 'ACTIONS_OVERDUE', params: { count: 1 } },
      { code: 'EXPIRES_SOON', params: { days: 9 } },
    ]);
  });

  it('computes the health when an agreement is written, without waiting for the full recompute', async () => {
    const extra = await create(
      kabAdmin,
      pair({
        title: 'KSB Transportasi Pasuruan',
        signingDate: addMonths(today, -13),
        validFrom: addMonths(today, -13),
      }),
    );
    expect(((await send(t, kabAdmin, 'GET', `/api/agreements/${extra.id}`)).body as Item).health).toBe(
      'dorman',
    );
    // A shared agreement is deleted once its partner consents (decision 009).
    const deleted = await send(t, kabAdmin, 'DELETE', `/api/agreements/${extra.id}`);
    expect(deleted.status).toBe(202);
    const changeId = (deleted.body as { pendingChange: { id: string } }).pendingChange.id;
    const path = `/api/agreements/${extra.id}/pending-changes/${changeId}/confirm`;
    expect((await send(t, kotaAdmin, 'POST', path)).status).toBe(200);
  });

  it('filters and sorts the list and the CSV by health', async () => {
    const dormant = await list(kotaAdmin, 'own=true&health=dorman');
    expect(dormant.items.map((item) => item.id)).toEqual([ids.dormant]);
    const attention = await list(kotaAdmin, 'own=true&health=perlu_perhatian');
    expect(attention.items.map((item) => item.id).sort()).toEqual([ids.ksb, ids.pks].sort());
    const sorted = await list(kotaAdmin, 'own=true&sort=-health');
    expect(sorted.items[0]?.id).toBe(ids.dormant);
    expect((await list(kotaAdmin, 'own=true&sort=health')).items.at(-1)?.id).toBe(ids.dormant);
    const csv = await t.request(`/api/agreements/export.csv?own=true&health=dorman`, {
      headers: kotaAdmin.headers,
    });
    const text = await csv.text();
    expect(text).toContain('kesehatan');
    expect(text).toContain('Dorman');
    expect(text).not.toContain('Pengelolaan Sampah');
    const bad = await send(t, kotaAdmin, 'GET', '/api/agreements?health=sehat');
    expect(bad.status).toBe(400);
  });

  it("shows the officer's home with numbers equal to the lists they link to", async () => {
    const response = await send(t, kotaAdmin, 'GET', '/api/dashboard');
    expect(response.status).toBe(200);
    const home = response.body as Dashboard;
    expect(home.agreements.byHealth).toEqual({ aktif: 0, perlu_perhatian: 2, dorman: 1, berakhir: 0 });
    expect(home.agreements.expiringWithin30).toBe(2);
    expect(home.agreements.ksbWithoutPks).toBe(1);
    expect(home.actions.overdue).toBe(1);
    // The three agreements in force, none evaluated this budget year (two periods required).
    expect(home.evaluationsDue).toEqual({ year: Number(todayIso().slice(0, 4)), required: 2, agreements: 3 });
    expect(home.agenda.flatMap((month) => month.items.map((item) => item.id))).toEqual(
      expect.arrayContaining([ids.ksb, ids.pks]),
    );
    for (const [query, value] of [
      ['own=true&health=perlu_perhatian', home.agreements.byHealth.perlu_perhatian],
      ['own=true&health=dorman', home.agreements.byHealth.dorman],
      ['own=true&expiringWithinDays=30', home.agreements.expiringWithin30],
      ['own=true&expiringWithinDays=90', home.agreements.expiringWithin90],
      ['own=true&ksbWithoutPks=true', home.agreements.ksbWithoutPks],
      ['own=true&awaitingMyConfirmation=true', home.agreements.awaitingMyConfirmation],
    ] as const)
      expect((await list(kotaAdmin, query)).total, query).toBe(value);
    // The partner has not confirmed what Kota Pasuruan entered: three records wait for it.
    const partner = (await send(t, kabAdmin, 'GET', '/api/dashboard')).body as Dashboard;
    expect(partner.agreements.awaitingMyConfirmation).toBe(3);
    expect((await list(kabAdmin, 'own=true&awaitingMyConfirmation=true')).total).toBe(3);
  });

  it("gives an OPD officer their OPD's task list", async () => {
    const home = (await send(t, opdOfficer, 'GET', '/api/dashboard')).body as Dashboard;
    expect(home.tasks?.map((task) => task.title)).toEqual([
      'Serah terima armada sampah',
      'Laporan bulanan TPA',
    ]);
    expect(((await send(t, kotaAdmin, 'GET', '/api/dashboard')).body as Dashboard).tasks).toBeNull();
  });

  it("shows a province's oversight its kabupaten/kota side by side, and nothing of another province", async () => {
    const response = await send(t, jatimOversight, 'GET', '/api/oversight');
    expect(response.status).toBe(200);
    const view = response.body as Oversight;
    expect(view.province).toBe('35');
    expect(view.rows.every((row) => row.regionCode.startsWith('35.'))).toBe(true);
    const kota = view.rows.find((row) => row.regionCode === kotaPasuruan);
    expect(kota?.byHealth).toEqual({ aktif: 0, perlu_perhatian: 2, dorman: 1, berakhir: 0 });
    expect(kota?.dormantShare).toBeCloseTo(1 / 3);
    expect(kota?.sectors).toEqual(
      expect.arrayContaining([
        { sector: 'lingkungan_hidup', count: 2 },
        { sector: 'pekerjaan_umum_penataan_ruang', count: 1 },
      ]),
    );
    expect(view.rows.find((row) => row.regionCode === '35.73')?.total).toBe(0);

    const other = await send(t, jatimOversight, 'GET', '/api/oversight?province=32');
    expect(other.status).toBe(403);
    expect((other.body as { error: { code: string } }).error.code).toBe('FORBIDDEN');
    const jabar = (await send(t, jabarOversight, 'GET', '/api/oversight')).body as Oversight;
    expect(jabar.rows.every((row) => row.regionCode.startsWith('32.') && row.total === 0)).toBe(true);
    expect((await send(t, jabarOversight, 'GET', '/api/oversight?province=35')).status).toBe(403);
    expect((await send(t, kotaAdmin, 'GET', '/api/oversight')).status).toBe(403);
    expect((await send(t, jatimOversight, 'GET', '/api/oversight?province=99')).status).toBe(400);
  });

  it('shows national oversight the provinces, each agreement counted once per province', async () => {
    const view = (await send(t, nationalOversight, 'GET', '/api/oversight')).body as Oversight;
    expect(view.province).toBeNull();
    expect(view.rows).toHaveLength(38);
    expect(view.rows.find((row) => row.regionCode === '35')?.byHealth).toEqual({
      aktif: 0,
      perlu_perhatian: 2,
      dorman: 1,
      berakhir: 0,
    });
    expect((await send(t, nationalOversight, 'GET', '/api/oversight?province=35')).status).toBe(200);
  });
});
