import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { AppError, forbidden } from '../../errors.js';
import { recordAudit, type RequestContext } from '../../audit.js';
import {
  checkPasswordPolicy,
  dummyPasswordHash,
  hashPassword,
  passwordProblemMessages,
  verifyPassword,
} from '../../auth/passwords.js';
import {
  hasPermission,
  permissions as allPermissions,
  type Permission,
  type UserActor,
} from '../../auth/policy.js';
import { actorFromUser, apiTokenPrefix, createSession, deleteUserSessions } from '../../auth/sessions.js';
import { randomToken, sha256 } from '../../auth/tokens.js';
import type { Logger } from '../../logger.js';
import {
  consumeOneTimeToken,
  countSystemAdmins,
  findUserByEmail,
  findUserById,
  insertApiToken,
  insertOneTimeToken,
  insertUser,
  listApiTokens,
  peekOneTimeToken,
  recentFailures,
  recordLoginAttempt,
  revokeApiToken,
  updateUser,
  voidPasswordResetTokens,
  type UserRecord,
} from './repo.js';

/** The user as the API presents it (never the password hash). */
export function presentUser(user: UserRecord) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    regionCode: user.regionCode,
    opdId: user.opdId,
    oversightScope: user.oversightScope,
    locale: user.locale,
    disabled: user.disabledAt !== null,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}

/** Throws 422 WEAK_PASSWORD naming the field when the password breaks the policy. */
export function assertPasswordPolicy(
  password: string,
  personal: { email?: string; name?: string },
  field = 'password',
) {
  const problem = checkPasswordPolicy(password, personal);
  if (problem)
    throw new AppError('WEAK_PASSWORD', passwordProblemMessages[problem], field, { reason: problem });
}

type LoginResult = { user: UserRecord; token: string; csrfToken: string; expiresAt: Date };

/**
 * Email + password login with throttling. Wrong password and unknown email give the same answer
 * after the same work (a dummy hash is verified for unknown emails). Failures are counted per email
 * string (existing or not, so lockouts reveal nothing) and per address, in the database so that
 * every app instance sees them. The lockout is temporary: it ends LOGIN_WINDOW_MINUTES after the
 * last failure.
 */
export async function login(
  db: Db,
  config: Config,
  logger: Logger,
  input: { email: string; password: string },
  client: { ip: string | null; userAgent: string | null; requestId: string | null },
): Promise<LoginResult> {
  const ip = client.ip ?? 'unknown';
  const windowStart = new Date(Date.now() - config.LOGIN_WINDOW_MINUTES * 60_000);
  const failures = await recentFailures(db, input.email, ip, windowStart);
  if (failures.byEmail >= config.LOGIN_MAX_FAILURES || failures.byIp >= config.LOGIN_MAX_FAILURES_PER_IP) {
    const retryAt = (failures.lastFailureAt?.getTime() ?? Date.now()) + config.LOGIN_WINDOW_MINUTES * 60_000;
    throw new AppError('RATE_LIMITED', 'Too many failed logins; try again later', undefined, {
      retryAfterSeconds: Math.max(1, Math.ceil((retryAt - Date.now()) / 1000)),
    });
  }
  const user = await findUserByEmail(db, input.email);
  const usable = user && !user.disabledAt && user.passwordHash;
  const valid = await verifyPassword(input.password, usable ? user.passwordHash! : dummyPasswordHash());
  if (!usable || !valid) {
    await recordLoginAttempt(db, input.email, ip, false);
    if (failures.byEmail + 1 >= config.LOGIN_MAX_FAILURES) {
      logger.warn({ email: input.email.toLowerCase(), ip }, 'login lockout: too many failed attempts');
      if (user) {
        await recordAudit(
          db,
          { actor: actorFromUser(user, 'session'), ip: client.ip, requestId: client.requestId },
          {
            action: 'auth.lockout',
            entityType: 'user',
            entityId: user.id,
            regionCodes: user.regionCode ? [user.regionCode] : [],
            note: `Locked for ${config.LOGIN_WINDOW_MINUTES} minutes after ${config.LOGIN_MAX_FAILURES} failed logins`,
          },
        );
      }
    }
    throw new AppError('INVALID_CREDENTIALS', 'Wrong email or password');
  }
  await recordLoginAttempt(db, input.email, ip, true);
  const session = await createSession(db, config, user.id, client);
  await updateUser(db, user.id, { lastLoginAt: new Date() });
  await recordAudit(
    db,
    { actor: actorFromUser(user, 'session'), ip: client.ip, requestId: client.requestId },
    {
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
      regionCodes: user.regionCode ? [user.regionCode] : [],
    },
  );
  return { user, ...session };
}

