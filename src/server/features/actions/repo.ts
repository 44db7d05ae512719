/**
 * SQL of follow-up actions (tindak lanjut): the actions, their comments, and the few facts of a visit
 * or a meeting an action needs from its parent (tenancy and start date). Lists are scoped with the
 * record core's `scopeCondition` (record-access.ts), never with a filter of their own.
 */
import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  ilike,
  isNull,
  notInArray,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { scopeConditionWithin, textArray, type ReadScope } from '../../auth/record-access.js';
import { actionComments, followUpActions, meetingDecisions, opds, users } from '../../db/schema/index.js';

export type ActionRow = typeof followUpActions.$inferSelect;
export type ActionInsert = typeof followUpActions.$inferInsert;
export type ActionWithOpd = ActionRow & { opdName: string | null; opdAbbreviation: string | null };

/** Statuses that end an action: neither counts as overdue. */
export const closedStatuses = ['selesai', 'batal'] as const;

const withOpd = {
  ...getTableColumns(followUpActions),
  opdName: opds.name,
  opdAbbreviation: opds.abbreviation,
};

/** Overdue on `today`: due before it and still open. */
function overdueCondition(today: string): SQL {
  return sql`(${followUpActions.dueDate} < ${today} and ${notInArray(followUpActions.status, [...closedStatuses])})`;
}

export async function insertAction(db: Db, values: ActionInsert): Promise<ActionRow> {
  const [row] = await db.insert(followUpActions).values(values).returning();
  return row!;
}

