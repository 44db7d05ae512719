/**
 * Changes to a shared record that one party cannot make alone (decision 009), for every record type
 * of the core (agreements, visits, meetings, programs): removing a party region (the removed party
 * loses the record), publishing (the record and its documents become public) and deleting (every
 * party loses it). Such a change is stored as pending; it takes effect once every other party region
 * has consented, and one rejection ends it.
 *
 * Who must consent: every party region but the proposer's. A system administrator belongs to no
 * region, so their proposal awaits every party region: a system administrator never removes,
 * publishes or deletes a shared record alone either.
 *
 * Each record type gives a `ConsentSubject`: how to load its record and how to apply a change every
 * party has consented to. The routes (`routes.ts`) and the rules here are the same for all of them.
 */
import { recordAudit, type RequestContext } from '../../audit.js';
import type { Actor, Permission, UserActor } from '../../auth/policy.js';
import {
  assertRecordAllowed,
  canOnRecord,
  readPermission,
  recordNotFound,
  type RecordTenancy,
} from '../../auth/record-access.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { findRecords } from '../../record-lookup.js';
import { notifyPendingChange } from '../notifications/service.js';
import {
  findPendingChange,
  findPendingChanges,
  insertPendingChange,
  supersedePendingChanges,
  updatePendingChange,
  type ConsentRecordType,
  type PendingChangeKind,
  type PendingChangeRow,
} from './repo.js';

export type { ConsentRecordType, PendingChangeRow } from './repo.js';

type WriteContext = RequestContext & { actor: UserActor };

/** What the consent rules need of a record. */
export type ConsentRecord = RecordTenancy & { id: string; version: number };

/**
 * A change that waits for the other parties. `payload` is the whole edit as the record type's update
 * takes it, for record types whose edit waits as a whole (visits, meetings, programs).
 */
export type ProposedChange =
  | { kind: 'remove_parties'; removeRegionCodes: string[]; payload?: unknown }
  | { kind: 'publish'; payload?: unknown }
  | { kind: 'delete' };

/** How one record type takes part: loading its record and applying a change all parties consented to. */
export type ConsentSubject = {
  type: ConsentRecordType;
  /** The permission a party's user needs to consent to or reject a change. */
  decidePermission: Permission;
  /** The record (not deleted), locked for update when in a transaction; undefined when absent. */
  load: (db: Db, id: string, options?: { forUpdate?: boolean }) => Promise<ConsentRecord | undefined>;
  /** Applies a change every party has consented to, in the caller's transaction. */
  apply: (tx: Db, ctx: WriteContext, record: ConsentRecord, change: PendingChangeRow) => Promise<void>;
};

/** The party regions whose consent a change by `actor` needs: every party region but the actor's. */
export function consentingRegions(actor: UserActor, partyRegionCodes: readonly string[]): string[] {
  return partyRegionCodes.filter((code) => code !== actor.regionCode);
}

/** Whether deleting the record by `actor` waits for other parties (it has a party besides the actor's). */
export function deletionNeedsConsent(actor: UserActor, record: Pick<RecordTenancy, 'partyRegionCodes'>) {
  return consentingRegions(actor, record.partyRegionCodes).length > 0;
}

/**
 * For record types whose edit waits as a whole: the change an edit from `before` to `after` proposes,
 * or null when it applies at once (it removes no party region and does not publish, or the record has
 * no party but the actor's). A removal that also publishes is one change (kind remove_parties, the
 * payload publishing too).
 */
export function editNeedingConsent(
  actor: UserActor,
  before: Pick<RecordTenancy, 'partyRegionCodes' | 'published'>,
  after: Pick<RecordTenancy, 'partyRegionCodes' | 'published'>,
  payload: unknown,
): ProposedChange | null {
  if (consentingRegions(actor, before.partyRegionCodes).length === 0) return null;
  const kept = new Set(after.partyRegionCodes);
  const removeRegionCodes = before.partyRegionCodes.filter((code) => !kept.has(code));
  if (removeRegionCodes.length > 0) return { kind: 'remove_parties', removeRegionCodes, payload };
  if (after.published && !before.published) return { kind: 'publish', payload };
  return null;
}

/** Pending changes a new proposal replaces: one of its kind, and any whole edit when it is one. */
function supersededKinds(change: ProposedChange): PendingChangeKind[] {
  if (change.kind === 'delete') return ['delete'];
  return change.payload === undefined ? [change.kind] : ['remove_parties', 'publish'];
}

/**
 * Stores a change as pending, replacing pending changes it supersedes, with its audit entry
 * (`<type>.change_proposed`). The proposer's region consents by proposing.
 */
