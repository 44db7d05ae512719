/**
 * Programs (kemitraan, bantuan keuangan): create, read, update with optimistic locking, soft delete.
 * Tenancy only through record-access.ts: the party regions are the funder's and the recipient's
 * (programRegionCodes) plus the parent's, when the program is carried out under an agreement or a
 * meeting. The budget lines are replaced with the program, in the same transaction, and every write
 * is audited with the budget lines in its before/after.
 */
import { regionByCode } from '../../../domain/regions/index.js';
import type { BudgetLine, ProgramInput } from '../../../domain/records/schema.js';
import type { ProgramKind, ProgramParentType, ProgramStatus } from '../../../domain/records/kinds.js';
import type { SectorKey } from '../../../domain/taxonomy/sectors.js';
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
import { AppError } from '../../errors.js';
import { budgetTotals } from './model.js';
import type { ProgramDetailDto } from '../../../domain/records/program-api.js';
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
import {
  findBudgets,
  findProgram,
  insertProgram,
  organizationName,
  replaceBudgets,
  setProgramDeleted,
  updateProgramRow,
  type ProgramRow,
} from './repo.js';
import {
  parseProgram,
  partyRegionsOf,
  ruleViolation,
  storedDataIssues,
  visibleParent,
} from './validation.js';

type WriteContext = RequestContext & { actor: UserActor };

/** What a client sends to create a program; `published` shows it on the public portal. */
export type ProgramBody = Record<string, unknown> & { published?: boolean };
/** A change: any subset of the fields, and the version edited. */
export type ProgramPatch = Record<string, unknown> & { published?: boolean };

function inputOf(row: ProgramRow, budgets: readonly BudgetLine[]): ProgramInput {
  return {
    title: row.title,
    kind: row.kind as ProgramKind,
    parentType: row.parentType as ProgramParentType | null,
    parentId: row.parentId,
    funderRegionCode: row.funderRegionCode,
    funderOrganizationId: row.funderOrganizationId,
    recipientRegionCode: row.recipientRegionCode,
    recipientOrganizationId: row.recipientOrganizationId,
    location: row.location,
    description: row.description,
    sectors: row.sectors as SectorKey[],
    status: row.status as ProgramStatus,
    physicalProgress: row.physicalProgress,
    budgets: [...budgets],
    evidenceLinks: row.evidenceLinks as ProgramInput['evidenceLinks'],
  };
}

/** The audited snapshot of a program: its fields, budget lines and publication. */
function snapshot(input: ProgramInput, published: boolean): Record<string, unknown> {
  return { ...input, published };
}

/** One program as the API answers it: fields, names, parent, totals and what the actor may do. */
async function detailOf(db: Db, actor: Actor, row: ProgramRow): Promise<ProgramDetailDto> {
  const budgets = await findBudgets(db, row.id);
  const input = inputOf(row, budgets);
  const parent =
    input.parentType !== null && input.parentId !== null
      ? await visibleParent(db, actor, input.parentType, input.parentId)
      : null;
  const totals = budgetTotals(budgets);
  return {
    id: row.id,
    ...input,
    funderName:
      (row.funderRegionCode ? regionByCode(row.funderRegionCode)?.name : null) ??
      (await organizationName(db, row.funderOrganizationId)),
    recipientName:
      (row.recipientRegionCode ? regionByCode(row.recipientRegionCode)?.name : null) ??
      (await organizationName(db, row.recipientOrganizationId)),
    parent: parent ? { type: parent.type, id: parent.id, title: parent.title } : null,
    partyRegionCodes: row.partyRegionCodes,
    published: row.published,
    ownerRegionCode: row.ownerRegionCode,
    totals: { years: totals.years, overall: totals.overall },
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    access: recordAccessOf(actor, 'program', row),
    pendingChanges: await pendingChangesFor(db, actor, programSubject, row),
  };
}

