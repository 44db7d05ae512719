/**
 * The lifecycle history of an agreement entered after the fact (it was prepared, signed or even ended
 * before anyone recorded it in Sinergi). Such a record must keep its real stage and dates: a KSB signed on
 * 7 August 2024 and entered today is at `ksb` since 2024-08-07, not at `persiapan` since today.
 *
 * - entryHistory: the steps, in order and back-dated, that bring a new record to its entry stage: the
 *   signing on its signing date, the start of implementation on the start of validity, then the entry
 *   stage on the date the user gave (or the date its data implies). Each step's date must be on or after
 *   the previous one's (STEP_BEFORE_PREVIOUS_STEP names the previous step and its date).
 * - deriveEntryStage: when the user did not choose "Tahap saat dicatat", the stage the data shows: a
 *   signing date on or before today means the agreement was signed, so it is at least at its signing
 *   stage, and in force (pelaksanaan) once its validity has started and the data a signed agreement needs
 *   is there. Without a signing date it is a proposal, at the first stage, as before.
 */
import type { IsoDate } from './dates';
import { addDays } from './dates';
import { issueMessages } from './issues';
import type { DocumentType } from './kinds';
import { checkEntryStage, stagePathFor } from './lifecycle';
import type { Requirement, TransitionContext } from './lifecycle';
import { defaultAgreementRules } from './rules';
import type { AgreementRules } from './rules';
import type { AgreementInput } from './schema';
import { isActiveStage } from './stages';
import type { Stage } from './stages';

/** One step of the lifecycle history: the stage reached and the day it was reached. */
export type StageStep = { stage: Stage; date: IsoDate };

/** The stage at which the document of a path is signed: ksb (framework) or penandatanganan_pks. */
export function signingStageOf(path: readonly Stage[]): Stage {
  return path.includes('ksb') ? 'ksb' : 'penandatanganan_pks';
}

/** Position of a stage on a path; the closing stages come after the whole path. */
function rank(path: readonly Stage[], stage: Stage): number {
  return isActiveStage(stage) ? path.indexOf(stage) : path.length;
}

function latest(dates: ReadonlyArray<IsoDate | null | undefined>): IsoDate | null {
  const known = dates.filter((date): date is IsoDate => Boolean(date));
  return known.length === 0 ? null : known.reduce((a, b) => (b > a ? b : a));
}

/**
 * The date the data implies for reaching a stage, or null: the signing date for the signing stage, the
 * start of validity (not before the signing) for pelaksanaan, the day after the last day of validity for
 * berakhir.
 */
export function impliedStageDate(
  input: Pick<AgreementInput, 'signingDate' | 'validFrom' | 'validUntil'>,
  stage: Stage,
  path: readonly Stage[],
): IsoDate | null {
  if (stage === signingStageOf(path)) return input.signingDate;
  if (stage === 'pelaksanaan') return latest([input.validFrom, input.signingDate]);
  if (stage === 'berakhir') return input.validUntil ? addDays(input.validUntil, 1) : null;
  return null;
}

export type EntryHistoryOptions = {
  today: IsoDate;
  parentDocumentType?: DocumentType | null;
  /** The field the problems name: entryStageDate on creation, stageDate on edit. */
  field?: string;
};

/**
 * The back-dated history of a record entered at `stage`, reached on `stageDate` (null: the date its data
 * implies, else today). The first stage of a path is ordinary creation: one step. Problems are
 * STEP_BEFORE_PREVIOUS_STEP (on `options.field`) when a step would precede the one before it.
 */
export function entryHistory(
  input: Pick<AgreementInput, 'documentType' | 'signingDate' | 'validFrom' | 'validUntil'>,
  stage: Stage,
  stageDate: IsoDate | null,
  options: EntryHistoryOptions,
): { steps: StageStep[]; problems: Requirement[] } {
  const path = stagePathFor(input.documentType, options.parentDocumentType);
  const reached = rank(path, stage);
  const steps: StageStep[] = [];
  for (const earlier of [signingStageOf(path), 'pelaksanaan'] as const) {
    const date = impliedStageDate(input, earlier, path);
    if (earlier !== stage && date && rank(path, earlier) >= 0 && rank(path, earlier) < reached)
      steps.push({ stage: earlier, date });
  }
  steps.push({
    stage,
    date: stageDate ?? impliedStageDate(input, stage, path) ?? options.today,
  });
  return { steps, problems: orderProblems(steps, options.field ?? 'entryStageDate') };
}

/** STEP_BEFORE_PREVIOUS_STEP for each step dated before the step it follows. */
export function orderProblems(steps: readonly StageStep[], field: string): Requirement[] {
  const problems: Requirement[] = [];
  steps.forEach((step, index) => {
    const previous = steps[index - 1];
    if (previous && step.date < previous.date)
      problems.push(stepBeforePreviousStep(previous, field, step.stage));
  });
  return problems;
}

/** The refusal of a step dated before the previous step: it names that step and its date. */
export function stepBeforePreviousStep(previous: StageStep, field: string, stage?: Stage): Requirement {
  return {
    code: 'STEP_BEFORE_PREVIOUS_STEP',
    kind: 'data',
    field,
    message: `${issueMessages.STEP_BEFORE_PREVIOUS_STEP} (${previous.stage}, ${previous.date})`,
    params: { previousStage: previous.stage, previousDate: previous.date, ...(stage ? { stage } : {}) },
  };
}

/**
 * The stage an agreement is entered at when the user chose none. A signing date on or before today means
 * it was signed before it was recorded: pelaksanaan when its validity has started and every check of a
 * later entry passes, else its signing stage when that one passes; otherwise the first stage. `allowed`
 * lets the caller rule out stages the actor may not create at (an OPD officer only proposes).
 */
export function deriveEntryStage(
  input: AgreementInput,
  context: Omit<TransitionContext, 'actor'>,
  rules: AgreementRules = defaultAgreementRules,
  allowed: (stage: Stage) => boolean = () => true,
): Stage {
  const path = stagePathFor(input.documentType, context.parentDocumentType);
  const first = path[0] ?? 'persiapan';
  if (!input.signingDate || input.signingDate > context.today) return first;
  const candidates: Stage[] = [];
  if (input.validFrom && input.validFrom <= context.today) candidates.push('pelaksanaan');
  candidates.push(signingStageOf(path));
  const entryFits = (stage: Stage) =>
    allowed(stage) &&
    checkEntryStage(input, stage, context, rules).every((requirement) => requirement.kind === 'document');
  return candidates.find(entryFits) ?? first;
}