export async function proposeChange(
  tx: Db,
  ctx: WriteContext,
  type: ConsentRecordType,
  record: Pick<ConsentRecord, 'id' | 'partyRegionCodes' | 'version'>,
  change: ProposedChange,
): Promise<PendingChangeRow> {
  await supersedePendingChanges(tx, type, record.id, supersededKinds(change), ctx.actor.id);
  const row = await insertPendingChange(tx, {
    recordType: type,
    recordId: record.id,
    kind: change.kind,
    removeRegionCodes: change.kind === 'remove_parties' ? change.removeRegionCodes : [],
    payload: change.kind === 'delete' ? null : (change.payload ?? null),
    requiredRegionCodes: consentingRegions(ctx.actor, record.partyRegionCodes),
    consentedRegionCodes: [],
    proposedBy: ctx.actor.id,
    proposedRegionCode: ctx.actor.regionCode,
  });
  await recordAudit(tx, ctx, {
    action: `${type}.change_proposed`,
    entityType: type,
    entityId: record.id,
    regionCodes: [...record.partyRegionCodes],
    after: {
      changeId: row.id,
      kind: change.kind,
      ...(change.kind === 'remove_parties' ? { removeRegionCodes: change.removeRegionCodes } : {}),
      requiredRegionCodes: row.requiredRegionCodes,
    },
    version: record.version,
  });
  const [stored] = await findRecords(tx, type, [record.id]);
  await notifyPendingChange(tx, {
    recordType: type,
    recordId: record.id,
    changeId: row.id,
    change: change.kind,
    title: stored?.title ?? '',
    awaitingRegionCodes: row.requiredRegionCodes,
    byRegionCode: ctx.actor.regionCode,
  });
  return row;
}

/** Whether a stored whole edit publishes the record (its payload sets published). */
function payloadPublishes(row: PendingChangeRow): boolean {
  const payload = row.payload as { input?: { published?: unknown } } | null;
  return row.kind === 'publish' || payload?.input?.published === true;
}

/** A pending change as a record's detail shows it, with what the actor may do about it. */
export function presentPendingChange(actor: Actor | null, row: PendingChangeRow, mayDecide: boolean) {
  const region = actor?.kind === 'user' ? actor.regionCode : null;
  const awaiting = row.requiredRegionCodes.filter((code) => !row.consentedRegionCodes.includes(code));
  return {
    id: row.id,
    kind: row.kind,
    removeRegionCodes: row.removeRegionCodes,
    /** Whether applying it publishes the record (a publication, or a whole edit that also publishes). */
    publishes: payloadPublishes(row),
    requiredRegionCodes: row.requiredRegionCodes,
    consentedRegionCodes: row.consentedRegionCodes,
    awaitingRegionCodes: awaiting,
    proposedBy: row.proposedBy,
    proposedRegionCode: row.proposedRegionCode,
    createdAt: row.createdAt.toISOString(),
    canConfirm: mayDecide && region !== null && awaiting.includes(region),
    canReject:
      mayDecide &&
      region !== null &&
      (row.requiredRegionCodes.includes(region) || row.proposedRegionCode === region),
  };
}
export type PendingChangeDto = ReturnType<typeof presentPendingChange>;

/** The pending changes of a record for its detail; only for readers who see it unpublished (its parties). */
export async function pendingChangesFor(
  db: Db,
  actor: Actor,
  subject: Pick<ConsentSubject, 'type' | 'decidePermission'>,
  record: RecordTenancy & { id: string },
): Promise<PendingChangeDto[]> {
  if (actor.kind !== 'user') return [];
  if (!canOnRecord(actor, readPermission[subject.type], { ...record, published: false })) return [];
  const mayDecide = canOnRecord(actor, subject.decidePermission, record);
  return (await findPendingChanges(db, subject.type, record.id)).map((row) =>
    presentPendingChange(actor, row, mayDecide),
  );
}

async function loadPending(tx: Db, actor: UserActor, subject: ConsentSubject, id: string, changeId: string) {
  const record = await subject.load(tx, id, { forUpdate: true });
  if (!record) throw recordNotFound(subject.type, id);
  assertRecordAllowed(actor, subject.type, record, subject.decidePermission);
  const change = await findPendingChange(tx, subject.type, id, changeId);
  if (!change || change.status !== 'pending') {
    throw new AppError(
      'PENDING_CHANGE_NOT_FOUND',
      `No such pending change on this ${subject.type}`,
      'changeId',
    );
  }
  return { record, change };
}

export type Decision = { status: 'pending' | 'applied' | 'rejected'; readable: boolean };

/** Whether the actor still reads the record after a decision (false once deleted or removed from it). */
async function readableAfter(db: Db, actor: UserActor, subject: ConsentSubject, id: string) {
  const record = await subject.load(db, id);
  return record !== undefined && canOnRecord(actor, readPermission[subject.type], record);
}

/**
 * A required party region's user consents to a pending change; the last consent applies it (the
 * record type's rules are checked again, e.g. 422 RULE_VIOLATION, 409 VERSION_CONFLICT when a whole
 * edit was based on a version since changed).
 */