/** Programs in the record core's consent: a party region's administrator decides (`features/consent`). */
export const programSubject: ConsentSubject = {
  type: 'program',
  decidePermission: 'record:update',
  load: (db, id, options) => findProgram(db, id, { forUpdate: options?.forUpdate }),
  apply: async (tx, ctx, record, change) => {
    if (change.kind === 'delete') return deleteProgramIn(tx, ctx, record.id);
    const edit = change.payload as PendingEdit<ProgramPatch>;
    await saveProgramIn(tx, ctx, record.id, edit.input, edit.version, { consented: true });
  },
};
export type ProgramDetail = ProgramDetailDto;

export async function getProgram(db: Db, actor: Actor, id: string): Promise<ProgramDetail> {
  const row = await findProgram(db, id);
  if (!row) throw recordNotFound('program', id);
  assertRecordVisible(actor, 'program', row);
  return detailOf(db, actor, row);
}

function columnsOf(input: ProgramInput) {
  const { budgets: _budgets, ...fields } = input;
  return fields;
}

function assertMayPublish(actor: UserActor, partyRegionCodes: readonly string[]): void {
  if (!canPublish(actor, recordTarget({ partyRegionCodes, published: false })))
    throw new AppError('FORBIDDEN', 'You may not publish this program', 'body.published');
}

export async function createProgram(db: Db, ctx: WriteContext, body: ProgramBody): Promise<ProgramDetail> {
  const { published = false, ...fields } = body;
  const input = parseProgram(fields);
  const { issues, parent } = await storedDataIssues(db, ctx.actor, input);
  if (issues.length) throw ruleViolation(issues);
  const partyRegionCodes = partyRegionsOf(input, parent);
  if (!canOnRecord(ctx.actor, 'record:create', { partyRegionCodes, published }))
    throw new AppError(
      'FORBIDDEN',
      'You may enter programs of your own region only',
      'body.funderRegionCode',
    );
  if (published) assertMayPublish(ctx.actor, partyRegionCodes);
  // Publishing a program shared with other regions waits for their consent (decision 009).
  const publishWaits = published && consentingRegions(ctx.actor, partyRegionCodes).length > 0;
  const id = await db.transaction(async (tx) => {
    const programId = await insertProgram(tx, {
      ...columnsOf(input),
      partyRegionCodes,
      published: published && !publishWaits,
      ownerRegionCode:
        ctx.actor.regionCode && partyRegionCodes.includes(ctx.actor.regionCode) ? ctx.actor.regionCode : null,
      createdBy: ctx.actor.id,
      updatedBy: ctx.actor.id,
    });
    await replaceBudgets(tx, programId, input.budgets);
    await recordAudit(tx, ctx, {
      action: 'program.create',
      entityType: 'program',
      entityId: programId,
      regionCodes: partyRegionCodes,
      after: snapshot(input, published && !publishWaits),
      version: 1,
    });
    if (publishWaits) {
      const edit: PendingEdit<ProgramPatch> = { input: { published: true }, version: 1 };
      await proposeChange(
        tx,
        ctx,
        'program',
        { id: programId, partyRegionCodes, version: 1 },
        {
          kind: 'publish',
          payload: edit,
        },
      );
    }
    await notifyPartnerRecord(tx, {
      recordType: 'program',
      recordId: programId,
      title: input.title,
      regionCodes: partyRegionCodes,
      byRegionCode: ctx.actor.regionCode,
    });
    return programId;
  });
  return getProgram(db, ctx.actor, id);
}

/**
 * Changes a program when `version` is still the stored one (else 409 VERSION_CONFLICT). A change
 * that removes a party region or publishes a shared program waits as a whole for the other parties
 * (`pending`: the program is returned unchanged, with the pending change).
 */
export async function updateProgram(
  db: Db,
  ctx: WriteContext,
  id: string,
  patch: ProgramPatch,
  version: number,
): Promise<{ pending: boolean; program: ProgramDetail }> {
  const pending = await db.transaction((tx) => saveProgramIn(tx, ctx, id, patch, version));
  return { pending, program: await getProgram(db, ctx.actor, id) };
}

