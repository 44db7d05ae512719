/**
 * Programs (kemitraan, bantuan keuangan): create, read, update with optimistic locking, soft delete.
 * Tenancy only through record-access.ts: the party regions are the funder's and the recipient's
 * (programRegionCodes) plus the parent's, when the program is carried out under an agreement or a
 * meeting. The budget lines are replaced with the program, in the same transaction, and every write
 * is audited with the budget lines in its before/after.
 */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { regionByCode } from '../../../domain/regions/index.js';
import { makeIssue, type Issue, type IssueCode } from '../../../domain/agreements/issues.js';
import {
  programInputSchema,
  programRegionCodes,
  type BudgetLine,
  type ProgramInput,
} from '../../../domain/records/schema.js';
import type { ProgramKind, ProgramParentType, ProgramStatus } from '../../../domain/records/kinds.js';
import type { SectorKey } from '../../../domain/taxonomy/sectors.js';
import { findVisibleRecord } from '../../record-lookup.js';
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
import { organizations, programBudgets, programs } from '../../db/schema/index.js';
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

type WriteContext = RequestContext & { actor: UserActor };
type ProgramRow = typeof programs.$inferSelect;

/** What a client sends to create a program; `published` shows it on the public portal. */
export type ProgramBody = Record<string, unknown> & { published?: boolean };
/** A change: any subset of the fields, and the version edited. */
export type ProgramPatch = Record<string, unknown> & { published?: boolean };

type ProgramIssue = Omit<Issue, 'code'> & { code: IssueCode | 'UNKNOWN_ORGANIZATION' };

/** 422 RULE_VIOLATION naming the first issue's field (as body.<field>), every issue in details. */
function ruleViolation(issues: readonly ProgramIssue[]): AppError {
  const first = issues[0];
  return new AppError(
    'RULE_VIOLATION',
    first?.message ?? 'The program breaks a rule',
    first?.field ? `body.${first.field}` : undefined,
    issues,
  );
}

/**
 * The domain schema's verdict on a whole program (after merging a change into the stored one): the
 * domain's issue codes (BUDGET_YEAR_OUT_OF_RANGE, REALISATION_EXCEEDS_BUDGET, DUPLICATE_BUDGET_YEAR,
 * FUNDER_IS_RECIPIENT, ...) answer 422 with their field paths; a malformed field answers 400.
 */
function parseProgram(candidate: Record<string, unknown>): ProgramInput {
  const parsed = programInputSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const coded = parsed.error.issues.flatMap((issue): ProgramIssue[] => {
    const code = (issue as { params?: { code?: unknown } }).params?.code;
    if (typeof code !== 'string') return [];
    const params = { ...(issue as { params?: Record<string, string | number> }).params };
    delete params.code;
    return [makeIssue(code as IssueCode, 'error', issue.path.map(String).join('.'), issue.message, params)];
  });
  if (coded.length === parsed.error.issues.length) throw ruleViolation(coded);
  const issue = parsed.error.issues.find((entry) => !(entry as { params?: unknown }).params);
  const path = issue?.path.map(String).join('.') ?? '';
  throw new AppError(
    'VALIDATION_FAILED',
    `${path || 'body'}: ${issue?.message ?? 'invalid program'}`,
    path ? `body.${path}` : 'body',
    parsed.error.issues.map((entry) => ({ path: entry.path.map(String).join('.'), message: entry.message })),
  );
}

type Parent = { type: ProgramParentType; id: string; title: string; partyRegionCodes: string[] };

/** The parent record when it exists, is not deleted and the actor may read it; else null. */
async function visibleParent(
  db: Db,
  actor: Actor,
  type: ProgramParentType,
  id: string,
): Promise<Parent | null> {
  const record = await findVisibleRecord(db, actor, type, id);
  return record ? { type, id, title: record.title, partyRegionCodes: record.partyRegionCodes } : null;
}

/** Checks that need the database: the parent readable by the actor, the organisations existing. */
async function storedDataIssues(
  db: Db,
  actor: Actor,
  input: ProgramInput,
): Promise<{ issues: ProgramIssue[]; parent: Parent | null }> {
  const issues: ProgramIssue[] = [];
  let parent: Parent | null = null;
  if (input.parentType !== null && input.parentId !== null) {
    parent = await visibleParent(db, actor, input.parentType, input.parentId);
    if (!parent) issues.push(makeIssue('PARENT_NOT_VISIBLE', 'error', 'parentId'));
  }
  const organizationIds = [input.funderOrganizationId, input.recipientOrganizationId].filter(
    (id): id is string => id !== null,
  );
  if (organizationIds.length) {
    const found = new Set(
      (
        await db
          .select({ id: organizations.id })
          .from(organizations)
          .where(inArray(organizations.id, organizationIds))
      ).map((row) => row.id),
    );
    for (const field of ['funderOrganizationId', 'recipientOrganizationId'] as const) {
      const id = input[field];
      if (id !== null && !found.has(id))
        issues.push({
          code: 'UNKNOWN_ORGANIZATION',
          severity: 'error',
          field,
          message: `No organisation ${id}`,
        });
    }
  }
  return { issues, parent };
}

