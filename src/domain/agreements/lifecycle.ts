/**
 * The lifecycle of an agreement as a state machine (Permendagri 22/2020). Each agreement record is one
 * document, and walks the path of its document type:
 *
 * - framework (KSB, MoU): persiapan -> penawaran -> ksb -> pelaksanaan -> monitoring_evaluasi -> pelaporan
 * - implementing (PKS): penyusunan_pks -> [persetujuan_dprd] -> penandatanganan_pks -> pelaksanaan -> ...
 *   (its preparation and offer happened under its KSB; persetujuan_dprd only when the rules require it)
 * - amendments (addendum, perpanjangan, pengakhiran) walk the path of the document they change.
 *
 * While in force the agreement cycles freely between pelaksanaan, monitoring_evaluasi and pelaporan (each
 * budget year has evaluations and reports, and work goes on between them). It closes as berakhir at
 * expiry, diperpanjang once an extension is linked (also from berakhir: extensions are often signed
 * late), or diakhiri (early termination) from any active stage. Nothing leaves diperpanjang or diakhiri.
 *
 * Roles: region_admin takes the steps; the TKKSD review (leaving penyusunan_pks forward) may also be
 * completed by a reviewer; system_admin may take every step. Every transition has a guard that lists what
 * is missing instead of throwing; the server calls applyTransition, the UI nextSteps.
 */
import type { IsoDate } from './dates';
import { issueMessages, makeIssue } from './issues';
import type { Issue, IssueCode } from './issues';
import { documentKindLabels, isFrameworkDocument } from './kinds';
import type { DocumentKind, DocumentType } from './kinds';
import { defaultAgreementRules, futureDateIssue, latestAcceptedDates, requiresDprdApproval } from './rules';
import type { AgreementRules } from './rules';
import { partyKey } from './schema';
import type { AgreementInput } from './schema';
import { inForceStages, isActiveStage, isInForceStage } from './stages';
import type { Stage } from './stages';

/** User roles as the lifecycle sees them (the server's roles, by name). */
export type LifecycleRole =
  'system_admin' | 'region_admin' | 'reviewer' | 'opd_officer' | 'oversight' | 'viewer';

/** An agreement with its current stage. */
export type LifecycleAgreement = AgreementInput & { stage: Stage };

/** What a guard may know beyond the agreement. */
export type TransitionContext = {
  actor: { role: LifecycleRole };
  today: IsoDate;
  /** Files attached to the agreement; only their kind is read. */
  documents: readonly { kind: DocumentKind }[];
  /** Type of the parent document, when loaded: decides an amendment's path and checks a PKS's KSB. */
  parentDocumentType?: DocumentType | null;
  /** Types of the documents linked under this one (its PKS, addenda, extension, termination). */
  linkedDocumentTypes?: readonly DocumentType[];
  /** Reason given for an early termination. */
  reason?: string | null;
};

/** What a requirement is about: the UI groups them. */
export type RequirementKind = 'role' | 'condition' | 'data' | 'document';

/** One unmet requirement of a transition: stable code, English message, the field to fix (or null). */
export type Requirement = {
  code: IssueCode;
  kind: RequirementKind;
  field: string | null;
  message: string;
  params?: Readonly<Record<string, string | number>>;
};

function requirement(
  code: IssueCode,
  kind: RequirementKind,
  field: string | null,
  message: string = issueMessages[code],
  params?: Readonly<Record<string, string | number>>,
): Requirement {
  return params ? { code, kind, field, message, params } : { code, kind, field, message };
}

const frameworkPath: readonly Stage[] = [
  'persiapan',
  'penawaran',
  'ksb',
  'pelaksanaan',
  'monitoring_evaluasi',
  'pelaporan',
];
const implementingPath: readonly Stage[] = [
  'penyusunan_pks',
  'persetujuan_dprd',
  'penandatanganan_pks',
  'pelaksanaan',
  'monitoring_evaluasi',
  'pelaporan',
];

/**
 * The active stages an agreement of a document type walks, in order. An amendment follows the path of the
 * document it changes; when that is unknown, the implementing path (most amendments change a PKS).
 */
export function stagePathFor(
  documentType: DocumentType,
  parentDocumentType?: DocumentType | null,
): readonly Stage[] {
  if (isFrameworkDocument(documentType)) return frameworkPath;
  if (documentType === 'perjanjian_kerja_sama') return implementingPath;
  return parentDocumentType && isFrameworkDocument(parentDocumentType) ? frameworkPath : implementingPath;
}