export async function findAction(
  db: Db,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ActionWithOpd | undefined> {
  const query = db
    .select(withOpd)
    .from(followUpActions)
    .leftJoin(opds, eq(opds.id, followUpActions.opdId))
    .where(and(eq(followUpActions.id, id), isNull(followUpActions.deletedAt)));
  const [row] = options.forUpdate ? await query.for('update', { of: followUpActions }) : await query;
  return row;
}

/** Writes `changes` when the stored version is still `version`; undefined when it moved on. */
export async function updateActionRow(
  db: Db,
  id: string,
  version: number,
  changes: Partial<ActionInsert>,
): Promise<ActionRow | undefined> {
  const [row] = await db
    .update(followUpActions)
    .set({ ...changes, version: sql`${followUpActions.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(followUpActions.id, id),
        eq(followUpActions.version, version),
        isNull(followUpActions.deletedAt),
      ),
    )
    .returning();
  return row;
}

export type ActionFilters = {
  parentType?: string | undefined;
  parentId?: string | undefined;
  opdId?: string | undefined;
  region?: string | undefined;
  status?: string | undefined;
  dueBefore?: string | undefined;
  dueAfter?: string | undefined;
  overdue?: boolean | undefined;
  q?: string | undefined;
};

function filterConditions(scope: ReadScope, filters: ActionFilters, today: string): SQL | undefined {
  const conditions: Array<SQL | undefined> = [
    isNull(followUpActions.deletedAt),
    scopeConditionWithin(scope, followUpActions, filters.region),
    filters.parentType ? eq(followUpActions.parentType, filters.parentType) : undefined,
    filters.parentId ? eq(followUpActions.parentId, filters.parentId) : undefined,
    filters.opdId ? eq(followUpActions.opdId, filters.opdId) : undefined,
    filters.region ? sql`${followUpActions.partyRegionCodes} && ${textArray([filters.region])}` : undefined,
    filters.status ? eq(followUpActions.status, filters.status) : undefined,
    filters.dueBefore ? sql`${followUpActions.dueDate} <= ${filters.dueBefore}` : undefined,
    filters.dueAfter ? sql`${followUpActions.dueDate} >= ${filters.dueAfter}` : undefined,
    filters.overdue === true ? overdueCondition(today) : undefined,
    filters.overdue === false ? sql`not coalesce(${overdueCondition(today)}, false)` : undefined,
    filters.q
      ? or(
          ilike(followUpActions.title, `%${escapeLike(filters.q)}%`),
          ilike(followUpActions.description, `%${escapeLike(filters.q)}%`),
        )
      : undefined,
  ];
  return and(...conditions);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

/** Soonest due first, no due date last; the newest first among the same due date. */
const listOrder = [
  sql`${followUpActions.dueDate} asc nulls last`,
  desc(followUpActions.createdAt),
  asc(followUpActions.id),
];

/** A page of actions, soonest due first (no due date last), without the total (the CSV export). */
export async function listActionRows(
  db: Db,
  scope: ReadScope,
  filters: ActionFilters,
  today: string,
  page: { limit: number; offset: number },
): Promise<ActionWithOpd[]> {
  return db
    .select(withOpd)
    .from(followUpActions)
    .leftJoin(opds, eq(opds.id, followUpActions.opdId))
    .where(filterConditions(scope, filters, today))
    .orderBy(...listOrder)
    .limit(page.limit)
    .offset(page.offset);
}

/** Statuses of the actions `open_action_regions` holds (migration 0021): the open ones. */
const openStatuses = new Set(['direncanakan', 'berjalan']);

/**
 * The condition on `open_action_regions o` (migrations 0021, 0024) that gives exactly the actions a
 * region list keeps, when the narrow table can: the list is of one region whose records the reader's
 * scope already grants in full (`scopeConditionWithin` adds nothing), it keeps open actions only (an
 * open status, or overdue), and its other filters are dates. Undefined otherwise: the list then reads
 * the actions themselves. The narrow table holds one row per open, live action and party region.
 */
function openRegionCondition(scope: ReadScope, filters: ActionFilters, today: string): SQL | undefined {
  const { region, status, overdue, dueBefore, dueAfter } = filters;
  if (!region || scopeConditionWithin(scope, followUpActions, region) !== undefined) return undefined;
  if (filters.parentType || filters.parentId || filters.opdId || filters.q || overdue === false)
    return undefined;
  if (status ? !openStatuses.has(status) : overdue !== true) return undefined;
  return and(
    sql`o.region_code = ${region}`,
    status ? sql`o.status = ${status}` : undefined,
    dueBefore ? sql`o.due_date <= ${dueBefore}` : undefined,
    dueAfter ? sql`o.due_date >= ${dueAfter}` : undefined,
    overdue === true ? sql`o.due_date < ${today}` : undefined,
  );
}

/**
 * A page of actions (as `listActionRows`) with the total, in one statement: one round trip instead of
 * two, which is most of a list's time on a loaded server (each statement waits for the database's turn
 * on the CPU). Three forms, as the plans of the national bench showed (docs/benchmarks.md):
 *
 * - A region's open actions (running, planned, overdue; `openRegionCondition`) come from the narrow
 *   table `open_action_regions`: its index (region, status, due date) gives the page's rows in due
 *   order (the tie-break on creation is sorted within one due date) and counts the total without
 *   reading an action; only the page's rows are read in the wide table.
 * - With another region filter, the matching actions are found only through the GIN index of their
 *   party regions, which gives no order: walking a due-date index instead read 4,000 to 6,300 rows to
 *   find a region's first 20, and the count read the region's rows once more. The matching actions
 *   (id, due date, creation) are read once, in a CTE, and both the page and the total come from it.
 * - Without one, the page walks a due-date index and stops after its rows, and the total is a
 *   subquery planned apart (an InitPlan), which can use another index or an index-only scan. A
 *   `count(*) over ()` beside the page would make the page read every matching row.
 *
 * A page past the end has no row to carry the total: it is counted apart then.
 */
export async function listActionPage(
  db: Db,
  scope: ReadScope,
  filters: ActionFilters,
  today: string,
  page: { limit: number; offset: number },
): Promise<{ rows: ActionWithOpd[]; total: number }> {
  const where = filterConditions(scope, filters, today);
  const open = openRegionCondition(scope, filters, today);
  const count = open
    ? sql<string>`(select count(*) from open_action_regions o where ${open})`
    : sql<string>`(select count(*) from ${followUpActions} where ${where})`;
  let found: Array<ActionWithOpd & { total: unknown }>;
  if (open) {
    found = await db
      .select({ ...withOpd, total: count })
      .from(followUpActions)
      .leftJoin(opds, eq(opds.id, followUpActions.opdId))
      .where(
        sql`${followUpActions.id} in (select o.action_id from open_action_regions o join follow_up_actions a on a.id = o.action_id where ${open} order by o.due_date asc nulls last, a.created_at desc, a.id asc limit ${page.limit} offset ${page.offset})`,
      )
      .orderBy(...listOrder);
  } else if (filters.region) {
    const matching = db.$with('matching').as(
      db
        .select({
          id: followUpActions.id,
          dueDate: followUpActions.dueDate,
          createdAt: followUpActions.createdAt,
        })
        .from(followUpActions)
        .where(where),
    );
    found = await db
      .with(matching)
      .select({ ...withOpd, total: sql<string>`(select count(*) from ${matching})` })
      .from(followUpActions)
      .leftJoin(opds, eq(opds.id, followUpActions.opdId))
      .where(
        sql`${followUpActions.id} in (select ${matching.id} from ${matching} order by ${matching.dueDate} asc nulls last, ${matching.createdAt} desc, ${matching.id} asc limit ${page.limit} offset ${page.offset})`,
      )
      .orderBy(...listOrder);
  } else {
    found = await db
      .select({ ...withOpd, total: count })
      .from(followUpActions)
      .leftJoin(opds, eq(opds.id, followUpActions.opdId))
      .where(where)
      .orderBy(...listOrder)
      .limit(page.limit)
      .offset(page.offset);
  }
  const rows = found.map(({ total: _total, ...row }) => row);
  if (found.length > 0) return { rows, total: Number(found[0]!.total) };
  if (page.offset === 0) return { rows, total: 0 };
  const [counted] = await db.select({ total: count }).from(sql`(select 1) as one`);
  return { rows, total: Number(counted?.total ?? 0) };
}

/** Counts by status, overdue count and the average progress of the non-cancelled actions. */
export async function summarizeActions(db: Db, scope: ReadScope, filters: ActionFilters, today: string) {
  const rows = await db
    .select({
      status: followUpActions.status,
      count: sql<string>`count(*)`,
      overdue: sql<string>`count(*) filter (where ${overdueCondition(today)})`,
      progressSum: sql<string>`coalesce(sum(${followUpActions.progress}), 0)`,
    })
    .from(followUpActions)
    .where(filterConditions(scope, filters, today))
    .groupBy(followUpActions.status);
  return rows.map((row) => ({
    status: row.status,
    count: Number(row.count),
    overdue: Number(row.overdue),
    progressSum: Number(row.progressSum),
  }));
}

export async function insertComment(db: Db, values: typeof actionComments.$inferInsert) {
  const [row] = await db.insert(actionComments).values(values).returning();
  return row!;
}

export async function listComments(db: Db, actionId: string) {
  return db
    .select({ ...getTableColumns(actionComments), authorName: users.name })
    .from(actionComments)
    .leftJoin(users, eq(users.id, actionComments.authorId))
    .where(eq(actionComments.actionId, actionId))
    .orderBy(asc(actionComments.createdAt), asc(actionComments.id));
}

/** The meeting a decision belongs to, or undefined for an unknown decision. */
export async function meetingOfDecision(db: Db, decisionId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ meetingId: meetingDecisions.meetingId })
    .from(meetingDecisions)
    .where(eq(meetingDecisions.id, decisionId));
  return row?.meetingId;
}
