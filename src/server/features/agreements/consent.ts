/**
 * Changes to a shared agreement that one party cannot make alone (decision 009): removing a party
 * region (the removed party would lose the record and its documents) and publishing (every document
 * that is not a draft becomes public). Such a change is stored as pending; it takes effect once every
 * other party region has consented (`pending-changes.service.ts`).
 */
import { recordAudit, type RequestContext } from '../../audit.js';
import type { Actor, UserActor } from '../../auth/policy.js';
import type { Db } from '../../db/client.js';
import type { AgreementInput } from '../../../domain/agreements/index.js';
import { canOn } from './access.js';
import { regionCodesOf } from './model.js';
import {
  findPendingChanges,
  insertPendingChange,
  supersedePendingChanges,
  type PendingChangeRow,
} from './repo.js';

type WriteContext = RequestContext & { actor: UserActor };

export type ProposedChange = { kind: 'remove_parties'; removeRegionCodes: string[] } | { kind: 'publish' };

/** The party regions whose consent a change by `actor` needs: every party region but the actor's. */
export function consentingRegions(actor: UserActor, partyRegionCodes: readonly string[]): string[] {
  return partyRegionCodes.filter((code) => code !== actor.regionCode);
}

/**
 * What of a requested edit waits for the other parties: the party regions it removes and whether it
 * publishes. Adding parties, unpublishing and every other field take effect at once.
 */
export function changesNeedingConsent(
  actor: UserActor,
  record: { partyRegionCodes: readonly string[]; published: boolean },
  requested: Pick<AgreementInput, 'parties'>,
  publish: boolean | undefined,
): ProposedChange[] {
  if (consentingRegions(actor, record.partyRegionCodes).length === 0) return [];
  const kept = new Set(regionCodesOf(requested));
  const removeRegionCodes = record.partyRegionCodes.filter((code) => !kept.has(code));
  const changes: ProposedChange[] = [];
  if (removeRegionCodes.length > 0) changes.push({ kind: 'remove_parties', removeRegionCodes });
  if (publish === true && !record.published) changes.push({ kind: 'publish' });
  return changes;
}

/**
 * The requested input with the parties it would remove put back (with their signatories), so that the
 * rest of the edit applies now and the removal waits for consent.
 */
export function withRemovedPartiesKept(
  stored: AgreementInput,
  requested: AgreementInput,
  removeRegionCodes: readonly string[],
): AgreementInput {
  const removed = new Set(removeRegionCodes);
  const keptKeys = new Set(requested.signatories.map((signatory) => signatory.partyKey));
  return {
    ...requested,
    parties: [
      ...requested.parties,
      ...stored.parties.filter((party) => party.kind === 'region' && removed.has(party.regionCode)),
    ],
    signatories: [
      ...requested.signatories,
      ...stored.signatories.filter(
        (signatory) => removed.has(signatory.partyKey) && !keptKeys.has(signatory.partyKey),
      ),
    ],
  };
}

/**
 * Stores a change as pending, replacing a pending change of the same kind, with its audit entry. The
 * proposer's region consents by proposing.
 */
export async function proposeChange(
  tx: Db,
  ctx: WriteContext,
  agreement: { id: string; partyRegionCodes: readonly string[]; version: number },
  change: ProposedChange,
): Promise<PendingChangeRow> {
  await supersedePendingChanges(tx, agreement.id, change.kind, ctx.actor.id);
  const row = await insertPendingChange(tx, {
    agreementId: agreement.id,
    kind: change.kind,
    removeRegionCodes: change.kind === 'remove_parties' ? change.removeRegionCodes : [],
    requiredRegionCodes: consentingRegions(ctx.actor, agreement.partyRegionCodes),
    consentedRegionCodes: [],
    proposedBy: ctx.actor.id,
    proposedRegionCode: ctx.actor.regionCode,
  });
  await recordAudit(tx, ctx, {
    action: 'agreement.change_proposed',
    entityType: 'agreement',
    entityId: agreement.id,
    regionCodes: [...agreement.partyRegionCodes],
    after: { changeId: row.id, ...change, requiredRegionCodes: row.requiredRegionCodes },
    version: agreement.version,
  });
  return row;
}

/** A pending change as the agreement detail shows it, with what the actor may do about it. */
export function presentPendingChange(actor: UserActor | null, row: PendingChangeRow, mayConfirm: boolean) {
  const region = actor?.regionCode ?? null;
  const awaiting = row.requiredRegionCodes.filter((code) => !row.consentedRegionCodes.includes(code));
  return {
    id: row.id,
    kind: row.kind,
    removeRegionCodes: row.removeRegionCodes,
    requiredRegionCodes: row.requiredRegionCodes,
    consentedRegionCodes: row.consentedRegionCodes,
    awaitingRegionCodes: awaiting,
    proposedBy: row.proposedBy,
    proposedRegionCode: row.proposedRegionCode,
    createdAt: row.createdAt.toISOString(),
    canConfirm: mayConfirm && region !== null && awaiting.includes(region),
    canReject:
      mayConfirm &&
      region !== null &&
      (row.requiredRegionCodes.includes(region) || row.proposedRegionCode === region),
  };
}
export type PendingChangeDto = ReturnType<typeof presentPendingChange>;

/** The pending changes of a record for its detail; only readers who see it unpublished (its parties). */
export async function pendingChangesFor(
  db: Db,
  actor: Actor,
  record: Parameters<typeof canOn>[2] & { id: string },
) {
  if (actor.kind !== 'user' || !canOn(actor, 'agreement:read', { ...record, published: false })) return [];
  const mayConfirm = canOn(actor, 'agreement:confirm', record);
  return (await findPendingChanges(db, record.id)).map((row) => presentPendingChange(actor, row, mayConfirm));
}
