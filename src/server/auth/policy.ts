/**
 * Every authorization rule of Sinergi, in one place. Routes declare the permission they need; the
 * services ask `can(actor, permission, target)` with the record's regions. A test builds the full
 * matrix (route x role x own / partner / unrelated region / anonymous) against these rules.
 */
import { isActiveStage, type Stage } from '../../domain/agreements/stages.js';
import { permissions, roles, type Permission, type Role } from '../../domain/access.js';
import { regionByCode } from '../../domain/regions/index.js';

export { roles, permissions, type Role, type Permission } from '../../domain/access.js';

/** Who is acting: a logged-in user (through a session or an API token) or an anonymous visitor. */
export type Actor =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      id: string;
      name: string;
      email: string;
      role: Role;
      regionCode: string | null;
      opdId: string | null;
      oversightScope: 'province' | 'national' | null;
      via: 'session' | 'token';
      /** For an API token: the permissions it was limited to (null = all of the user's). */
      tokenPermissions: Permission[] | null;
    };

export type UserActor = Extract<Actor, { kind: 'user' }>;
export const anonymous: Actor = { kind: 'anonymous' };

/** The operator at the command line (`sinergi users create`): full rights, audited as "CLI". */
export const cliActorId = '00000000-0000-0000-0000-000000000000';
export const cliActor: UserActor = {
  kind: 'user',
  id: cliActorId,
  name: 'sinergi CLI',
  email: '',
  role: 'system_admin',
  regionCode: null,
  opdId: null,
  oversightScope: null,
  via: 'session',
  tokenPermissions: null,
};

/**
 * What a rule is checked against: the regions a record belongs to (an agreement's party regions, a
 * user's or an OPD's region), whether it is published, and for agreements the OPD responsible for
 * carrying it out (OPD pelaksana) and its lifecycle stage.
 */
export type Target = {
  regionCodes: readonly string[];
  published?: boolean;
  /** The responsible OPD (ids): an OPD officer changes only records of their own OPD. */
  opdIds?: readonly string[];
  /** The record's lifecycle stage; for a record being created, the stage it enters at. */
  stage?: Stage;
  /**
   * For a document: a draft (rancangan) stays with the parties. Publishing a record makes its other
   * documents public, never its drafts (decision 009).
   */
  draft?: boolean;
};

/**
 * Permissions per role, before region scoping. `account:manage` is one's own account: API tokens,
 * sessions, password and name. Every role has it, so every session does; an API token has it only
 * when it was granted (or when the token is unlimited), so a token limited to reading agreements
 * cannot revoke tokens, end sessions or try passwords.
 */
const rolePermissions: Record<Role, ReadonlySet<Permission>> = {
  system_admin: new Set(permissions),
  region_admin: new Set<Permission>([
    'account:manage',
    'user:read',
    'user:manage',
    'opd:read',
    'opd:manage',
    'audit:read',
    'agreement:read',
    'agreement:create',
    'agreement:update',
    'agreement:delete',
    'agreement:restore',
    'agreement:transition',
    'agreement:confirm',
    'document:read',
    'document:upload',
    'record:read',
    'record:create',
    'record:update',
    'record:delete',
    'action:report',
    'evaluation:write',
    'organization:read',
    'organization:manage',
    'official:read',
    'official:manage',
    'ingest:extract',
    'ingest:save',
    'report:read',
  ]),
  reviewer: new Set<Permission>([
    'account:manage',
    'opd:read',
    'agreement:read',
    'agreement:review',
    'agreement:transition',
    'document:read',
    'document:upload',
    'record:read',
    'evaluation:write',
    'organization:read',
    'official:read',
    'ingest:extract',
    'report:read',
  ]),
  opd_officer: new Set<Permission>([
    'account:manage',
    'opd:read',
    'agreement:read',
    'agreement:create',
    'agreement:update',
    'document:read',
    'document:upload',
    'record:read',
    'action:report',
    'evaluation:write',
    'organization:read',
    'official:read',
    'ingest:extract',
  ]),
  oversight: new Set<Permission>([
    'account:manage',
    'opd:read',
    'agreement:read',
    'record:read',
    'document:read',
    'organization:read',
    'official:read',
    'report:read',
    'audit:read',
  ]),
  viewer: new Set<Permission>([
    'account:manage',
    'opd:read',
    'agreement:read',
    'record:read',
    'document:read',
    'organization:read',
    'official:read',
  ]),
};

