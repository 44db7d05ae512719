/**
 * Soft delete and restore of an agreement. Deleting a record shared with other party regions becomes a
 * pending change they consent to (decision 009).
 */
import { recordAudit } from '../../audit.js';
import type { Db } from '../../db/client.js';
import { proposeDeletionIfNeeded, type DeletionResult } from '../consent/service.js';
import { assertAllowed, notFound, type WriteContext } from './access.js';
import { refreshHealth } from './lifecycle.service.js';
import { getAgreement } from './read.service.js';
import { findAgreement, setDeleted } from './repo.js';

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