/** The stage a new agreement of a document type starts at. */
export function firstStageFor(documentType: DocumentType, parentDocumentType?: DocumentType | null): Stage {
  return stagePathFor(documentType, parentDocumentType)[0] ?? 'persiapan';
}

const extendableFrom: readonly Stage[] = ['pelaksanaan', 'monitoring_evaluasi', 'pelaporan', 'berakhir'];

/**
 * The stages reachable from the agreement's current stage, before guards: the next stage of its path
 * (both persetujuan_dprd and penandatanganan_pks after penyusunan_pks; the guard picks one), the cycle
 * between the in-force stages, and the closing stages.
 */
export function candidateStages(
  agreement: Pick<LifecycleAgreement, 'documentType' | 'stage'>,
  parentDocumentType?: DocumentType | null,
): Stage[] {
  const { stage } = agreement;
  const path = stagePathFor(agreement.documentType, parentDocumentType);
  const targets: Stage[] = [];
  const index = path.indexOf(stage);
  const next = index >= 0 ? path[index + 1] : undefined;
  if (next) targets.push(next);
  if (stage === 'penyusunan_pks' && path.includes('penandatanganan_pks')) targets.push('penandatanganan_pks');
  if (isInForceStage(stage))
    for (const other of inForceStages) if (other !== stage && !targets.includes(other)) targets.push(other);
  if (isInForceStage(stage)) targets.push('berakhir');
  if (extendableFrom.includes(stage)) targets.push('diperpanjang');
  if (isActiveStage(stage) && index >= 0) targets.push('diakhiri');
  return targets;
}

/** The roles that may take a transition: system_admin always, region_admin for every step. */
export function allowedRoles(from: Stage, to: Stage): LifecycleRole[] {
  // Leaving penyusunan_pks forward completes the TKKSD review, which the team's reviewer may record
  // directly; the region admin keeps the step so a pemda without a reviewer account is not stuck.
  if (from === 'penyusunan_pks' && (to === 'persetujuan_dprd' || to === 'penandatanganan_pks'))
    return ['system_admin', 'region_admin', 'reviewer'];
  return ['system_admin', 'region_admin'];
}

/** Whether a guard runs for a live transition, or for an agreement entered after the fact. */
type GuardMode = 'transition' | 'entry';

function signingRequirements(agreement: AgreementInput): Requirement[] {
  const missing: Requirement[] = [];
  if (!agreement.signingDate) missing.push(requirement('SIGNING_DATE_REQUIRED', 'data', 'signingDate'));
  const signedKeys = new Set(agreement.signatories.map((signatory) => signatory.partyKey));
  agreement.parties.forEach((party, index) => {
    if (!party.documentNumber)
      missing.push(requirement('DOCUMENT_NUMBER_REQUIRED', 'data', `parties.${index}.documentNumber`));
    if (!signedKeys.has(partyKey(party)))
      missing.push(requirement('SIGNATORY_REQUIRED', 'data', `parties.${index}`));
  });
  if (agreement.documentType === 'perjanjian_kerja_sama') {
    agreement.signatories.forEach((signatory, index) => {
      if (signatory.office === 'kepala_opd' && signatory.mandate === null)
        missing.push(requirement('MANDATE_REQUIRED', 'data', `signatories.${index}.mandate`));
    });
  }
  return missing;
}

function validityRequirements(agreement: AgreementInput): Requirement[] {
  if (!agreement.validFrom || !agreement.validUntil)
    return [requirement('VALIDITY_REQUIRED', 'data', 'validUntil')];
  if (agreement.validUntil <= agreement.validFrom)
    return [requirement('END_BEFORE_START', 'data', 'validUntil')];
  return [];
}

function documentRequirements(
  kinds: readonly DocumentKind[],
  context: Pick<TransitionContext, 'documents'>,
): Requirement[] {
  const present = new Set(context.documents.map((document) => document.kind));
  return kinds
    .filter((kind) => !present.has(kind))
    .map((kind) =>
      requirement(
        'DOCUMENT_REQUIRED',
        'document',
        `documents.${kind}`,
        `Upload: ${documentKindLabels[kind].en}`,
        {
          documentKind: kind,
        },
      ),
    );
}