/** Whether the first administrator still has to be created. */
export async function setupNeeded(db: Db): Promise<boolean> {
  return (await countSystemAdmins(db)) === 0;
}

/**
 * When no administrator exists, creates a one-time setup token (valid 24 h) and returns it, for
 * `npm start` to print as a link. No default password exists anywhere.
 */
export async function issueSetupTokenIfNeeded(db: Db): Promise<string | null> {
  if (!(await setupNeeded(db))) return null;
  const token = randomToken();
  await insertOneTimeToken(db, {
    tokenHash: sha256(token),
    purpose: 'setup',
    expiresAt: new Date(Date.now() + 24 * 3_600_000),
  });
  return token;
}

/** Creates the first system administrator from a setup token. */
export async function completeSetup(
  db: Db,
  input: { token: string; email: string; name: string; password: string },
  client: { ip: string | null; requestId: string | null },
): Promise<UserRecord> {
  if (!(await setupNeeded(db))) throw new AppError('SETUP_DONE', 'An administrator already exists');
  assertPasswordPolicy(input.password, input);
  if (!(await peekOneTimeToken(db, sha256(input.token), 'setup'))) {
    throw new AppError('TOKEN_INVALID', 'The setup link is invalid or has expired', 'token');
  }
  return db.transaction(async (tx) => {
    const used = await consumeOneTimeToken(tx, sha256(input.token), 'setup');
    if (!used) throw new AppError('TOKEN_INVALID', 'The setup link is invalid or has expired', 'token');
    const user = await insertUser(tx, {
      email: input.email.trim(),
      name: input.name.trim(),
      role: 'system_admin',
      passwordHash: await hashPassword(input.password),
      passwordChangedAt: new Date(),
    });
    await recordAudit(
      tx,
      { actor: actorFromUser(user, 'session'), ip: client.ip, requestId: client.requestId },
      {
        action: 'user.setup',
        entityType: 'user',
        entityId: user.id,
        regionCodes: [],
        after: presentUser(user),
      },
    );
    return user;
  });
}

/** Changes one's own password (current one required) and ends one's other sessions. */
export async function changePassword(
  db: Db,
  context: RequestContext & { actor: UserActor },
  input: { currentPassword: string; newPassword: string },
  currentSessionIdHash: string | undefined,
) {
  const user = await findUserById(db, context.actor.id);
  if (!user?.passwordHash || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new AppError('INVALID_CREDENTIALS', 'The current password is wrong', 'currentPassword');
  }
  assertPasswordPolicy(input.newPassword, user, 'newPassword');
  await db.transaction(async (tx) => {
    await updateUser(tx, user.id, {
      passwordHash: await hashPassword(input.newPassword),
      passwordChangedAt: new Date(),
    });
    await deleteUserSessions(tx, user.id, currentSessionIdHash);
    await recordAudit(tx, context, {
      action: 'user.password_change',
      entityType: 'user',
      entityId: user.id,
      regionCodes: user.regionCode ? [user.regionCode] : [],
    });
  });
}

/** Sets a password from a reset link and ends all of the user's sessions. */
/**
 * The account a password link is for (name and email), so its page can say whose password is set.
 * Whoever holds the link may set that account's password, so showing them its name reveals nothing more.
 */
export async function passwordLinkAccount(db: Db, token: string) {
  const pending = await peekOneTimeToken(db, sha256(token), 'password_reset');
  const user = pending?.userId ? await findUserById(db, pending.userId) : undefined;
  if (!pending || !user || user.disabledAt) {
    throw new AppError('TOKEN_INVALID', 'The link is invalid or has expired', 'token');
  }
  return { name: user.name, email: user.email };
}

