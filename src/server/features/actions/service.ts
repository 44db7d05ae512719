/**
 * Writes of follow-up actions (tindak lanjut): create under a visible parent, change, report progress,
 * comment, delete. Every write checks the record core's tenancy (record-access.ts) and is audited in
 * the same transaction; every broken rule answers 422 RULE_VIOLATION with its issues, before anything
 * is written.
 */
import type { z } from 'zod';
import { recordAudit, type RequestContext } from '../../audit.js';
import type { UserActor } from '../../auth/policy.js';
import { assertRecordAllowed, canOnRecord, recordNotFound } from '../../auth/record-access.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { issuesFromZod, makeIssue, type Issue } from '../../../domain/agreements/issues.js';
import {
  actionInputSchema,
  actionProgressSchema,
  type ActionInput,
  type ActionProgressInput,
} from '../../../domain/records/schema.js';
import { opdsByIds } from '../opds/service.js';
import { actionTenancy, auditView, type EvidenceLink } from './model.js';
import { parentNotVisible, visibleParent, type ActionParent } from './parents.js';
import { getAction } from './read.service.js';
import {
  findAction,
  insertAction,
  insertComment,
  meetingOfDecision,
  updateActionRow,
  type ActionInsert,
  type ActionRow,
} from './repo.js';

export type WriteContext = RequestContext & { actor: UserActor };

/** 422 RULE_VIOLATION naming the first issue's field (as body.<field>), with every issue in details. */
function ruleViolation(issues: readonly Issue[]): AppError {
  const first = issues[0];
  return new AppError(
    'RULE_VIOLATION',
    first?.message ?? 'The action breaks a rule',
    first?.field ? `body.${first.field}` : undefined,
    issues,
  );
}

/** The domain schema's verdict (progress range, a finished action at 100%) as Issues. */
function schemaIssues(schema: z.ZodType, input: unknown): Issue[] {
  const parsed = schema.safeParse(input);
  return parsed.success ? [] : issuesFromZod(parsed.error.issues);
}

type Checked = Pick<ActionInput, 'opdId' | 'dueDate' | 'decisionId'>;

/** The checks that need stored data: the OPD of a party, a due date after the parent began, the decision. */
async function recordIssues(
  db: Db,
  parent: ActionParent,
  action: Checked,
): Promise<{ issues: Issue[]; opdRegionCode: string }> {
  const issues: Issue[] = [];
  const [opd] = await opdsByIds(db, [action.opdId]);
  if (!opd) issues.push(makeIssue('UNKNOWN_OPD', 'error', 'opdId', `OPD ${action.opdId} does not exist`));
  else if (!parent.partyRegionCodes.includes(opd.regionCode))
    issues.push(
      makeIssue(
        'OPD_NOT_OF_PARTY',
        'error',
        'opdId',
        `${opd.name} (${opd.regionCode}) is not of a party region`,
      ),
    );
  if (action.dueDate !== null && parent.startDate !== null && action.dueDate < parent.startDate)
    issues.push(
      makeIssue('DUE_BEFORE_PARENT_START', 'error', 'dueDate', undefined, { parentStart: parent.startDate }),
    );
  if (action.decisionId !== null) {
    const meetingId = parent.type === 'meeting' ? await meetingOfDecision(db, action.decisionId) : undefined;
    if (meetingId !== parent.id) issues.push(makeIssue('DECISION_NOT_OF_MEETING', 'error', 'decisionId'));
  }
  return { issues, opdRegionCode: opd?.regionCode ?? '' };
}

/** completed_at follows the status: set when it becomes selesai, kept while it stays, cleared otherwise. */
function completedAt(
  previous: Pick<ActionRow, 'status' | 'completedAt'> | null,
  status: string,
): Date | null {
  if (status !== 'selesai') return null;
  return previous?.status === 'selesai' ? previous.completedAt : new Date();
}

export type CreateActionBody = Omit<ActionInput, 'progress'> & { progress: number };