export async function confirmPendingChange(
  db: Db,
  ctx: WriteContext,
  subject: ConsentSubject,
  id: string,
  changeId: string,
): Promise<Decision> {
  const status = await db.transaction(async (tx): Promise<'pending' | 'applied'> => {
    const { record, change } = await loadPending(tx, ctx.actor, subject, id, changeId);
    const region = ctx.actor.regionCode;
    if (region === null || !change.requiredRegionCodes.includes(region)) {
      throw new AppError('FORBIDDEN', 'Only a party whose consent this change awaits can confirm it');
    }
    const consented = [...new Set([...change.consentedRegionCodes, region])];
    const complete = change.requiredRegionCodes.every((code) => consented.includes(code));
    await updatePendingChange(tx, change.id, {
      consentedRegionCodes: consented,
      ...(complete ? { status: 'applied', resolvedBy: ctx.actor.id, resolvedAt: new Date() } : {}),
    });
    await recordAudit(tx, ctx, {
      action: `${subject.type}.change_consented`,
      entityType: subject.type,
      entityId: id,
      regionCodes: [...record.partyRegionCodes],
      after: { changeId: change.id, kind: change.kind, consentedRegion: region },
      version: record.version,
    });
    if (!complete) return 'pending';
    await subject.apply(tx, ctx, record, change);
    await recordAudit(tx, ctx, {
      action: `${subject.type}.change_applied`,
      entityType: subject.type,
      entityId: id,
      regionCodes: [...record.partyRegionCodes],
      after: {
        changeId: change.id,
        kind: change.kind,
        removeRegionCodes: change.removeRegionCodes,
        consentedRegionCodes: consented,
      },
    });
    return 'applied';
  });
  return { status, readable: await readableAfter(db, ctx.actor, subject, id) };
}

/** A party region (one whose consent is awaited, or the proposer's) rejects or withdraws a change. */
export async function rejectPendingChange(
  db: Db,
  ctx: WriteContext,
  subject: ConsentSubject,
  id: string,
  changeId: string,
): Promise<Decision> {
  await db.transaction(async (tx) => {
    const { record, change } = await loadPending(tx, ctx.actor, subject, id, changeId);
    const region = ctx.actor.regionCode;
    if (
      region === null ||
      !(change.requiredRegionCodes.includes(region) || change.proposedRegionCode === region)
    ) {
      throw new AppError('FORBIDDEN', 'Only a party of this change can reject it');
    }
    await updatePendingChange(tx, change.id, {
      status: 'rejected',
      resolvedBy: ctx.actor.id,
      resolvedAt: new Date(),
    });
    await recordAudit(tx, ctx, {
      action: `${subject.type}.change_rejected`,
      entityType: subject.type,
      entityId: id,
      regionCodes: [...record.partyRegionCodes],
      after: { changeId: change.id, kind: change.kind, rejectedBy: region },
      version: record.version,
    });
  });
  return { status: 'rejected', readable: await readableAfter(db, ctx.actor, subject, id) };
}

/** The stored form of a whole edit that waits: the edit as the record type's update takes it, and its base version. */
export type PendingEdit<I> = { input: I; version: number };

/**
 * For record types whose edit waits as a whole (visits, meetings, programs): stores the edit as a
 * pending change when it removes a party region or publishes a shared record, and returns it; null
 * when the edit applies at once. A change being applied (`consented`) never waits again.
 */
export async function proposeEditIfNeeded<I>(
  tx: Db,
  ctx: WriteContext,
  type: Exclude<ConsentRecordType, 'agreement'>,
  current: Pick<ConsentRecord, 'id' | 'partyRegionCodes' | 'published' | 'version'>,
  after: Pick<RecordTenancy, 'partyRegionCodes' | 'published'>,
  edit: PendingEdit<I>,
  options: { consented?: boolean } = {},
): Promise<PendingChangeRow | null> {
  if (options.consented) return null;
  const change = editNeedingConsent(ctx.actor, current, after, edit);
  return change ? proposeChange(tx, ctx, type, current, change) : null;
}

/**
 * Deleting a record with party regions besides the actor's waits for them: stores the deletion as a
 * pending change and returns it as the answer shows it; null when the record may be deleted at once.
 */
export async function proposeDeletionIfNeeded(
  tx: Db,
  ctx: WriteContext,
  type: ConsentRecordType,
  current: Pick<ConsentRecord, 'id' | 'partyRegionCodes' | 'version'>,
): Promise<PendingChangeDto | null> {
  if (!deletionNeedsConsent(ctx.actor, current)) return null;
  return presentPendingChange(
    ctx.actor,
    await proposeChange(tx, ctx, type, current, { kind: 'delete' }),
    true,
  );
}

/** The answer of a DELETE: deleted at once, or a deletion waiting for the other parties (202). */
export type DeletionResult = { ok: true } | { ok: false; pendingChange: PendingChangeDto };
