/**
 * The record an action follows up (an agreement, a visit or a meeting), as an action needs it: its
 * tenancy (the action copies the party regions and the publication), its title, and the day it began
 * (an action cannot be due before). Read through the record core's lookup (record-lookup.ts).
 */
import type { Actor } from '../../auth/policy.js';
import type { RecordTenancy } from '../../auth/record-access.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { findVisibleRecord } from '../../record-lookup.js';
import type { ActionParentType } from '../../../domain/records/kinds.js';

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
  const record = await findVisibleRecord(db, actor, type, id);
  return record && { ...record, type };
}

/** 404 PARENT_NOT_VISIBLE: the parent is unknown or hidden from the actor (never told apart). */
export function parentNotVisible(type: ActionParentType, id: string): AppError {
  return new AppError('PARENT_NOT_VISIBLE', `No ${type} ${id} is visible to you`, 'body.parentId');
}
