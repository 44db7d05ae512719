/**
 * Work visits (kunjungan kerja, studi banding, studi komparasi, studi tiru): entering, reading,
 * changing (optimistic locking) and soft-deleting them, with the good practices (praktik baik) they
 * record on the host region (lists, CSV and a region's good practices: list.service.ts). Tenancy only through record-access.ts: a visit belongs
 * to its host and visitor regions (visitRegionCodes).
 */
import { recordAudit, type RequestContext } from '../../audit.js';
import { canPublish, type Actor, type UserActor } from '../../auth/policy.js';
import {
  assertRecordAllowed,
  assertRecordVisible,
  canOnRecord,
  recordAccessOf,
  recordNotFound,
  recordTarget,
} from '../../auth/record-access.js';
import type { Db } from '../../db/client.js';
import { AppError, forbidden } from '../../errors.js';
import type { Issue } from '../../../domain/agreements/issues.js';
import { visitIssues, visitRegionCodes, type VisitInput } from '../../../domain/records/schema.js';
import {
  findVisit,
  goodPracticesOfVisit,
  insertVisit,
  replaceGoodPractices,
  updateVisitRow,
  type GoodPracticeRow,
  type VisitInsert,
  type VisitRow,
} from './repo.js';
import { visitSummary } from './model.js';
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
import { notifyPartnerRecord } from '../notifications/service.js';

type WriteContext = RequestContext & { actor: UserActor };

/** A visit as entered, with whether it is shown to the public. */
export type VisitSave = VisitInput & { published: boolean };

function tenancy(row: Pick<VisitRow, 'partyRegionCodes' | 'published'>) {
  return { partyRegionCodes: row.partyRegionCodes, published: row.published };
}

/** 422 RULE_VIOLATION naming the first issue's field (body.<field>), every issue in details. */
function ruleViolation(issues: readonly Issue[]): AppError {
  const first = issues[0];
  return new AppError(
    'RULE_VIOLATION',
    first?.message ?? 'The visit breaks a rule',
    first?.field ? `body.${first.field}` : 'body',
    issues,
  );
}

function assertValid(input: VisitInput): void {
  const issues = visitIssues(input).filter((issue) => issue.severity === 'error');
  if (issues.length) throw ruleViolation(issues);
}

/**
 * The sectors a visit is listed under: those entered, and those of its topics and good practices, so
 * a filter by sector finds a visit whose topic names it.
 */
function sectorsOf(input: VisitInput): string[] {
  return [
    ...new Set([
      ...input.sectors,
      ...input.topics.flatMap((topic) => (topic.sector ? [topic.sector] : [])),
      ...input.goodPractices.flatMap((practice) => (practice.sector ? [practice.sector] : [])),
    ]),
  ];
}

function columnsOf(input: VisitSave): Omit<VisitInsert, 'id'> {
  return {
    partyRegionCodes: visitRegionCodes(input),
    published: input.published,
    kind: input.kind,
    title: input.title,
    hostRegionCode: input.hostRegionCode,
    visitors: input.visitors,
    delegates: input.delegates,
    hosts: input.hosts,
    topics: input.topics,
    startDate: input.startDate,
    endDate: input.endDate,
    place: input.place,
    sectors: sectorsOf(input),
    purpose: input.purpose,
    outcomes: input.outcomes,
    notes: input.notes,
  };
}

/** The audited form of a visit: its fields as entered, without bookkeeping columns. */
function auditSnapshot(
  row: VisitRow,
  practices: readonly Pick<GoodPracticeRow, 'topic' | 'description' | 'sector'>[],
) {
  const snapshot: Record<string, unknown> = {
    title: row.title,
    kind: row.kind,
    hostRegionCode: row.hostRegionCode,
    visitors: row.visitors,
    delegates: row.delegates,
    hosts: row.hosts,
    startDate: row.startDate,
    endDate: row.endDate,
    place: row.place,
    topics: row.topics,
    sectors: row.sectors,
    purpose: row.purpose,
    outcomes: row.outcomes,
    goodPractices: practices.map(({ topic, description, sector }) => ({ topic, description, sector })),
    notes: row.notes,
    published: row.published,
  };
  // Empty fields are left out, so a new visit's entry lists only what was entered.
  return Object.fromEntries(
    Object.entries(snapshot).filter(
      ([, value]) => value !== null && !(Array.isArray(value) && value.length === 0),
    ),
  );
}

