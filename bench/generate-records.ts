/**
 * The records around the synthetic national agreements (bench/generate-national.ts): OPDs for every
 * autonomous region, 20,000 visits (with good practices), 10,000 meetings with their decisions,
 * 200,000 follow-up actions owned by OPDs of their parent's parties and 5,000 programs with their
 * budgets per year, plus the links between agreements and the visits and meetings around them.
 *
 * Distributions: activity is uneven across regions (a Zipf-like weight, Java and the big cities
 * busier), visits mostly travel to another province, meetings stay mostly within one; actions follow
 * up 40 % of the agreements (the rest are dormant), and their status follows the due date (most past
 * ones done, some overdue, future ones planned or running). Deterministic for a seed; multi-row
 * inserts in one transaction per batch.
 */
import { isNull, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database, Db } from '../src/server/db/client';
import {
  agreements,
  followUpActions,
  goodPractices,
  meetingDecisions,
  meetings,
  opds,
  programBudgets,
  programs,
  recordLinks,
  visits,
} from '../src/server/db/schema/index';
import { addDays } from '../src/domain/agreements';
import { displayName, regionByCode, regions, type Region } from '../src/domain/regions';
import { sectorKeys, type SectorKey } from '../src/domain/taxonomy/sectors';
import { random, weighted, type Random } from './random';

export type RecordCounts = { visits: number; meetings: number; actions: number; programs: number };

const defaultCounts: RecordCounts = { visits: 20_000, meetings: 10_000, actions: 200_000, programs: 5_000 };

/** The date the data set is "as of": due dates and statuses are drawn around it. */
const asOf = '2026-12-01';

const opdTemplates: ReadonlyArray<[string, string, SectorKey[]]> = [
  ['Badan Perencanaan Pembangunan Daerah', 'Bappeda', ['perencanaan_pembangunan']],
  ['Bagian Kerja Sama Sekretariat Daerah', 'Bag. KS', []],
  ['Dinas Lingkungan Hidup', 'DLH', ['lingkungan_hidup']],
  ['Dinas Kesehatan', 'Dinkes', ['kesehatan']],
  ['Dinas Pendidikan', 'Disdik', ['pendidikan']],
  ['Dinas Pekerjaan Umum dan Penataan Ruang', 'DPUPR', ['pekerjaan_umum_penataan_ruang']],
  ['Dinas Pariwisata dan Kebudayaan', 'Disparbud', ['pariwisata', 'kebudayaan']],
  ['Dinas Perhubungan', 'Dishub', ['perhubungan']],
  ['Dinas Komunikasi dan Informatika', 'Diskominfo', ['komunikasi_informatika']],
  ['Badan Pendapatan Daerah', 'Bapenda', ['keuangan_daerah']],
];

const subjects: ReadonlyArray<[string, SectorKey]> = [
  ['pengelolaan sampah terpadu', 'lingkungan_hidup'],
  ['pengelolaan pajak daerah', 'keuangan_daerah'],
  ['pelayanan kesehatan rujukan', 'kesehatan'],
  ['pertukaran guru dan beasiswa', 'pendidikan'],
  ['jalan penghubung antardaerah', 'pekerjaan_umum_penataan_ruang'],
  ['promosi paket wisata bersama', 'pariwisata'],
  ['angkutan antarkota', 'perhubungan'],
  ['mal pelayanan publik digital', 'komunikasi_informatika'],
  ['pelestarian cagar budaya', 'kebudayaan'],
  ['penanganan banjir daerah aliran sungai', 'lingkungan_hidup'],
];

const visitKindWeights = [
  ['kunjungan_kerja', 40],
  ['studi_banding', 35],
  ['studi_komparasi', 15],
  ['studi_tiru', 10],
] as const satisfies ReadonlyArray<readonly [string, number]>;
const meetingKindWeights = [
  ['rapat_koordinasi', 50],
  ['audiensi', 40],
  ['pertemuan_lain', 10],
] as const;
const programKindWeights = [
  ['kemitraan', 40],
  ['bantuan_keuangan', 35],
  ['hibah', 15],
  ['program_lain', 10],
] as const;
const programStatusWeights = [
  ['berjalan', 40],
  ['selesai', 30],
  ['rencana', 15],
  ['outstanding', 10],
  ['batal', 5],
] as const;