export async function createAction(db: Db, ctx: WriteContext, body: CreateActionBody) {
  const parent = await visibleParent(db, ctx.actor, body.parentType, body.parentId);
  if (!parent) throw parentNotVisible(body.parentType, body.parentId);
  if (!canOnRecord(ctx.actor, 'record:create', parent))
    throw new AppError('FORBIDDEN', `You may not add actions to this ${parent.type}`);
  const domain = schemaIssues(actionInputSchema, body);
  const checked = await recordIssues(db, parent, body);
  const issues = [...domain, ...checked.issues];
  if (issues.length > 0) throw ruleViolation(issues);
  const id = await db.transaction(async (tx) => {
    const values: ActionInsert = {
      parentType: parent.type,
      parentId: parent.id,
      decisionId: body.decisionId,
      title: body.title,
      description: body.description,
      opdId: body.opdId,
      opdRegionCode: checked.opdRegionCode,
      dueDate: body.dueDate,
      status: body.status,
      progress: body.progress,
      evidenceLinks: body.evidenceLinks,
      completedAt: completedAt(null, body.status),
      // The action belongs to its parent's parties and is public when the parent is (at creation).
      partyRegionCodes: [...parent.partyRegionCodes],
      published: parent.published,
      ownerRegionCode: ctx.actor.regionCode,
      createdBy: ctx.actor.id,
      updatedBy: ctx.actor.id,
    };
    const row = await insertAction(tx, values);
    await recordAudit(tx, ctx, {
      action: 'action.create',
      entityType: 'action',
      entityId: row.id,
      regionCodes: row.partyRegionCodes,
      after: auditView(row),
      version: row.version,
    });
    return row.id;
  });
  return getAction(db, ctx.actor, id);
}

/** The stored action, or 404 when it is unknown or hidden from the actor; 403 without `permission`. */
async function allowedAction(
  db: Db,
  ctx: WriteContext,
  id: string,
  permission: 'record:update' | 'record:delete' | 'action:report',
) {
  const row = await findAction(db, id);
  if (!row) throw recordNotFound('action', id);
  assertRecordAllowed(ctx.actor, 'action', { id, ...actionTenancy(row) }, permission);
  return row;
}

/**
 * 409 VERSION_CONFLICT with the stored action, when the client edited another version than the stored
 * one. Called before the write's transaction: inside it, the guard of updateActionRow catches a race.
 */
async function assertVersion(db: Db, ctx: WriteContext, row: ActionRow, version: number): Promise<void> {
  if (row.version === version) return;
  const current = await getAction(db, ctx.actor, row.id);
  throw new AppError(
    'VERSION_CONFLICT',
    `The action was changed by someone else (version ${current.version}, yours ${version})`,
    'version',
    { currentVersion: current.version, current },
  );
}

/** A write that lost a race with another between the version check and its update. */
function raceConflict(id: string): AppError {
  return new AppError('VERSION_CONFLICT', `The action ${id} was changed meanwhile`, 'version');
}

export type ActionPatch = Partial<Omit<CreateActionBody, 'parentType' | 'parentId'>> & { version: number };

