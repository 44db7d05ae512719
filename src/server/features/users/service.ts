import { recordAudit, type RequestContext } from '../../audit.js';
import { hashPassword } from '../../auth/passwords.js';
import {
  assignableRoles,
  can,
  canManageUser,
  cliActorId,
  hasPermission,
  type Role,
  type UserActor,
} from '../../auth/policy.js';
import { deleteUserSessions } from '../../auth/sessions.js';
import type { Db } from '../../db/client.js';
import { AppError, invalidField, forbidden } from '../../errors.js';
import { regionByCode } from '../../../domain/regions/index.js';
import {
  assertPasswordPolicy,
  createPasswordResetToken,
  emailTaken,
  findUserByEmail,
  voidPasswordResetTokens,
  findUserById,
  insertUser,
  presentUser,
  revokeUserApiTokens,
  updateUser,
  type UserRecord,
} from '../auth/service.js';
import { findOpd, searchUsers } from './repo.js';

type Ctx = RequestContext & { actor: UserActor };

export type NewUser = {
  email: string;
  name: string;
  role: Role;
  regionCode?: string | null | undefined;
  opdId?: string | null | undefined;
  oversightScope?: 'province' | 'national' | null | undefined;
  password?: string | undefined;
};

function userRegions(user: Pick<UserRecord, 'regionCode'>): string[] {
  return user.regionCode ? [user.regionCode] : [];
}

/** Checks the shape of a user's tenancy: which roles need a region, an OPD, an oversight scope. */
async function validateTenancy(db: Db, input: NewUser) {
  const region = input.regionCode ? regionByCode(input.regionCode) : undefined;
  if (input.regionCode && !region)
    throw invalidField('REGION_UNKNOWN', `Unknown region ${input.regionCode}`, 'regionCode');
  if (input.role === 'oversight') {
    const scope = input.oversightScope ?? (input.regionCode ? 'province' : 'national');
    if (scope === 'province' && region?.level !== 'provinsi') {
      throw invalidField(
        'PROVINCE_REQUIRED',
        'A provincial oversight user needs a province as region',
        'regionCode',
      );
    }
    if (scope === 'national' && input.regionCode) {
      throw invalidField('NATIONAL_NO_REGION', 'National (ministry) oversight has no region', 'regionCode');
    }
    return { regionCode: input.regionCode ?? null, oversightScope: scope, opdId: null };
  }
  if (input.role === 'system_admin')
    return { regionCode: input.regionCode ?? null, oversightScope: null, opdId: null };
  if (!region) throw invalidField('REGION_REQUIRED', 'This role needs a region (pemda)', 'regionCode');
  if (!region.autonomous) {
    throw invalidField('REGION_NOT_AUTONOMOUS', `${region.name} is not an autonomous region`, 'regionCode');
  }
  let opdId: string | null = null;
  if (input.opdId) {
    const opd = await findOpd(db, input.opdId);
    if (!opd || opd.regionCode !== region.code) {
      throw invalidField('OPD_OTHER_REGION', 'The OPD does not belong to the region', 'opdId');
    }
    opdId = opd.id;
  }
  return { regionCode: region.code, oversightScope: null, opdId };
}

/**
 * Throws 403 unless the actor may act on this existing account: a role they manage (never a peer
 * region admin, an oversight or a system account for a region admin) within their region.
 */
function assertManageable(ctx: Ctx, user: UserRecord, message: string): void {
  if (!canManageUser(ctx.actor, { id: user.id, role: user.role, regionCode: user.regionCode })) {
    throw forbidden('NOT_MANAGEABLE', message);
  }
}

