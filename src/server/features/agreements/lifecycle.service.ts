/**
 * Lifecycle steps of an agreement (the guards are the domain's lifecycle), and the recompute of the
 * denormalised health every write that changes a stage or a family ends with.
 */
import { recordAudit } from '../../audit.js';
import { recomputeHealth } from '../monitoring/health-write.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import {
  applyTransition,
  stepBeforePreviousStep,
  stepDateIssues,
  transitionNote,
  type DocumentKind,
  type DocumentType,
  type Stage,
} from '../../../domain/agreements/index.js';
import { assertAllowed, notFound, type WriteContext } from './access.js';
import { getAgreement, versionConflict } from './read.service.js';
import { documentKinds, findAgreement, findChildren, insertTransition, updateAgreementRow } from './repo.js';
import { loadRules, todayIso } from './rules.service.js';
import { loadFull, requirementToIssue, ruleViolation, validationContext } from './validation.js';

/** Recomputes the denormalised health of the agreements a write touched (and of the KSB they follow). */
export async function refreshHealth(tx: Db, ids: ReadonlyArray<string | null>): Promise<void> {
  await recomputeHealth(tx, ids, todayIso(), await loadRules(tx));
}

export type TransitionInput = {
  toStage: Stage;
  date: string;
  note?: string | null | undefined;
  /** Reason for an early termination (diakhiri); the note is used when absent. */
  reason?: string | null | undefined;
  version?: number | undefined;
};

export async function transitionAgreement(
  db: Db,
  ctx: WriteContext,
  id: string,
  body: TransitionInput,
  options: { today?: string } = {},
) {
  const today = options.today ?? todayIso();
  const row = await findAgreement(db, id);
  if (!row) throw notFound(id);
  assertAllowed(ctx.actor, row, 'agreement:transition');
  if (body.version !== undefined && body.version !== row.version)
    throw await versionConflict(db, ctx.actor, row, body.version);
  const { input } = await loadFull(db, row);
  const rules = await loadRules(db);
  const context = await validationContext(db, ctx.actor, input, id);
  const children = await findChildren(db, id);
  const kinds = (await documentKinds(db, id)) as DocumentKind[];
  const result = applyTransition(
    { ...input, stage: row.stage as Stage },
    body.toStage,
    {
      actor: { role: ctx.actor.role },
      today,
      documents: kinds.map((kind) => ({ kind })),
      parentDocumentType: context.parent ? context.parent.documentType : context.parent,
      linkedDocumentTypes: children.map((child) => child.documentType as DocumentType),
      reason: body.reason ?? body.note ?? null,
    },
    rules,
  );
  if (!result.ok) {
    const first = result.problems[0];
    throw new AppError(
      'TRANSITION_NOT_ALLOWED',
      first?.message ?? 'This step is not possible',
      first?.field ? `body.${first.field}` : 'body.toStage',
      result.problems,
    );
  }
  // Steps may be back-dated (an agreement recorded late catches up), but in order.
  if (row.stageDate && body.date < row.stageDate) {
    const previous = { stage: row.stage as Stage, date: row.stageDate };
    throw ruleViolation([
      requirementToIssue(stepBeforePreviousStep(previous, 'date', body.toStage), 'error'),
    ]);
  }
  // Nor far in the future (rules.maxFutureDays).
  const dateIssues = stepDateIssues(body.date, { today, currentStageDate: null }, rules);
  if (dateIssues.length > 0) throw ruleViolation(dateIssues);
  const note = transitionNote(body.reason, body.note);
  await db.transaction(async (tx) => {
    const updated = await updateAgreementRow(tx, id, row.version, {
      stage: result.stage,
      stageDate: body.date,
      updatedBy: ctx.actor.id,
    });
    if (!updated)
      throw await versionConflict(db, ctx.actor, (await findAgreement(db, id)) ?? row, row.version);
    await refreshHealth(tx, [id]);
    await insertTransition(tx, {
      agreementId: id,
      fromStage: result.from,
      toStage: result.stage,
      stageDate: body.date,
      note,
      actorUserId: ctx.actor.id,
    });
    await recordAudit(tx, ctx, {
      action: 'agreement.transition',
      entityType: 'agreement',
      entityId: id,
      regionCodes: row.partyRegionCodes,
      before: { stage: result.from, stageDate: row.stageDate },
      after: { stage: result.stage, stageDate: body.date },
      note,
      version: updated.version,
    });
  });
  return getAgreement(db, ctx.actor, id, { today });
}
