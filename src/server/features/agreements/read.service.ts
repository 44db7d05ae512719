/**
 * Reading one agreement: the full record with its parties, signatories, family, timeline, documents,
 * confirmations, checklist, warnings and next steps; and the 409 answer that carries it.
 */
import type { Health, HealthReason } from '../../../domain/monitoring/health.js';
import type { Actor } from '../../auth/policy.js';
import { readSideBySide, type Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import {
  confirmationSummary,
  contentChecklist,
  daysUntilExpiry,
  effectiveStatus,
  nextSteps,
  implementingAgreementStatus,
  validateAgreement,
  type AgreementInput,
  type DocumentKind,
  type DocumentType,
  type LifecycleRole,
  type OrganizationKind,
  type Stage,
} from '../../../domain/agreements/index.js';
import { displayName, regionByCode } from '../../../domain/regions/index.js';
import { opdsByIds } from '../opds/service.js';
import { pendingChangesFor } from './consent.js';
import { accessOf, assertVisible, canOn, notFound } from './access.js';
import { listDocumentsOf } from '../documents/service.js';
import { storedPartyKey } from './model.js';
import {
  changedFieldsSince,
  findAgreement,
  findAgreementHealth,
  findChildren,
  findTransitions,
  type AgreementRow,
  type PartyWithName,
} from './repo.js';
import { loadRules, todayIso } from './rules.service.js';
import { loadFull, validationContext, type ServerIssue } from './validation.js';

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

/**
 * The full record: parties, signatories, family, timeline, documents, checklist, warnings, next steps.
 * After the agreement itself (its visibility decides whether anything else is read), what depends
 * only on it is read side by side, then what depends on its parties: on PostgreSQL the statements go
 * out together on the pool's connections, so the page waits for three round trips instead of about
 * ten in a row (each is a wait for the database's turn on a loaded server; docs/benchmarks.md).
 */
export async function getAgreement(db: Db, actor: Actor, id: string, options: { today?: string } = {}) {
  const today = options.today ?? todayIso();
  const row = await findAgreement(db, id);
  if (!row) throw notFound(id);
  assertVisible(actor, row);
  const [
    { parties, signatories, input },
    rules,
    allChildren,
    transitions,
    storedDocuments,
    responsibleOpds,
    pendingChanges,
    health,
  ] = await readSideBySide(db, [
    () => loadFull(db, row),
    () => loadRules(db),
    () => findChildren(db, row.id),
    () => findTransitions(db, row.id),
    // An agreement's documents carry its kinds only (the upload route checks them against documentKinds).
    async () =>
      canOn(actor, 'document:read', row)
        ? listDocumentsOf(db, actor, { type: 'agreement', id: row.id }, row)
        : [],
    () => responsibleOpdsOf(db, row.responsibleOpdIds),
    () => pendingChangesFor(db, actor, row),
    () => findAgreementHealth(db, row.id),
  ]);
  const context = await validationContext(db, actor, input, row.id);
  const issues: ServerIssue[] = [
    ...validateAgreement(
      input,
      { today, parent: context.parent, organizationKinds: context.organizationKinds, terms: context.terms },
      rules,
    ),
    ...context.issues,
  ];
  const children = allChildren.filter((child) => canOn(actor, 'agreement:read', child));
  const documents = storedDocuments.map((document) => ({ ...document, kind: document.kind as DocumentKind }));
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
  return {
    id: row.id,
    ...input,
    stage,
    stageDate: row.stageDate,
    effectiveStatus: effectiveStatus({ validUntil: row.validUntil, stage }, today),
    daysUntilExpiry: daysUntilExpiry(input, today),
    followUpStatus: implementingAgreementStatus(
      input,
      children.filter((child) => child.documentType === 'perjanjian_kerja_sama').length,
      today,
      rules,
    ),
    actingSignatory: row.actingSignatory,
    published: row.published,
    health: health.health as Health,
    healthReasons: health.reasons as HealthReason[],
    responsibleOpds,
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
    parent: context.parent && context.parentRow ? summary(context.parentRow, today) : null,
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
    pendingChanges,
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

/** 409 VERSION_CONFLICT with the record as it is now and the fields changed since the client's version. */
export async function versionConflict(db: Db, actor: Actor, row: AgreementRow, clientVersion: number) {
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

/** The responsible OPD as the detail shows them (an OPD deleted since keeps its name). */
async function responsibleOpdsOf(db: Db, opdIds: readonly string[]) {
  return (await opdsByIds(db, opdIds, { includeDeleted: true })).map((opd) => ({
    id: opd.id,
    regionCode: opd.regionCode,
    name: opd.name,
    abbreviation: opd.abbreviation,
  }));
}