/** Users the actor may list: all for system admins, their own region for region admins. */
export async function listUsers(
  db: Db,
  ctx: Ctx,
  query: {
    q?: string | undefined;
    role?: string | undefined;
    regionCode?: string | undefined;
    page: number;
    pageSize: number;
  },
) {
  let regionCode = query.regionCode;
  if (ctx.actor.role !== 'system_admin') {
    if (!ctx.actor.regionCode) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
    if (regionCode && regionCode !== ctx.actor.regionCode) {
      return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
    }
    regionCode = ctx.actor.regionCode;
  }
  const { items, total } = await searchUsers(db, {
    q: query.q,
    role: query.role,
    regionCode,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items: items.map(presentUser), total, page: query.page, pageSize: query.pageSize };
}

/** One user, if the actor may see them (themselves, or a user of a region they manage). */
export async function getUser(db: Db, ctx: Ctx, id: string): Promise<UserRecord> {
  const user = await findUserById(db, id);
  if (
    !user ||
    (user.id !== ctx.actor.id && !can(ctx.actor, 'user:read', { regionCodes: userRegions(user) }))
  ) {
    throw new AppError('USER_NOT_FOUND', 'No such user', 'id');
  }
  if (user.regionCode === null && user.id !== ctx.actor.id && ctx.actor.role !== 'system_admin') {
    throw new AppError('USER_NOT_FOUND', 'No such user', 'id');
  }
  return user;
}

/**
 * Creates a user in a region the actor administers, with a role the actor may assign. Without a
 * password, a one-time link to choose one is returned instead (no default password exists).
 */
export async function createUser(db: Db, ctx: Ctx, input: NewUser) {
  if (!assignableRoles(ctx.actor).includes(input.role)) {
    throw forbidden('ROLE_NOT_ASSIGNABLE', `You may not assign the role ${input.role}`, 'role');
  }
  const tenancy = await validateTenancy(db, input);
  if (
    ctx.actor.role !== 'system_admin' &&
    (!tenancy.regionCode || !can(ctx.actor, 'user:manage', { regionCodes: [tenancy.regionCode] }))
  ) {
    throw forbidden('OWN_REGION_ONLY', 'You may only create users of your own region', 'regionCode');
  }
  if (input.password !== undefined) assertPasswordPolicy(input.password, input);
  // Checked first to skip hashing; the insert below decides when two creations race.
  if (await findUserByEmail(db, input.email)) throw emailTaken();
  const passwordHash = input.password !== undefined ? await hashPassword(input.password) : null;
  return db.transaction(async (tx) => {
    const user = await insertUser(tx, {
      email: input.email.trim(),
      name: input.name.trim(),
      role: input.role,
      ...tenancy,
      passwordHash,
      passwordChangedAt: passwordHash ? new Date() : null,
    });
    if (!user) throw emailTaken();
    await recordAudit(tx, ctx, {
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      regionCodes: userRegions(user),
      after: presentUser(user),
    });
    const reset = passwordHash
      ? null
      : await createPasswordResetToken(tx, user.id, ctx.actor.id === cliActorId ? null : ctx.actor.id);
    return { user, reset };
  });
}

export type UserChanges = {
  name?: string | undefined;
  role?: Role | undefined;
  opdId?: string | null | undefined;
  regionCode?: string | null | undefined;
  disabled?: boolean | undefined;
};

/** Changes a user's name, role, OPD or disables them (their sessions and tokens stop at once). */
export async function updateUserAccount(db: Db, ctx: Ctx, id: string, changes: UserChanges) {
  const user = await getUser(db, ctx, id);
  const isSelf = user.id === ctx.actor.id;
  if (isSelf && (changes.role !== undefined || changes.disabled !== undefined)) {
    throw forbidden(
      'SELF_CHANGE',
      'You cannot change your own role or disable yourself',
      changes.role ? 'role' : 'disabled',
    );
  }
  // One's own name is one's own business (any role, through a session or a token that may manage
  // the account); everything else needs the right to manage the other account.
  const moves = changes.regionCode !== undefined && changes.regionCode !== user.regionCode;
  // Moving an account between regions crosses jurisdictions: only a system administrator may.
  if (moves && ctx.actor.role !== 'system_admin') {
    throw forbidden(
      'REGION_CHANGE',
      'Only a system administrator may move a user to another region',
      'regionCode',
    );
  }
  const nameOnly =
    changes.role === undefined && changes.opdId === undefined && changes.disabled === undefined && !moves;
  if (isSelf && nameOnly) {
    if (!hasPermission(ctx.actor, 'account:manage')) {
      throw new AppError('FORBIDDEN', 'Your role may not do this (account:manage)');
    }
  } else {
    assertManageable(ctx, user, 'You may not change this user');
  }
  if (changes.role && !assignableRoles(ctx.actor).includes(changes.role)) {
    throw forbidden('ROLE_NOT_ASSIGNABLE', `You may not assign the role ${changes.role}`, 'role');
  }
  let opdId = user.opdId;
  // The new region must suit the role; the OPD belonged to the old region, so it goes.
  const moved = moves
    ? await validateTenancy(db, {
        ...presentUser(user),
        role: changes.role ?? user.role,
        regionCode: changes.regionCode ?? undefined,
        oversightScope: user.oversightScope ?? undefined,
        opdId: null,
      })
    : undefined;
  if (moved) opdId = null;
  if (changes.opdId !== undefined) {
    opdId =
      changes.opdId === null
        ? null
        : (await validateTenancy(db, { ...presentUser(user), role: user.role, opdId: changes.opdId })).opdId;
  }
  return db.transaction(async (tx) => {
    const updated = await updateUser(tx, id, {
      ...(changes.name !== undefined ? { name: changes.name.trim() } : {}),
      ...(changes.role !== undefined ? { role: changes.role } : {}),
      opdId,
      ...(moved ? { regionCode: moved.regionCode, oversightScope: moved.oversightScope } : {}),
      ...(changes.disabled !== undefined
        ? { disabledAt: changes.disabled ? (user.disabledAt ?? new Date()) : null }
        : {}),
    });
    if (changes.disabled) {
      // A disabled account stops at once: its sessions end, its pending password links die and its
      // API tokens are revoked, so that enabling the account again revives none of them.
      await deleteUserSessions(tx, id);
      await voidPasswordResetTokens(tx, id);
      await revokeUserApiTokens(tx, id);
    }
    if (moved) {
      // What the account may reach changed: it logs in again, and its API tokens stop.
      await deleteUserSessions(tx, id);
      await revokeUserApiTokens(tx, id);
    }
    await recordAudit(tx, ctx, {
      action:
        changes.disabled === true
          ? 'user.disable'
          : changes.disabled === false
            ? 'user.enable'
            : 'user.update',
      entityType: 'user',
      entityId: id,
      // Both regions keep the move in their trail.
      regionCodes: [...new Set([...userRegions(user), ...userRegions(updated!)])],
      before: presentUser(user),
      after: presentUser(updated!),
    });
    return updated!;
  });
}

/** A one-time link for the user to set a new password (administrator reset). */
export async function createResetLink(db: Db, ctx: Ctx, id: string) {
  const user = await getUser(db, ctx, id);
  assertManageable(ctx, user, 'You may not reset this user’s password');
  if (user.disabledAt) {
    throw new AppError('CONFLICT', 'The user is disabled: enable them before sending a password link');
  }
  return db.transaction(async (tx) => {
    const reset = await createPasswordResetToken(tx, user.id, ctx.actor.id);
    await recordAudit(tx, ctx, {
      action: 'user.password_reset_link',
      entityType: 'user',
      entityId: user.id,
      regionCodes: userRegions(user),
    });
    return reset;
  });
}

/** Ends every session of a user (a lost device, a suspected compromise), as their administrator. */
export async function endUserSessions(db: Db, ctx: Ctx, id: string): Promise<number> {
  const user = await getUser(db, ctx, id);
  assertManageable(ctx, user, 'You may not end this user’s sessions');
  return db.transaction(async (tx) => {
    const ended = await deleteUserSessions(tx, user.id);
    await recordAudit(tx, ctx, {
      action: 'user.sessions_end',
      entityType: 'user',
      entityId: user.id,
      regionCodes: userRegions(user),
      note: `${ended} session(s) ended`,
    });
    return ended;
  });
}