export async function resetPassword(
  db: Db,
  input: { token: string; password: string },
  client: { ip: string | null; requestId: string | null },
) {
  const pending = await peekOneTimeToken(db, sha256(input.token), 'password_reset');
  const user = pending?.userId ? await findUserById(db, pending.userId) : undefined;
  // A disabled account's links are voided when it is disabled; this also covers links from before.
  if (!pending || !user || user.disabledAt) {
    throw new AppError('TOKEN_INVALID', 'The link is invalid or has expired', 'token');
  }
  assertPasswordPolicy(input.password, user);
  await db.transaction(async (tx) => {
    const used = await consumeOneTimeToken(tx, sha256(input.token), 'password_reset');
    if (!used) throw new AppError('TOKEN_INVALID', 'The link is invalid or has expired', 'token');
    await updateUser(tx, user.id, {
      passwordHash: await hashPassword(input.password),
      passwordChangedAt: new Date(),
    });
    await deleteUserSessions(tx, user.id);
    await recordAudit(
      tx,
      { actor: actorFromUser(user, 'session'), ip: client.ip, requestId: client.requestId },
      {
        action: 'user.password_reset',
        entityType: 'user',
        entityId: user.id,
        regionCodes: user.regionCode ? [user.regionCode] : [],
      },
    );
  });
}

/**
 * Creates a one-time password link for a user (admin reset, or a new user's first password) and
 * voids the user's earlier unused links. Run it inside the caller's transaction.
 */
export async function createPasswordResetToken(
  db: Db,
  userId: string,
  createdBy: string | null,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomToken();
  const expiresAt = new Date(Date.now() + 72 * 3_600_000);
  // A new link replaces the earlier ones: only the latest link works.
  await voidPasswordResetTokens(db, userId);
  await insertOneTimeToken(db, {
    tokenHash: sha256(token),
    purpose: 'password_reset',
    userId,
    createdBy,
    expiresAt,
  });
  return { token, expiresAt };
}

/** Creates an API token limited to the given permissions (which must be the user's own). */
export async function createApiToken(
  db: Db,
  context: RequestContext & { actor: UserActor },
  input: { name: string; permissions?: Permission[] | undefined; expiresInDays?: number | undefined },
) {
  if (context.actor.via !== 'session') {
    throw forbidden('SESSION_ONLY', 'API tokens can only be created from a logged-in session');
  }
  const granted = input.permissions ?? null;
  if (granted) {
    const beyond = granted.filter(
      (permission) => !hasPermission({ ...context.actor, tokenPermissions: null }, permission),
    );
    if (beyond.length > 0) {
      throw new AppError(
        'UNPROCESSABLE',
        `A token cannot have permissions you lack: ${beyond.join(', ')}`,
        'permissions',
      );
    }
  }
  const token = randomToken(apiTokenPrefix);
  const row = await db.transaction(async (tx) => {
    const inserted = await insertApiToken(tx, {
      userId: context.actor.id,
      name: input.name,
      tokenHash: sha256(token),
      prefix: token.slice(0, apiTokenPrefix.length + 6),
      permissions: granted,
      expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
    });
    await recordAudit(tx, context, {
      action: 'token.create',
      entityType: 'api_token',
      entityId: inserted.id,
      regionCodes: context.actor.regionCode ? [context.actor.regionCode] : [],
      after: { name: input.name, permissions: granted },
    });
    return inserted;
  });
  return { token, ...presentToken(row) };
}

export function presentToken(row: {
  id: string;
  name: string;
  prefix: string;
  permissions: string[] | null;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
}) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    permissions: row.permissions,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listTokens(db: Db, userId: string) {
  return (await listApiTokens(db, userId)).map(presentToken);
}

export async function revokeToken(db: Db, context: RequestContext & { actor: UserActor }, id: string) {
  await db.transaction(async (tx) => {
    const revoked = await revokeApiToken(tx, context.actor.id, id);
    if (!revoked) throw new AppError('NOT_FOUND', 'No such active token', 'id');
    await recordAudit(tx, context, {
      action: 'token.revoke',
      entityType: 'api_token',
      entityId: id,
      regionCodes: context.actor.regionCode ? [context.actor.regionCode] : [],
    });
  });
}

export const tokenPermissionChoices = allPermissions;

/** Account records, for the users feature (which must not reach into this feature's repo). */
export {
  findUserByEmail,
  findUserById,
  insertUser,
  updateUser,
  voidPasswordResetTokens,
  type UserRecord,
} from './repo.js';
