/**
 * SQL of meetings (pertemuan) and their decisions. The list filter's tenancy comes from
 * record-access.ts (`scopeCondition`); nothing here decides who sees what.
 */
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { followUpActions, meetingDecisions, meetings } from '../../db/schema/index.js';
import { scopeCondition, textArray, type ReadScope } from '../../auth/record-access.js';

export type MeetingRow = typeof meetings.$inferSelect;
export type MeetingValues = Omit<
  typeof meetings.$inferInsert,
  'id' | 'version' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'deletedBy'
>;
export type DecisionRow = typeof meetingDecisions.$inferSelect;

/** The filters of the list and the CSV export. */
export type MeetingFilters = {
  region?: string | undefined;
  kind?: string | undefined;
  sector?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  year?: number | undefined;
  q?: string | undefined;
};

export async function insertMeeting(db: Db, values: MeetingValues): Promise<MeetingRow> {
  const [row] = await db.insert(meetings).values(values).returning();
  return row!;
}

export async function findMeeting(
  db: Db,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<MeetingRow | undefined> {
  const query = db
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, id), isNull(meetings.deletedAt)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** Saves a new state when the stored version is still `expectedVersion`; undefined when someone saved first. */
export async function updateMeeting(
  db: Db,
  id: string,
  expectedVersion: number,
  values: Partial<MeetingValues>,
): Promise<MeetingRow | undefined> {
  const [row] = await db
    .update(meetings)
    .set({ ...values, version: sql`${meetings.version} + 1`, updatedAt: new Date() })
    .where(and(eq(meetings.id, id), eq(meetings.version, expectedVersion), isNull(meetings.deletedAt)))
    .returning();
  return row;
}

export async function setMeetingDeleted(db: Db, id: string, deletedBy: string): Promise<MeetingRow> {
  const [row] = await db
    .update(meetings)
    .set({
      deletedAt: new Date(),
      deletedBy,
      version: sql`${meetings.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(meetings.id, id))
    .returning();
  return row!;
}

export async function findDecisions(db: Db, meetingId: string): Promise<DecisionRow[]> {
  return db
    .select()
    .from(meetingDecisions)
    .where(eq(meetingDecisions.meetingId, meetingId))
    .orderBy(asc(meetingDecisions.position), asc(meetingDecisions.id));
}

/**
 * Writes the decisions of a meeting as `planned` says: entries with an `id` keep their row (its text
 * and position updated), the others are inserted, and stored decisions not named are deleted (an
 * action made from one keeps existing, its decision_id set to null by the foreign key).
 */
export async function writeDecisions(
  db: Db,
  meetingId: string,
  planned: ReadonlyArray<{ id: string | null; text: string }>,
): Promise<DecisionRow[]> {
  const kept = planned.flatMap((decision) => (decision.id ? [decision.id] : []));
  await db
    .delete(meetingDecisions)
    .where(
      and(
        eq(meetingDecisions.meetingId, meetingId),
        kept.length ? sql`${meetingDecisions.id} <> all(${uuidArray(kept)})` : undefined,
      ),
    );
  for (const [position, decision] of planned.entries()) {
    if (decision.id) {
      await db
        .update(meetingDecisions)
        .set({ position, text: decision.text })
        .where(and(eq(meetingDecisions.id, decision.id), eq(meetingDecisions.meetingId, meetingId)));
    } else {
      await db.insert(meetingDecisions).values({ meetingId, position, text: decision.text });
    }
  }
  return findDecisions(db, meetingId);
}

function uuidArray(values: readonly string[]): SQL {
  return sql`array[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::uuid[]`;
}

/** Live actions made from these decisions that the reader may see (scope of record-access.ts). */
export async function actionsOfDecisions(
  db: Db,
  decisionIds: readonly string[],
  scope: ReadScope,
): Promise<Array<{ id: string; decisionId: string }>> {
  if (decisionIds.length === 0) return [];
  const rows = await db
    .select({ id: followUpActions.id, decisionId: followUpActions.decisionId })
    .from(followUpActions)
    .where(
      and(
        inArray(followUpActions.decisionId, [...decisionIds]),
        isNull(followUpActions.deletedAt),
        scopeCondition(scope, followUpActions),
      ),
    )
    .orderBy(asc(followUpActions.createdAt), asc(followUpActions.id));
  return rows.flatMap((row) => (row.decisionId ? [{ id: row.id, decisionId: row.decisionId }] : []));
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

function filterConditions(filters: MeetingFilters, scope: ReadScope): SQL | undefined {
  const conditions: Array<SQL | undefined> = [isNull(meetings.deletedAt), scopeCondition(scope, meetings)];
  if (filters.region) conditions.push(sql`${meetings.partyRegionCodes} && ${textArray([filters.region])}`);
  if (filters.kind) conditions.push(eq(meetings.kind, filters.kind));
  if (filters.sector) conditions.push(sql`${meetings.sectors} @> ${textArray([filters.sector])}`);
  if (filters.from) conditions.push(sql`${meetings.date} >= ${filters.from}::date`);
  if (filters.to) conditions.push(sql`${meetings.date} <= ${filters.to}::date`);
  if (filters.year !== undefined) {
    conditions.push(sql`${meetings.date} >= ${`${filters.year}-01-01`}::date`);
    conditions.push(sql`${meetings.date} <= ${`${filters.year}-12-31`}::date`);
  }
  const q = filters.q?.trim();
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    conditions.push(
      sql`(${meetings.title} ilike ${pattern} or ${meetings.place} ilike ${pattern}
        or ${meetings.agenda} ilike ${pattern} or ${meetings.summary} ilike ${pattern}
        or exists (select 1 from ${meetingDecisions} where ${meetingDecisions.meetingId} = ${meetings.id}
          and ${meetingDecisions.text} ilike ${pattern}))`,
    );
  }
  return and(...conditions);
}

const listOrder = [sql`${meetings.date} desc nulls last`, desc(meetings.createdAt), asc(meetings.id)];

/** A page of meetings matching the filters, newest first, with the count of all matches. */
export async function listMeetings(
  db: Db,
  filters: MeetingFilters,
  scope: ReadScope,
  page: { limit: number; offset: number },
): Promise<{ rows: MeetingRow[]; total: number }> {
  const where = filterConditions(filters, scope);
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(meetings)
      .where(where)
      .orderBy(...listOrder)
      .limit(page.limit)
      .offset(page.offset),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(meetings)
      .where(where),
  ]);
  return { rows, total: Number(count?.total ?? 0) };
}

/** Every meeting matching the filters (CSV export), with its decisions' texts; at most `limit`. */
export async function exportMeetings(
  db: Db,
  filters: MeetingFilters,
  scope: ReadScope,
  limit: number,
): Promise<Array<MeetingRow & { decisionTexts: string[] }>> {
  // Qualified by hand: in a select list Drizzle writes columns without their table, and "id" inside
  // the subquery would be the decision's.
  const decisionTexts = sql<string[]>`coalesce((select array_agg(d.text order by d.position)
    from meeting_decisions d where d.meeting_id = "meetings"."id"), '{}'::text[])`;
  const rows = await db
    .select({ meeting: meetings, decisionTexts })
    .from(meetings)
    .where(filterConditions(filters, scope))
    .orderBy(...listOrder)
    .limit(limit);
  return rows.map((row) => ({ ...row.meeting, decisionTexts: row.decisionTexts }));
}
