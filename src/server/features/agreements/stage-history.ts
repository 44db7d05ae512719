/**
 * The lifecycle history of an agreement as stored: the steps an entry or an edit writes, and the
 * stage set from the edit form (steps appended, or the history corrected).
 */
import type { Db } from '../../db/client.js';
import {
  entryHistory,
  entryStagesFor,
  firstStageFor,
  makeIssue,
  type AgreementInput,
  type AgreementRules,
  type Issue,
  type Stage,
  type StageStep,
  type TransitionContext,
} from '../../../domain/agreements/index.js';
import { insertTransition, type AgreementRow, type TransitionRow } from './repo.js';
import type { PatchInput } from './update.service.js';
import { entryStageRequirements, requirementToIssue, ruleViolation } from './validation.js';

/** The lifecycle history as the audit trail keeps it. */
export function historySnapshot(rows: readonly TransitionRow[]) {
  return rows.map((transition) => ({
    from: transition.fromStage,
    to: transition.toStage,
    date: transition.stageDate,
  }));
}

/**
 * Writes lifecycle steps in order. Rows written in one transaction share its timestamp, so each gets its
 * own created_at a millisecond apart: the history is read back in that order.
 */
export async function insertHistory(
  tx: Db,
  agreementId: string,
  fromStage: Stage | null,
  steps: readonly StageStep[],
  extra: { note: string | null; actorUserId: string },
) {
  const start = Date.now();
  let from = fromStage;
  for (const [index, step] of steps.entries()) {
    await insertTransition(tx, {
      agreementId,
      fromStage: from,
      toStage: step.stage,
      stageDate: step.date,
      note: extra.note,
      actorUserId: extra.actorUserId,
      createdAt: new Date(start + index),
    });
    from = step.stage;
  }
}

/** A stage set from the edit form: steps appended to the history, or the history rewritten. */
export type StageChange = { mode: 'forward' | 'correct'; steps: StageStep[]; warnings: Issue[] };

/**
 * The edit form sets the current stage and its date. Moving forward past the current stage, with dates on
 * or after the current stage's date, appends the steps (like the lifecycle panel, without its guards on
 * process evidence: the data checks of an after-the-fact entry apply). Anything else (a stage recorded
 * too early or too late, a wrong date) corrects the record: the history becomes the back-dated history of
 * an entry at that stage, and the audit trail keeps the history it replaced.
 */
export function planStageChange(
  row: AgreementRow,
  input: AgreementInput,
  patch: Pick<PatchInput, 'stage' | 'stageDate'>,
  context: Omit<TransitionContext, 'actor'>,
  rules: AgreementRules,
): StageChange | null {
  if (patch.stage === undefined && patch.stageDate === undefined) return null;
  const current = row.stage as Stage;
  const stage = patch.stage ?? current;
  if (stage === current && (!patch.stageDate || patch.stageDate === row.stageDate)) return null;
  const order = entryStagesFor(input.documentType, context.parentDocumentType);
  if (!order.includes(stage)) {
    const problem = makeIssue('ENTRY_STAGE_NOT_ALLOWED', 'error', 'stage', undefined, { stage });
    throw ruleViolation([problem]);
  }
  const first = firstStageFor(input.documentType, context.parentDocumentType);
  const warnings = stage === first ? [] : entryStageRequirements(input, stage, context, rules);
  const history = entryHistory(input, stage, patch.stageDate ?? null, {
    today: context.today,
    parentDocumentType: context.parentDocumentType ?? null,
    field: 'stageDate',
  });
  if (history.problems.length > 0)
    throw ruleViolation(history.problems.map((problem) => requirementToIssue(problem, 'error')));
  const ahead = history.steps.filter((step) => order.indexOf(step.stage) > order.indexOf(current));
  const forward =
    order.indexOf(stage) > order.indexOf(current) &&
    ahead.every((step) => !row.stageDate || step.date >= row.stageDate);
  return forward
    ? { mode: 'forward', steps: ahead, warnings }
    : { mode: 'correct', steps: history.steps, warnings };
}
