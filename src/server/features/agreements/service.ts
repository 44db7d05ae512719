/**
 * Use cases of agreements: create (with the duplicate check), read, update under optimistic locking,
 * soft delete and restore, lifecycle transitions and each party's confirmation. Every rule comes from
 * src/domain/agreements; this module loads what the rules need, calls them and stores the outcome in
 * one transaction with its audit entry.
 */
import { notifyConfirmationCleared, notifyPartnerRecord } from '../notifications/service.js';
import { recordAudit, type RequestContext } from '../../audit.js';
import { recomputeHealth } from '../monitoring/health-write.js';
import type { Health, HealthReason } from '../../../domain/monitoring/health.js';
import {
  can,
  canPublish,
  hasPermission,
  impliedResponsibleOpds,
  type Actor,
  type Target,
  type UserActor,
} from '../../auth/policy.js';
import type { Db } from '../../db/client.js';
import { lockForDuplicateCheck } from '../../db/transaction-lock.js';
import { AppError, forbidden } from '../../errors.js';
import {
  addDays,
  applyTransition,
  checkEntryStage,
  confirmationSummary,
  confirmedFieldsChanged,
  deriveEntryStage,
  entryHistory,
  entryStagesFor,
  stepBeforePreviousStep,
  transitionNote,
  contentChecklist,
  daysUntilExpiry,
  effectiveStatus,
  firstStageFor,
  followUpStatus,
  hasErrors,
  looksLikeSameAgreement,
  makeIssue,
  nextSteps,
  partyKey,
  stepDateIssues,
  validateAgreement,
  type AgreementInput,
  type AgreementRules,
  type DocumentKind,
  type DocumentType,
  type Issue,
  type IssueCode,
  type LifecycleRole,
  type OrganizationKind,
  type ParentAgreement,
  type Requirement,
  type Stage,
  type StageStep,
  type TransitionContext,
} from '../../../domain/agreements/index.js';
import { displayName, regionByCode } from '../../../domain/regions/index.js';
import { termsOfRegions } from '../officials/service.js';
import { opdsByIds } from '../opds/service.js';
import { organizationsByIds } from '../organizations/service.js';
import {
  changesNeedingConsent,
  consentingRegions,
  pendingChangesFor,
  proposeChange,
  withRemovedPartiesKept,
  type ProposedChange,
} from './consent.js';
import { proposeDeletionIfNeeded, type DeletionResult } from '../consent/service.js';
import { accessOf, assertAllowed, assertVisible, canOn, canReadDrafts, notFound, target } from './access.js';
import { listDocumentsOf } from '../documents/service.js';
import {
  agreementColumns,
  auditSnapshot,
  inputFromRows,
  partyRows,
  regionCodesOf,
  signatoryRows,
  storedPartyKey,
} from './model.js';
import {
  changedFieldsSince,
  confirmParty,
  deletePartiesOf,
  deleteTransitionsOf,
  documentKinds,
  findAgreement,
  findAgreementsByIds,
  findChildren,
  findDuplicateCandidates,
  findParties,
  findSignatories,
  findTransitions,
  insertAgreement,
  insertParties,
  insertSignatories,
  insertTransition,
  latestDocumentTexts,
  replaceResponsibleOpds,
  setDeleted,
  updateAgreementRow,
  type AgreementRow,
  type PartyWithName,
  type TransitionRow,
} from './repo.js';
import { loadRules, todayIso } from './rules.service.js';
import { partyName, searchPeopleOf, searchTextsFor } from './search-refresh.js';

type WriteContext = RequestContext & { actor: UserActor };

/** Issue codes the server adds to the domain's, for checks that need the database. */
export type ServerIssueCode =
  | IssueCode
  | 'UNKNOWN_ORGANIZATION'
  | 'UNKNOWN_OFFICIAL'
  | 'OFFICIAL_NOT_OF_PARTY'
  | 'UNKNOWN_OPD'
  | 'OPD_NOT_OF_PARTY'
  | 'CONSENT_PENDING';
export type ServerIssue = Omit<Issue, 'code'> & { code: ServerIssueCode };

function serverIssue(code: ServerIssueCode, field: string, message: string): ServerIssue {
  return { code, severity: 'error', field, message };
}

/** 422 RULE_VIOLATION naming the first error's field (as body.<field>), with every issue in details. */
function ruleViolation(issues: readonly ServerIssue[]): AppError {
  const first = issues.find((issue) => issue.severity === 'error') ?? issues[0];
  return new AppError(
    'RULE_VIOLATION',
    first?.message ?? 'The agreement breaks a rule',
    first?.field ? `body.${first.field}` : undefined,
    issues,
  );
}

function requirementToIssue(requirement: Requirement, severity: 'error' | 'warning'): Issue {
  return makeIssue(requirement.code, severity, requirement.field, requirement.message, requirement.params);
}

// ---------------------------------------------------------------------------------------------
// Validation context

export type Loaded = { row: AgreementRow; parties: PartyWithName[]; input: AgreementInput };

export async function loadFull(db: Db, row: AgreementRow): Promise<Loaded> {
  const parties = await findParties(db, [row.id]);
  const signatories = await findSignatories(db, row.id);
  return { row, parties, input: inputFromRows(row, parties, signatories) };
}

/**
 * Everything validateAgreement needs from the database: the parent (null when missing or invisible
 * to the actor), the organisation kinds and the terms of office of the party regions. Also reports
 * organisation parties and official links that point at nothing.
 */
