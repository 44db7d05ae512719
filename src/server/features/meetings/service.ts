/**
 * Use cases of meetings (pertemuan: audiensi, rapat koordinasi). Tenancy only through record-access.ts:
 * a meeting belongs to its party regions (host and participating regions, meetingRegionCodes).
 */
import { recordAudit, type RequestContext } from '../../audit.js';
import type { UserActor, Actor } from '../../auth/policy.js';
import {
  assertRecordAllowed,
  assertRecordVisible,
  canOnRecord,
  readScope,
  recordAccessOf,
  type RecordTenancy,
} from '../../auth/record-access.js';
import { canPublish } from '../../auth/policy.js';
import type { Db } from '../../db/client.js';
import { AppError, forbidden } from '../../errors.js';
import { makeIssue, type Issue } from '../../../domain/agreements/issues.js';
import { planDecisions } from '../../../domain/records/meeting-decisions.js';
import type { MeetingDetail, MeetingListItem } from '../../../domain/records/meeting-contract.js';
import { meetingIssues, meetingRegionCodes, type MeetingInput } from '../../../domain/records/schema.js';
import { opdsByIds } from '../opds/service.js';
import {
  consentingRegions,
  pendingChangesFor,
  proposeChange,
  proposeDeletionIfNeeded,
  proposeEditIfNeeded,
  type ConsentSubject,
  type DeletionResult,
  type PendingEdit,
} from '../consent/service.js';
import {
  actionsOfDecisions,
  findDecisions,
  findMeeting,
  insertMeeting,
  listMeetings as listMeetingRows,
  setMeetingDeleted,
  updateMeeting as updateMeetingRow,
  writeDecisions,
  type DecisionRow,
  type MeetingFilters,
  type MeetingRow,
  type MeetingValues,
} from './repo.js';
import { notifyPartnerRecord } from '../notifications/service.js';

export type WriteContext = RequestContext & { actor: UserActor };
/** A meeting as entered, with whether it is shown publicly. */
export type MeetingWrite = MeetingInput & { published: boolean };

function tenancy(row: Pick<MeetingRow, 'partyRegionCodes' | 'published'>): RecordTenancy {
  return { partyRegionCodes: row.partyRegionCodes, published: row.published };
}

/** 422 RULE_VIOLATION naming the first issue's field (as body.<field>), with every issue in details. */
function ruleViolation(issues: readonly Issue[]): AppError {
  const first = issues[0];
  return new AppError(
    'RULE_VIOLATION',
    first?.message ?? 'The meeting breaks a rule',
    first?.field ? `body.${first.field}` : undefined,
    issues,
  );
}

/** The domain's checks, and an OPD participant must be an OPD of the region it is named with. */
async function checkInput(db: Db, input: MeetingWrite): Promise<void> {
  const issues = meetingIssues(input);
  const opdIds = input.participants.flatMap((participant) => (participant.opdId ? [participant.opdId] : []));
  if (opdIds.length) {
    const regionOfOpd = new Map((await opdsByIds(db, opdIds)).map((opd) => [opd.id, opd.regionCode]));
    input.participants.forEach((participant, index) => {
      if (participant.opdId && regionOfOpd.get(participant.opdId) !== participant.regionCode)
        issues.push(makeIssue('OPD_NOT_OF_PARTY', 'error', `participants.${index}.opdId`));
    });
  }
  if (issues.length) throw ruleViolation(issues);
}

/** The entering region must take part, unless a system administrator enters it. */
function assertActorIsParty(ctx: WriteContext, partyRegionCodes: readonly string[]): void {
  if (ctx.actor.role === 'system_admin') return;
  if (!ctx.actor.regionCode || !partyRegionCodes.includes(ctx.actor.regionCode))
    throw forbidden(
      'OWN_REGION_NOT_PARTY',
      'Your region must take part in a meeting you enter',
      'body.participants',
    );
}

function assertMayPublish(ctx: WriteContext, partyRegionCodes: readonly string[]): void {
  if (!canPublish(ctx.actor, { regionCodes: partyRegionCodes }))
    throw forbidden('PUBLISH_NOT_ALLOWED', 'You may not publish this meeting', 'body.published');
}

function values(input: MeetingWrite, partyRegionCodes: string[]): Omit<MeetingValues, 'ownerRegionCode'> {
  return {
    partyRegionCodes,
    published: input.published,
    kind: input.kind,
    title: input.title,
    hostRegionCode: input.hostRegionCode,
    participants: input.participants,
    persons: input.persons,
    date: input.date,
    place: input.place,
    agenda: input.agenda,
    summary: input.summary,
    sectors: input.sectors,
    notes: input.notes,
  };
}

