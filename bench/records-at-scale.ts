/**
 * The records around the national agreements (bench/generate-records.ts), through the whole app, as
 * part of the national-scale bench (bench/agreements.bench.ts) on the same data set:
 *
 * - a list with two filters of visits, meetings, actions and programs, p95 <= 50 ms on PostgreSQL,
 *   <= 150 ms on PGlite (issue 11)
 * - an agreement page as the UI loads it: the agreement, its actions (summary and list), its programs
 *   and its links (the visits and meetings around it), requested together as the browser does,
 *   p95 <= 60 ms on PostgreSQL (issue 11)
 * - the region dashboard (/beranda, GET /api/dashboard), p95 <= 100 ms on PostgreSQL, <= 250 ms on
 *   PGlite; the national oversight view (GET /api/oversight), p95 <= 300 ms on PostgreSQL (issue 12)
 *
 * Lists alternate between a region administrator of a busy region and a national oversight user.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../src/server/db/client';
import { agreements, followUpActions, programs, recordLinks } from '../src/server/db/schema/index';
import { percentile, round } from './stats';
import { expectOk, measure } from './timing';
import type { BenchResult } from './types';

type Request = (pathname: string, init?: RequestInit) => Promise<Response>;
type Headers = Record<string, string>;

/** The region with the most follow-up actions: the heaviest region dashboard. */
export async function busiestRegion(database: Database): Promise<string> {
  const [row] = await database.db
    .select({ code: sql<string>`code`, count: sql<string>`count(*)` })
    .from(sql`${followUpActions}, unnest(${followUpActions.partyRegionCodes}) as code`)
    .groupBy(sql`code`)
    .orderBy(desc(sql`count(*)`))
    .limit(1);
  return row!.code;
}

/** Agreements with programs, actions and linked visits or meetings: pages with every section filled. */
export async function fullAgreements(database: Database, limit: number, region?: string): Promise<string[]> {
  const rows = await database.db
    .selectDistinct({ id: programs.parentId })
    .from(programs)
    .innerJoin(
      recordLinks,
      and(eq(recordLinks.toType, 'agreement'), eq(recordLinks.toId, sql`${programs.parentId}`)),
    )
    .innerJoin(
      followUpActions,
      and(
        eq(followUpActions.parentType, 'agreement'),
        eq(followUpActions.parentId, sql`${programs.parentId}`),
      ),
    )
    .innerJoin(agreements, eq(agreements.id, sql`${programs.parentId}`))
    .where(
      and(
        eq(programs.parentType, 'agreement'),
        region ? sql`${agreements.partyRegionCodes} && array[${region}]::text[]` : undefined,
      ),
    )
    .limit(limit);
  return rows.map((row) => row.id!);
}

export const recordMeasures = [
  'visits',
  'meetings',
  'actions',
  'programs',
  'page',
  'dashboard',
  'oversight',
] as const;
export type RecordMeasure = (typeof recordMeasures)[number];