/** A change in the caller's transaction (true: it waits); `consented`: a pending change every party agreed to. */
async function saveProgramIn(
  tx: Db,
  ctx: WriteContext,
  id: string,
  patch: ProgramPatch,
  version: number,
  options: { consented?: boolean } = {},
): Promise<boolean> {
  const row = await findProgram(tx, id);
  if (!row) throw recordNotFound('program', id);
  if (!options.consented) assertRecordAllowed(ctx.actor, 'program', row, 'record:update');
  if (row.version !== version)
    throw new AppError(
      'VERSION_CONFLICT',
      `The program was changed by someone else (version ${row.version}, yours ${version})`,
      'version',
      { currentVersion: row.version },
    );
  const before = inputOf(row, await findBudgets(tx, id));
  const { published = row.published, ...fields } = patch;
  const input = parseProgram({ ...before, ...fields });
  const { issues, parent } = await storedDataIssues(tx, ctx.actor, input);
  if (issues.length) throw ruleViolation(issues);
  const partyRegionCodes = partyRegionsOf(input, parent);
  // The program after the change must still be the actor's to change (no handing it away). A
  // consented change was checked when it was proposed; its last consenting party may be the one it removes.
  if (!options.consented) {
    if (!canOnRecord(ctx.actor, 'record:update', { partyRegionCodes, published }))
      throw new AppError(
        'FORBIDDEN',
        'The program would no longer be of your region',
        'body.funderRegionCode',
      );
    if (published && !row.published) assertMayPublish(ctx.actor, partyRegionCodes);
  }
  const after = { partyRegionCodes, published };
  if (await proposeEditIfNeeded(tx, ctx, 'program', row, after, { input: patch, version }, options))
    return true;
  const updated = await updateProgramRow(tx, id, version, {
    ...columnsOf(input),
    partyRegionCodes,
    published,
    version: row.version + 1,
    updatedBy: ctx.actor.id,
    updatedAt: new Date(),
  });
  if (!updated)
    throw new AppError('VERSION_CONFLICT', 'The program was changed by someone else', 'version', {
      currentVersion: row.version + 1,
    });
  await replaceBudgets(tx, id, input.budgets);
  await recordAudit(tx, ctx, {
    action: 'program.update',
    entityType: 'program',
    entityId: id,
    regionCodes: [...new Set([...row.partyRegionCodes, ...partyRegionCodes])],
    before: snapshot(before, row.published),
    after: snapshot(input, published),
    version: row.version + 1,
  });
  return false;
}

/**
 * Soft-deletes a program, or, when it has party regions besides the actor's, proposes the deletion
 * to them (decision 009).
 */
export async function deleteProgram(db: Db, ctx: WriteContext, id: string): Promise<DeletionResult> {
  return db.transaction(async (tx): Promise<DeletionResult> => {
    const row = await findProgram(tx, id);
    if (!row) throw recordNotFound('program', id);
    assertRecordAllowed(ctx.actor, 'program', row, 'record:delete');
    const pendingChange = await proposeDeletionIfNeeded(tx, ctx, 'program', row);
    if (pendingChange) return { ok: false, pendingChange };
    await deleteProgramIn(tx, ctx, id);
    return { ok: true };
  });
}

async function deleteProgramIn(tx: Db, ctx: WriteContext, id: string): Promise<void> {
  const row = await findProgram(tx, id);
  if (!row) throw recordNotFound('program', id);
  await setProgramDeleted(tx, id, ctx.actor.id, row.version + 1);
  await recordAudit(tx, ctx, {
    action: 'program.delete',
    entityType: 'program',
    entityId: id,
    regionCodes: row.partyRegionCodes,
    before: snapshot(inputOf(row, await findBudgets(tx, id)), row.published),
    version: row.version + 1,
  });
}
