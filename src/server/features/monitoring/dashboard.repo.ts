/**
 * The SQL of the officer's home and the oversight view, always inside a read scope from
 * record-access.ts (`scopeCondition`): follow-up actions due, latest visits and meetings, deadlines by
 * month, and agreements in force matching a condition. The oversight view's SQL is oversight.repo.ts.
 */
import { and, asc, desc, eq, gte, isNull, lte, notInArray, sql, type SQL } from 'drizzle-orm';
import { queryRows, readSideBySide, type Db } from '../../db/client.js';
import { agreements, followUpActions, meetings, opds, visits } from '../../db/schema/index.js';
import { scopeCondition, textArray, type ReadScope } from '../../auth/record-access.js';

const closedActionStatuses = ['selesai', 'batal'];

/** The open actions of a scope: not deleted, readable in the scope, neither done nor cancelled. */
function openActionIn(scope: ReadScope): SQL | undefined {
  return and(
    isNull(followUpActions.deletedAt),
    scopeCondition(scope, followUpActions),
    notInArray(followUpActions.status, closedActionStatuses),
  );
}

/**
 * The regions of a scope that reads its own regions' records only (a home's `ownScope`), whose open
 * actions `open_action_regions` (migration 0021) holds in due order; null for other scopes.
 */
function ownRegionsOnly(scope: ReadScope): readonly string[] | null {
  return scope.kind === 'regions' && !scope.includePublished ? scope.regionCodes : null;
}

/**
 * The open actions of `regions` whose due date meets `window` (on `o.due_date`), each once: from the
 * narrow table, without reading the actions themselves.
 */
function openActionsOf(regions: readonly string[], window: SQL): SQL {
  return sql`select distinct o.action_id, o.due_date from open_action_regions o
    where o.region_code = any(${textArray(regions)}) and ${window}`;
}

/** Open actions due between two dates, per responsible OPD. */
export async function actionsDueByOpd(db: Db, scope: ReadScope, from: string, to: string) {
  const regions = ownRegionsOnly(scope);
  const inWindow = regions
    ? // A region's home: the actions of the window found in the narrow table, read by id.
      sql`${followUpActions.id} in (select action_id from (${openActionsOf(
        regions,
        sql`o.due_date >= ${from}::date and o.due_date <= ${to}::date`,
      )}) x)`
    : and(openActionIn(scope), gte(followUpActions.dueDate, from), lte(followUpActions.dueDate, to));
  const rows = await db
    .select({
      opdId: followUpActions.opdId,
      opdName: opds.name,
      regionCode: followUpActions.opdRegionCode,
      count: sql<string>`count(*)`,
    })
    .from(followUpActions)
    .innerJoin(opds, eq(opds.id, followUpActions.opdId))
    .where(inWindow)
    .groupBy(followUpActions.opdId, opds.name, followUpActions.opdRegionCode)
    .orderBy(desc(sql`count(*)`), asc(opds.name));
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}

/** Open actions past their due date within the scope. */
export async function countOverdueActions(db: Db, scope: ReadScope, today: string): Promise<number> {
  const regions = ownRegionsOnly(scope);
  if (regions) {
    const [row] = await queryRows<{ count: string | number }>(
      db,
      sql`select count(*) as count from (${openActionsOf(regions, sql`o.due_date < ${today}::date`)}) x`,
    );
    return Number(row?.count ?? 0);
  }
  const [row] = await db
    .select({ count: sql<string>`count(*)` })
    .from(followUpActions)
    .where(and(openActionIn(scope), sql`${followUpActions.dueDate} < ${today}`));
  return Number(row?.count ?? 0);
}

/** An OPD's task list: its actions, open ones first by due date. */
export async function opdTasks(db: Db, scope: ReadScope, opdId: string, limit = 50) {
  return db
    .select({
      id: followUpActions.id,
      title: followUpActions.title,
      parentType: followUpActions.parentType,
      parentId: followUpActions.parentId,
      dueDate: followUpActions.dueDate,
      status: followUpActions.status,
      progress: followUpActions.progress,
    })
    .from(followUpActions)
    .where(
      and(
        isNull(followUpActions.deletedAt),
        scopeCondition(scope, followUpActions),
        eq(followUpActions.opdId, opdId),
      ),
    )
    .orderBy(
      sql`case when ${followUpActions.status} in ('selesai', 'batal') then 1 else 0 end`,
      sql`${followUpActions.dueDate} asc nulls last`,
      asc(followUpActions.id),
    )
    .limit(limit);
}