/** Permissions anonymous visitors have, on published records only (the public portal). */
const publicPermissions = new Set<Permission>([
  'agreement:read',
  'record:read',
  'document:read',
  'organization:read',
  'official:read',
]);

/**
 * Permissions that are not tied to a region (directories shared by everyone). The OPD of a pemda
 * (name, abbreviation, sectors) are public facts, and an agreement may name an OPD of a partner
 * region as responsible, so every logged-in user lists the OPD of any region. Changing them stays
 * scoped (`opd:manage`).
 */
const unscopedPermissions = new Set<Permission>([
  'organization:read',
  'official:read',
  'opd:read',
  'ingest:extract',
]);

/**
 * Acts only a party can do, whatever the role: confirming the shared record for one's own side. A
 * system administrator belongs to no party, so even they cannot confirm.
 */
const partyOnlyPermissions = new Set<Permission>(['agreement:confirm']);

/**
 * What an OPD officer may change is narrowed to their OPD: they propose agreements (stage persiapan,
 * their OPD then responsible) and keep the records their OPD carries out up to date, until it ends.
 */
const opdScopedPermissions = new Set<Permission>([
  'agreement:create',
  'agreement:update',
  'document:upload',
  'action:report',
  'evaluation:write',
]);

function opdOfficerMay(actor: UserActor, permission: Permission, target: Target): boolean {
  if (!actor.opdId || !actor.regionCode || !target.regionCodes.includes(actor.regionCode)) return false;
  if (permission === 'agreement:create') return target.stage === 'persiapan';
  // A follow-up action has no lifecycle stage: its owning OPD reports on it until it is closed.
  // So is an evaluation of an agreement: the implementing OPD reports its indicators while it runs.
  if (permission === 'action:report' || permission === 'evaluation:write')
    return target.opdIds?.includes(actor.opdId) ?? false;
  return (
    target.opdIds !== undefined &&
    target.opdIds.includes(actor.opdId) &&
    target.stage !== undefined &&
    isActiveStage(target.stage)
  );
}

/** Whether a region lies within an oversight user's jurisdiction. */
function inJurisdiction(actor: UserActor, regionCode: string): boolean {
  if (actor.oversightScope === 'national') return true;
  if (!actor.regionCode) return false;
  if (regionCode === actor.regionCode) return true;
  return regionByCode(regionCode)?.provinceCode === actor.regionCode;
}

/** Whether the actor has the permission at all (before looking at a record). */
export function hasPermission(actor: Actor, permission: Permission): boolean {
  if (actor.kind === 'anonymous') return publicPermissions.has(permission);
  if (!rolePermissions[actor.role].has(permission)) return false;
  return actor.tokenPermissions === null || actor.tokenPermissions.includes(permission);
}

/** Whether the actor may exercise `permission` on a record belonging to `target`'s regions. */
export function can(actor: Actor, permission: Permission, target?: Target): boolean {
  if (actor.kind === 'anonymous')
    return publicPermissions.has(permission) && target?.published === true && target.draft !== true;
  if (!hasPermission(actor, permission)) return false;
  if (partyOnlyPermissions.has(permission)) {
    return target !== undefined && actor.regionCode !== null && target.regionCodes.includes(actor.regionCode);
  }
  if (actor.role === 'system_admin' || !target || unscopedPermissions.has(permission)) return true;
  // Published records are readable by every logged-in user too (oversight included: it never sees
  // less than an anonymous visitor).
  if (
    target.published &&
    !target.draft &&
    (permission === 'agreement:read' || permission === 'record:read' || permission === 'document:read')
  )
    return true;
  if (actor.role === 'oversight') return target.regionCodes.some((code) => inJurisdiction(actor, code));
  if (actor.role === 'opd_officer' && opdScopedPermissions.has(permission)) {
    return opdOfficerMay(actor, permission, target);
  }
  return actor.regionCode !== null && target.regionCodes.includes(actor.regionCode);
}