/**
 * Who may enter or change a visit: an administrator of one of its regions (host or visitor), or a
 * system administrator; publishing it (or taking it back) needs the right to publish too.
 */
function assertMayWrite(
  actor: UserActor,
  input: VisitSave,
  permission: 'record:create' | 'record:update',
  publishing: boolean,
) {
  const partyRegionCodes = visitRegionCodes(input);
  if (actor.role !== 'system_admin' && (!actor.regionCode || !partyRegionCodes.includes(actor.regionCode))) {
    throw forbidden(
      'OWN_REGION_NOT_PARTY',
      'Your region must be the host or a visitor of a visit you enter',
      'body.visitors',
    );
  }
  const target = { partyRegionCodes, published: false };
  if (!canOnRecord(actor, permission, target)) {
    throw new AppError('FORBIDDEN', 'You may not enter visits for these regions');
  }
  if (publishing && !canPublish(actor, recordTarget(target))) {
    throw forbidden('PUBLISH_NOT_ALLOWED', 'You may not publish or unpublish visits', 'body.published');
  }
}

function visitDetail(actor: Actor, row: VisitRow, practices: GoodPracticeRow[]) {
  return {
    ...visitSummary(row),
    delegates: row.delegates as VisitInput['delegates'],
    hosts: row.hosts as VisitInput['hosts'],
    topics: row.topics as VisitInput['topics'],
    purpose: row.purpose,
    outcomes: row.outcomes,
    notes: row.notes,
    goodPractices: practices.map(({ id, topic, description, sector }) => ({
      id,
      topic,
      description,
      sector,
    })),
    ownerRegionCode: row.ownerRegionCode,
    createdAt: row.createdAt.toISOString(),
    access: recordAccessOf(actor, 'visit', tenancy(row)),
  };
}

export type VisitDetail = ReturnType<typeof visitDetail> & {
  pendingChanges: Awaited<ReturnType<typeof pendingChangesFor>>;
};

/** Visits in the record core's consent: a party region's administrator decides (`features/consent`). */
export const visitSubject: ConsentSubject = {
  type: 'visit',
  decidePermission: 'record:update',
  load: (db, id, options) => findVisit(db, id, options),
  apply: async (tx, ctx, record, change) => {
    if (change.kind === 'delete') return deleteVisitIn(tx, ctx, record.id);
    const edit = change.payload as PendingEdit<VisitSave>;
    await saveVisitIn(tx, ctx, record.id, edit.input, edit.version, { consented: true });
  },
};

async function present(db: Db, actor: Actor, row: VisitRow) {
  return {
    ...visitDetail(actor, row, await goodPracticesOfVisit(db, row.id)),
    pendingChanges: await pendingChangesFor(db, actor, visitSubject, row),
  };
}

export async function getVisit(db: Db, actor: Actor, id: string): Promise<VisitDetail> {
  const row = await findVisit(db, id);
  if (!row) throw recordNotFound('visit', id);
  assertRecordVisible(actor, 'visit', { id, ...tenancy(row) });
  return present(db, actor, row);
}

export async function createVisit(db: Db, ctx: WriteContext, input: VisitSave): Promise<VisitDetail> {
  assertValid(input);
  assertMayWrite(ctx.actor, input, 'record:create', input.published);
  // Publishing a visit shared with other regions waits for their consent (decision 009).
  const publishWaits = input.published && consentingRegions(ctx.actor, visitRegionCodes(input)).length > 0;
  const row = await db.transaction(async (tx) => {
    const created = await insertVisit(tx, {
      ...columnsOf({ ...input, published: input.published && !publishWaits }),
      ownerRegionCode: ctx.actor.regionCode,
      createdBy: ctx.actor.id,
      updatedBy: ctx.actor.id,
    });
    await replaceGoodPractices(tx, created.id, created.hostRegionCode, input.goodPractices);
    await recordAudit(tx, ctx, {
      action: 'visit.create',
      entityType: 'visit',
      entityId: created.id,
      regionCodes: created.partyRegionCodes,
      after: auditSnapshot(created, input.goodPractices),
      version: created.version,
    });
    if (publishWaits) {
      const edit: PendingEdit<VisitSave> = { input, version: created.version };
      await proposeChange(tx, ctx, 'visit', created, { kind: 'publish', payload: edit });
    }
    await notifyPartnerRecord(tx, {
      recordType: 'visit',
      recordId: created.id,
      title: created.title,
      regionCodes: created.partyRegionCodes,
      byRegionCode: ctx.actor.regionCode,
    });
    return created;
  });
  return present(db, ctx.actor, row);
}

