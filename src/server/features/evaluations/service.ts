/**
 * Monitoring and evaluation of agreements: evaluations per period and evaluator, and the status of an
 * agreement's periods (the checks the dashboard and reminders call are in due.service.ts). Tenancy is the parent agreement's (record-access.ts); every write is audited
 * in the same transaction; writes carry the version they edit.
 */
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import { recordAudit, type RequestContext } from '../../audit.js';
import type { Actor, UserActor } from '../../auth/policy.js';
import {
  assertEvaluationAllowed,
  canOnRecord,
  evaluationFormsOf,
  type RecordTenancy,
} from '../../auth/record-access.js';
import { AppError } from '../../errors.js';
import { issuesFromZod, type Issue } from '../../../domain/agreements/issues.js';
import type { AgreementRules } from '../../../domain/agreements/rules.js';
import {
  evaluationInputSchema,
  evaluationPatchSchema,
  evaluationSummary,
  parsePeriodKey,
  periodIssues,
  type EvaluatedAgreement,
  type EvaluatorRole,
} from '../../../domain/monitoring/evaluation.js';
import { findAgreement } from '../agreements/repo.js';
import { loadRules, todayIso } from '../agreements/rules.service.js';
import {
  findEvaluation,
  findEvaluationsOf,
  findSameEvaluation,
  insertEvaluation,
  updateEvaluationRow,
  type EvaluationRow,
} from './repo.js';

type WriteContext = RequestContext & { actor: UserActor };
type ParentAgreement = RecordTenancy & EvaluatedAgreement & { id: string; title: string };

/** 422 RULE_VIOLATION naming the first issue's field (as body.<field>), every issue in details. */
function ruleViolation(issues: readonly Issue[]): AppError {
  const first = issues[0];
  return new AppError(
    'RULE_VIOLATION',
    first?.message ?? 'The evaluation breaks a rule',
    first?.field ? `body.${first.field}` : 'body',
    issues,
  );
}

function parseInput<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw ruleViolation(issuesFromZod(parsed.error.issues));
  return parsed.data;
}

function evaluationNotFound(id: string): AppError {
  return new AppError('EVALUATION_NOT_FOUND', `No evaluation ${id} exists`, 'id');
}

async function loadAgreement(db: Db, id: string): Promise<ParentAgreement | undefined> {
  const row = await findAgreement(db, id);
  if (!row) return undefined;
  return {
    id: row.id,
    title: row.title,
    partyRegionCodes: row.partyRegionCodes,
    published: row.published,
    stage: row.stage,
    responsibleOpdIds: row.responsibleOpdIds,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    signingDate: row.signingDate,
  };
}

/** The agreement, or 404 AGREEMENT_NOT_FOUND when it does not exist or the actor may not read it. */
async function readableAgreement(db: Db, actor: Actor, id: string): Promise<ParentAgreement> {
  const agreement = await loadAgreement(db, id);
  if (!agreement || !canOnRecord(actor, 'agreement:read', agreement))
    throw new AppError('AGREEMENT_NOT_FOUND', `Agreement ${id} does not exist`, 'id');
  return agreement;
}

/** An evaluation with its agreement, or 404 EVALUATION_NOT_FOUND when either is invisible. */
async function readableEvaluation(db: Db, actor: Actor, id: string) {
  const row = await findEvaluation(db, id);
  const agreement = row ? await loadAgreement(db, row.agreementId) : undefined;
  if (!row || !agreement || !canOnRecord(actor, 'agreement:read', agreement)) throw evaluationNotFound(id);
  return { row, agreement };
}

