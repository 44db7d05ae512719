import { and, count, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { apiTokens, loginAttempts, oneTimeTokens, users } from '../../db/schema/index.js';

export type UserRecord = typeof users.$inferSelect;

export async function findUserByEmail(db: Db, email: string): Promise<UserRecord | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`);
  return row;
}

export async function findUserById(db: Db, id: string): Promise<UserRecord | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function countSystemAdmins(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'system_admin'), isNull(users.disabledAt)));
  return Number(row?.n ?? 0);
}

/** Namespaces of the advisory locks that serialise attempts per email and per address. */
const emailLockSpace = 7_305_001;
const ipLockSpace = 7_305_002;

export type LoginReservation =
  | { reserved: true; attemptId: number; failuresBefore: number }
  | { reserved: false; lastFailureAt: Date | null };

/**
 * Reserves one password check for an email and an address, atomically: under transaction-scoped
 * advisory locks on the email and on the address (always in that order), it counts the recent
 * failures and, when both are below their limits, records the attempt as a failure before any
 * password is verified. Parallel guesses therefore queue on the lock and each sees the ones before
 * it: at most `maxPerEmail` (and `maxPerIp`) checks run per window, on PGlite and PostgreSQL alike.
 * A successful check turns its row into a success (`markLoginSucceeded`).
 */
export async function reserveLoginAttempt(
  db: Db,
  email: string,
  ip: string,
  since: Date,
  limits: { maxPerEmail: number; maxPerIp: number },
): Promise<LoginReservation> {
  const normalized = email.trim().toLowerCase();
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(${sql.raw(String(emailLockSpace))}, hashtext(${normalized}))`,
    );
    await tx.execute(sql`select pg_advisory_xact_lock(${sql.raw(String(ipLockSpace))}, hashtext(${ip}))`);
    const failures = await recentFailures(tx, normalized, ip, since);
    if (failures.byEmail >= limits.maxPerEmail || failures.byIp >= limits.maxPerIp) {
      return { reserved: false, lastFailureAt: failures.lastFailureAt };
    }
    const [row] = await tx
      .insert(loginAttempts)
      .values({ email: normalized, ip, succeeded: false })
      .returning({ id: loginAttempts.id });
    return { reserved: true, attemptId: row!.id, failuresBefore: failures.byEmail };
  });
}

/** The reserved attempt was the right password: it resets the email's failure count. */
export async function markLoginSucceeded(db: Db, attemptId: number): Promise<void> {
  await db.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, attemptId));
}

/**
 * Failed attempts for an email and for an address since the window start, counting for the email
 * only the failures after its last success (a successful login resets the account's counter).
 */
export async function recentFailures(
  db: Db,
  email: string,
  ip: string,
  since: Date,
): Promise<{ byEmail: number; byIp: number; lastFailureAt: Date | null }> {
  const normalized = email.trim().toLowerCase();
  const [emailRow] = await db
    .select({ n: count(), last: sql<Date | null>`max(${loginAttempts.at})` })
    .from(loginAttempts)
    .where(
      and(
        sql`lower(${loginAttempts.email}) = ${normalized}`,
        eq(loginAttempts.succeeded, false),
        gt(loginAttempts.at, since),
        sql`${loginAttempts.at} > coalesce((select max(la.at) from login_attempts la where lower(la.email) = ${normalized} and la.succeeded), 'epoch'::timestamptz)`,
      ),
    );
  const [ipRow] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)));
  const last = emailRow?.last ? new Date(emailRow.last) : null;
  return { byEmail: Number(emailRow?.n ?? 0), byIp: Number(ipRow?.n ?? 0), lastFailureAt: last };
}

export async function insertOneTimeToken(db: Db, values: typeof oneTimeTokens.$inferInsert): Promise<void> {
  await db.insert(oneTimeTokens).values(values);
}

/** Marks a live one-time token used and returns it; undefined when unknown, used or expired. */
export async function consumeOneTimeToken(db: Db, tokenHash: string, purpose: 'setup' | 'password_reset') {
  const [row] = await db
    .update(oneTimeTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(oneTimeTokens.tokenHash, tokenHash),
        eq(oneTimeTokens.purpose, purpose),
        isNull(oneTimeTokens.usedAt),
        gt(oneTimeTokens.expiresAt, new Date()),
      ),
    )
    .returning();
  return row;
}

/** Marks every unused password link of a user as used, so none of them works any more. */
export async function voidPasswordResetTokens(db: Db, userId: string): Promise<number> {
  const rows = await db
    .update(oneTimeTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(oneTimeTokens.userId, userId),
        eq(oneTimeTokens.purpose, 'password_reset'),
        isNull(oneTimeTokens.usedAt),
      ),
    )
    .returning({ tokenHash: oneTimeTokens.tokenHash });
  return rows.length;
}

export async function peekOneTimeToken(db: Db, tokenHash: string, purpose: 'setup' | 'password_reset') {
  const [row] = await db
    .select()
    .from(oneTimeTokens)
    .where(
      and(
        eq(oneTimeTokens.tokenHash, tokenHash),
        eq(oneTimeTokens.purpose, purpose),
        isNull(oneTimeTokens.usedAt),
        gt(oneTimeTokens.expiresAt, new Date()),
      ),
    );
  return row;
}

export async function listApiTokens(db: Db, userId: string) {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      permissions: apiTokens.permissions,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
      createdAt: apiTokens.createdAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(sql`${apiTokens.createdAt} desc`);
}

export async function insertApiToken(db: Db, values: typeof apiTokens.$inferInsert) {
  const [row] = await db.insert(apiTokens).values(values).returning();
  return row!;
}

export async function revokeApiToken(db: Db, userId: string, id: string) {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return row;
}

/** Revokes every live API token of a user (disabling them: enabling again must not revive them). */
export async function revokeUserApiTokens(db: Db, userId: string): Promise<number> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length;
}

export async function updateUser(db: Db, id: string, values: Partial<typeof users.$inferInsert>) {
  const [row] = await db
    .update(users)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning();
  return row;
}

/**
 * Inserts a user; undefined when the email is taken (by the unique index on lower(email), so two
 * parallel creations cannot both pass a check made before either was written).
 */
export async function insertUser(db: Db, values: typeof users.$inferInsert): Promise<UserRecord | undefined> {
  const [row] = await db.insert(users).values(values).onConflictDoNothing().returning();
  return row;
}