/**
 * The shared directories and the permission that changes their entries. Every logged-in user reads
 * every entry (an agreement names a partner's OPD, officials and organisations), but an entry belongs
 * to one region: an organisation to the region that recorded it, a term of office or an OPD to its
 * region.
 */
export const directoryManagePermissions = {
  organization: 'organization:manage',
  official: 'official:manage',
  opd: 'opd:manage',
} as const satisfies Record<string, Permission>;
export type Directory = keyof typeof directoryManagePermissions;

/**
 * The one rule for writes to a shared directory: an entry is created, changed or deleted only by an
 * administrator of its owning region, or by a system administrator. An entry without an owning region
 * (recorded by a system administrator) is changed by a system administrator only.
 */
export function canManageDirectoryEntry(
  actor: Actor,
  directory: Directory,
  ownerRegionCode: string | null,
): boolean {
  return can(actor, directoryManagePermissions[directory], {
    regionCodes: ownerRegionCode === null ? [] : [ownerRegionCode],
  });
}

/** OPD that become responsible for what the actor proposes: an OPD officer's own OPD. */
export function impliedResponsibleOpds(actor: Actor): string[] {
  return actor.kind === 'user' && actor.role === 'opd_officer' && actor.opdId ? [actor.opdId] : [];
}

/**
 * Whether the actor may publish or unpublish a record (the public portal): a decision of the
 * region's administration, not of an OPD officer who may otherwise change the record.
 */
export function canPublish(actor: Actor, target: Target): boolean {
  if (actor.kind !== 'user' || (actor.role !== 'system_admin' && actor.role !== 'region_admin')) return false;
  return can(actor, 'agreement:update', target);
}

/** Whether the actor may see that a record exists (read permission on it). */
export function canSee(actor: Actor, readPermission: Permission, target: Target): boolean {
  return can(actor, readPermission, target);
}

/** Roles a user may assign: a region admin manages the users of their own region, below system level. */
export function assignableRoles(actor: Actor): Role[] {
  if (actor.kind !== 'user') return [];
  if (actor.role === 'system_admin') return [...roles];
  if (actor.role === 'region_admin' && hasPermission(actor, 'user:manage'))
    return ['region_admin', 'reviewer', 'opd_officer', 'viewer'];
  return [];
}

/**
 * Roles of existing users the actor may act on (change, disable, reset the password of, log out):
 * what they may assign, except their peers. A region admin may appoint another region admin but not
 * take over one (a reset link would let them log in as that peer); only a system admin manages
 * region admins. Oversight and system accounts are never managed by a region admin, even when they
 * share a region code (a province's Biro Pemerintahan has the province's code).
 */
export function manageableRoles(actor: Actor): Role[] {
  const assignable = assignableRoles(actor);
  if (actor.kind !== 'user' || actor.role === 'system_admin') return assignable;
  return assignable.filter((role) => role !== actor.role);
}

/** Whether the actor may act on an existing user account (see manageableRoles). */
export function canManageUser(
  actor: Actor,
  user: { id: string; role: Role; regionCode: string | null },
): boolean {
  if (actor.kind !== 'user' || !manageableRoles(actor).includes(user.role)) return false;
  if (actor.role === 'system_admin') return hasPermission(actor, 'user:manage');
  return user.regionCode !== null && can(actor, 'user:manage', { regionCodes: [user.regionCode] });
}

/** How a route is protected: a permission, any logged-in user, or public. */
export type RouteAccess = { permission: Permission } | 'authenticated' | 'public';

/**
 * Whether the actor may see the oversight view of a province's kabupaten/kota (or, with null, of the
 * country's provinces): system administrators and national oversight everywhere, a province's
 * oversight only its own province.
 */
export function canOversee(actor: Actor, provinceCode: string | null): boolean {
  if (actor.kind !== 'user' || !hasPermission(actor, 'report:read')) return false;
  if (actor.role === 'system_admin') return true;
  if (actor.role !== 'oversight') return false;
  if (actor.oversightScope === 'national') return true;
  return provinceCode !== null && provinceCode === actor.regionCode;
}
