/**
 * Changes to a shared agreement that one party cannot make alone (decision 009): removing a party
 * region (the removed party would lose the record and its documents), publishing (every document
 * that is not a draft becomes public) and deleting. The rules and the store are the record core's
 * (`features/consent`); this file names what an agreement edit proposes: the rest of an edit applies
 * at once, only the removal and the publication wait.
 */
import type { UserActor } from '../../auth/policy.js';
import type { Db } from '../../db/client.js';
import type { AgreementInput } from '../../../domain/agreements/index.js';
import {
  consentingRegions,
  pendingChangesFor as recordPendingChanges,
  proposeChange as proposeRecordChange,
  type ConsentRecord,
  type ProposedChange,
} from '../consent/service.js';
import type { RequestContext } from '../../audit.js';
import { regionCodesOf } from './model.js';

export { consentingRegions, type ProposedChange } from '../consent/service.js';

/** Agreements: consenting or rejecting is a party administrator's confirmation. */
export const agreementConsent = { type: 'agreement', decidePermission: 'agreement:confirm' } as const;

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

/** Stores a change of an agreement as pending (see `features/consent`). */
export function proposeChange(
  tx: Db,
  ctx: RequestContext & { actor: UserActor },
  agreement: Pick<ConsentRecord, 'id' | 'partyRegionCodes' | 'version'>,
  change: ProposedChange,
) {
  return proposeRecordChange(tx, ctx, 'agreement', agreement, change);
}

/** The pending changes of an agreement for its detail. */
export function pendingChangesFor(
  db: Db,
  actor: Parameters<typeof recordPendingChanges>[1],
  record: Parameters<typeof recordPendingChanges>[3],
) {
  return recordPendingChanges(db, actor, agreementConsent, record);
}
