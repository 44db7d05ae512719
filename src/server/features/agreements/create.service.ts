/**
 * Entering an agreement: validation, the stage it is entered at (with its back-dated history), the
 * duplicate check under a lock, and the insert with its parties, signatories, responsible OPD, audit
 * entry and the partners' notice, in one transaction.
 */
import { notifyPartnerRecord } from '../notifications/service.js';
import { recordAudit } from '../../audit.js';
import { recomputeHealth } from '../monitoring/health-write.js';
import { can, canPublish, impliedResponsibleOpds } from '../../auth/policy.js';
import type { Db } from '../../db/client.js';
import { lockForDuplicateCheck } from '../../db/transaction-lock.js';
import { AppError, forbidden } from '../../errors.js';
import {
  deriveEntryStage,
  entryHistory,
  firstStageFor,
  type AgreementInput,
  type Stage,
} from '../../../domain/agreements/index.js';
import { consentingRegions, proposeChange } from './consent.js';
import { assertCreatorIsParty, type WriteContext } from './access.js';
import { duplicateKey, findDuplicates } from './duplicates.service.js';
import { agreementColumns, auditSnapshot, partyRows, regionCodesOf, signatoryRows } from './model.js';
import { getAgreement } from './read.service.js';
import {
  confirmParty,
  insertAgreement,
  insertParties,
  insertSignatories,
  replaceResponsibleOpds,
} from './repo.js';
import { loadRules, todayIso } from './rules.service.js';
import { partyNamesOf, searchPeopleOf, searchTextsFor } from './search-refresh.js';
import { insertHistory } from './stage-history.js';
import {
  checkResponsibleOpds,
  consentPendingIssue,
  entryStageRequirements,
  requirementToIssue,
  ruleViolation,
  validateForSave,
} from './validation.js';

export type CreateInput = AgreementInput & {
  entryStage: Stage | null;
  /** The day the entry stage was reached; null: the date the data implies (see entryHistory). */
  entryStageDate?: string | null | undefined;
  published: boolean;
  /** The OPD responsible for carrying it out (OPD pelaksana), each of a party region. */
  responsibleOpdIds?: string[] | undefined;
};

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

  const partyNames = await partyNamesOf(db, input);

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
