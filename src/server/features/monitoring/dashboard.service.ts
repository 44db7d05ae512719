/**
 * The officer's home (beranda): what needs doing in the reader's region, or jurisdiction for oversight.
 * Agreement numbers are counted by the agreements list itself (`countAgreements` with `own`), so each
 * number equals the filtered list it links to; the rest reads the record tables within `ownScope`.
 */
import type { Actor } from '../../auth/policy.js';
import { ownScope } from '../../auth/record-access.js';
import { readSideBySide, type Db } from '../../db/client.js';
import { addDays, addMonths } from '../../../domain/agreements/dates.js';
import { countAgreementsByHealth, countAgreementsEach } from '../agreements/list.service.js';
import { loadRules, todayIso } from '../agreements/rules.service.js';
import {
  actionsDueByOpd,
  countInForce,
  countOverdueActions,
  deadlines,
  latestMeetings,
  latestVisits,
  opdTasks,
} from './dashboard.repo.js';
import { sql } from 'drizzle-orm';
import { evaluationsBelow } from '../evaluations/count.js';

/** How far ahead the agenda looks. */
const agendaMonths = 6;

function monthBounds(today: string): { first: string; last: string } {
  const first = `${today.slice(0, 7)}-01`;
  return { first, last: addDays(addMonths(first, 1), -1) };
}

/** The region whose party confirmations the reader gives (regional users), else null. */
function partyRegionOf(actor: Actor): string | null {
  if (actor.kind !== 'user' || actor.role === 'system_admin' || actor.role === 'oversight') return null;
  return actor.regionCode;
}

export async function getDashboard(db: Db, actor: Actor, options: { today?: string } = {}) {
  const today = options.today ?? todayIso();
  const scope = ownScope(actor);
  const own = { own: true } as const;
  const month = monthBounds(today);
  const year = Number(today.slice(0, 4));
  const opdId = actor.kind === 'user' && actor.role === 'opd_officer' ? actor.opdId : null;

  // The reads are independent: on PostgreSQL they run side by side on the pool's connections, so the
  // home takes about as long as its slowest read instead of the sum of a dozen (PGlite runs them in
  // turn, and so does a transaction's one connection).
  const awaitsConfirmation = partyRegionOf(actor) !== null;
  const [agenda, byHealth, counts, byOpd, overdue, evaluationsDue, tasks, visits, meetings] =
    await readSideBySide(db, [
      () => deadlines(db, scope, today, addDays(addMonths(today, agendaMonths), -1)),
      () => countAgreementsByHealth(db, actor, own, { today }),
      // The agreement numbers other than health, each with its list's own filters, in one statement.
      () =>
        countAgreementsEach(
          db,
          actor,
          own,
          [
            { expiringWithinDays: 30 },
            { expiringWithinDays: 90 },
            { ksbWithoutPks: true },
            ...(awaitsConfirmation ? [{ awaitingMyConfirmation: true }] : []),
          ],
          { today },
        ),
      () => actionsDueByOpd(db, scope, month.first, month.last),
      () => countOverdueActions(db, scope, today),
      () =>
        loadRules(db).then(async (rules) => ({
          year,
          required: rules.minEvaluationsPerBudgetYear,
          agreements: await countInForce(
            db,
            scope,
            evaluationsBelow(sql`"agreements"."id"`, year, rules.minEvaluationsPerBudgetYear),
          ),
        })),
      () => (opdId ? opdTasks(db, scope, opdId) : Promise.resolve(null)),
      () => latestVisits(db, scope),
      () => latestMeetings(db, scope),
    ] as const);
  const [expiringWithin30 = 0, expiringWithin90 = 0, ksbWithoutPks = 0] = counts;
  const awaitingMyConfirmation = awaitsConfirmation ? (counts[3] ?? 0) : null;
  const byMonth = new Map<string, typeof agenda>();
  for (const item of agenda) {
    const key = item.date.slice(0, 7);
    byMonth.set(key, [...(byMonth.get(key) ?? []), item]);
  }

  return {
    today,
    scope: {
      kind:
        actor.kind !== 'user'
          ? ('public' as const)
          : opdId
            ? ('opd' as const)
            : actor.role === 'oversight'
              ? ('jurisdiction' as const)
              : actor.regionCode
                ? ('region' as const)
                : ('national' as const),
      regionCode: actor.kind === 'user' ? actor.regionCode : null,
      opdId,
    },
    agreements: { byHealth, awaitingMyConfirmation, expiringWithin30, expiringWithin90, ksbWithoutPks },
    actions: { dueThisMonth: { from: month.first, to: month.last, byOpd }, overdue },
    evaluationsDue,
    tasks,
    latestVisits: visits,
    latestMeetings: meetings,
    agenda: [...byMonth.entries()].map(([key, items]) => ({ month: key, items })),
  };
}