async function validationContext(db: Db, actor: Actor, input: AgreementInput, selfId?: string) {
  const issues: ServerIssue[] = [];
  let parent: (ParentAgreement & { id: string; stage: Stage }) | null | undefined;
  if (input.parentId) {
    const parentRow = input.parentId === selfId ? undefined : await findAgreement(db, input.parentId);
    if (!parentRow || !canOn(actor, 'agreement:read', parentRow)) parent = null;
    else {
      const loaded = await loadFull(db, parentRow);
      parent = { ...loaded.input, id: parentRow.id, stage: parentRow.stage as Stage };
    }
  }
  const organizationIds = input.parties.flatMap((party) =>
    party.kind === 'organization' ? [party.organizationId] : [],
  );
  const organizations = await organizationsByIds(db, organizationIds);
  const organizationKinds: Record<string, OrganizationKind> = {};
  for (const organization of organizations) organizationKinds[organization.id] = organization.kind;
  input.parties.forEach((party, index) => {
    if (party.kind === 'organization' && !organizationKinds[party.organizationId]) {
      issues.push(
        serverIssue(
          'UNKNOWN_ORGANIZATION',
          `parties.${index}.organizationId`,
          'This organisation is not recorded: create it first (POST /api/organizations)',
        ),
      );
    }
  });
  const terms = await termsOfRegions(db, regionCodesOf(input));
  const termsById = new Map(terms.map((term) => [term.id, term]));
  input.signatories.forEach((signatory, index) => {
    if (!signatory.officialId) return;
    const term = termsById.get(signatory.officialId);
    if (!term) {
      issues.push(
        serverIssue(
          'UNKNOWN_OFFICIAL',
          `signatories.${index}.officialId`,
          "This term of office is not recorded for the signatory's region",
        ),
      );
      return;
    }
    // A signatory signs for one party: the linked term must be an office of that party's region,
    // not of another party (a Bekasi term on Malang's signatory).
    if (term.regionCode !== signatory.partyKey) {
      issues.push(
        serverIssue(
          'OFFICIAL_NOT_OF_PARTY',
          `signatories.${index}.officialId`,
          `This term of office belongs to region ${term.regionCode}, not to the party the signatory signs for`,
        ),
      );
    }
  });
  return { parent, organizationKinds, terms, issues, organizations };
}

/** Validates an input against the rules and the database; throws 422 on any error, returns warnings. */
export async function validateForSave(
  db: Db,
  actor: Actor,
  input: AgreementInput,
  rules: AgreementRules,
  today: string,
  selfId?: string,
) {
  const context = await validationContext(db, actor, input, selfId);
  const issues: ServerIssue[] = [
    ...validateAgreement(
      input,
      {
        today,
        parent: context.parent === undefined ? undefined : context.parent,
        organizationKinds: context.organizationKinds,
        terms: context.terms,
      },
      rules,
    ),
    ...context.issues,
  ];
  if (hasErrors(issues as Issue[])) throw ruleViolation(issues);
  return { warnings: issues, parent: context.parent };
}

// ---------------------------------------------------------------------------------------------
// Duplicates

export type DuplicateQuery = Pick<
  AgreementInput,
  'title' | 'kind' | 'documentType' | 'parties' | 'signingDate'
>;

/**
 * Agreements that look like the same signing (entered by a partner, or from a news article): the SQL
 * narrows to the same party regions, kind and type within 30 days; the domain compares the rest.
 */
export async function findDuplicates(db: Db, actor: Actor, query: DuplicateQuery, excludeId?: string) {
  const regionCodes = regionCodesOf(query);
  if (regionCodes.length === 0) return [];
  const rows = await findDuplicateCandidates(db, {
    kind: query.kind,
    documentType: query.documentType,
    regionCodes,
    signingFrom: query.signingDate ? addDays(query.signingDate, -30) : null,
    signingTo: query.signingDate ? addDays(query.signingDate, 30) : null,
    excludeId,
  });
  const visible = rows.filter((row) => canOn(actor, 'agreement:read', row));
  const parties = await findParties(
    db,
    visible.map((row) => row.id),
  );
  const candidates = [];
  for (const row of visible) {
    const own = parties.filter((party) => party.agreementId === row.id);
    const candidate = inputFromRows(row, own, []);
    const verdict = looksLikeSameAgreement(query, candidate);
    if (!verdict.match) continue;
    candidates.push({
      id: row.id,
      title: row.title,
      kind: row.kind,
      documentType: row.documentType,
      signingDate: row.signingDate,
      ownerRegionCode: row.ownerRegionCode,
      score: Math.round(verdict.score * 100) / 100,
      parties: own.map((party) => ({
        kind: party.partyKind,
        regionCode: party.regionCode,
        organizationId: party.organizationId,
        name: partyName(party),
        confirmed: party.confirmedAt !== null,
      })),
    });
  }
  return candidates.sort((a, b) => b.score - a.score);
}

/**
 * The exact part of the duplicate rule (kind, document type, the set of party regions): creates that
 * could be duplicates of each other share it, so they take the same lock.
 */
function duplicateKey(query: DuplicateQuery): string {
  return [query.kind, query.documentType, [...regionCodesOf(query)].sort().join(',')].join('|');
}

// ---------------------------------------------------------------------------------------------
// Create

export type CreateInput = AgreementInput & {
  entryStage: Stage | null;
  /** The day the entry stage was reached; null: the date the data implies (see entryHistory). */
  entryStageDate?: string | null | undefined;
  published: boolean;
  /** The OPD responsible for carrying it out (OPD pelaksana), each of a party region. */
  responsibleOpdIds?: string[] | undefined;
};

