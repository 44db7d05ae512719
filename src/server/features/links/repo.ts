/**
 * SQL of record links: the link rows, and the tenancy and title of the records they join, whatever
 * their type (agreements, visits, meetings, follow-up actions, programs).
 */
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  agreementResponsibleOpds,
  agreements,
  followUpActions,
  meetings,
  programs,
  recordLinks,
  visits,
} from '../../db/schema/index.js';
import type { RecordType } from '../../../domain/records/kinds.js';

export type LinkRow = typeof recordLinks.$inferSelect;

/** What the links need of a linked record: its title, a date to show, and its tenancy. */
export type LinkedRecord = {
  type: RecordType;
  id: string;
  title: string;
  date: string | null;
  partyRegionCodes: string[];
  published: boolean;
  stage: string | null;
  responsibleOpdIds: string[];
};

const tables = {
  visit: { table: visits, date: visits.startDate },
  meeting: { table: meetings, date: meetings.date },
  program: { table: programs, date: sql<string | null>`null` },
} as const;

/** The records of one type among `ids` that are not deleted. */
export async function findRecords(db: Db, type: RecordType, ids: readonly string[]): Promise<LinkedRecord[]> {
  if (ids.length === 0) return [];
  const unique = [...new Set(ids)];
  if (type === 'agreement') {
    const rows = await db
      .select({
        id: agreements.id,
        title: agreements.title,
        date: agreements.signingDate,
        partyRegionCodes: agreements.partyRegionCodes,
        published: agreements.published,
        stage: agreements.stage,
        responsibleOpdIds: sql<
          string[]
        >`array(select ${agreementResponsibleOpds.opdId}::text from ${agreementResponsibleOpds} where ${agreementResponsibleOpds.agreementId} = ${agreements.id})`,
      })
      .from(agreements)
      .where(and(inArray(agreements.id, unique), isNull(agreements.deletedAt)));
    return rows.map((row) => ({ ...row, type }));
  }
  if (type === 'action') {
    const rows = await db
      .select({
        id: followUpActions.id,
        title: followUpActions.title,
        date: followUpActions.dueDate,
        partyRegionCodes: followUpActions.partyRegionCodes,
        published: followUpActions.published,
        opdId: followUpActions.opdId,
      })
      .from(followUpActions)
      .where(and(inArray(followUpActions.id, unique), isNull(followUpActions.deletedAt)));
    return rows.map(({ opdId, ...row }) => ({ ...row, type, stage: null, responsibleOpdIds: [opdId] }));
  }
  const { table, date } = tables[type];
  const rows = await db
    .select({
      id: table.id,
      title: table.title,
      date,
      partyRegionCodes: table.partyRegionCodes,
      published: table.published,
    })
    .from(table)
    .where(and(inArray(table.id, unique), isNull(table.deletedAt)));
  return rows.map((row) => ({ ...row, type, stage: null, responsibleOpdIds: [] }));
}

/** The links touching a record, from either side. */
export async function linksOf(db: Db, type: RecordType, id: string): Promise<LinkRow[]> {
  return db
    .select()
    .from(recordLinks)
    .where(
      or(
        and(eq(recordLinks.fromType, type), eq(recordLinks.fromId, id)),
        and(eq(recordLinks.toType, type), eq(recordLinks.toId, id)),
      ),
    )
    .orderBy(recordLinks.createdAt, recordLinks.id);
}

export async function findLink(db: Db, id: string): Promise<LinkRow | undefined> {
  const [row] = await db.select().from(recordLinks).where(eq(recordLinks.id, id));
  return row;
}

/** The link between two records in either direction, if one exists. */
export async function findLinkBetween(
  db: Db,
  a: { type: RecordType; id: string },
  b: { type: RecordType; id: string },
): Promise<LinkRow | undefined> {
  const [row] = await db
    .select()
    .from(recordLinks)
    .where(
      or(
        and(
          eq(recordLinks.fromType, a.type),
          eq(recordLinks.fromId, a.id),
          eq(recordLinks.toType, b.type),
          eq(recordLinks.toId, b.id),
        ),
        and(
          eq(recordLinks.fromType, b.type),
          eq(recordLinks.fromId, b.id),
          eq(recordLinks.toType, a.type),
          eq(recordLinks.toId, a.id),
        ),
      ),
    );
  return row;
}

export async function insertLink(db: Db, values: typeof recordLinks.$inferInsert): Promise<LinkRow> {
  const [row] = await db.insert(recordLinks).values(values).returning();
  return row!;
}

export async function deleteLinkRow(db: Db, id: string): Promise<void> {
  await db.delete(recordLinks).where(eq(recordLinks.id, id));
}
