/** SQL of pending changes (decision 009), for every shared record type. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { recordPendingChanges } from '../../db/schema/index.js';

export type PendingChangeRow = typeof recordPendingChanges.$inferSelect;
export type ConsentRecordType = PendingChangeRow['recordType'];
export type PendingChangeKind = PendingChangeRow['kind'];

export async function insertPendingChange(
  db: Db,
  values: typeof recordPendingChanges.$inferInsert,
): Promise<PendingChangeRow> {
  const [row] = await db.insert(recordPendingChanges).values(values).returning();
  return row!;
}

const ofRecord = (recordType: ConsentRecordType, recordId: string) =>
  and(eq(recordPendingChanges.recordType, recordType), eq(recordPendingChanges.recordId, recordId));

/** The pending changes of a record, oldest first. */
export async function findPendingChanges(
  db: Db,
  recordType: ConsentRecordType,
  recordId: string,
): Promise<PendingChangeRow[]> {
  return db
    .select()
    .from(recordPendingChanges)
    .where(and(ofRecord(recordType, recordId), eq(recordPendingChanges.status, 'pending')))
    .orderBy(asc(recordPendingChanges.createdAt), asc(recordPendingChanges.id));
}

/** One change of a record (any status). */
export async function findPendingChange(
  db: Db,
  recordType: ConsentRecordType,
  recordId: string,
  id: string,
): Promise<PendingChangeRow | undefined> {
  const [row] = await db
    .select()
    .from(recordPendingChanges)
    .where(and(ofRecord(recordType, recordId), eq(recordPendingChanges.id, id)));
  return row;
}

export async function updatePendingChange(
  db: Db,
  id: string,
  values: Partial<typeof recordPendingChanges.$inferInsert>,
): Promise<void> {
  await db.update(recordPendingChanges).set(values).where(eq(recordPendingChanges.id, id));
}

/** Marks the record's pending changes of these kinds superseded (a new proposal replaces them). */
export async function supersedePendingChanges(
  db: Db,
  recordType: ConsentRecordType,
  recordId: string,
  kinds: readonly PendingChangeKind[],
  userId: string,
): Promise<void> {
  await db
    .update(recordPendingChanges)
    .set({ status: 'superseded', resolvedBy: userId, resolvedAt: new Date() })
    .where(
      and(
        ofRecord(recordType, recordId),
        inArray(recordPendingChanges.kind, [...kinds]),
        eq(recordPendingChanges.status, 'pending'),
      ),
    );
}