function assertCreatorIsParty(
  actor: UserActor,
  input: AgreementInput,
  extra: Omit<Target, 'regionCodes'> = {},
  permission: 'agreement:create' | 'agreement:update' = 'agreement:create',
) {
  const codes = regionCodesOf(input);
  if (actor.role === 'system_admin') return;
  if (!actor.regionCode || !codes.includes(actor.regionCode)) {
    throw forbidden(
      'OWN_REGION_NOT_PARTY',
      'Your region must be one of the parties of an agreement you enter',
      'body.parties',
    );
  }
  if (!can(actor, permission, { regionCodes: codes, ...extra })) {
    throw new AppError('FORBIDDEN', 'You may not create agreements for these parties');
  }
}

function withoutExtras(input: CreateInput): AgreementInput {
  const {
    entryStage: _entryStage,
    entryStageDate: _entryStageDate,
    published: _published,
    responsibleOpdIds: _opds,
    ...rest
  } = input;
  return rest;
}

/**
 * What entering an agreement at a later stage needs: missing data refuses the save, a missing file is
 * a reminder (documents are uploaded once the record exists) returned as warnings.
 */
function entryStageRequirements(
  input: AgreementInput,
  stage: Stage,
  context: Omit<TransitionContext, 'actor'>,
  rules: AgreementRules,
  warnings: readonly ServerIssue[] = [],
): Issue[] {
  const requirements = checkEntryStage(input, stage, context, rules);
  const errors = requirements.filter((r) => r.kind !== 'document').map((r) => requirementToIssue(r, 'error'));
  if (errors.length > 0) throw ruleViolation([...errors, ...warnings]);
  return requirements.filter((r) => r.kind === 'document').map((r) => requirementToIssue(r, 'warning'));
}

/**
 * Writes lifecycle steps in order. Rows written in one transaction share its timestamp, so each gets its
 * own created_at a millisecond apart: the history is read back in that order.
 */
function historySnapshot(rows: readonly TransitionRow[]) {
  return rows.map((transition) => ({
    from: transition.fromStage,
    to: transition.toStage,
    date: transition.stageDate,
  }));
}

async function insertHistory(
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

export async function createAgreement(
  db: Db,
  ctx: WriteContext,
  body: CreateInput,
  options: { force: boolean; today?: string } = { force: false },
) {
  const today = options.today ?? todayIso();
  const input = withoutExtras(body);
  const rules = await loadRules(db);
  const { warnings, parent } = await validateForSave(db, ctx.actor, input, rules, today);

  const parentDocumentType = parent ? parent.documentType : parent === null ? null : undefined;
  const firstStage = firstStageFor(input.documentType, parentDocumentType);
  const entryContext = { today, documents: [], parentDocumentType, linkedDocumentTypes: [] };
  // No stage chosen: the data says where the agreement is (signed in the past: at least signed).
  const stage =
    body.entryStage ??
    deriveEntryStage(input, entryContext, rules, (candidate) =>
      can(ctx.actor, 'agreement:create', { regionCodes: regionCodesOf(input), stage: candidate }),
    );
  // Checked once the stage is known: an OPD officer may only propose (stage persiapan).
  assertCreatorIsParty(ctx.actor, input, { stage });
  const responsibleOpdIds = await checkResponsibleOpds(
    db,
    [...(body.responsibleOpdIds ?? []), ...impliedResponsibleOpds(ctx.actor)],
    regionCodesOf(input),
  );
  if (
    body.published &&
    !canPublish(ctx.actor, { regionCodes: regionCodesOf(input), opdIds: responsibleOpdIds, stage })
  ) {
    throw forbidden('PUBLISH_NOT_ALLOWED', 'You may not publish agreements', 'body.published');
  }
  if (stage !== firstStage)
    warnings.push(...entryStageRequirements(input, stage, entryContext, rules, warnings));
  const history = entryHistory(input, stage, body.entryStageDate ?? null, { today, parentDocumentType });
  if (history.problems.length > 0)
    throw ruleViolation(history.problems.map((problem) => requirementToIssue(problem, 'error')));

  const organizations = await organizationsByIds(
    db,
    input.parties.flatMap((party) => (party.kind === 'organization' ? [party.organizationId] : [])),
  );
  const orgNames = new Map(organizations.map((organization) => [organization.id, organization.name]));
  const partyNames = input.parties.map((party) =>
    party.kind === 'region'
      ? partyName({ regionCode: party.regionCode, organizationName: null })
      : (orgNames.get(party.organizationId) ?? ''),
  );

  // Publishing a record shared with other regions waits for their consent (decision 009).
  const publishWaits = body.published && consentingRegions(ctx.actor, regionCodesOf(input)).length > 0;
  if (publishWaits) warnings.push(consentPendingIssue({ kind: 'publish' }));
  const id = await db.transaction(async (tx) => {
    // The check and the insert in one transaction, serialised per duplicate key: two identical creates
    // sent at once would otherwise both pass the check (each before the other's insert commits).
    await lockForDuplicateCheck(tx, 'agreement-duplicates', duplicateKey(input));
    if (!options.force) {
      const duplicates = await findDuplicates(tx, ctx.actor, input);
      if (duplicates.length > 0) {
        throw new AppError(
          'DUPLICATE_SUSPECTED',
          'This agreement looks like one already recorded; confirm that one instead, or send again with ?force=true',
          'body.title',
          { candidates: duplicates },
        );
      }
    }
    const row = await insertAgreement(
      tx,
      {
        ...agreementColumns(input),
        stage,
        stageDate: history.steps.at(-1)?.date ?? today,
        published: body.published && !publishWaits,
        ownerRegionCode: ctx.actor.regionCode,
        createdBy: ctx.actor.id,
        updatedBy: ctx.actor.id,
      },
      searchTextsFor(agreementColumns(input), partyNames, searchPeopleOf(input), []),
    );
    const parties = await insertParties(tx, partyRows(row.id, input));
    // The region that enters the record vouches for its own side.
    const ownParty = parties.find((party) => party.regionCode && party.regionCode === ctx.actor.regionCode);
    if (ownParty) await confirmParty(tx, ownParty.id, ctx.actor.id);
    await insertSignatories(tx, signatoryRows(row.id, input, parties));
    await replaceResponsibleOpds(tx, row.id, responsibleOpdIds);
    if (publishWaits) await proposeChange(tx, ctx, row, { kind: 'publish' });
    await insertHistory(tx, row.id, null, history.steps, {
      note: stage === firstStage ? null : 'Entered after the fact',
      actorUserId: ctx.actor.id,
    });
    await recordAudit(tx, ctx, {
      action: 'agreement.create',
      entityType: 'agreement',
      entityId: row.id,
      regionCodes: row.partyRegionCodes,
      after: { ...auditSnapshot(input, { stage, published: row.published }), responsibleOpdIds },
      version: row.version,
    });
    await recomputeHealth(tx, [row.id, row.parentId], today, rules);
    await notifyPartnerRecord(tx, {
      recordType: 'agreement',
      recordId: row.id,
      title: row.title,
      regionCodes: row.partyRegionCodes,
      byRegionCode: ctx.actor.regionCode,
    });
    return row.id;
  });
  return { ...(await getAgreement(db, ctx.actor, id, { today })), warnings };
}

// ---------------------------------------------------------------------------------------------
// Read

function presentParty(party: PartyWithName) {
  const region = party.regionCode ? regionByCode(party.regionCode) : undefined;
  return {
    id: party.id,
    key: storedPartyKey(party),
    kind: party.partyKind,
    regionCode: party.regionCode,
    organizationId: party.organizationId,
    name: region ? displayName(region) : (party.organizationName ?? ''),
    regionLevel: region?.level ?? null,
    organizationKind: (party.organizationKind as OrganizationKind | null) ?? null,
    documentNumber: party.documentNumber,
    role: party.role,
    rights: party.rights,
    obligations: party.obligations,
    financing: party.financing as AgreementInput['parties'][number]['financing'],
    confirmedAt: party.confirmedAt?.toISOString() ?? null,
    confirmedBy: party.confirmedBy,
  };
}

function summary(row: AgreementRow, today: string) {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    documentType: row.documentType as DocumentType,
    signingDate: row.signingDate,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    stage: row.stage as Stage,
    effectiveStatus: effectiveStatus({ validUntil: row.validUntil, stage: row.stage as Stage }, today),
  };
}

