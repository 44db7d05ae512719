/**
 * The record an action follows up (an agreement, a visit or a meeting), as an action needs it: its
 * tenancy (the action copies the party regions and the publication), its title, and the day it began
 * (an action cannot be due before). An agreement is read through the agreements service; visits and
 * meetings through this feature's repo until their own features offer such a read.
 */
import type { Actor } from '../../auth/policy.js';
import { canOnRecord, readPermission, type RecordTenancy } from '../../auth/record-access.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { ActionParentType } from '../../../domain/records/kinds.js';
import { visibleAgreementsByIds } from '../agreements/service.js';
import { findMeetingFacts, findVisitFacts } from './repo.js';

export type ActionParent = RecordTenancy & {
  type: ActionParentType;
  id: string;
  title: string;
  /** When the parent began: an agreement's validFrom or signing date, a visit's start, a meeting's date. */
  startDate: string | null;
};

/** The parent when it exists and the actor may read it; undefined otherwise (the two are not told apart). */
export async function visibleParent(
  db: Db,
  actor: Actor,
  type: ActionParentType,
  id: string,
): Promise<ActionParent | undefined> {
  let parent: ActionParent | undefined;
  if (type === 'agreement') {
    const [row] = await visibleAgreementsByIds(db, actor, [id]);
    if (row) {
      parent = {
        type,
        id: row.id,
        title: row.title,
        partyRegionCodes: row.partyRegionCodes,
        published: row.published,
        stage: row.stage,
        startDate: row.validFrom ?? row.signingDate,
      };
    }
  } else {
    const facts = type === 'visit' ? await findVisitFacts(db, id) : await findMeetingFacts(db, id);
    if (facts) parent = { type, ...facts };
  }
  if (!parent || !canOnRecord(actor, readPermission[type], parent)) return undefined;
  return parent;
}

/** 404 PARENT_NOT_VISIBLE: the parent is unknown or hidden from the actor (never told apart). */
export function parentNotVisible(type: ActionParentType, id: string): AppError {
  return new AppError('PARENT_NOT_VISIBLE', `No ${type} ${id} is visible to you`, 'body.parentId');
}
