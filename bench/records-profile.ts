/**
 * Where the time of the actions list and of the agreement page goes, request by request, on a database
 * loaded once by `npx tsx bench/generate-national.ts` (PostgreSQL only: it times the driver's queries):
 *
 *   DATABASE_URL=postgresql://… npx tsx bench/records-profile.ts [rounds] [name prefix]
 *
 * Each request of the bench (bench/records-at-scale.ts: the actions list's four filter pairs, for the
 * region administrator and national oversight; the agreement page's five requests; the region
 * dashboard) runs alone, one after the other, `rounds` times (20 by default; with a name prefix such
 * as `dashboard`, only the requests whose name starts with it). For each it prints the median time
 * through the app, the number of SQL statements it sent, and the median time spent waiting for them,
 * so that the rest (routing, session, validation, per-row work, serialising) shows as the difference.
 * The agreement page is also sent as the UI sends it, its five requests together (the five's
 * statements and time).
 * Run it beside PostgreSQL's auto_explain (log_analyze, log_buffers) to read the plan of every statement.
 */
import pg from 'pg';
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/db/client';
import { benchApp } from './app-harness';
import { busiestRegion, fullAgreements } from './records-at-scale';
import { percentile, round } from './stats';
import { expectOk } from './timing';
import { loadAverages } from './bench-database';

const rounds = Number(process.argv[2] ?? 20);
const config = loadConfig();
if (!config.DATABASE_URL) throw new Error('records-profile times PostgreSQL queries: set DATABASE_URL');

// Every statement goes through pg.Client#query (the pool's too): count and time them.
let statements = 0;
let queryMs = 0;
const originalQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
(pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (
  this: pg.Client,
  ...args: unknown[]
) {
  const started = performance.now();
  const done = () => (queryMs += performance.now() - started);
  const callback = args.at(-1);
  if (typeof callback === 'function') {
    // pg.Pool#query passes a callback.
    statements += 1;
    args[args.length - 1] = (...results: unknown[]) => {
      done();
      return (callback as (...results: unknown[]) => unknown)(...results);
    };
  }
  const result = originalQuery.apply(this, args);
  if (result && typeof (result as Promise<unknown>).then === 'function') {
    statements += 1;
    void (result as Promise<unknown>).then(done, done);
  }
  return result;
};

const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.dataDir });
try {
  const { request, session } = benchApp(database, config.dataDir);
  const region = await busiestRegion(database);
  const regional = await session({ role: 'region_admin', regionCode: region });
  const national = await session({ role: 'oversight', oversightScope: 'national' });
  const [own] = await fullAgreements(database, 1, region);
  const [other] = await fullAgreements(database, 1);
  process.stdout.write(`load average ${loadAverages()}\n`);

  const cases: Array<[string, string[], Record<string, string>]> = [];
  for (const [who, headers] of [
    ['region admin', regional],
    ['national oversight', national],
  ] as const) {
    for (const query of [
      `region=${region}&status=berjalan`,
      `region=${region}&overdue=true`,
      'status=direncanakan&dueAfter=2026-12-01',
      'dueBefore=2026-12-31&dueAfter=2026-12-01',
    ])
      cases.push([`actions ${query} (${who})`, [`/api/actions?${query}&pageSize=20`], headers]);
  }
  for (const [who, id, headers] of [
    ['region admin', own!, regional],
    ['national oversight', other!, national],
  ] as const) {
    const page: Array<[string, string]> = [
      ['agreement', `/api/agreements/${id}`],
      ['actions summary', `/api/actions/summary?parentType=agreement&parentId=${id}`],
      ['actions', `/api/actions?parentType=agreement&parentId=${id}&pageSize=50`],
      ['programs', `/api/programs?parentType=agreement&parentId=${id}&pageSize=50`],
      ['links', `/api/links?type=agreement&id=${id}`],
    ];
    for (const [part, pathname] of page) cases.push([`page: ${part} (${who})`, [pathname], headers]);
    // As the UI loads it: the five requests together (what the bench's page measure times).
    cases.push([`page: all five together (${who})`, page.map(([, pathname]) => pathname), headers]);
  }

  cases.push(['dashboard (region admin)', ['/api/dashboard'], regional]);
  const only = process.argv[3];
  if (only) cases.splice(0, cases.length, ...cases.filter(([name]) => name.startsWith(only)));

  process.stdout.write('request | ms p50 (app) | statements | ms p50 in SQL | ms p50 Node CPU | bytes\n');
  for (const [name, pathnames, headers] of cases) {
    const total: number[] = [];
    const sql: number[] = [];
    const cpu: number[] = [];
    let count = 0;
    let bytes = 0;
    for (let index = 0; index < rounds + 3; index += 1) {
      statements = 0;
      queryMs = 0;
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      const texts = await Promise.all(
        pathnames.map(async (pathname) => expectOk(await request(pathname, { headers }))),
      );
      const elapsed = performance.now() - started;
      const cpuUsed = process.cpuUsage(cpuBefore);
      if (index < 3) continue;
      total.push(elapsed);
      sql.push(queryMs);
      cpu.push((cpuUsed.user + cpuUsed.system) / 1000);
      count = statements;
      bytes = texts.reduce((sum, text) => sum + text.length, 0);
    }
    process.stdout.write(
      `${name} | ${round(percentile(total, 50))} | ${count} | ${round(percentile(sql, 50))} | ${round(percentile(cpu, 50))} | ${bytes}\n`,
    );
  }
  process.stdout.write(`load average ${loadAverages()}\n`);
} finally {
  await database.close();
}