function lifecycleRole(actor: Actor): LifecycleRole {
  return actor.kind === 'user' ? actor.role : 'viewer';
}

/** The full record: parties, signatories, family, timeline, documents, checklist, warnings, next steps. */
export async function getAgreement(db: Db, actor: Actor, id: string, options: { today?: string } = {}) {
  const today = options.today ?? todayIso();
  const row = await findAgreement(db, id);
  if (!row) throw notFound(id);
  assertVisible(actor, row);
  const { parties, input } = await loadFull(db, row);
  const rules = await loadRules(db);
  const context = await validationContext(db, actor, input, row.id);
  const issues: ServerIssue[] = [
    ...validateAgreement(
      input,
      { today, parent: context.parent, organizationKinds: context.organizationKinds, terms: context.terms },
      rules,
    ),
    ...context.issues,
  ];
  const children = (await findChildren(db, row.id)).filter((child) => canOn(actor, 'agreement:read', child));
  const transitions = await findTransitions(db, row.id);
  // An agreement's documents carry its kinds only (the upload route checks them against documentKinds).
  const documents = canOn(actor, 'document:read', row)
    ? (
        await listDocumentsOf(
          db,
          { type: 'agreement', id: row.id },
          { includeDrafts: canReadDrafts(actor, row) },
        )
      ).map((document) => ({ ...document, kind: document.kind as DocumentKind }))
    : [];
  const stage = row.stage as Stage;
  const confirmations = confirmationSummary(
    input.parties.filter((party) => party.kind === 'region'),
    parties
      .filter((party) => party.confirmedAt !== null)
      .map((party) => ({ partyKey: storedPartyKey(party) })),
  );
  const steps = nextSteps(
    { ...input, stage },
    {
      actor: { role: lifecycleRole(actor) },
      today,
      documents: documents.filter((d) => d.versions.length > 0).map((d) => ({ kind: d.kind })),
      parentDocumentType: context.parent ? context.parent.documentType : context.parent,
      linkedDocumentTypes: children.map((child) => child.documentType as DocumentType),
    },
    rules,
  );
  const signatories = await findSignatories(db, row.id);
  return {
    id: row.id,
    ...input,
    stage,
    stageDate: row.stageDate,
    effectiveStatus: effectiveStatus({ validUntil: row.validUntil, stage }, today),
    daysUntilExpiry: daysUntilExpiry(input, today),
    followUpStatus: followUpStatus(
      input,
      children.filter((child) => child.documentType === 'perjanjian_kerja_sama').length,
      today,
      rules,
    ),
    actingSignatory: row.actingSignatory,
    published: row.published,
    health: row.health as Health,
    healthReasons: row.healthReasons as HealthReason[],
    responsibleOpds: await responsibleOpdsOf(db, row.responsibleOpdIds),
    access: accessOf(actor, row),
    ownerRegionCode: row.ownerRegionCode,
    partyRegionCodes: row.partyRegionCodes,
    parties: parties.map(presentParty),
    signatories: signatories.map((signatory) => {
      const party = parties.find((p) => p.id === signatory.partyId);
      return {
        id: signatory.id,
        partyId: signatory.partyId,
        partyKey: party ? storedPartyKey(party) : '',
        name: signatory.name,
        office: signatory.office,
        position: signatory.officeTitle,
        actingKind: signatory.actingKind,
        officialId: signatory.officialTermId,
        mandate: signatory.mandate as AgreementInput['signatories'][number]['mandate'],
      };
    }),
    parent: context.parent ? summary((await findAgreement(db, context.parent.id))!, today) : null,
    children: children.map((child) => summary(child, today)),
    transitions: transitions.map((transition) => ({
      id: transition.id,
      fromStage: transition.fromStage as Stage | null,
      toStage: transition.toStage as Stage,
      date: transition.stageDate,
      note: transition.note,
      actorUserId: transition.actorUserId,
      createdAt: transition.createdAt.toISOString(),
    })),
    documents,
    confirmations: { confirmed: confirmations.confirmed, total: confirmations.total },
    pendingConfirmations: confirmations.pendingPartyKeys,
    pendingChanges: await pendingChangesFor(db, actor, row),
    checklist: contentChecklist(input, rules).map((item) => ({
      key: item.key,
      label: item.label,
      present: item.present,
    })),
    issues,
    nextSteps: steps,
    version: row.version,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt.toISOString(),
    auditUrl: `/api/audit?entityType=agreement&entityId=${row.id}`,
  };
}
export type AgreementDetail = Awaited<ReturnType<typeof getAgreement>>;

