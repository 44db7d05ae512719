/**
 * The national data set, through the full app (middleware, session, validation, SQL): 50,000
 * synthetic agreements across the 552 regions (bench/generate-national.ts) and the records around
 * them (20,000 visits, 10,000 meetings, 200,000 actions, 5,000 programs; bench/generate-records.ts,
 * measured by bench/records-at-scale.ts: lists, the agreement page, the dashboard and oversight).
 *
 * - list with two filters, p95: <= 150 ms on PGlite, <= 50 ms on PostgreSQL
 * - full-text search (with typo tolerance), p95: <= 50 ms on PostgreSQL (reported on PGlite)
 * - create with two parties and one document (POST agreement + POST PDF), p95: <= 100 ms
 *
 * PGlite always; PostgreSQL too when BENCH_DATABASE_URL is set (a throwaway database is created and
 * dropped). BENCH_AGREEMENTS overrides the number of agreements; BENCH_RECORDS=0 leaves the records
 * around them out (and their figures).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays } from '../src/domain/agreements';
import { openPglite, openPostgres, type Database } from '../src/server/db/client';
import { runMigrations } from '../src/server/db/migrate';
import { loadReferenceData } from '../src/server/db/reference';
import { benchApp } from './app-harness';
import { generateNational, generateRecords } from './generate-national';
import { benchRecords } from './records-at-scale';
import { percentile, round } from './stats';
import { expectOk, measure, type Timed } from './timing';
import { throwawayDatabase } from './throwaway-database';
import type { BenchModule, BenchResult } from './types';

const agreementCount = Number(process.env.BENCH_AGREEMENTS ?? 50_000);
const withRecords = process.env.BENCH_RECORDS !== '0';
const pdf = fs.readFileSync(new URL('../test/fixtures/files/ksb-signed.pdf', import.meta.url));

const listQueries = [
  'sector=lingkungan_hidup&year=2022',
  'kind=ksdd&stage=pelaksanaan',
  'party=35.73&documentType=kesepakatan_bersama',
  'acting=true&sector=pariwisata',
  'year=2020&stage=berakhir',
  'party=32.75&kind=ksdd',
  'expiringWithinDays=365&documentType=perjanjian_kerja_sama',
  'sector=kesehatan&acting=false',
];
const searchQueries = [
  'sampah',
  'kerjasama pariwisata',
  'kerja sama air minum',
  'pengelolan sampah',
  'bencana kedaruratan',
  'investasi bersama',
  'Kota Malang',
  'digitalisasi pendapatan',
  'kesehatan rujukan',
  'umkm ekonomi kreatif',
  'Kabupaten Bekasi pendidikan',
  'cagar budaya',
];

async function benchDatabase(kind: 'pglite' | 'postgresql', database: Database, dataDir: string) {
  await runMigrations(database);
  await loadReferenceData(database);
  const generated = await generateNational(database, { count: agreementCount });
  if (!generated.skipped)
    process.stdout.write(`  (${kind}: agreements loaded in ${round(generated.ms / 1000)} s)\n`);
  const records = withRecords ? await generateRecords(database) : undefined;
  if (records && !records.skipped)
    process.stdout.write(`  (${kind}: records loaded in ${round(records.ms / 1000)} s)\n`);

  const { request, session } = benchApp(database, dataDir);
  const oversight = await session({ role: 'oversight', oversightScope: 'national' });
  const admin = await session({ role: 'region_admin', regionCode: '35.73' });

  const list = await measure(300, 30, async (index) => {
    const query = listQueries[index % listQueries.length]!;
    await expectOk(await request(`/api/agreements?${query}&pageSize=20`, { headers: oversight }));
  });
  const search = await measure(300, 30, async (index) => {
    const q = encodeURIComponent(searchQueries[index % searchQueries.length]!);
    await expectOk(await request(`/api/agreements?q=${q}&pageSize=20`, { headers: oversight }));
  });
  const words = [
    'irigasi',
    'jalan',
    'pasar',
    'terminal',
    'rumah sakit',
    'sekolah',
    'taman',
    'museum',
    'bendungan',
  ];
  const create = await measure(100, 10, async (index) => {
    // Signing dates five weeks apart: each record is new, not a suspected duplicate of the last.
    const signingDate = addDays('2010-01-04', index * 35);
    const response = await request('/api/agreements', {
      method: 'POST',
      headers: { ...admin, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: `Kesepakatan Bersama ${words[index % words.length]} nomor ${index} ${randomBytes(3).toString('hex')}`,
        kind: 'ksdd',
        ksddNature: 'sukarela',
        documentType: 'kesepakatan_bersama',
        parties: [
          { kind: 'region', regionCode: '35.73', documentNumber: `180/${index}/35.73/2025` },
          { kind: 'region', regionCode: '35.14', documentNumber: `180/${index}/35.14/2025` },
        ],
        signatories: [
          { partyKey: '35.73', name: 'Wahyu Hidayat', office: 'wali_kota' },
          { partyKey: '35.14', name: 'Mohammad Rusdi', office: 'bupati' },
        ],
        signingDate,
        validFrom: signingDate,
        validUntil: addDays(signingDate, 3 * 365),
        sectors: ['pekerjaan_umum_penataan_ruang'],
        purpose: 'Pembangunan bersama',
        objectScope: 'Perencanaan dan pelaksanaan',
      }),
    });
    const { id } = JSON.parse(await expectOk(response, 201)) as { id: string };
    const form = new FormData();
    form.set('file', new File([new Uint8Array(pdf)], 'ksb.pdf'));
    form.set('kind', 'signed');
    form.set('title', 'Naskah KSB');
    await expectOk(
      await request(`/api/agreements/${id}/documents`, { method: 'POST', headers: admin, body: form }),
      201,
    );
  });

  const label = kind === 'pglite' ? 'PGlite' : 'PostgreSQL';
  const note = (timed: Timed, extra = '') =>
    `${timed.samples.length} requests, ${agreementCount.toLocaleString('en')} agreements; p50 ${round(percentile(timed.samples, 50))} ms${extra}`;
  const listP95 = percentile(list.samples, 95);
  const searchP95 = percentile(search.samples, 95);
  const createP95 = percentile(create.samples, 95);
  const results: BenchResult[] = [
    {
      name: `list with two filters (${label})`,
      value: round(listP95),
      unit: 'ms p95',
      target: kind === 'pglite' ? '<= 150 ms p95' : '<= 50 ms p95',
      pass: listP95 <= (kind === 'pglite' ? 150 : 50),
      note: note(list, generated.skipped ? '' : `; data set loaded in ${round(generated.ms / 1000)} s`),
    },
    {
      name: `full-text search, typo tolerant (${label})`,
      value: round(searchP95),
      unit: 'ms p95',
      ...(kind === 'postgresql' ? { target: '<= 50 ms p95', pass: searchP95 <= 50 } : {}),
      note: note(search),
    },
    {
      name: `create with two parties and one PDF (${label})`,
      value: round(createP95),
      unit: 'ms p95',
      target: '<= 100 ms p95',
      pass: createP95 <= 100,
      note: note(create, '; POST agreement + POST document'),
    },
  ];
  if (records) {
    const { visits, meetings, actions, programs } = records.counts;
    const dataSet = `${agreementCount.toLocaleString('en')} agreements, ${visits.toLocaleString('en')} visits, ${meetings.toLocaleString('en')} meetings, ${actions.toLocaleString('en')} actions, ${programs.toLocaleString('en')} programs`;
    const rows = await benchRecords({
      kind,
      database,
      request,
      session: (user) => session(user),
      dataSet,
    });
    if (!records.skipped && rows[0]) rows[0].note += `; records loaded in ${round(records.ms / 1000)} s`;
    results.push(...rows);
  }
  return results;
}

async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-bench-agreements-'));
  try {
    const database = await openPglite(dataDir, 'bench');
    try {
      results.push(...(await benchDatabase('pglite', database, dataDir)));
    } finally {
      await database.close();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  const throwaway = await throwawayDatabase();
  if (throwaway) {
    const pgDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-bench-agreements-pg-'));
    try {
      const database = await openPostgres(throwaway.url);
      try {
        results.push(...(await benchDatabase('postgresql', database, pgDataDir)));
      } finally {
        await database.close();
      }
    } finally {
      fs.rmSync(pgDataDir, { recursive: true, force: true });
      await throwaway.drop();
    }
  }
  return results;
}

export default { title: 'National data set', run } satisfies BenchModule;
