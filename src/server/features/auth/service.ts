import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { recordAudit, type AuditEntry, type RequestContext } from '../../audit.js';
import {
  checkPasswordPolicy,
  dummyPasswordHash,
  hashPassword,
  passwordProblemMessages,
  verifyPassword,
} from '../../auth/passwords.js';
import type { UserActor } from '../../auth/policy.js';
import { actorFromUser, createSession, deleteUserSessions } from '../../auth/sessions.js';
import { randomToken, sha256 } from '../../auth/tokens.js';
import type { Logger } from '../../logger.js';
import {
  consumeOneTimeToken,
  countSystemAdmins,
  findUserByEmail,
  findUserById,
  insertOneTimeToken,
  insertUser,
  peekOneTimeToken,
  markLoginSucceeded,
  reserveLoginAttempt,
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
type Client = {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  clientRequestId?: string | null;
};

/** Audits an event of a user's own account (login, lockout, reset), the user being the actor. */
function auditOwnAccount(
  db: Db,
  user: UserRecord,
  client: { ip: string | null; requestId: string | null; clientRequestId?: string | null },
  entry: { action: AuditEntry['action']; note?: string },
) {
  return recordAudit(
    db,
    {
      actor: actorFromUser(user, 'session'),
      ip: client.ip,
      requestId: client.requestId,
      clientRequestId: client.clientRequestId,
    },
    {
      ...entry,
      entityType: 'user',
      entityId: user.id,
      regionCodes: user.regionCode ? [user.regionCode] : [],
    },
  );
}

/**
 * Verifies a password under the login throttle, for login and for the current password of a
 * password change alike. An attempt is reserved in the database before the (slow) check, so
 * parallel guesses cannot all pass a count read before any of them was written; past either limit
 * the answer is 429 RATE_LIMITED with `retryAfterSeconds`, without verifying anything. The failure
 * that reaches the account's limit is logged and, for an existing account, audited.
 */
async function verifyPasswordThrottled(
  db: Db,
  config: Config,
  logger: Logger,
  attempt: { email: string; password: string; user: UserRecord | undefined; client: Client },
): Promise<boolean> {
  const { email, user, client } = attempt;
  const ip = client.ip ?? 'unknown';
  const windowMs = config.LOGIN_WINDOW_MINUTES * 60_000;
  const reservation = await reserveLoginAttempt(db, email, ip, new Date(Date.now() - windowMs), {
    maxPerEmail: config.LOGIN_MAX_FAILURES,
    maxPerIp: config.LOGIN_MAX_FAILURES_PER_IP,
  });
  if (!reservation.reserved) {
    const retryAt = (reservation.lastFailureAt?.getTime() ?? Date.now()) + windowMs;
    throw new AppError('RATE_LIMITED', 'Too many failed logins; try again later', undefined, {
      retryAfterSeconds: Math.max(1, Math.ceil((retryAt - Date.now()) / 1000)),
    });
  }
  const usable = user && !user.disabledAt && user.passwordHash;
  const valid = await verifyPassword(attempt.password, usable ? user.passwordHash! : dummyPasswordHash());
  if (usable && valid) {
    await markLoginSucceeded(db, reservation.attemptId);
    return true;
  }
  if (reservation.failuresBefore + 1 >= config.LOGIN_MAX_FAILURES) {
    logger.warn({ email: email.toLowerCase(), ip }, 'login lockout: too many failed attempts');
    if (user) {
      await auditOwnAccount(db, user, client, {
        action: 'auth.lockout',
        note: `Locked for ${config.LOGIN_WINDOW_MINUTES} minutes after ${config.LOGIN_MAX_FAILURES} failed logins`,
      });
    }
  }
  return false;
}

/**
 * Email + password login with throttling. Wrong password and unknown email give the same answer
 * after the same work (a dummy hash is verified for unknown emails). Failures are counted per email
 * string (existing or not, so lockouts reveal nothing) and per address, in the database so that
 * every app instance sees them, and atomically (see verifyPasswordThrottled). The lockout is
 * temporary: it ends LOGIN_WINDOW_MINUTES after the last failure.
 */
export async function login(
  db: Db,
  config: Config,
  logger: Logger,
  input: { email: string; password: string },
  client: Client,
): Promise<LoginResult> {
  const user = await findUserByEmail(db, input.email);
  const valid = await verifyPasswordThrottled(db, config, logger, { ...input, user, client });
  if (!valid || !user) throw new AppError('INVALID_CREDENTIALS', 'Wrong email or password');
  const session = await createSession(db, config, user.id, client);
  await updateUser(db, user.id, { lastLoginAt: new Date() });
  await auditOwnAccount(db, user, client, { action: 'auth.login' });
  return { user, ...session };
}

/** 409 EMAIL_TAKEN: emails are unique across Sinergi (see decision 008 on what this reveals). */
export function emailTaken(): AppError {
  return new AppError('EMAIL_TAKEN', 'A user with this email exists', 'email');
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
  client: { ip: string | null; requestId: string | null; clientRequestId?: string | null },
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
    if (!user) throw emailTaken();
    await recordAudit(
      tx,
      {
        actor: actorFromUser(user, 'session'),
        ip: client.ip,
        requestId: client.requestId,
        clientRequestId: client.clientRequestId,
      },
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

/**
 * Changes one's own password (current one required) and ends one's other sessions. Checking the
 * current password is a password guess like a login, and counts against the same limits: a stolen
 * session must not become an unthrottled guessing oracle.
 */
export async function changePassword(
  db: Db,
  deps: { config: Config; logger: Logger },
  context: RequestContext & { actor: UserActor },
  input: { currentPassword: string; newPassword: string },
  currentSessionIdHash: string | undefined,
) {
  const user = await findUserById(db, context.actor.id);
  const valid =
    user !== undefined &&
    (await verifyPasswordThrottled(db, deps.config, deps.logger, {
      email: user.email,
      password: input.currentPassword,
      user,
      client: {
        ip: context.ip,
        userAgent: null,
        requestId: context.requestId,
        clientRequestId: context.clientRequestId,
      },
    }));
  if (!user || !valid) {
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
  client: { ip: string | null; requestId: string | null; clientRequestId?: string | null },
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
    await auditOwnAccount(tx, user, client, { action: 'user.password_reset' });
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

/** Account records, for the users feature (which must not reach into this feature's repo). */
export {
  findUserByEmail,
  findUserById,
  insertUser,
  revokeUserApiTokens,
  updateUser,
  voidPasswordResetTokens,
  type UserRecord,
} from './repo.js';