/** Everything a transition from `from` to `to` still needs, with the edge assumed to exist. */
function guard(
  agreement: AgreementInput,
  from: Stage,
  to: Stage,
  context: TransitionContext,
  rules: AgreementRules,
  mode: GuardMode,
): Requirement[] {
  const missing: Requirement[] = [];
  if (mode === 'transition') {
    const roles = allowedRoles(from, to).filter((role) => role !== 'system_admin');
    if (context.actor.role !== 'system_admin' && !roles.includes(context.actor.role))
      missing.push(
        requirement('ROLE_REQUIRED', 'role', null, `Only a ${roles.join(' or ')} can take this step`, {
          roles: roles.join(','),
        }),
      );
  }

  if (to === 'diakhiri') {
    if (!context.reason?.trim()) missing.push(requirement('TERMINATION_REASON_REQUIRED', 'data', 'reason'));
    // Ending an agreement that was signed takes a document; dropping a proposal does not.
    const hasTermination =
      context.documents.some((document) => document.kind === 'pengakhiran') ||
      (context.linkedDocumentTypes ?? []).includes('pengakhiran');
    if (isInForceStage(from) && !hasTermination)
      missing.push(requirement('TERMINATION_DOCUMENT_REQUIRED', 'document', 'documents.pengakhiran'));
    return missing;
  }

  const dprdRequired = requiresDprdApproval(agreement, rules);
  if (to === 'persetujuan_dprd' && !dprdRequired)
    missing.push(requirement('DPRD_APPROVAL_NOT_REQUIRED', 'condition', 'burdensCommunity'));
  if (from === 'penyusunan_pks' && to === 'penandatanganan_pks' && dprdRequired)
    missing.push(requirement('DPRD_APPROVAL_REQUIRED', 'condition', null));

  if (from === 'penyusunan_pks' && agreement.documentType === 'perjanjian_kerja_sama') {
    if (agreement.parentId === null) missing.push(requirement('PARENT_REQUIRED', 'data', 'parentId'));
    else if (context.parentDocumentType === null)
      missing.push(requirement('PARENT_NOT_FOUND', 'data', 'parentId'));
    else if (context.parentDocumentType !== undefined && context.parentDocumentType !== 'kesepakatan_bersama')
      missing.push(requirement('PARENT_TYPE_NOT_ALLOWED', 'data', 'parentId'));
  }

  if (from === 'ksb' || from === 'penandatanganan_pks') missing.push(...signingRequirements(agreement));
  if (to === 'pelaksanaan') missing.push(...validityRequirements(agreement));
  if (to === 'berakhir') {
    if (!agreement.validUntil) missing.push(requirement('VALIDITY_REQUIRED', 'data', 'validUntil'));
    // validUntil is the last day in force: the agreement ends the day after.
    else if (agreement.validUntil >= context.today)
      missing.push(
        requirement('VALIDITY_NOT_ENDED', 'condition', 'validUntil', undefined, {
          validUntil: agreement.validUntil,
        }),
      );
  }
  if (to === 'diperpanjang' && !(context.linkedDocumentTypes ?? []).includes('perpanjangan'))
    missing.push(requirement('EXTENSION_REQUIRED', 'data', null));

  const documents = rules.requiredDocumentsToLeave[from] ?? [];
  missing.push(
    ...documentRequirements(
      mode === 'entry' ? documents.filter((kind) => rules.entryRequiredDocuments.includes(kind)) : documents,
      context,
    ),
  );
  return missing;
}

/** One possible next stage, whether it can be taken now, and what it still needs. */
export type NextStep = { stage: Stage; allowed: boolean; missing: Requirement[] };

/**
 * The possible next stages of an agreement with what each needs: the UI's "what the next step needs"
 * panel. Includes stages the actor's role cannot take, with ROLE_REQUIRED among the missing.
 */
export function nextSteps(
  agreement: LifecycleAgreement,
  context: TransitionContext,
  rules: AgreementRules = defaultAgreementRules,
): NextStep[] {
  return candidateStages(agreement, context.parentDocumentType).map((stage) => {
    const missing = guard(agreement, agreement.stage, stage, context, rules, 'transition');
    return { stage, allowed: missing.length === 0, missing };
  });
}

/** The outcome of a transition: the new stage, or the problems that prevent it. */
export type TransitionResult =
  { ok: true; from: Stage; stage: Stage } | { ok: false; from: Stage; stage: Stage; problems: Requirement[] };

/**
 * Moves an agreement to a stage when the transition exists and its guard passes. Never throws for a domain
 * problem: an impossible step comes back as TRANSITION_NOT_ALLOWED.
 */
