/**
 * SQL of record links: the link rows, and the tenancy and title of the records they join, whatever
 * their type (agreements, visits, meetings, follow-up actions, programs).
 */
import { and, eq, or } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { recordLinks } from '../../db/schema/index.js';
import { findRecords, findRecordsOfTypes, type StoredRecord } from '../../record-lookup.js';
import type { RecordType } from '../../../domain/records/kinds.js';

export type LinkRow = typeof recordLinks.$inferSelect;

/** What the links need of a linked record: its title, a date to show, and its tenancy. */
export type LinkedRecord = StoredRecord;
export { findRecords, findRecordsOfTypes };

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
