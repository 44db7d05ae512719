/**
 * Consent to a pending change of a shared agreement (removing a party region, publishing): each
 * required party region's administrator confirms or rejects it. The last confirmation applies the
 * change in the same transaction; one rejection ends it. See decision 009.
 */
import { recordAudit, type RequestContext } from '../../audit.js';
import type { UserActor } from '../../auth/policy.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { AgreementInput } from '../../../domain/agreements/index.js';
import { assertAllowed, canOn, notFound } from './access.js';
import { findAgreement, findPendingChange, updatePendingChange, type PendingChangeRow } from './repo.js';
import { loadRules, todayIso } from './rules.service.js';
import { getAgreement, loadFull, storeEdit, validateForSave } from './service.js';
import { opdsByIds } from '../opds/service.js';

type WriteContext = RequestContext & { actor: UserActor };

async function loadPending(tx: Db, actor: UserActor, agreementId: string, changeId: string) {
  const row = await findAgreement(tx, agreementId, { forUpdate: true });
  if (!row) throw notFound(agreementId);
  assertAllowed(actor, row, 'agreement:confirm');
  const change = await findPendingChange(tx, agreementId, changeId);
  if (!change || change.status !== 'pending') {
    throw new AppError('PENDING_CHANGE_NOT_FOUND', 'No such pending change on this agreement', 'changeId');
  }
  return { row, change };
}

/** The input without the parties a removal takes away (and their signatories). */
function withoutRegions(input: AgreementInput, regionCodes: readonly string[]): AgreementInput {
  const removed = new Set(regionCodes);
  return {
    ...input,
    parties: input.parties.filter((party) => party.kind !== 'region' || !removed.has(party.regionCode)),
    signatories: input.signatories.filter((signatory) => !removed.has(signatory.partyKey)),
  };
}

/** Applies a change every party has consented to, in the caller's transaction. */
async function applyChange(
  tx: Db,
  ctx: WriteContext,
  row: NonNullable<Awaited<ReturnType<typeof findAgreement>>>,
  change: PendingChangeRow,
) {
  const before = await loadFull(tx, row);
  if (change.kind === 'publish') {
    return storeEdit(tx, ctx, {
      row,
      before,
      input: before.input,
      published: true,
      expectedVersion: row.version,
    });
  }
  const input = withoutRegions(before.input, change.removeRegionCodes);
  await validateForSave(tx, ctx.actor, input, await loadRules(tx), todayIso(), row.id);
  const removed = new Set(change.removeRegionCodes);
  const responsibleOpdIds = (await opdsByIds(tx, row.responsibleOpdIds, { includeDeleted: true }))
    .filter((opd) => !removed.has(opd.regionCode))
    .map((opd) => opd.id);
  return storeEdit(tx, ctx, { row, before, input, responsibleOpdIds, expectedVersion: row.version });
}

/**
 * A required party region's administrator consents to a pending change; the last consent applies it
 * (422 RULE_VIOLATION when the record would then break a rule, such as a KSDD left with one region).
 */
export async function confirmPendingChange(db: Db, ctx: WriteContext, agreementId: string, changeId: string) {
  const status = await db.transaction(async (tx): Promise<'pending' | 'applied'> => {
    const { row, change } = await loadPending(tx, ctx.actor, agreementId, changeId);
    const region = ctx.actor.regionCode;
    if (region === null || !change.requiredRegionCodes.includes(region)) {
      throw new AppError('FORBIDDEN', 'Only a party whose consent this change awaits can confirm it');
    }
    const consented = [...new Set([...change.consentedRegionCodes, region])];
    const complete = change.requiredRegionCodes.every((code) => consented.includes(code));
    await updatePendingChange(tx, change.id, {
      consentedRegionCodes: consented,
      ...(complete ? { status: 'applied', resolvedBy: ctx.actor.id, resolvedAt: new Date() } : {}),
    });
    await recordAudit(tx, ctx, {
      action: 'agreement.change_consented',
      entityType: 'agreement',
      entityId: agreementId,
      regionCodes: row.partyRegionCodes,
      after: { changeId: change.id, kind: change.kind, consentedRegion: region },
      version: row.version,
    });
    if (!complete) return 'pending';
    const updated = await applyChange(tx, ctx, row, change);
    await recordAudit(tx, ctx, {
      action: 'agreement.change_applied',
      entityType: 'agreement',
      entityId: agreementId,
      regionCodes: row.partyRegionCodes,
      after: {
        changeId: change.id,
        kind: change.kind,
        removeRegionCodes: change.removeRegionCodes,
        consentedRegionCodes: consented,
      },
      version: updated.version,
    });
    return 'applied';
  });
  return { status, agreement: await agreementAfter(db, ctx.actor, agreementId) };
}

/** The record after a decision, or null when the actor's region was just removed from it. */
async function agreementAfter(db: Db, actor: UserActor, agreementId: string) {
  const row = await findAgreement(db, agreementId);
  return row && canOn(actor, 'agreement:read', row) ? getAgreement(db, actor, agreementId) : null;
}

/** A party region (one whose consent is awaited, or the proposer's) rejects or withdraws a change. */
export async function rejectPendingChange(db: Db, ctx: WriteContext, agreementId: string, changeId: string) {
  await db.transaction(async (tx) => {
    const { row, change } = await loadPending(tx, ctx.actor, agreementId, changeId);
    const region = ctx.actor.regionCode;
    if (
      region === null ||
      !(change.requiredRegionCodes.includes(region) || change.proposedRegionCode === region)
    ) {
      throw new AppError('FORBIDDEN', 'Only a party of this change can reject it');
    }
    await updatePendingChange(tx, change.id, {
      status: 'rejected',
      resolvedBy: ctx.actor.id,
      resolvedAt: new Date(),
    });
    await recordAudit(tx, ctx, {
      action: 'agreement.change_rejected',
      entityType: 'agreement',
      entityId: agreementId,
      regionCodes: row.partyRegionCodes,
      after: { changeId: change.id, kind: change.kind, rejectedBy: region },
      version: row.version,
    });
  });
  return { status: 'rejected' as const, agreement: await agreementAfter(db, ctx.actor, agreementId) };
}