const pick = <T>(rng: Random, items: ReadonlyArray<readonly [T, number]>): T =>
  weighted(
    rng,
    items.map(([item, weight]) => [item, weight]),
  );

/** Regions weighted by activity: a Zipf-like weight over a seeded order, Java and cities busier. */
function activityPicker(rng: Random, autonomous: readonly Region[]) {
  const order = [...autonomous].sort(() => rng.next() - 0.5);
  const weights = order.map((region, rank) => {
    const javaBali = /^(31|32|33|34|35|36|51)/.test(region.code) ? 2.5 : 1;
    const city = region.level === 'kota' ? 1.5 : 1;
    return (javaBali * city) / Math.pow(rank + 1, 0.6);
  });
  const cumulative: number[] = [];
  weights.reduce((sum, weight) => {
    cumulative.push(sum + weight);
    return sum + weight;
  }, 0);
  const total = cumulative[cumulative.length - 1]!;
  return () => {
    const roll = rng.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < roll) low = middle + 1;
      else high = middle;
    }
    return order[low]!;
  };
}

async function insertInBatches<T extends PgTable>(
  db: Db,
  table: T,
  rows: ReadonlyArray<T['$inferInsert']>,
  batchSize: number,
) {
  for (let offset = 0; offset < rows.length; offset += batchSize)
    await db.insert(table).values(rows.slice(offset, offset + batchSize) as T['$inferInsert'][]);
}

type Parent = {
  type: 'agreement' | 'visit' | 'meeting';
  id: string;
  partyRegionCodes: string[];
  ownerRegionCode: string | null;
  date: string;
  sectors: string[];
  decisionIds?: string[];
};

/**
 * Loads the records around the agreements already in the database. Refuses to load twice (returns
 * `skipped`). `counts` scales the data set (tests use a small one).
 */
