/**
 * Records of any type read by (type, id) as the record core sees them: title, dates and tenancy. One
 * reader for the features that hang a record under another (an action under its agreement, visit or
 * meeting; a program under its agreement or meeting), link records, or attach an article to one.
 */
import { and, inArray, isNull, sql } from 'drizzle-orm';
import type { RecordType } from '../domain/records/kinds.js';
import type { Actor } from './auth/policy.js';
import { canOnRecord, readPermission, type RecordTenancy } from './auth/record-access.js';
import type { Db } from './db/client.js';
import {
  agreementResponsibleOpds,
  agreements,
  followUpActions,
  meetings,
  programs,
  visits,
} from './db/schema/index.js';

export type StoredRecord = RecordTenancy & {
  type: RecordType;
  id: string;
  title: string;
  /** The date a list shows: an agreement's signing, a visit's start, a meeting's day, an action's due date. */
  date: string | null;
  /** When the record began: an agreement's validFrom or signing date, a visit's start, a meeting's day. */
  startDate: string | null;
  partyRegionCodes: string[];
  stage: string | null;
  responsibleOpdIds: string[];
};

const plainTables = {
  visit: { table: visits, date: visits.startDate },
  meeting: { table: meetings, date: meetings.date },
  program: { table: programs, date: sql<string | null>`null` },
} as const;

/** The records of one type among `ids` that are not deleted. */
export async function findRecords(db: Db, type: RecordType, ids: readonly string[]): Promise<StoredRecord[]> {
  if (ids.length === 0) return [];
  const unique = [...new Set(ids)];
  if (type === 'agreement') {
    const rows = await db
      .select({
        id: agreements.id,
        title: agreements.title,
        date: agreements.signingDate,
        startDate: sql<string | null>`coalesce(${agreements.validFrom}, ${agreements.signingDate})`,
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
    return rows.map(({ opdId, ...row }) => ({
      ...row,
      type,
      startDate: null,
      stage: null,
      responsibleOpdIds: [opdId],
    }));
  }
  const { table, date } = plainTables[type];
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
  return rows.map((row) => ({
    ...row,
    type,
    startDate: type === 'program' ? null : row.date,
    stage: null,
    responsibleOpdIds: [],
  }));
}

/** The record when it exists and the actor may read it; undefined otherwise (the two are not told apart). */
export async function findVisibleRecord(
  db: Db,
  actor: Actor,
  type: RecordType,
  id: string,
): Promise<StoredRecord | undefined> {
  const [record] = await findRecords(db, type, [id]);
  return record && canOnRecord(actor, readPermission[type], record) ? record : undefined;
}
