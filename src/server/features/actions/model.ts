/**
 * A follow-up action as the API shows it, and its tenancy for the record core (record-access.ts): the
 * parent's party regions, its publication, and the owning OPD as the responsible one.
 */
import type { Actor } from '../../auth/policy.js';
import { recordAccessOf, type RecordTenancy } from '../../auth/record-access.js';
import type { ActionDto } from '../../../domain/records/action-dto.js';
import type { ActionParentType, ActionStatus } from '../../../domain/records/kinds.js';
import type { ActionRow, ActionWithOpd } from './repo.js';

export function actionTenancy(
  row: Pick<ActionRow, 'partyRegionCodes' | 'published' | 'opdId'>,
): RecordTenancy {
  return { partyRegionCodes: row.partyRegionCodes, published: row.published, responsibleOpdIds: [row.opdId] };
}

export type EvidenceLink = { url: string; label: string | null };

/** Open and due before `today` (WIB). */
export function isOverdue(row: Pick<ActionRow, 'dueDate' | 'status'>, today: string): boolean {
  return row.dueDate !== null && row.dueDate < today && row.status !== 'selesai' && row.status !== 'batal';
}

export function presentAction(row: ActionWithOpd, today: string): ActionDto {
  return {
    id: row.id,
    parentType: row.parentType as ActionParentType,
    parentId: row.parentId,
    decisionId: row.decisionId,
    title: row.title,
    description: row.description,
    opd: {
      id: row.opdId,
      regionCode: row.opdRegionCode,
      name: row.opdName ?? '',
      abbreviation: row.opdAbbreviation,
    },
    dueDate: row.dueDate,
    status: row.status as ActionStatus,
    progress: row.progress,
    evidenceLinks: row.evidenceLinks as EvidenceLink[],
    completedAt: row.completedAt?.toISOString() ?? null,
    overdue: isOverdue(row, today),
    published: row.published,
    partyRegionCodes: row.partyRegionCodes,
    ownerRegionCode: row.ownerRegionCode,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What the actor may do on the action, for the UI to offer only what the server allows. */
export function actionAccess(actor: Actor, row: ActionRow) {
  const { update, delete: remove, report } = recordAccessOf(actor, 'action', actionTenancy(row));
  return { update, delete: remove, report, comment: report };
}

/** The fields the audit trail keeps of an action (no ids it cannot word). */
export function auditView(row: ActionRow): Record<string, unknown> {
  return {
    title: row.title,
    description: row.description,
    opdId: row.opdId,
    dueDate: row.dueDate,
    status: row.status as ActionStatus,
    progress: row.progress,
    evidenceLinks: row.evidenceLinks,
  };
}