/** The API's view of an evaluation. */
export function evaluationDto(row: EvaluationRow) {
  return {
    id: row.id,
    agreementId: row.agreementId,
    period: row.period,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    evaluatorRole: row.evaluatorRole as EvaluatorRole,
    evaluatorRegionCode: row.evaluatorRegionCode,
    indicators: row.indicators as Array<{
      name: string;
      unit: string;
      baseline: number | null;
      target: number | null;
      actual: number | null;
    }>,
    ratings: row.ratings as Record<string, number>,
    narrative: row.narrative,
    problems: row.problems,
    followUp: row.followUp,
    evidenceLinks: row.evidenceLinks as Array<{ url: string; label: string | null }>,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type EvaluationDto = ReturnType<typeof evaluationDto>;

/** What the audit trail keeps of an evaluation: what was evaluated, not the bookkeeping (the entry names the actor). */
function auditView(row: EvaluationRow): Record<string, unknown> {
  return {
    period: row.period,
    evaluatorRole: row.evaluatorRole,
    evaluatorRegionCode: row.evaluatorRegionCode,
    indicators: row.indicators,
    ratings: row.ratings,
    narrative: row.narrative,
    problems: row.problems,
    followUp: row.followUp,
    evidenceLinks: row.evidenceLinks,
  };
}

/** The party region the actor evaluates for: their own when it is a party (null for a system admin). */
function evaluatorRegionOf(actor: UserActor, agreement: ParentAgreement): string | null {
  return actor.regionCode !== null && agreement.partyRegionCodes.includes(actor.regionCode)
    ? actor.regionCode
    : null;
}

async function assertPeriod(
  agreement: ParentAgreement,
  period: string,
  rules: AgreementRules,
): Promise<void> {
  const issues = periodIssues(period, agreement, todayIso(), rules);
  if (issues.length > 0) throw ruleViolation(issues);
}

function isUniqueViolation(error: unknown): boolean {
  for (
    let cause: unknown = error;
    cause && typeof cause === 'object';
    cause = (cause as { cause?: unknown }).cause
  ) {
    if ((cause as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

function evaluationExists(existing: { id: string; period: string }): AppError {
  return new AppError(
    'EVALUATION_EXISTS',
    `This evaluator has already evaluated period ${existing.period}: change that evaluation instead`,
    'body.period',
    { existingId: existing.id },
  );
}

// ---------------------------------------------------------------------------------------------
// Reads

export async function listEvaluations(db: Db, actor: Actor, agreementId: string) {
  const agreement = await readableAgreement(db, actor, agreementId);
  const rows = await findEvaluationsOf(db, agreement.id);
  return { items: rows.map(evaluationDto), forms: evaluationFormsOf(actor, agreement) };
}

export async function getEvaluation(db: Db, actor: Actor, id: string) {
  const { row, agreement } = await readableEvaluation(db, actor, id);
  return {
    ...evaluationDto(row),
    agreementTitle: agreement.title,
    access: { update: evaluationFormsOf(actor, agreement).includes(row.evaluatorRole as EvaluatorRole) },
  };
}

/** Periods of the agreement with what was evaluated, the yearly progress and the next deadlines. */
export async function evaluationStatus(db: Db, actor: Actor, agreementId: string, asOf: string = todayIso()) {
  const agreement = await readableAgreement(db, actor, agreementId);
  const rows = await findEvaluationsOf(db, agreement.id);
  const rules = await loadRules(db);
  const evaluations = rows.map((row) => ({
    period: row.period,
    evaluatorRole: row.evaluatorRole as EvaluatorRole,
  }));
  return {
    asOf,
    ...evaluationSummary(agreement, evaluations, asOf, rules),
    forms: evaluationFormsOf(actor, agreement),
  };
}

// ---------------------------------------------------------------------------------------------
// Writes

export async function createEvaluation(db: Db, ctx: WriteContext, agreementId: string, body: unknown) {
  const agreement = await readableAgreement(db, ctx.actor, agreementId);
  const input = parseInput(evaluationInputSchema, body);
  assertEvaluationAllowed(ctx.actor, agreement, input.evaluatorRole);
  const rules = await loadRules(db);
  await assertPeriod(agreement, input.period, rules);
  const period = parsePeriodKey(input.period, rules)!;
  const evaluatorRegionCode = evaluatorRegionOf(ctx.actor, agreement);
  const key = { agreementId, period: input.period, evaluatorRole: input.evaluatorRole, evaluatorRegionCode };
  try {
    const row = await db.transaction(async (tx) => {
      const existing = await findSameEvaluation(tx, key);
      if (existing) throw evaluationExists(existing);
      const inserted = await insertEvaluation(tx, {
        ...key,
        periodStart: period.start,
        periodEnd: period.end,
        indicators: input.indicators,
        ratings: input.ratings,
        narrative: input.narrative,
        problems: input.problems,
        followUp: input.followUp,
        evidenceLinks: input.evidenceLinks,
        createdBy: ctx.actor.id,
        updatedBy: ctx.actor.id,
      });
      await recordAudit(tx, ctx, {
        action: 'evaluation.create',
        entityType: 'evaluation',
        entityId: inserted.id,
        regionCodes: agreement.partyRegionCodes,
        after: auditView(inserted),
        version: inserted.version,
      });
      return inserted;
    });
    return evaluationDto(row);
  } catch (error) {
    // Two evaluators saving the same period at once: the unique index decides.
    if (isUniqueViolation(error)) {
      const existing = await findSameEvaluation(db, key);
      if (existing) throw evaluationExists(existing);
    }
    throw error;
  }
}

async function versionConflict(db: Db, actor: Actor, id: string, clientVersion: number): Promise<AppError> {
  const current = await findEvaluation(db, id);
  if (!current) return evaluationNotFound(id);
  return new AppError(
    'VERSION_CONFLICT',
    `The evaluation was changed by someone else (version ${current.version}, yours ${clientVersion})`,
    'version',
    { currentVersion: current.version, current: evaluationDto(current) },
  );
}

export async function updateEvaluation(db: Db, ctx: WriteContext, id: string, body: unknown) {
  const { row, agreement } = await readableEvaluation(db, ctx.actor, id);
  assertEvaluationAllowed(ctx.actor, agreement, row.evaluatorRole as EvaluatorRole);
  const patch = parseInput(evaluationPatchSchema, body);
  const rules = await loadRules(db);
  const changes: Partial<EvaluationRow> = {};
  if (patch.period !== undefined && patch.period !== row.period) {
    await assertPeriod(agreement, patch.period, rules);
    const period = parsePeriodKey(patch.period, rules)!;
    Object.assign(changes, { period: period.key, periodStart: period.start, periodEnd: period.end });
  }
  for (const field of [
    'indicators',
    'ratings',
    'narrative',
    'problems',
    'followUp',
    'evidenceLinks',
  ] as const) {
    if (patch[field] !== undefined) Object.assign(changes, { [field]: patch[field] });
  }
  try {
    const updated = await db.transaction(async (tx) => {
      if (changes.period) {
        const existing = await findSameEvaluation(
          tx,
          {
            agreementId: row.agreementId,
            period: changes.period,
            evaluatorRole: row.evaluatorRole,
            evaluatorRegionCode: row.evaluatorRegionCode,
          },
          row.id,
        );
        if (existing) throw evaluationExists(existing);
      }
      const next = await updateEvaluationRow(tx, id, patch.version, { ...changes, updatedBy: ctx.actor.id });
      if (!next) throw await versionConflict(tx, ctx.actor, id, patch.version);
      await recordAudit(tx, ctx, {
        action: 'evaluation.update',
        entityType: 'evaluation',
        entityId: id,
        regionCodes: agreement.partyRegionCodes,
        before: auditView(row),
        after: auditView(next),
        version: next.version,
      });
      return next;
    });
    return evaluationDto(updated);
  } catch (error) {
    if (isUniqueViolation(error) && changes.period) {
      throw evaluationExists({ id, period: changes.period });
    }
    throw error;
  }
}

/** Soft-deletes an evaluation; with `version`, only when nobody changed it since. */
export async function deleteEvaluation(db: Db, ctx: WriteContext, id: string, version?: number) {
  const { row, agreement } = await readableEvaluation(db, ctx.actor, id);
  assertEvaluationAllowed(ctx.actor, agreement, row.evaluatorRole as EvaluatorRole);
  await db.transaction(async (tx) => {
    const deleted = await updateEvaluationRow(tx, id, version ?? row.version, {
      deletedAt: new Date(),
      deletedBy: ctx.actor.id,
    });
    if (!deleted) throw await versionConflict(tx, ctx.actor, id, version ?? row.version);
    await recordAudit(tx, ctx, {
      action: 'evaluation.delete',
      entityType: 'evaluation',
      entityId: id,
      regionCodes: agreement.partyRegionCodes,
      before: auditView(row),
      version: deleted.version,
    });
  });
  return { ok: true as const };
}
