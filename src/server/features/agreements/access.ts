/**
 * Tenancy of agreements, on top of the policy module: a shared record belongs to all its party
 * regions. Reads of a record the actor may not see answer 404 (never 403, which would reveal that
 * it exists); writes on a visible record the actor may not change answer 403.
 */
import type { RequestContext } from '../../audit.js';
import {
  can,
  canPublish,
  hasPermission,
  type Actor,
  type Permission,
  type Target,
  type UserActor,
} from '../../auth/policy.js';
import { recordTarget } from '../../auth/record-access.js';
import { AppError, forbidden } from '../../errors.js';
import type { AgreementInput } from '../../../domain/agreements/index.js';
import { regionCodesOf } from './model.js';

/** The context of a write: the request (for the audit trail) and the signed-in user. */
export type WriteContext = RequestContext & { actor: UserActor };

type Shared = {
  id: string;
  partyRegionCodes: readonly string[];
  published: boolean;
  stage?: string;
  /** The responsible OPD (OPD pelaksana); without them, no OPD officer may change the record. */
  responsibleOpdIds?: readonly string[];
};

/** The policy's view of an agreement: its party regions, publication, stage and responsible OPD. */
export const target = (record: Omit<Shared, 'id'>): Target => recordTarget(record);

/** Whether the actor may exercise `permission` on the record (no error). */
export function canOn(actor: Actor, permission: Permission, record: Omit<Shared, 'id'>): boolean {
  return can(actor, permission, target(record));
}

/** What the actor may do on a visible record, for the UI to offer only what the server allows. */
export function accessOf(actor: Actor, record: Omit<Shared, 'id'>) {
  return {
    update: can(actor, 'agreement:update', target(record)),
    uploadDocuments: can(actor, 'document:upload', target(record)),
    publish: canPublish(actor, target(record)),
  };
}

export function notFound(id: string): AppError {
  return new AppError('AGREEMENT_NOT_FOUND', `Agreement ${id} does not exist`, 'id');
}

/** Throws AGREEMENT_NOT_FOUND unless the actor may read the record. */
export function assertVisible(actor: Actor, record: Shared, permission: Permission = 'agreement:read'): void {
  if (!can(actor, permission, target(record))) throw notFound(record.id);
}

/** Throws 404 when the record is invisible to the actor, 403 when visible but `permission` is not granted. */
export function assertAllowed(actor: Actor, record: Shared, permission: Permission): void {
  assertVisible(actor, record);
  if (!can(actor, permission, target(record))) {
    throw new AppError('FORBIDDEN', `You may not do this on this agreement (${permission})`);
  }
}

/** Whether the actor may list deleted agreements (to restore them). */
export function mayListDeleted(actor: Actor): boolean {
  return hasPermission(actor, 'agreement:restore');
}

/** The SQL form of the read rule for lists, shared by every record type (record-access.ts). */
export { readScope } from '../../auth/record-access.js';

/** Refuses an agreement the actor's region is not a party of, or one the actor may not enter. */
export function assertCreatorIsParty(
  actor: UserActor,
  input: AgreementInput,
  extra: Omit<Target, 'regionCodes'> = {},
  permission: 'agreement:create' | 'agreement:update' = 'agreement:create',
) {
  const codes = regionCodesOf(input);
  if (actor.role === 'system_admin') return;
  if (!actor.regionCode || !codes.includes(actor.regionCode)) {
    throw forbidden(
      'OWN_REGION_NOT_PARTY',
      'Your region must be one of the parties of an agreement you enter',
      'body.parties',
    );
  }
  if (!can(actor, permission, { regionCodes: codes, ...extra })) {
    throw new AppError('FORBIDDEN', 'You may not create agreements for these parties');
  }
}
