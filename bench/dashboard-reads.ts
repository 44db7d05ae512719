/**
 * Where the region dashboard (`GET /api/dashboard`, bench/records-at-scale.ts) spends its time, read by
 * read, on a database loaded once by `npx tsx bench/generate-national.ts` (DATABASE_URL, or DATA_DIR's
 * PGlite; pending migrations are applied first):
 *
 *   DATABASE_URL=postgresql://… npx tsx bench/dashboard-reads.ts [rounds]
 *
 * As the administrator of the region with most actions (the bench's reader), each read of the home
 * runs alone, one after the other, `rounds` times (20 by default, after 3 warm-up rounds), then the
 * whole service (`getDashboard`); prints the median and p95 of each and the load average.
 */
import { sql } from 'drizzle-orm';
import type { Actor } from '../src/server/auth/policy';
import { ownScope } from '../src/server/auth/record-access';
import { countAgreements, countAgreementsByHealth } from '../src/server/features/agreements/list.service';
import { loadRules } from '../src/server/features/agreements/rules.service';
import { evaluationsBelow } from '../src/server/features/evaluations/count';
import {
  actionsDueByOpd,
  countInForce,
  countOverdueActions,
  deadlines,
  latestMeetings,
  latestVisits,
} from '../src/server/features/monitoring/dashboard.repo';
import { getDashboard } from '../src/server/features/monitoring/dashboard.service';
import { busiestRegion } from './records-at-scale';
import { percentile, round } from './stats';
import { loadAverages, openBenchDatabase } from './bench-database';

const rounds = Number(process.argv[2] ?? 20);
const today = process.env.BENCH_TODAY ?? new Date().toISOString().slice(0, 10);
const { database } = await openBenchDatabase();
try {
  const { db } = database;
  const region = await busiestRegion(database);
  const actor: Actor = {
    kind: 'user',
    id: '00000000-0000-0000-0000-000000000001',
    name: 'bench',
    email: '',
    role: 'region_admin',
    regionCode: region,
    opdId: null,
    oversightScope: null,
    via: 'session',
    tokenPermissions: null,
  };
  const scope = ownScope(actor);
  const own = { own: true } as const;
  const month = { first: `${today.slice(0, 7)}-01`, last: `${today.slice(0, 7)}-28` };
  const year = Number(today.slice(0, 4));
  const agendaTo = `${year + 1}-${today.slice(5, 10)}`;
  const reads: Array<[string, () => Promise<unknown>]> = [
    ['agenda (deadlines)', () => deadlines(db, scope, today, agendaTo)],
    ['agreements by health', () => countAgreementsByHealth(db, actor, own, { today })],
    [
      'awaiting my confirmation',
      () => countAgreements(db, actor, { ...own, awaitingMyConfirmation: true }, { today }),
    ],
    ['expiring within 30', () => countAgreements(db, actor, { ...own, expiringWithinDays: 30 }, { today })],
    ['expiring within 90', () => countAgreements(db, actor, { ...own, expiringWithinDays: 90 }, { today })],
    ['KSB without PKS', () => countAgreements(db, actor, { ...own, ksbWithoutPks: true }, { today })],
    ['actions due by OPD', () => actionsDueByOpd(db, scope, month.first, month.last)],
    ['overdue actions', () => countOverdueActions(db, scope, today)],
    ['rules', () => loadRules(db)],
    ['evaluations due', () => countInForce(db, scope, evaluationsBelow(sql`"agreements"."id"`, year, 2))],
    ['latest visits', () => latestVisits(db, scope)],
    ['latest meetings', () => latestMeetings(db, scope)],
    ['whole getDashboard', () => getDashboard(db, actor, { today })],
  ];
  process.stdout.write(
    `${database.kind}, region ${region}, today ${today}, load average ${loadAverages()}\n`,
  );
  process.stdout.write('read | ms p50 | ms p95\n');
  for (const [name, read] of reads) {
    const times: number[] = [];
    for (let index = 0; index < rounds + 3; index += 1) {
      const started = performance.now();
      await read();
      if (index >= 3) times.push(performance.now() - started);
    }
    process.stdout.write(`${name} | ${round(percentile(times, 50))} | ${round(percentile(times, 95))}\n`);
  }
  process.stdout.write(`load average ${loadAverages()}\n`);
} finally {
  await database.close();
}
