/**
 * How a pending change of an agreement (decision 009) is applied once every other party has
 * consented: removing party regions, publishing, deleting. Consent and rejection themselves are the
 * record core's (`features/consent`).
 */
import type { Db } from '../../db/client.js';
import type { AgreementInput } from '../../../domain/agreements/index.js';
import type { ConsentSubject, PendingChangeRow } from '../consent/service.js';
import { agreementConsent } from './consent.js';
import { notFound, type WriteContext } from './access.js';
import { findAgreement } from './repo.js';
import { loadRules, todayIso } from './rules.service.js';
import { deleteAgreementIn } from './delete.service.js';
import { storeEdit } from './update.service.js';
import { loadFull, validateForSave } from './validation.js';
import { opdsByIds } from '../opds/service.js';

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
async function applyChange(tx: Db, ctx: WriteContext, id: string, change: PendingChangeRow): Promise<void> {
  const row = await findAgreement(tx, id, { forUpdate: true });
  if (!row) throw notFound(id);
  if (change.kind === 'delete') return deleteAgreementIn(tx, ctx, row);
  const before = await loadFull(tx, row);
  if (change.kind === 'publish') {
    await storeEdit(tx, ctx, {
      row,
      before,
      input: before.input,
      published: true,
      expectedVersion: row.version,
    });
    return;
  }
  const input = withoutRegions(before.input, change.removeRegionCodes);
  await validateForSave(tx, ctx.actor, input, await loadRules(tx), todayIso(), row.id);
  const removed = new Set(change.removeRegionCodes);
  const responsibleOpdIds = (await opdsByIds(tx, row.responsibleOpdIds, { includeDeleted: true }))
    .filter((opd) => !removed.has(opd.regionCode))
    .map((opd) => opd.id);
  await storeEdit(tx, ctx, { row, before, input, responsibleOpdIds, expectedVersion: row.version });
}

/** Agreements in the record core's consent (`features/consent`). */
export const agreementSubject: ConsentSubject = {
  ...agreementConsent,
  load: (db, id, options) => findAgreement(db, id, options),
  apply: (tx, ctx, record, change) => applyChange(tx, ctx, record.id, change),
};