export async function latestVisits(db: Db, scope: ReadScope, limit = 5) {
  return db
    .select({ id: visits.id, title: visits.title, kind: visits.kind, date: visits.startDate })
    .from(visits)
    .where(and(isNull(visits.deletedAt), scopeCondition(scope, visits)))
    .orderBy(sql`${visits.startDate} desc nulls last`, asc(visits.id))
    .limit(limit);
}

export async function latestMeetings(db: Db, scope: ReadScope, limit = 5) {
  return db
    .select({ id: meetings.id, title: meetings.title, kind: meetings.kind, date: meetings.date })
    .from(meetings)
    .where(and(isNull(meetings.deletedAt), scopeCondition(scope, meetings)))
    .orderBy(sql`${meetings.date} desc nulls last`, asc(meetings.id))
    .limit(limit);
}

export type AgendaRow = { kind: 'agreement_expires' | 'action_due'; id: string; title: string; date: string };

/** Deadlines between two dates: ends of validity of open agreements and due dates of open actions. */
export async function deadlines(
  db: Db,
  scope: ReadScope,
  from: string,
  to: string,
  limit = 200,
): Promise<AgendaRow[]> {
  const expiringRead = () =>
    db
      .select({ id: agreements.id, title: agreements.title, date: agreements.validUntil })
      .from(agreements)
      .where(
        and(
          isNull(agreements.deletedAt),
          scopeCondition(scope, agreements),
          notInArray(agreements.stage, ['berakhir', 'diperpanjang', 'diakhiri']),
          gte(agreements.validUntil, from),
          lte(agreements.validUntil, to),
        ),
      )
      .orderBy(asc(agreements.validUntil), asc(agreements.id))
      .limit(limit);
  const regions = ownRegionsOnly(scope);
  const dueRead = () =>
    regions
      ? // A region's home: the first actions in due order with their titles, from the narrow table alone.
        queryRows<{ id: string; title: string; date: string | null }>(
          db,
          sql`select distinct o.action_id::text as id, o.title, o.due_date::text as date, o.due_date, o.action_id
            from open_action_regions o
            where o.region_code = any(${textArray(regions)})
              and o.due_date >= ${from}::date and o.due_date <= ${to}::date
            order by o.due_date, o.action_id limit ${limit}`,
        )
      : db
          .select({ id: followUpActions.id, title: followUpActions.title, date: followUpActions.dueDate })
          .from(followUpActions)
          .where(
            and(openActionIn(scope), gte(followUpActions.dueDate, from), lte(followUpActions.dueDate, to)),
          )
          .orderBy(asc(followUpActions.dueDate), asc(followUpActions.id))
          .limit(limit);
  // Side by side on PostgreSQL's pool (PGlite and a transaction run them in turn).
  const [expiring, due] = await readSideBySide(db, [expiringRead, dueRead] as const);
  return [
    ...expiring.map((row) => ({
      kind: 'agreement_expires' as const,
      id: row.id,
      title: row.title,
      date: row.date ?? from,
    })),
    ...due.map((row) => ({
      kind: 'action_due' as const,
      id: row.id,
      title: row.title,
      date: row.date ?? from,
    })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Agreements in force within the scope that match an extra condition (evaluations below the minimum). */
export async function countInForce(db: Db, scope: ReadScope, condition: SQL): Promise<number> {
  const [row] = await db
    .select({ count: sql<string>`count(*)` })
    .from(agreements)
    .where(
      and(
        isNull(agreements.deletedAt),
        scopeCondition(scope, agreements),
        sql`${agreements.stage} in ('pelaksanaan', 'monitoring_evaluasi', 'pelaporan')`,
        condition,
      ),
    );
  return Number(row?.count ?? 0);
}