/**
 * Saves the whole visit again (the form sends every field) if `version` is still the stored one,
 * else 409 VERSION_CONFLICT with the stored visit, so the second editor sees what changed. An edit
 * that removes a party region or publishes a shared visit waits as a whole for the other parties
 * (`pending`: the visit is returned unchanged, with the pending change).
 */
export async function updateVisit(
  db: Db,
  ctx: WriteContext,
  id: string,
  input: VisitSave,
  version: number,
): Promise<{ pending: boolean; visit: VisitDetail }> {
  const { row, pending } = await db.transaction((tx) => saveVisitIn(tx, ctx, id, input, version));
  return { pending, visit: await present(db, ctx.actor, row) };
}

/** An edit in the caller's transaction; `consented`: a pending edit every party agreed to. */
async function saveVisitIn(
  tx: Db,
  ctx: WriteContext,
  id: string,
  input: VisitSave,
  version: number,
  options: { consented?: boolean } = {},
): Promise<{ row: VisitRow; pending: boolean }> {
  const current = await findVisit(tx, id, { forUpdate: true });
  if (!current) throw recordNotFound('visit', id);
  if (!options.consented)
    assertRecordAllowed(ctx.actor, 'visit', { id, ...tenancy(current) }, 'record:update');
  assertValid(input);
  // The visit after the change must still belong to the editor's region (a consented change was
  // checked when it was proposed; its last consenting party may be the one it removes).
  if (!options.consented) {
    assertMayWrite(ctx.actor, input, 'record:update', input.published !== current.published);
  }
  if (current.version !== version) {
    throw new AppError(
      'VERSION_CONFLICT',
      `The visit was changed by someone else (version ${current.version}, yours ${version})`,
      'version',
      {
        currentVersion: current.version,
        current: visitDetail(ctx.actor, current, await goodPracticesOfVisit(tx, id)),
      },
    );
  }
  const after = { partyRegionCodes: visitRegionCodes(input), published: input.published };
  if (await proposeEditIfNeeded(tx, ctx, 'visit', current, after, { input, version }, options)) {
    return { row: current, pending: true };
  }
  const before = auditSnapshot(current, await goodPracticesOfVisit(tx, id));
  const updated = await updateVisitRow(tx, id, version, { ...columnsOf(input), updatedBy: ctx.actor.id });
  if (!updated) throw new AppError('VERSION_CONFLICT', 'The visit was changed by someone else', 'version');
  await replaceGoodPractices(tx, id, updated.hostRegionCode, input.goodPractices);
  await recordAudit(tx, ctx, {
    action: 'visit.update',
    entityType: 'visit',
    entityId: id,
    regionCodes: [...new Set([...current.partyRegionCodes, ...updated.partyRegionCodes])],
    before,
    after: auditSnapshot(updated, input.goodPractices),
    version: updated.version,
  });
  return { row: updated, pending: false };
}

/**
 * Deletes a visit (soft delete), or, when it has party regions besides the actor's, proposes the
 * deletion to them (decision 009).
 */
export async function deleteVisit(db: Db, ctx: WriteContext, id: string): Promise<DeletionResult> {
  return db.transaction(async (tx): Promise<DeletionResult> => {
    const current = await findVisit(tx, id, { forUpdate: true });
    if (!current) throw recordNotFound('visit', id);
    assertRecordAllowed(ctx.actor, 'visit', { id, ...tenancy(current) }, 'record:delete');
    const pendingChange = await proposeDeletionIfNeeded(tx, ctx, 'visit', current);
    if (pendingChange) return { ok: false, pendingChange };
    await deleteVisitIn(tx, ctx, id);
    return { ok: true };
  });
}

async function deleteVisitIn(tx: Db, ctx: WriteContext, id: string): Promise<void> {
  const current = await findVisit(tx, id, { forUpdate: true });
  if (!current) throw recordNotFound('visit', id);
  await updateVisitRow(tx, id, current.version, { deletedAt: new Date(), deletedBy: ctx.actor.id });
  await recordAudit(tx, ctx, {
    action: 'visit.delete',
    entityType: 'visit',
    entityId: id,
    regionCodes: current.partyRegionCodes,
    before: auditSnapshot(current, await goodPracticesOfVisit(tx, id)),
    version: current.version,
  });
}
