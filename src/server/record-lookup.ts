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

/** A literal of one column type, for the types that lack the column, so that every type unions. */
const none = {
  date: sql<string | null>`null::date`,
  text: sql<string | null>`null::text`,
};

/** The select of the records of one type among `ids` that are not deleted, in StoredRecord's shape. */
function recordsOf(db: Db, type: RecordType, ids: readonly string[]) {
  const kind = sql<RecordType>`${sql.raw(`'${type}'`)}::text`;
  switch (type) {
    case 'agreement':
      return db
        .select({
          type: kind,
          id: agreements.id,
          title: agreements.title,
          date: agreements.signingDate,
          startDate: sql<string | null>`coalesce(${agreements.validFrom}, ${agreements.signingDate})`,
          partyRegionCodes: agreements.partyRegionCodes,
          published: agreements.published,
          stage: sql<string | null>`${agreements.stage}`,
          responsibleOpdIds: sql<
            string[]
          >`array(select ${agreementResponsibleOpds.opdId}::text from ${agreementResponsibleOpds} where ${agreementResponsibleOpds.agreementId} = ${agreements.id})`,
        })
        .from(agreements)
        .where(and(inArray(agreements.id, [...ids]), isNull(agreements.deletedAt)));
    case 'action':
      return db
        .select({
          type: kind,
          id: followUpActions.id,
          title: followUpActions.title,
          date: followUpActions.dueDate,
          startDate: none.date,
          partyRegionCodes: followUpActions.partyRegionCodes,
          published: followUpActions.published,
          stage: none.text,
          responsibleOpdIds: sql<string[]>`array[${followUpActions.opdId}::text]`,
        })
        .from(followUpActions)
        .where(and(inArray(followUpActions.id, [...ids]), isNull(followUpActions.deletedAt)));
    case 'visit':
    case 'meeting':
    case 'program': {
      const table = { visit: visits, meeting: meetings, program: programs }[type];
      const date =
        type === 'visit'
          ? sql<string | null>`${visits.startDate}`
          : type === 'meeting'
            ? sql<string | null>`${meetings.date}`
            : none.date;
      return db
        .select({
          type: kind,
          id: table.id,
          title: table.title,
          date,
          startDate: type === 'program' ? none.date : date,
          partyRegionCodes: table.partyRegionCodes,
          published: table.published,
          stage: none.text,
          responsibleOpdIds: sql<string[]>`'{}'::text[]`,
        })
        .from(table)
        .where(and(inArray(table.id, [...ids]), isNull(table.deletedAt)));
    }
  }
}

/**
 * The records of several types, each among its ids, that are not deleted, in one statement (a
 * `union all` of one select per type): a record's links read their anchor and every linked record at
 * once, instead of one statement per type (each a round trip and CPU on both sides; issue 11).
 */
export async function findRecordsOfTypes(
  db: Db,
  wanted: ReadonlyArray<readonly [RecordType, readonly string[]]>,
): Promise<StoredRecord[]> {
  const selects = wanted
    .filter(([, ids]) => ids.length > 0)
    .map(([type, ids]) => recordsOf(db, type, [...new Set(ids)]));
  const [first, ...rest] = selects;
  if (!first) return [];
  // Every select has StoredRecord's fields, but each its own table type, which unionAll's typing refuses.
  type Unionable = PromiseLike<StoredRecord[]> & { unionAll(next: unknown): Unionable };
  return rest.reduce<Unionable>((union, next) => union.unionAll(next), first as unknown as Unionable);
}

/** The records of one type among `ids` that are not deleted. */
export async function findRecords(db: Db, type: RecordType, ids: readonly string[]): Promise<StoredRecord[]> {
  return findRecordsOfTypes(db, [[type, ids]]);
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