/** The fields the audit trail keeps of a meeting (what VERSION_CONFLICT compares, too). */
function auditSnapshot(row: MeetingRow, decisions: readonly DecisionRow[]): Record<string, unknown> {
  return {
    title: row.title,
    kind: row.kind,
    hostRegionCode: row.hostRegionCode,
    participants: row.participants,
    persons: row.persons,
    date: row.date,
    place: row.place,
    agenda: row.agenda,
    summary: row.summary,
    sectors: row.sectors,
    decisions: decisions.map((decision) => decision.text),
    notes: row.notes,
    published: row.published,
  };
}

function presentListItem(row: MeetingRow): MeetingListItem {
  return {
    id: row.id,
    kind: row.kind as MeetingListItem['kind'],
    title: row.title,
    date: row.date,
    place: row.place,
    hostRegionCode: row.hostRegionCode,
    partyRegionCodes: row.partyRegionCodes,
    sectors: row.sectors,
    published: row.published,
  };
}

function meetingAccess(actor: Actor, row: MeetingRow): MeetingDetail['access'] {
  const { update, delete: remove, publish } = recordAccessOf(actor, 'meeting', tenancy(row));
  return { update, delete: remove, publish };
}

async function present(db: Db, actor: Actor, row: MeetingRow): Promise<MeetingDetail> {
  const decisions = await findDecisions(db, row.id);
  const actions = await actionsOfDecisions(
    db,
    decisions.map((decision) => decision.id),
    readScope(actor),
  );
  return {
    ...presentListItem(row),
    participants: row.participants as MeetingDetail['participants'],
    persons: row.persons as MeetingDetail['persons'],
    agenda: row.agenda,
    summary: row.summary,
    notes: row.notes,
    ownerRegionCode: row.ownerRegionCode,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    decisions: decisions.map((decision) => ({
      id: decision.id,
      position: decision.position,
      text: decision.text,
      actionIds: actions.filter((action) => action.decisionId === decision.id).map((action) => action.id),
    })),
    access: meetingAccess(actor, row),
    pendingChanges: await pendingChangesFor(db, actor, meetingSubject, row),
  };
}

/** Meetings in the record core's consent: a party region's administrator decides (`features/consent`). */
export const meetingSubject: ConsentSubject = {
  type: 'meeting',
  decidePermission: 'record:update',
  load: (db, id, options) => findMeeting(db, id, options),
  apply: async (tx, ctx, record, change) => {
    if (change.kind === 'delete') return deleteMeetingIn(tx, ctx, record.id);
    const edit = change.payload as PendingEdit<MeetingWrite>;
    await saveMeetingIn(tx, ctx, record.id, edit.input, edit.version, { consented: true });
  },
};

export async function createMeeting(db: Db, ctx: WriteContext, input: MeetingWrite): Promise<MeetingDetail> {
  await checkInput(db, input);
  const partyRegionCodes = meetingRegionCodes(input);
  assertActorIsParty(ctx, partyRegionCodes);
  if (!canOnRecord(ctx.actor, 'record:create', { partyRegionCodes, published: false }))
    throw new AppError('FORBIDDEN', 'You may not enter meetings for these regions');
  if (input.published) assertMayPublish(ctx, partyRegionCodes);
  // Publishing a meeting shared with other regions waits for their consent (decision 009).
  const publishWaits = input.published && consentingRegions(ctx.actor, partyRegionCodes).length > 0;
  return db.transaction(async (tx) => {
    const row = await insertMeeting(tx, {
      ...values({ ...input, published: input.published && !publishWaits }, partyRegionCodes),
      ownerRegionCode: ctx.actor.regionCode,
      createdBy: ctx.actor.id,
      updatedBy: ctx.actor.id,
    });
    const decisions = await writeDecisions(
      tx,
      row.id,
      input.decisions.map((decision) => ({ id: null, text: decision.text })),
    );
    await recordAudit(tx, ctx, {
      action: 'meeting.create',
      entityType: 'meeting',
      entityId: row.id,
      regionCodes: partyRegionCodes,
      after: auditSnapshot(row, decisions),
      version: row.version,
    });
    if (publishWaits) {
      const edit: PendingEdit<MeetingWrite> = { input, version: row.version };
      await proposeChange(tx, ctx, 'meeting', row, { kind: 'publish', payload: edit });
    }
    await notifyPartnerRecord(tx, {
      recordType: 'meeting',
      recordId: row.id,
      title: row.title,
      regionCodes: partyRegionCodes,
      byRegionCode: ctx.actor.regionCode,
    });
    return present(tx, ctx.actor, row);
  });
}

export async function getMeeting(db: Db, actor: Actor, id: string): Promise<MeetingDetail> {
  const row = await findMeeting(db, id);
  if (!row) throw new AppError('MEETING_NOT_FOUND', `No meeting ${id} exists`, 'id');
  assertRecordVisible(actor, 'meeting', { id, ...tenancy(row) });
  return present(db, actor, row);
}