export async function generateRecords(
  database: Database,
  options: { counts?: Partial<RecordCounts>; seed?: number } = {},
) {
  const counts = { ...defaultCounts, ...options.counts };
  const rng = random(options.seed ?? 20_261_207);
  const started = performance.now();
  const db = database.db;
  const [existing] = await db.select({ count: sql<string>`count(*)` }).from(visits);
  if (Number(existing?.count ?? 0) > 0) return { counts, ms: 0, skipped: true };

  const agreementRows = await db
    .select({
      id: agreements.id,
      partyRegionCodes: agreements.partyRegionCodes,
      ownerRegionCode: agreements.ownerRegionCode,
      signingDate: agreements.signingDate,
      sectors: agreements.sectors,
    })
    .from(agreements)
    .where(isNull(agreements.deletedAt))
    .orderBy(agreements.id);
  const agreementsByRegion = new Map<string, Parent[]>();
  const agreementParents: Parent[] = agreementRows.map((row) => {
    const parent: Parent = {
      type: 'agreement',
      id: row.id,
      partyRegionCodes: row.partyRegionCodes,
      ownerRegionCode: row.ownerRegionCode,
      date: row.signingDate ?? '2020-01-01',
      sectors: row.sectors,
    };
    for (const code of row.partyRegionCodes)
      agreementsByRegion.set(code, [...(agreementsByRegion.get(code) ?? []), parent]);
    return parent;
  });

  const autonomous = regions.filter((region) => region.autonomous);
  const active = activityPicker(rng, autonomous);
  const sameProvince = new Map<string, Region[]>();
  for (const region of autonomous) {
    const province = region.provinceCode ?? region.code;
    sameProvince.set(province, [...(sameProvince.get(province) ?? []), region]);
  }
  const neighbourOf = (region: Region) => {
    const siblings = sameProvince.get(region.provinceCode ?? region.code) ?? autonomous;
    const other = rng.pick(siblings);
    return other.code === region.code ? active() : other;
  };

  // OPDs: ten per autonomous region.
  const opdRows: Array<typeof opds.$inferInsert> = [];
  const opdsByRegion = new Map<string, Array<{ id: string; sectors: readonly string[] }>>();
  for (const region of autonomous)
    for (const [name, abbreviation, sectors] of opdTemplates) {
      const id = crypto.randomUUID();
      opdRows.push({ id, regionCode: region.code, name, abbreviation, sectorKeys: sectors });
      opdsByRegion.set(region.code, [...(opdsByRegion.get(region.code) ?? []), { id, sectors }]);
    }
  await insertInBatches(db, opds, opdRows, 1000);
  const opdFor = (regionCode: string, sectors: readonly string[]) => {
    const candidates = opdsByRegion.get(regionCode)!;
    const matching = candidates.filter((opd) => opd.sectors.some((sector) => sectors.includes(sector)));
    return matching.length > 0 && rng.chance(0.7) ? rng.pick(matching) : rng.pick(candidates);
  };

  const links: Array<typeof recordLinks.$inferInsert> = [];
  const linkToAgreement = (type: 'visit' | 'meeting', id: string, regionCode: string) => {
    const candidates = agreementsByRegion.get(regionCode);
    if (candidates?.length)
      links.push({ fromType: type, fromId: id, toType: 'agreement', toId: rng.pick(candidates).id });
  };
  const person = (region: Region, post: string) => ({
    name: `${rng.pick(['Ahmad', 'Siti', 'Budi', 'Dewi', 'Made', 'Yohanes', 'Rahmat', 'Nur'])} ${rng.pick(['Santoso', 'Lestari', 'Hidayat', 'Wijaya', 'Saputra', 'Pratama'])}`,
    post,
    regionCode: region.code,
    institution: 'pemda',
  });

  // Visits: a host region receives one to three visiting regions, mostly from another province.
  const visitRows: Array<typeof visits.$inferInsert> = [];
  const practiceRows: Array<typeof goodPractices.$inferInsert> = [];
  const visitParents: Parent[] = [];
  for (let index = 0; index < counts.visits; index += 1) {
    const id = crypto.randomUUID();
    const host = active();
    const visitors = [
      ...new Map(
        Array.from({ length: rng.int(1, 3) }, () => (rng.chance(0.35) ? neighbourOf(host) : active())).map(
          (region) => [region.code, region],
        ),
      ).values(),
    ].filter((region) => region.code !== host.code);
    if (visitors.length === 0) visitors.push(autonomous[(autonomous.indexOf(host) + 1) % autonomous.length]!);
    const [subject, sector] = rng.pick(subjects);
    const extra = rng.chance(0.3) ? rng.pick(sectorKeys) : null;
    const sectors = [...new Set([sector, ...(extra ? [extra] : [])])];
    const kind = pick(rng, visitKindWeights);
    const startDate = addDays('2018-01-01', rng.int(0, 9 * 365));
    const partyRegionCodes = [...new Set([host.code, ...visitors.map((region) => region.code)])].sort();
    const dprd = rng.chance(0.3);
    visitRows.push({
      id,
      kind,
      title: `${kind === 'kunjungan_kerja' ? 'Kunjungan kerja' : kind.replace('_', ' ').replace(/^s/, 'S')} ${displayName(visitors[0]!)} ke ${displayName(host)} tentang ${subject}`,
      hostRegionCode: host.code,
      visitors: visitors.map((region, position) => ({
        regionCode: region.code,
        institution: dprd && position === 0 ? 'dprd' : 'pemda',
        organizationId: null,
        opdId: null,
        name: null,
      })),
      delegates: [person(visitors[0]!, 'Sekretaris Daerah'), person(visitors[0]!, 'Kepala Bappeda')],
      hosts: [person(host, rng.pick(['Asisten Pemerintahan', 'Wakil Bupati', 'Wakil Wali Kota']))],
      topics: [{ sector, text: subject }],
      startDate,
      endDate: addDays(startDate, rng.int(0, 3)),
      place: `Kantor ${displayName(host)}`,
      sectors,
      purpose: `Mempelajari ${subject} di ${displayName(host)}`,
      outcomes: rng.chance(0.6) ? `Rencana penerapan ${subject} di daerah pengunjung` : null,
      partyRegionCodes,
      ownerRegionCode: rng.chance(0.7) ? visitors[0]!.code : host.code,
      published: rng.chance(0.4),
      createdAt: new Date(`${startDate}T03:00:00Z`),
      updatedAt: new Date(`${startDate}T03:00:00Z`),
    });
    if (rng.chance(0.3))
      for (let position = 0; position < rng.int(1, 2); position += 1)
        practiceRows.push({ visitId: id, regionCode: host.code, position, topic: subject, sector });
    if (rng.chance(0.3)) linkToAgreement('visit', id, host.code);
    visitParents.push({
      type: 'visit',
      id,
      partyRegionCodes,
      ownerRegionCode: host.code,
      date: startDate,
      sectors,
    });
  }
  await insertInBatches(db, visits, visitRows, 500);
  await insertInBatches(db, goodPractices, practiceRows, 1000);

  // Meetings: mostly within a province, one to four participating regions, one to four decisions.
  const meetingRows: Array<typeof meetings.$inferInsert> = [];
  const decisionRows: Array<typeof meetingDecisions.$inferInsert> = [];
  const meetingParents: Parent[] = [];
  for (let index = 0; index < counts.meetings; index += 1) {
    const id = crypto.randomUUID();
    const host = active();
    const others = Array.from({ length: rng.int(1, 3) }, () =>
      rng.chance(0.7) ? neighbourOf(host) : active(),
    );
    const partyRegionCodes = [...new Set([host.code, ...others.map((region) => region.code)])].sort();
    const [subject, sector] = rng.pick(subjects);
    const kind = pick(rng, meetingKindWeights);
    const date = addDays('2018-01-01', rng.int(0, 9 * 365));
    const decisionIds = Array.from({ length: rng.int(1, 4) }, () => crypto.randomUUID());
    decisionIds.forEach((decisionId, position) =>
      decisionRows.push({
        id: decisionId,
        meetingId: id,
        position,
        text: `${rng.pick(['Menyusun', 'Menyepakati', 'Menyiapkan', 'Mengusulkan'])} ${subject} tahap ${position + 1}`,
      }),
    );
    meetingRows.push({
      id,
      kind,
      title: `${kind === 'audiensi' ? 'Audiensi' : 'Rapat koordinasi'} ${subject} ${displayName(host)}`,
      hostRegionCode: host.code,
      participants: partyRegionCodes.map((code) => ({
        regionCode: code,
        institution: 'pemda',
        organizationId: null,
        opdId: null,
        name: null,
      })),
      persons: [person(host, 'Sekretaris Daerah')],
      date,
      place: `Ruang rapat ${displayName(host)}`,
      agenda: `Pembahasan ${subject}`,
      summary: rng.chance(0.7) ? `Para pihak membahas ${subject}` : null,
      sectors: [sector],
      partyRegionCodes,
      ownerRegionCode: host.code,
      published: rng.chance(0.3),
      createdAt: new Date(`${date}T03:00:00Z`),
      updatedAt: new Date(`${date}T03:00:00Z`),
    });
    if (rng.chance(0.4)) linkToAgreement('meeting', id, host.code);
    meetingParents.push({
      type: 'meeting',
      id,
      partyRegionCodes,
      ownerRegionCode: host.code,
      date,
      sectors: [sector],
      decisionIds,
    });
  }
  await insertInBatches(db, meetings, meetingRows, 500);
  await insertInBatches(db, meetingDecisions, decisionRows, 1000);
  await insertInBatches(
    db,
    recordLinks,
    [...new Map(links.map((link) => [`${link.fromId}:${link.toId}`, link])).values()],
    1000,
  );

  // Follow-up actions: 55 % of agreements (of the 40 % that are followed up), 25 % of meetings (from
  // a decision), 20 % of visits; each owned by an OPD of one of its parent's parties.
  const followedAgreements = agreementParents.filter(() => rng.chance(0.4));
  const actionBatch = 1000;
  let actionRows: Array<typeof followUpActions.$inferInsert> = [];
  for (let index = 0; index < counts.actions; index += 1) {
    const parent =
      rng.chance(0.55) || (meetingParents.length === 0 && visitParents.length === 0)
        ? rng.pick(followedAgreements.length ? followedAgreements : agreementParents)
        : rng.chance(0.55) && meetingParents.length
          ? rng.pick(meetingParents)
          : rng.pick(visitParents.length ? visitParents : meetingParents);
    const regionCode = rng.pick(parent.partyRegionCodes.filter((code) => opdsByRegion.has(code)));
    const opd = opdFor(regionCode, parent.sectors);
    const dueDate = rng.chance(0.08) ? null : addDays(parent.date, rng.int(30, 900));
    const past = dueDate !== null && dueDate < asOf;
    const status = past
      ? weighted(rng, [
          ['selesai', 55],
          ['berjalan', 20],
          ['direncanakan', 15],
          ['batal', 10],
        ] as const satisfies ReadonlyArray<[string, number]>)
      : weighted(rng, [
          ['direncanakan', 50],
          ['berjalan', 45],
          ['selesai', 5],
        ] as const satisfies ReadonlyArray<[string, number]>);
    const [subject] = rng.pick(subjects);
    actionRows.push({
      parentType: parent.type,
      parentId: parent.id,
      decisionId: parent.decisionIds ? rng.pick(parent.decisionIds) : null,
      title: `${rng.pick(['Menyusun', 'Melaksanakan', 'Menganggarkan', 'Melaporkan', 'Menyiapkan'])} ${subject} ${index + 1}`,
      opdId: opd.id,
      opdRegionCode: regionCode,
      dueDate,
      status,
      progress: status === 'selesai' ? 100 : status === 'berjalan' ? rng.int(10, 90) : 0,
      completedAt:
        status === 'selesai' && dueDate ? new Date(`${addDays(dueDate, -rng.int(0, 60))}T03:00:00Z`) : null,
      partyRegionCodes: parent.partyRegionCodes,
      ownerRegionCode: parent.ownerRegionCode,
      published: rng.chance(0.2),
    });
    if (actionRows.length === actionBatch || index === counts.actions - 1) {
      await db.insert(followUpActions).values(actionRows);
      actionRows = [];
    }
  }

  // Programs: 80 % under an agreement, 15 % under a meeting, the rest on their own; one to four
  // budget years from the parent's year, realised in past years.
  const programRows: Array<typeof programs.$inferInsert> = [];
  const budgetRows: Array<typeof programBudgets.$inferInsert> = [];
  for (let index = 0; index < counts.programs; index += 1) {
    const id = crypto.randomUUID();
    const roll = rng.next();
    const parent = roll < 0.8 ? rng.pick(agreementParents) : roll < 0.95 ? rng.pick(meetingParents) : null;
    const kind = pick(rng, programKindWeights);
    const parties = parent?.partyRegionCodes ?? [active().code];
    const recipient = rng.pick(parties);
    const recipientRegion = regionByCode(recipient);
    const funder =
      kind === 'bantuan_keuangan' && recipientRegion?.provinceCode && rng.chance(0.6)
        ? recipientRegion.provinceCode
        : rng.pick(parties);
    const [subject, sector] = rng.pick(subjects);
    const firstYear = Math.max(2018, Number((parent?.date ?? '2022-01-01').slice(0, 4)));
    programRows.push({
      id,
      kind,
      title: `${kind === 'bantuan_keuangan' ? 'Bantuan keuangan' : 'Program'} ${subject} ${displayName(recipientRegion ?? autonomous[0]!)}`,
      parentType: parent?.type ?? null,
      parentId: parent?.id ?? null,
      funderRegionCode: funder,
      recipientRegionCode: recipient,
      location: displayName(recipientRegion ?? autonomous[0]!),
      description: `Pelaksanaan ${subject}`,
      sectors: [sector],
      status: pick(rng, programStatusWeights),
      physicalProgress: rng.int(0, 100),
      partyRegionCodes: [...new Set([...parties, funder])].sort(),
      ownerRegionCode: parent?.ownerRegionCode ?? recipient,
      published: rng.chance(0.3),
    });
    const lastYear = Math.min(2027, firstYear + rng.int(0, 3));
    for (let year = firstYear; year <= lastYear; year += 1) {
      const budget = Math.round(Math.exp(rng.int(1700, 2400) / 100) / 1_000_000) * 1_000_000;
      budgetRows.push({
        programId: id,
        year,
        budget,
        realisation: year < 2026 ? Math.round(budget * (0.6 + rng.next() * 0.4)) : null,
      });
    }
  }
  await insertInBatches(db, programs, programRows, 500);
  await insertInBatches(db, programBudgets, budgetRows, 1000);

  for (const table of [
    opds,
    visits,
    goodPractices,
    meetings,
    meetingDecisions,
    followUpActions,
    programs,
    programBudgets,
    recordLinks,
  ])
    await db.execute(sql`analyze ${table}`);
  return { counts, ms: performance.now() - started, skipped: false };
}