export async function updateAction(db: Db, ctx: WriteContext, id: string, patch: ActionPatch) {
  const row = await allowedAction(db, ctx, id, 'record:update');
  const { version, ...changes } = patch;
  const merged = {
    parentType: row.parentType,
    parentId: row.parentId,
    decisionId: row.decisionId,
    title: row.title,
    description: row.description,
    opdId: row.opdId,
    dueDate: row.dueDate,
    status: row.status,
    progress: row.progress,
    evidenceLinks: row.evidenceLinks as EvidenceLink[],
    ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)),
  } as CreateActionBody;
  // A parent deleted since still bounds the OPD by the parties the action copied from it.
  const parent: ActionParent = (await visibleParent(db, ctx.actor, merged.parentType, merged.parentId)) ?? {
    type: merged.parentType,
    id: merged.parentId,
    title: '',
    partyRegionCodes: row.partyRegionCodes,
    published: row.published,
    startDate: null,
  };
  const checked = await recordIssues(db, parent, merged);
  const issues = [...schemaIssues(actionInputSchema, merged), ...checked.issues];
  const opdRegionCode = checked.opdRegionCode;
  if (issues.length > 0) throw ruleViolation(issues);
  await assertVersion(db, ctx, row, version);
  await db.transaction(async (tx) => {
    const updated = await updateActionRow(tx, id, version, {
      decisionId: merged.decisionId,
      title: merged.title,
      description: merged.description,
      opdId: merged.opdId,
      opdRegionCode,
      dueDate: merged.dueDate,
      status: merged.status,
      progress: merged.progress,
      evidenceLinks: merged.evidenceLinks,
      completedAt: completedAt(row, merged.status),
      updatedBy: ctx.actor.id,
    });
    if (!updated) throw raceConflict(id);
    await recordAudit(tx, ctx, {
      action: 'action.update',
      entityType: 'action',
      entityId: id,
      regionCodes: updated.partyRegionCodes,
      before: auditView(row),
      after: auditView(updated),
      version: updated.version,
    });
  });
  return getAction(db, ctx.actor, id);
}

export type ProgressBody = Omit<ActionProgressInput, 'progress'> & { progress: number };

/** The owning OPD (or an administrator of a party) reports status, progress, evidence and a note. */
export async function reportProgress(db: Db, ctx: WriteContext, id: string, body: ProgressBody) {
  const row = await allowedAction(db, ctx, id, 'action:report');
  const issues = schemaIssues(actionProgressSchema, body);
  if (issues.length > 0) throw ruleViolation(issues);
  await assertVersion(db, ctx, row, body.version);
  await db.transaction(async (tx) => {
    const updated = await updateActionRow(tx, id, body.version, {
      status: body.status,
      progress: body.progress,
      ...(body.evidenceLinks !== undefined ? { evidenceLinks: body.evidenceLinks } : {}),
      completedAt: completedAt(row, body.status),
      updatedBy: ctx.actor.id,
    });
    if (!updated) throw raceConflict(id);
    if (body.note !== null)
      await insertComment(tx, {
        actionId: id,
        body: body.note,
        status: body.status,
        progress: body.progress,
        authorId: ctx.actor.id,
      });
    await recordAudit(tx, ctx, {
      action: 'action.progress',
      entityType: 'action',
      entityId: id,
      regionCodes: updated.partyRegionCodes,
      before: auditView(row),
      after: auditView(updated),
      note: body.note,
      version: updated.version,
    });
  });
  return getAction(db, ctx.actor, id);
}

export async function addComment(db: Db, ctx: WriteContext, id: string, body: string) {
  const row = await allowedAction(db, ctx, id, 'action:report');
  return db.transaction(async (tx) => {
    const comment = await insertComment(tx, { actionId: id, body, authorId: ctx.actor.id });
    await recordAudit(tx, ctx, {
      action: 'action.comment',
      entityType: 'action',
      entityId: id,
      regionCodes: row.partyRegionCodes,
      note: body,
    });
    return {
      id: comment.id,
      body: comment.body,
      status: comment.status,
      progress: comment.progress,
      authorId: comment.authorId,
      authorName: ctx.actor.name,
      createdAt: comment.createdAt.toISOString(),
    };
  });
}

export async function deleteAction(db: Db, ctx: WriteContext, id: string) {
  const row = await allowedAction(db, ctx, id, 'record:delete');
  await db.transaction(async (tx) => {
    const updated = await updateActionRow(tx, id, row.version, {
      deletedAt: new Date(),
      deletedBy: ctx.actor.id,
    });
    if (!updated) throw raceConflict(id);
    await recordAudit(tx, ctx, {
      action: 'action.delete',
      entityType: 'action',
      entityId: id,
      regionCodes: row.partyRegionCodes,
      before: auditView(row),
    });
  });
}
