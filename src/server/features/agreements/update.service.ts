/**
 * Changing an agreement under optimistic locking: a PATCH merged onto the stored record, checked like a
 * new entry, with the parts that need the other parties' consent (removing a party, publishing) turned
 * into pending changes (decision 009); storeEdit also applies a pending change once consented.
 */
import { notifyConfirmationCleared } from '../notifications/service.js';
import { recordAudit } from '../../audit.js';
import { can, canPublish } from '../../auth/policy.js';
import type { Db } from '../../db/client.js';
import { AppError, forbidden } from '../../errors.js';
import type { AgreementInput, DocumentKind, DocumentType, Stage } from '../../../domain/agreements/index.js';
import { changesNeedingConsent, proposeChange, withRemovedPartiesKept } from './consent.js';
import { assertAllowed, assertCreatorIsParty, notFound, target, type WriteContext } from './access.js';
import { clearedRegionCodes, confirmationsAfterEdit } from './confirmation.service.js';
import { refreshHealth } from './lifecycle.service.js';
import { agreementColumns, auditSnapshot, partyRows, regionCodesOf, signatoryRows } from './model.js';
import { getAgreement, versionConflict } from './read.service.js';
import {
  deletePartiesOf,
  deleteTransitionsOf,
  documentKinds,
  findAgreement,
  findChildren,
  findTransitions,
  insertParties,
  insertSignatories,
  latestDocumentTexts,
  replaceResponsibleOpds,
  updateAgreementRow,
  type AgreementRow,
} from './repo.js';
import { loadRules, todayIso } from './rules.service.js';
import { partyNamesOf, searchPeopleOf, searchTextsFor } from './search-refresh.js';
import { historySnapshot, insertHistory, planStageChange, type StageChange } from './stage-history.js';
import {
  checkResponsibleOpds,
  consentPendingIssue,
  loadFull,
  validateForSave,
  type Loaded,
} from './validation.js';

/** The fields a PATCH may carry: any subset of the agreement, merged onto the stored record. */
export type PatchInput = Partial<AgreementInput> & {
  published?: boolean | undefined;
  responsibleOpdIds?: string[] | undefined;
  /** The stage the agreement is at, set from the edit form (see planStageChange). */
  stage?: Stage | undefined;
  /** The day that stage was reached; absent: the date the data implies. */
  stageDate?: string | null | undefined;
};

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
  const partyNames = await partyNamesOf(tx, input);
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