// ---------------------------------------------------------------------------------------------
// Update

/** The fields a PATCH may carry: any subset of the agreement, merged onto the stored record. */
export type PatchInput = Partial<AgreementInput> & {
  published?: boolean | undefined;
  responsibleOpdIds?: string[] | undefined;
  /** The stage the agreement is at, set from the edit form (see planStageChange). */
  stage?: Stage | undefined;
  /** The day that stage was reached; absent: the date the data implies. */
  stageDate?: string | null | undefined;
};

/** A stage set from the edit form: steps appended to the history, or the history rewritten. */
type StageChange = { mode: 'forward' | 'correct'; steps: StageStep[]; warnings: Issue[] };

/**
 * The edit form sets the current stage and its date. Moving forward past the current stage, with dates on
 * or after the current stage's date, appends the steps (like the lifecycle panel, without its guards on
 * process evidence: the data checks of an after-the-fact entry apply). Anything else (a stage recorded
 * too early or too late, a wrong date) corrects the record: the history becomes the back-dated history of
 * an entry at that stage, and the audit trail keeps the history it replaced.
 */
function planStageChange(
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

async function versionConflict(db: Db, actor: Actor, row: AgreementRow, clientVersion: number) {
  const changes = await changedFieldsSince(db, row.id, clientVersion);
  return new AppError(
    'VERSION_CONFLICT',
    `The agreement was changed by someone else (version ${row.version}, yours ${clientVersion})`,
    'version',
    {
      currentVersion: row.version,
      current: await getAgreement(db, actor, row.id),
      changedFields: changes.map((change) => change.field),
      // What the client saw and what is stored now, per field, so the second editor sees what changed.
      changes,
    },
  );
}

/**
 * Confirmations after an edit. A confirmation vouches for the content a party saw, so when agreed
 * fields change (confirmedFieldsChanged) the other parties' confirmations are cleared and they are
 * asked again; the editor's own side stays (or becomes) confirmed when the editor may confirm it, as
 * entering a record confirms it. An edit of notes or publication only keeps every confirmation.
 */
function confirmationsAfterEdit(
  actor: UserActor,
  stored: readonly PartyWithName[],
  before: AgreementInput,
  after: AgreementInput,
) {
  const changedFields = confirmedFieldsChanged(before, after);
  const confirmedBefore = stored.filter((party) => party.confirmedAt !== null).map(storedPartyKey);
  if (changedFields.length === 0) {
    return {
      previous: stored,
      changedFields,
      changed: false,
      confirmedBefore,
      confirmedAfter: confirmedBefore,
    };
  }
  const ownKey =
    actor.regionCode && can(actor, 'agreement:confirm', { regionCodes: regionCodesOf(after) })
      ? actor.regionCode
      : null;
  const now = new Date();
  const previous = stored.map((party) =>
    storedPartyKey(party) === ownKey
      ? { ...party, confirmedAt: party.confirmedAt ?? now, confirmedBy: party.confirmedBy ?? actor.id }
      : { ...party, confirmedAt: null, confirmedBy: null },
  );
  const keptKeys = new Set(after.parties.map(partyKey));
  const confirmedAfter = previous
    .filter((party) => party.confirmedAt !== null && keptKeys.has(storedPartyKey(party)))
    .map(storedPartyKey);
  const changed = [...confirmedBefore].sort().join() !== [...confirmedAfter].sort().join();
  return { previous, changedFields, changed, confirmedBefore, confirmedAfter };
}

/** Party regions (still parties) whose confirmation this edit cleared: their administrators are told. */
function clearedRegionCodes(
  input: AgreementInput,
  confirmations: { confirmedBefore: string[]; confirmedAfter: string[] },
): string[] {
  const after = new Set(confirmations.confirmedAfter);
  const regions = new Set(
    input.parties.flatMap((party) => (party.kind === 'region' ? [party.regionCode] : [])),
  );
  return confirmations.confirmedBefore.filter((key) => !after.has(key) && regions.has(key));
}

export async function updateAgreement(
  db: Db,
  ctx: WriteContext,
  id: string,
  patch: PatchInput,
  clientVersion: number,
  options: { today?: string } = {},
) {
  const today = options.today ?? todayIso();
  const row = await findAgreement(db, id);
  if (!row) throw notFound(id);
  assertAllowed(ctx.actor, row, 'agreement:update');
  if (row.version !== clientVersion) throw await versionConflict(db, ctx.actor, row, clientVersion);

  const before = await loadFull(db, row);
  const {
    published: requestedPublished,
    responsibleOpdIds: opdPatch,
    stage: stagePatch,
    stageDate: stageDatePatch,
    ...fields
  } = patch;
  const requested: AgreementInput = { ...before.input, ...fields };
  // Removing a party region and publishing wait for every other party's consent (decision 009): the
  // rest of the edit applies now, those parts become pending changes.
  const proposals = changesNeedingConsent(ctx.actor, row, requested, requestedPublished);
  const removal = proposals.find((change) => change.kind === 'remove_parties');
  const input = removal
    ? withRemovedPartiesKept(before.input, requested, removal.removeRegionCodes)
    : requested;
  const published = proposals.some((change) => change.kind === 'publish') ? undefined : requestedPublished;
  const responsibleOpdIds = await checkResponsibleOpds(
    db,
    opdPatch ?? row.responsibleOpdIds,
    regionCodesOf(input),
  );
  if (fields.parties) {
    const extra = { stage: row.stage as Stage, opdIds: responsibleOpdIds };
    assertCreatorIsParty(ctx.actor, requested, extra, 'agreement:update');
  }
  const targetAfter = target({
    partyRegionCodes: regionCodesOf(input),
    published: requestedPublished ?? row.published,
    stage: row.stage,
    responsibleOpdIds,
  });
  // An OPD officer cannot hand the record away from their OPD (only an administrator does that).
  if (!can(ctx.actor, 'agreement:update', targetAfter)) {
    throw new AppError(
      'FORBIDDEN',
      'After this change you could no longer edit the agreement',
      opdPatch ? 'body.responsibleOpdIds' : 'body.parties',
    );
  }
  if (
    requestedPublished !== undefined &&
    requestedPublished !== row.published &&
    !canPublish(ctx.actor, targetAfter)
  ) {
    throw forbidden('PUBLISH_NOT_ALLOWED', 'You may not publish or unpublish agreements', 'body.published');
  }
  const rules = await loadRules(db);
  const { warnings, parent } = await validateForSave(db, ctx.actor, input, rules, today, id);
  if (removal) await validateForSave(db, ctx.actor, requested, rules, today, id);
  const stageChange = planStageChange(
    row,
    input,
    { stage: stagePatch, stageDate: stageDatePatch },
    {
      today,
      documents: ((await documentKinds(db, id)) as DocumentKind[]).map((kind) => ({ kind })),
      parentDocumentType: parent ? parent.documentType : parent === null ? null : undefined,
      linkedDocumentTypes: (await findChildren(db, id)).map((child) => child.documentType as DocumentType),
    },
    rules,
  );
  if (stageChange) {
    // Setting the stage is a lifecycle step: the same permission as the lifecycle panel.
    if (!can(ctx.actor, 'agreement:transition', targetAfter))
      throw new AppError('FORBIDDEN', 'You may not change the stage of this agreement', 'body.stage');
    warnings.push(...stageChange.warnings);
  }

  await db.transaction(async (tx) => {
    const updated = await storeEdit(tx, ctx, {
      row,
      before,
      input,
      published,
      responsibleOpdIds: opdPatch ? responsibleOpdIds : undefined,
      expectedVersion: clientVersion,
      stageChange: stageChange ?? undefined,
    });
    for (const change of proposals) await proposeChange(tx, ctx, updated, change);
  });
  const pending = proposals.map(consentPendingIssue);
  return { ...(await getAgreement(db, ctx.actor, id, { today })), warnings: [...warnings, ...pending] };
}

/** The warning that part of a save waits for the other parties' consent. */
function consentPendingIssue(change: ProposedChange): ServerIssue {
  return {
    code: 'CONSENT_PENDING',
    severity: 'warning',
    field: change.kind === 'publish' ? 'published' : 'parties',
    message:
      change.kind !== 'remove_parties'
        ? 'Publishing waits for the consent of every other party'
        : `Removing ${change.removeRegionCodes.join(', ')} waits for the consent of every other party`,
  };
}

/**
 * Stores an edit of an agreement in the caller's transaction: the row (under optimistic locking), its
 * parties and signatories, the responsible OPD when given, the confirmations after the edit and the
 * audit entries. Used by a PATCH and by a pending change once every party has consented.
 */
export async function storeEdit(
  tx: Db,
  ctx: WriteContext,
  edit: {
    row: AgreementRow & { responsibleOpdIds: string[] };
    before: Loaded;
    input: AgreementInput;
    published?: boolean | undefined;
    /** The new responsible OPD; undefined keeps them. */
    responsibleOpdIds?: string[] | undefined;
    expectedVersion: number;
    /** A stage set from the edit form: steps added, or the history corrected. */
    stageChange?: StageChange | undefined;
  },
): Promise<AgreementRow> {
  const { row, before, input, published, stageChange } = edit;
  const lastStep = stageChange?.steps.at(-1);
  const id = row.id;
  const confirmations = confirmationsAfterEdit(ctx.actor, before.parties, before.input, input);
  const organizations = await organizationsByIds(
    tx,
    input.parties.flatMap((party) => (party.kind === 'organization' ? [party.organizationId] : [])),
  );
  const orgNames = new Map(organizations.map((organization) => [organization.id, organization.name]));
  const partyNames = input.parties.map((party) =>
    party.kind === 'region'
      ? partyName({ regionCode: party.regionCode, organizationName: null })
      : (orgNames.get(party.organizationId) ?? ''),
  );
  const texts = await latestDocumentTexts(tx, id);
  const updated = await updateAgreementRow(
    tx,
    id,
    edit.expectedVersion,
    {
      ...agreementColumns(input),
      ...(published !== undefined ? { published } : {}),
      ...(lastStep ? { stage: lastStep.stage, stageDate: lastStep.date } : {}),
      updatedBy: ctx.actor.id,
    },
    searchTextsFor(agreementColumns(input), partyNames, searchPeopleOf(input), texts),
  );
  if (!updated)
    throw await versionConflict(tx, ctx.actor, (await findAgreement(tx, id)) ?? row, edit.expectedVersion);
  await deletePartiesOf(tx, id);
  const parties = await insertParties(tx, partyRows(id, input, confirmations.previous));
  await notifyConfirmationCleared(tx, {
    agreementId: id,
    version: updated.version,
    title: input.title,
    regionCodes: clearedRegionCodes(input, confirmations),
    byRegionCode: ctx.actor.kind === 'user' ? ctx.actor.regionCode : null,
  });
  await insertSignatories(tx, signatoryRows(id, input, parties));
  const responsibleOpdIds = edit.responsibleOpdIds ?? row.responsibleOpdIds;
  if (edit.responsibleOpdIds) await replaceResponsibleOpds(tx, id, edit.responsibleOpdIds);
  if (stageChange) {
    const historyBefore = await findTransitions(tx, id);
    if (stageChange.mode === 'correct') await deleteTransitionsOf(tx, id);
    await insertHistory(
      tx,
      id,
      stageChange.mode === 'correct' ? null : (row.stage as Stage),
      stageChange.steps,
      {
        note: stageChange.mode === 'correct' ? 'Stage corrected' : null,
        actorUserId: ctx.actor.id,
      },
    );
    await recordAudit(tx, ctx, {
      action: stageChange.mode === 'correct' ? 'agreement.stage_correct' : 'agreement.transition',
      entityType: 'agreement',
      entityId: id,
      regionCodes: updated.partyRegionCodes,
      before: { stage: row.stage, stageDate: row.stageDate, history: historySnapshot(historyBefore) },
      after: {
        stage: updated.stage,
        stageDate: updated.stageDate,
        history: historySnapshot(await findTransitions(tx, id)),
      },
      version: updated.version,
    });
  }
  await recordAudit(tx, ctx, {
    action: 'agreement.update',
    entityType: 'agreement',
    entityId: id,
    regionCodes: [...new Set([...row.partyRegionCodes, ...updated.partyRegionCodes])],
    before: {
      ...auditSnapshot(before.input, { stage: row.stage, published: row.published }),
      responsibleOpdIds: row.responsibleOpdIds,
    },
    after: {
      ...auditSnapshot(input, { stage: updated.stage, published: updated.published }),
      responsibleOpdIds,
    },
    version: updated.version,
  });
  if (confirmations.changed) {
    // The history keeps who had confirmed what: the update entry above holds the content before.
    await recordAudit(tx, ctx, {
      action: 'agreement.confirmations_reset',
      entityType: 'agreement',
      entityId: id,
      regionCodes: updated.partyRegionCodes,
      before: { confirmedParties: confirmations.confirmedBefore },
      after: { confirmedParties: confirmations.confirmedAfter },
      note: `Changed: ${confirmations.changedFields.join(', ')}`,
      version: updated.version,
    });
  }
  await refreshHealth(tx, [id, row.parentId, updated.parentId]);
  return updated;
}

// ---------------------------------------------------------------------------------------------
// Delete and restore

/** Recomputes the denormalised health of the agreements a write touched (and of the KSB they follow). */
async function refreshHealth(tx: Db, ids: ReadonlyArray<string | null>): Promise<void> {
  await recomputeHealth(tx, ids, todayIso(), await loadRules(tx));
}

/**
 * Deletes an agreement (soft delete), or, when it has party regions besides the actor's, proposes the
 * deletion to them (decision 009): the record stays until every other party has consented.
 */
export async function deleteAgreement(db: Db, ctx: WriteContext, id: string): Promise<DeletionResult> {
  return db.transaction(async (tx): Promise<DeletionResult> => {
    const row = await findAgreement(tx, id, { forUpdate: true });
    if (!row) throw notFound(id);
    assertAllowed(ctx.actor, row, 'agreement:delete');
    const pendingChange = await proposeDeletionIfNeeded(tx, ctx, 'agreement', row);
    if (pendingChange) return { ok: false, pendingChange };
    await deleteAgreementIn(tx, ctx, row);
    return { ok: true };
  });
}

/** Soft-deletes an agreement in the caller's transaction (a deletion at once, or one consented to). */
export async function deleteAgreementIn(
  tx: Db,
  ctx: WriteContext,
  row: NonNullable<Awaited<ReturnType<typeof findAgreement>>>,
): Promise<void> {
  const deleted = await setDeleted(tx, row.id, ctx.actor.id);
  await recordAudit(tx, ctx, {
    action: 'agreement.delete',
    entityType: 'agreement',
    entityId: row.id,
    regionCodes: row.partyRegionCodes,
    before: { deletedAt: null },
    after: { deletedAt: deleted.deletedAt?.toISOString() ?? null },
    version: deleted.version,
  });
  await refreshHealth(tx, [row.parentId]);
}

export async function restoreAgreement(db: Db, ctx: WriteContext, id: string) {
  await db.transaction(async (tx) => {
    const row = await findAgreement(tx, id, { includeDeleted: true, forUpdate: true });
    if (!row) throw notFound(id);
    assertAllowed(ctx.actor, row, 'agreement:restore');
    if (!row.deletedAt) return;
    const restored = await setDeleted(tx, id, null);
    await recordAudit(tx, ctx, {
      action: 'agreement.restore',
      entityType: 'agreement',
      entityId: id,
      regionCodes: row.partyRegionCodes,
      before: { deletedAt: row.deletedAt.toISOString() },
      after: { deletedAt: null },
      version: restored.version,
    });
    await refreshHealth(tx, [id, row.parentId]);
  });
  return getAgreement(db, ctx.actor, id);
}

// ---------------------------------------------------------------------------------------------
// Lifecycle

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

// ---------------------------------------------------------------------------------------------
// Confirmation of a shared record

/**
 * A party region's administrator confirms that the shared record is right for their side. Joining a
 * record a partner entered (instead of entering a duplicate) is this confirmation.
 */
export async function confirmAgreement(db: Db, ctx: WriteContext, id: string) {
  await db.transaction(async (tx) => {
    const row = await findAgreement(tx, id, { forUpdate: true });
    if (!row) throw notFound(id);
    assertAllowed(ctx.actor, row, 'agreement:confirm');
    const parties = await findParties(tx, [id]);
    const own = parties.find(
      (party) => party.regionCode !== null && party.regionCode === ctx.actor.regionCode,
    );
    if (!own) {
      throw forbidden(
        'OWN_REGION_NOT_PARTY',
        "Only an administrator of a party region can confirm that region's side",
      );
    }
    const changed = await confirmParty(tx, own.id, ctx.actor.id);
    if (changed) {
      await recordAudit(tx, ctx, {
        action: 'agreement.confirm',
        entityType: 'agreement',
        entityId: id,
        regionCodes: row.partyRegionCodes,
        after: { confirmedRegion: own.regionCode },
        version: row.version,
      });
    }
  });
  const detail = await getAgreement(db, ctx.actor, id);
  return {
    confirmations: detail.confirmations,
    pendingConfirmations: detail.pendingConfirmations,
    parties: detail.parties,
  };
}

/** Agreements by id that the actor may read (for other features). */
export async function visibleAgreementsByIds(db: Db, actor: Actor, ids: readonly string[]) {
  return (await findAgreementsByIds(db, ids)).filter((row) => canOn(actor, 'agreement:read', row));
}

/** Whether the actor may list deleted agreements (to restore them). */
export function mayListDeleted(actor: Actor): boolean {
  return hasPermission(actor, 'agreement:restore');
}

export { partyKey };

// ---------------------------------------------------------------------------------------------
// Responsible OPD (OPD pelaksana)

/**
 * The responsible OPD of an input, deduplicated: each must be a live OPD of one of the party regions,
 * else 422 RULE_VIOLATION naming the offending entry (body.responsibleOpdIds.<index>).
 */
async function checkResponsibleOpds(
  db: Db,
  opdIds: readonly string[],
  partyRegionCodes: readonly string[],
): Promise<string[]> {
  const found = new Map((await opdsByIds(db, opdIds)).map((opd) => [opd.id, opd]));
  const issues: ServerIssue[] = [];
  opdIds.forEach((opdId, index) => {
    const opd = found.get(opdId);
    const field = `responsibleOpdIds.${index}`;
    if (!opd) issues.push(serverIssue('UNKNOWN_OPD', field, `OPD ${opdId} does not exist`));
    else if (!partyRegionCodes.includes(opd.regionCode)) {
      issues.push(
        serverIssue(
          'OPD_NOT_OF_PARTY',
          field,
          `${opd.name} is an OPD of ${opd.regionCode}, which is not a party of this agreement`,
        ),
      );
    }
  });
  if (issues.length > 0) throw ruleViolation(issues);
  return [...new Set(opdIds)];
}

/** The responsible OPD as the detail shows them (an OPD deleted since keeps its name). */
async function responsibleOpdsOf(db: Db, opdIds: readonly string[]) {
  return (await opdsByIds(db, opdIds, { includeDeleted: true })).map((opd) => ({
    id: opd.id,
    regionCode: opd.regionCode,
    name: opd.name,
    abbreviation: opd.abbreviation,
  }));
}
