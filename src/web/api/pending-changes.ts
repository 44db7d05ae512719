import type { PendingChange } from '../../domain/records/pending-change';
import { apiSend } from './client';

export type { PendingChange } from '../../domain/records/pending-change';

/** The answer of DELETE on a shared record: deleted, or a deletion waiting for the other parties (202). */
export type DeletionResult = { ok: true } | { ok: false; pendingChange: PendingChange };

/**
 * Consents to (confirm) or rejects a pending change of the record at `basePath/id` (`/api/visits`,
 * `/api/meetings`, ...); `record` is null once the record is deleted or your region removed from it.
 */
export function decidePendingChange(
  basePath: string,
  id: string,
  changeId: string,
  decision: 'confirm' | 'reject',
): Promise<{ status: 'pending' | 'applied' | 'rejected'; record: unknown }> {
  return apiSend(
    'POST',
    `${basePath}/${encodeURIComponent(id)}/pending-changes/${encodeURIComponent(changeId)}/${decision}`,
  );
}