export async function benchRecords(options: {
  kind: 'pglite' | 'postgresql';
  database: Database;
  request: Request;
  session: (user: {
    role: 'region_admin' | 'oversight';
    regionCode?: string;
    oversightScope?: 'national';
  }) => Promise<Headers>;
  dataSet: string;
  /** Only these measures (bench/records-driver.ts, while working on one of them); all by default. */
  only?: ReadonlySet<RecordMeasure>;
}): Promise<BenchResult[]> {
  const { kind, database, request, dataSet } = options;
  const wanted = (measure: RecordMeasure) => !options.only || options.only.has(measure);
  const region = await busiestRegion(database);
  const regional = await options.session({ role: 'region_admin', regionCode: region });
  const national = await options.session({ role: 'oversight', oversightScope: 'national' });
  const asUser = (index: number) => (index % 2 === 0 ? regional : national);
  const get = async (pathname: string, headers: Headers) => expectOk(await request(pathname, { headers }));

  const lists: Array<[string, string[]]> = [
    [
      'visits',
      [
        `region=${region}&year=2023`,
        'kind=studi_banding&sector=pariwisata',
        `region=${region}&direction=received`,
        'sector=kesehatan&year=2021',
      ],
    ],
    [
      'meetings',
      [
        `region=${region}&year=2022`,
        'kind=audiensi&sector=lingkungan_hidup',
        `region=${region}&kind=rapat_koordinasi`,
        'year=2024&sector=perhubungan',
      ],
    ],
    [
      'actions',
      [
        `region=${region}&status=berjalan`,
        `region=${region}&overdue=true`,
        'status=direncanakan&dueAfter=2026-12-01',
        'dueBefore=2026-12-31&dueAfter=2026-12-01',
      ],
    ],
    [
      'programs',
      [
        `region=${region}&year=2024`,
        'kind=bantuan_keuangan&status=berjalan',
        'sector=pariwisata&year=2023',
        `region=${region}&role=funder`,
      ],
    ],
  ];
  const label = kind === 'pglite' ? 'PGlite' : 'PostgreSQL';
  const results: BenchResult[] = [];
  const figure = (name: string, samples: number[], target: number | undefined, note: string): BenchResult => {
    const p95 = percentile(samples, 95);
    // Printed as measured too: at national scale a run takes minutes per database.
    process.stdout.write(
      `  (${name} (${label}): p95 ${round(p95)} ms, p50 ${round(percentile(samples, 50))} ms)\n`,
    );
    return {
      name: `${name} (${label})`,
      value: round(p95),
      unit: 'ms p95',
      ...(target === undefined ? {} : { target: `<= ${target} ms p95`, pass: p95 <= target }),
      note: `${samples.length} requests, ${dataSet}; p50 ${round(percentile(samples, 50))} ms${note ? `; ${note}` : ''}`,
    };
  };

  for (const [type, queries] of lists) {
    if (!wanted(type as RecordMeasure)) continue;
    const { samples } = await measure(200, 20, async (index) => {
      await get(`/api/${type}?${queries[index % queries.length]}&pageSize=20`, asUser(index >> 2));
    });
    results.push(
      figure(
        `${type} list with two filters`,
        samples,
        kind === 'pglite' ? 150 : 50,
        `region ${region} admin and national oversight`,
      ),
    );
  }

  if (wanted('page')) await agreementPage();
  if (wanted('dashboard')) await dashboard();
  if (wanted('oversight')) await oversight();
  return results;

  async function agreementPage() {
    // The regional admin opens agreements of its region; national oversight any agreement.
    const ownIds = await fullAgreements(database, 25, region);
    const ids = await fullAgreements(database, 25);
    const { samples: page } = await measure(200, 20, async (index) => {
      const own = index % 2 === 0 && ownIds.length > 0;
      const id = (own ? ownIds : ids)[(index >> 1) % (own ? ownIds : ids).length]!;
      const headers = own ? regional : national;
      await Promise.all([
        get(`/api/agreements/${id}`, headers),
        get(`/api/actions/summary?parentType=agreement&parentId=${id}`, headers),
        get(`/api/actions?parentType=agreement&parentId=${id}&pageSize=50`, headers),
        get(`/api/programs?parentType=agreement&parentId=${id}&pageSize=50`, headers),
        get(`/api/links?type=agreement&id=${id}`, headers),
      ]);
    });
    results.push(
      figure(
        'agreement page with actions, programs, visits and meetings',
        page,
        kind === 'postgresql' ? 60 : undefined,
        `${ownIds.length + ids.length} agreements with every section (${ownIds.length} of ${region} opened by its admin); 5 requests together`,
      ),
    );
  }

  async function dashboard() {
    const { samples } = await measure(100, 10, async () => {
      await get('/api/dashboard', regional);
    });
    results.push(
      figure(
        'region dashboard, GET /api/dashboard',
        samples,
        kind === 'pglite' ? 250 : 100,
        `region admin of ${region}, the region with most actions`,
      ),
    );
  }

  async function oversight() {
    const { samples } = await measure(40, 4, async () => {
      await get('/api/oversight', national);
    });
    results.push(
      figure(
        'national oversight view, GET /api/oversight',
        samples,
        kind === 'postgresql' ? 300 : undefined,
        'national oversight user, 38 provinces',
      ),
    );
  }
}