/**
 * Saves the whole meeting as entered, when `version` is still the stored one (else 409
 * VERSION_CONFLICT). An edit that removes a party region or publishes a shared meeting waits as a
 * whole for the other parties (`pending`: the meeting is returned unchanged, with the pending change).
 */
export async function updateMeeting(
  db: Db,
  ctx: WriteContext,
  id: string,
  input: MeetingWrite,
  version: number,
): Promise<{ pending: boolean; meeting: MeetingDetail }> {
  return db.transaction(async (tx) => {
    const { row, pending } = await saveMeetingIn(tx, ctx, id, input, version);
    return { pending, meeting: await present(tx, ctx.actor, row) };
  });
}

/** An edit in the caller's transaction; `consented`: a pending edit every party agreed to. */
async function saveMeetingIn(
  tx: Db,
  ctx: WriteContext,
  id: string,
  input: MeetingWrite,
  version: number,
  options: { consented?: boolean } = {},
): Promise<{ row: MeetingRow; pending: boolean }> {
  const before = await findMeeting(tx, id, { forUpdate: true });
  if (!before) throw new AppError('MEETING_NOT_FOUND', `No meeting ${id} exists`, 'id');
  if (!options.consented)
    assertRecordAllowed(ctx.actor, 'meeting', { id, ...tenancy(before) }, 'record:update');
  if (before.version !== version) {
    throw new AppError('VERSION_CONFLICT', 'Someone saved this meeting after you opened it', 'version', {
      currentVersion: before.version,
    });
  }
  await checkInput(tx, input);
  const partyRegionCodes = meetingRegionCodes(input);
  // A consented change was checked when it was proposed; its last consenting party may be the one
  // it removes.
  if (!options.consented) {
    assertActorIsParty(ctx, partyRegionCodes);
    if (input.published !== before.published) assertMayPublish(ctx, partyRegionCodes);
  }
  const after = { partyRegionCodes, published: input.published };
  if (await proposeEditIfNeeded(tx, ctx, 'meeting', before, after, { input, version }, options)) {
    return { row: before, pending: true };
  }
  const storedDecisions = await findDecisions(tx, id);
  const row = await updateMeetingRow(tx, id, version, {
    ...values(input, partyRegionCodes),
    updatedBy: ctx.actor.id,
  });
  if (!row)
    throw new AppError('VERSION_CONFLICT', 'Someone saved this meeting after you opened it', 'version');
  const decisions = await writeDecisions(tx, id, planDecisions(storedDecisions, input.decisions));
  await recordAudit(tx, ctx, {
    action: 'meeting.update',
    entityType: 'meeting',
    entityId: id,
    regionCodes: [...new Set([...before.partyRegionCodes, ...partyRegionCodes])],
    before: auditSnapshot(before, storedDecisions),
    after: auditSnapshot(row, decisions),
    version: row.version,
  });
  return { row, pending: false };
}

/**
 * Soft delete: the meeting leaves lists and pages; the audit trail keeps it. A meeting with party
 * regions besides the actor's waits for their consent (decision 009).
 */
export async function deleteMeeting(db: Db, ctx: WriteContext, id: string): Promise<DeletionResult> {
  return db.transaction(async (tx): Promise<DeletionResult> => {
    const row = await findMeeting(tx, id, { forUpdate: true });
    if (!row) throw new AppError('MEETING_NOT_FOUND', `No meeting ${id} exists`, 'id');
    assertRecordAllowed(ctx.actor, 'meeting', { id, ...tenancy(row) }, 'record:delete');
    const pendingChange = await proposeDeletionIfNeeded(tx, ctx, 'meeting', row);
    if (pendingChange) return { ok: false, pendingChange };
    await deleteMeetingIn(tx, ctx, id);
    return { ok: true };
  });
}

async function deleteMeetingIn(tx: Db, ctx: WriteContext, id: string): Promise<void> {
  const row = await findMeeting(tx, id, { forUpdate: true });
  if (!row) throw new AppError('MEETING_NOT_FOUND', `No meeting ${id} exists`, 'id');
  const deleted = await setMeetingDeleted(tx, id, ctx.actor.id);
  await recordAudit(tx, ctx, {
    action: 'meeting.delete',
    entityType: 'meeting',
    entityId: id,
    regionCodes: row.partyRegionCodes,
    before: { deletedAt: null },
    after: { deletedAt: deleted.deletedAt?.toISOString() ?? null },
    version: deleted.version,
  });
}

export async function listMeetings(
  db: Db,
  actor: Actor,
  filters: MeetingFilters,
  page: { page: number; pageSize: number },
) {
  const { rows, total } = await listMeetingRows(db, filters, readScope(actor), {
    limit: page.pageSize,
    offset: (page.page - 1) * page.pageSize,
  });
  return { items: rows.map(presentListItem), total, page: page.page, pageSize: page.pageSize };
}
