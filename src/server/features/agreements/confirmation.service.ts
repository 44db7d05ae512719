/**
 * Each party's confirmation of a shared record: a party region's administrator confirms their side,
 * and an edit of agreed content clears the other parties' confirmations (decision 009).
 */
import { recordAudit } from '../../audit.js';
import { can, type UserActor } from '../../auth/policy.js';
import type { Db } from '../../db/client.js';
import { forbidden } from '../../errors.js';
import { confirmedFieldsChanged, partyKey, type AgreementInput } from '../../../domain/agreements/index.js';
import { assertAllowed, notFound, type WriteContext } from './access.js';
import { regionCodesOf, storedPartyKey } from './model.js';
import { getAgreement } from './read.service.js';
import { confirmParty, findAgreement, findParties, type PartyWithName } from './repo.js';

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

/**
 * Confirmations after an edit. A confirmation vouches for the content a party saw, so when agreed
 * fields change (confirmedFieldsChanged) the other parties' confirmations are cleared and they are
 * asked again; the editor's own side stays (or becomes) confirmed when the editor may confirm it, as
 * entering a record confirms it. An edit of notes or publication only keeps every confirmation.
 */
export function confirmationsAfterEdit(
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
export function clearedRegionCodes(
  input: AgreementInput,
  confirmations: { confirmedBefore: string[]; confirmedAfter: string[] },
): string[] {
  const after = new Set(confirmations.confirmedAfter);
  const regions = new Set(
    input.parties.flatMap((party) => (party.kind === 'region' ? [party.regionCode] : [])),
  );
  return confirmations.confirmedBefore.filter((key) => !after.has(key) && regions.has(key));
}