export function applyTransition(
  agreement: LifecycleAgreement,
  to: Stage,
  context: TransitionContext,
  rules: AgreementRules = defaultAgreementRules,
): TransitionResult {
  const from = agreement.stage;
  if (!candidateStages(agreement, context.parentDocumentType).includes(to))
    return {
      ok: false,
      from,
      stage: from,
      problems: [requirement('TRANSITION_NOT_ALLOWED', 'condition', null, undefined, { from, to })],
    };
  const problems = guard(agreement, from, to, context, rules, 'transition');
  return problems.length === 0 ? { ok: true, from, stage: to } : { ok: false, from, stage: from, problems };
}

/**
 * Problems with the date of a lifecycle step: before the current stage's date (the history would run
 * backwards), or further ahead than the rule set's `maxFutureDays` (a typo such as 2999-01-01).
 */
export function stepDateIssues(
  date: IsoDate,
  context: { today: IsoDate; currentStageDate: IsoDate | null },
  rules: AgreementRules = defaultAgreementRules,
): Issue[] {
  const issues: Issue[] = [];
  if (context.currentStageDate && date < context.currentStageDate)
    issues.push(makeIssue('INVALID_DATE', 'error', 'date', `Expected ${context.currentStageDate} or later`));
  const tooFar = futureDateIssue('date', date, latestAcceptedDates(context.today, rules).event);
  if (tooFar) issues.push(tooFar);
  return issues;
}

/**
 * The stages an agreement of a type can be entered at: any stage of its path, or a closed one. A signed
 * KSB made outside Sinergi is entered at `ksb` (signed, copy being filed) or `pelaksanaan` and later; a
 * PKS at any stage from penyusunan_pks; an old agreement directly at berakhir or diakhiri. The first
 * stage is ordinary creation. checkEntryStage says what each needs.
 */
export function entryStagesFor(
  documentType: DocumentType,
  parentDocumentType?: DocumentType | null,
): Stage[] {
  return [...stagePathFor(documentType, parentDocumentType), 'berakhir', 'diperpanjang', 'diakhiri'];
}

/** Alias of entryStagesFor, under the name the UI's entry form uses. */
export const entryStages = entryStagesFor;

/**
 * What an agreement made outside the system needs to be entered at a later stage: the data every earlier
 * transition would have asked for (the signing date and numbers, the validity), and of the documents only
 * those the rule set still expects after the fact (the signed copy). Roles and process evidence of stages
 * that happened before Sinergi are not asked for.
 */
export function checkEntryStage(
  agreement: AgreementInput,
  stage: Stage,
  context: Omit<TransitionContext, 'actor'>,
  rules: AgreementRules = defaultAgreementRules,
): Requirement[] {
  const path = stagePathFor(agreement.documentType, context.parentDocumentType);
  if (!entryStagesFor(agreement.documentType, context.parentDocumentType).includes(stage))
    return [requirement('ENTRY_STAGE_NOT_ALLOWED', 'condition', null, undefined, { stage })];

  // A closed agreement is entered as one that was in force until it closed.
  const walkTo: Stage = isActiveStage(stage) ? stage : 'pelaksanaan';
  const stagesWalked = path.slice(0, path.indexOf(walkTo) + 1);
  const dprdRequired = requiresDprdApproval(agreement, rules);
  const walk = stagesWalked.filter((step) => step !== 'persetujuan_dprd' || dprdRequired || step === stage);
  const fullContext: TransitionContext = { ...context, actor: { role: 'system_admin' } };

  const missing: Requirement[] = [];
  for (let index = 1; index < walk.length; index += 1) {
    const from = walk[index - 1];
    const to = walk[index];
    if (from && to) missing.push(...guard(agreement, from, to, fullContext, rules, 'entry'));
  }
  if (!isActiveStage(stage))
    missing.push(...guard(agreement, 'pelaksanaan', stage, fullContext, rules, 'entry'));

  const seen = new Set<string>();
  return missing.filter((item) => {
    const key = `${item.code}|${item.field ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The note a lifecycle step keeps: the termination reason and the free note, both when both were
 * given (neither may be lost), once when they are the same, null when there is neither.
 */
export function transitionNote(
  reason: string | null | undefined,
  note: string | null | undefined,
): string | null {
  const parts = [reason, note].map((part) => part?.trim() ?? '').filter((part) => part !== '');
  const unique = [...new Set(parts)];
  return unique.length === 0 ? null : unique.join('\n\n');
}
