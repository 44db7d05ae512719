/**
 * Links between records of any type, read from both sides: the visit and the KSB it led to (seed 002),
 * a meeting and the agreement it prepared. A linked record is shown only to who may read it; linking
 * needs read on both records and update on at least one (record-access.ts decides both).
 */
import { recordAudit, type RequestContext } from '../../audit.js';
import type { Actor, Permission, UserActor } from '../../auth/policy.js';
import { canOnRecord, readPermission, recordNotFound } from '../../auth/record-access.js';
import { findVisibleRecord } from '../../record-lookup.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { RecordType } from '../../../domain/records/kinds.js';
import {
  deleteLinkRow,
  findLink,
  findLinkBetween,
  findRecords,
  findRecordsOfTypes,
  insertLink,
  linksOf,
  type LinkedRecord,
} from './repo.js';

type WriteContext = RequestContext & { actor: UserActor };
type RecordRef = { type: RecordType; id: string };

const updatePermission = (type: RecordType): Permission =>
  type === 'agreement' ? 'agreement:update' : 'record:update';

const readable = (actor: Actor, record: LinkedRecord) =>
  canOnRecord(actor, readPermission[record.type], record);
const updatable = (actor: Actor, record: LinkedRecord) =>
  canOnRecord(actor, updatePermission(record.type), record);

/** The record, or <TYPE>_NOT_FOUND when it does not exist or the actor may not read it. */
async function visibleRecord(db: Db, actor: Actor, ref: RecordRef, field?: string): Promise<LinkedRecord> {
  const record = await findVisibleRecord(db, actor, ref.type, ref.id);
  if (!record) {
    const error = recordNotFound(ref.type, ref.id);
    throw field ? new AppError(error.code, error.message, field) : error;
  }
  return record;
}

/** Whether the actor may link or unlink two records: read on both (checked before), update on one. */
function assertMayLink(actor: Actor, a: LinkedRecord, b: LinkedRecord): void {
  if (!updatable(actor, a) && !updatable(actor, b)) {
    throw new AppError('FORBIDDEN', 'You may change neither of these records, so you may not link them');
  }
}

function linkAudit(from: LinkedRecord, to: LinkedRecord) {
  return {
    fromType: from.type,
    fromId: from.id,
    fromTitle: from.title,
    toType: to.type,
    toId: to.id,
    toTitle: to.title,
  };
}

export async function createLink(
  db: Db,
  ctx: WriteContext,
  input: { fromType: RecordType; fromId: string; toType: RecordType; toId: string },
) {
  if (input.fromType === input.toType && input.fromId === input.toId) {
    throw new AppError('VALIDATION_FAILED', 'A record cannot be linked to itself', 'body.toId');
  }
  const from = await visibleRecord(db, ctx.actor, { type: input.fromType, id: input.fromId }, 'body.fromId');
  const to = await visibleRecord(db, ctx.actor, { type: input.toType, id: input.toId }, 'body.toId');
  assertMayLink(ctx.actor, from, to);
  return db.transaction(async (tx) => {
    if (await findLinkBetween(tx, from, to)) {
      throw new AppError('CONFLICT', 'These records are already linked', 'body.toId');
    }
    const link = await insertLink(tx, {
      fromType: from.type,
      fromId: from.id,
      toType: to.type,
      toId: to.id,
      createdBy: ctx.actor.id,
    });
    await recordAudit(tx, ctx, {
      action: 'link.create',
      entityType: 'link',
      entityId: link.id,
      regionCodes: [...new Set([...from.partyRegionCodes, ...to.partyRegionCodes])],
      after: linkAudit(from, to),
    });
    return { id: link.id, ...input, createdAt: link.createdAt.toISOString() };
  });
}

export async function deleteLink(db: Db, ctx: WriteContext, id: string): Promise<void> {
  const link = await findLink(db, id);
  const notFound = () => new AppError('NOT_FOUND', `No link ${id} exists`, 'id');
  if (!link) throw notFound();
  const [from] = await findRecords(db, link.fromType as RecordType, [link.fromId]);
  const [to] = await findRecords(db, link.toType as RecordType, [link.toId]);
  // A link whose record the actor may not read stays hidden.
  if (!from || !to || !readable(ctx.actor, from) || !readable(ctx.actor, to)) throw notFound();
  assertMayLink(ctx.actor, from, to);
  await db.transaction(async (tx) => {
    await deleteLinkRow(tx, id);
    await recordAudit(tx, ctx, {
      action: 'link.delete',
      entityType: 'link',
      entityId: id,
      regionCodes: [...new Set([...from.partyRegionCodes, ...to.partyRegionCodes])],
      before: linkAudit(from, to),
    });
  });
}

/**
 * The records linked to one record, in both directions, each with its title; a linked record the
 * reader may not read is left out. `mayLink`: whether the reader may add links to this record. The
 * anchor and its links are read side by side, then the linked records of every type: three round
 * trips at most on PostgreSQL, whatever the number of types (docs/benchmarks.md).
 */
export async function listLinks(db: Db, actor: Actor, ref: RecordRef) {
  const links = await linksOf(db, ref.type, ref.id);
  const others = links.map((link) =>
    link.fromType === ref.type && link.fromId === ref.id
      ? { link, type: link.toType as RecordType, id: link.toId, direction: 'to' as const }
      : { link, type: link.fromType as RecordType, id: link.fromId, direction: 'from' as const },
  );
  const byType = new Map<RecordType, string[]>([[ref.type, [ref.id]]]);
  for (const other of others) byType.set(other.type, [...(byType.get(other.type) ?? []), other.id]);
  // The anchor and every linked record in one statement; the anchor decides whether any is shown.
  const records = new Map<string, LinkedRecord>();
  for (const record of await findRecordsOfTypes(db, [...byType]))
    records.set(`${record.type}:${record.id}`, record);
  const anchor = records.get(`${ref.type}:${ref.id}`);
  if (!anchor || !readable(actor, anchor)) throw recordNotFound(ref.type, ref.id);
  const anchorUpdatable = updatable(actor, anchor);
  const items = others.flatMap(({ link, type, id, direction }) => {
    const record = records.get(`${type}:${id}`);
    if (!record || !readable(actor, record)) return [];
    return [
      {
        linkId: link.id,
        direction,
        type,
        id,
        title: record.title,
        date: record.date,
        canUnlink: anchorUpdatable || updatable(actor, record),
      },
    ];
  });
  return { items, mayLink: anchorUpdatable };
}