/** Party regions: the funder's and the recipient's, and the parent's parties. */
function partyRegionsOf(input: ProgramInput, parent: Parent | null): string[] {
  return [...new Set([...programRegionCodes(input), ...(parent?.partyRegionCodes ?? [])])];
}

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

async function loadBudgets(db: Db, programId: string): Promise<BudgetLine[]> {
  const rows = await db
    .select()
    .from(programBudgets)
    .where(eq(programBudgets.programId, programId))
    .orderBy(asc(programBudgets.year));
  return rows.map((row) => ({
    year: row.year,
    budget: row.budget,
    realisation: row.realisation,
    note: row.note,
  }));
}

async function loadRow(db: Db, id: string): Promise<ProgramRow | undefined> {
  const [row] = await db
    .select()
    .from(programs)
    .where(and(eq(programs.id, id), isNull(programs.deletedAt)));
  return row;
}

async function organizationName(db: Db, id: string | null): Promise<string | null> {
  if (id === null) return null;
  const [row] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, id));
  return row?.name ?? null;
}

/** The audited snapshot of a program: its fields, budget lines and publication. */
function snapshot(input: ProgramInput, published: boolean): Record<string, unknown> {
  return { ...input, published };
}

/** One program as the API answers it: fields, names, parent, totals and what the actor may do. */
async function detailOf(db: Db, actor: Actor, row: ProgramRow): Promise<ProgramDetailDto> {
  const budgets = await loadBudgets(db, row.id);
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
  load: async (db, id, options) => {
    const query = db
      .select()
      .from(programs)
      .where(and(eq(programs.id, id), isNull(programs.deletedAt)));
    const [row] = options?.forUpdate ? await query.for('update') : await query;
    return row;
  },
  apply: async (tx, ctx, record, change) => {
    if (change.kind === 'delete') return deleteProgramIn(tx, ctx, record.id);
    const edit = change.payload as PendingEdit<ProgramPatch>;
    await saveProgramIn(tx, ctx, record.id, edit.input, edit.version, { consented: true });
  },
};
export type ProgramDetail = ProgramDetailDto;

export async function getProgram(db: Db, actor: Actor, id: string): Promise<ProgramDetail> {
  const row = await loadRow(db, id);
  if (!row) throw recordNotFound('program', id);
  assertRecordVisible(actor, 'program', row);
  return detailOf(db, actor, row);
}

async function replaceBudgets(db: Db, programId: string, lines: readonly BudgetLine[]): Promise<void> {
  await db.delete(programBudgets).where(eq(programBudgets.programId, programId));
  if (lines.length) await db.insert(programBudgets).values(lines.map((line) => ({ programId, ...line })));
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
    const [row] = await tx
      .insert(programs)
      .values({
        ...columnsOf(input),
        partyRegionCodes,
        published: published && !publishWaits,
        ownerRegionCode:
          ctx.actor.regionCode && partyRegionCodes.includes(ctx.actor.regionCode)
            ? ctx.actor.regionCode
            : null,
        createdBy: ctx.actor.id,
        updatedBy: ctx.actor.id,
      })
      .returning({ id: programs.id });
    const programId = row!.id;
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
  const row = await loadRow(tx, id);
  if (!row) throw recordNotFound('program', id);
  if (!options.consented) assertRecordAllowed(ctx.actor, 'program', row, 'record:update');
  if (row.version !== version)
    throw new AppError(
      'VERSION_CONFLICT',
      `The program was changed by someone else (version ${row.version}, yours ${version})`,
      'version',
      { currentVersion: row.version },
    );
  const before = inputOf(row, await loadBudgets(tx, id));
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
  const updated = await tx
    .update(programs)
    .set({
      ...columnsOf(input),
      partyRegionCodes,
      published,
      version: row.version + 1,
      updatedBy: ctx.actor.id,
      updatedAt: new Date(),
    })
    .where(and(eq(programs.id, id), eq(programs.version, version)))
    .returning({ id: programs.id });
  if (!updated.length)
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
    const row = await loadRow(tx, id);
    if (!row) throw recordNotFound('program', id);
    assertRecordAllowed(ctx.actor, 'program', row, 'record:delete');
    const pendingChange = await proposeDeletionIfNeeded(tx, ctx, 'program', row);
    if (pendingChange) return { ok: false, pendingChange };
    await deleteProgramIn(tx, ctx, id);
    return { ok: true };
  });
}

async function deleteProgramIn(tx: Db, ctx: WriteContext, id: string): Promise<void> {
  const row = await loadRow(tx, id);
  if (!row) throw recordNotFound('program', id);
  await tx
    .update(programs)
    .set({ deletedAt: new Date(), deletedBy: ctx.actor.id, version: row.version + 1 })
    .where(eq(programs.id, id));
  await recordAudit(tx, ctx, {
    action: 'program.delete',
    entityType: 'program',
    entityId: id,
    regionCodes: row.partyRegionCodes,
    before: snapshot(inputOf(row, await loadBudgets(tx, id)), row.published),
    version: row.version + 1,
  });
}
