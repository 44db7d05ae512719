import { and, eq, lt, or, sql } from 'drizzle-orm';
import type { Config } from '../config.js';
import type { Database, Db } from '../db/client.js';
import { apiTokens, loginAttempts, sessions, users } from '../db/schema/index.js';
import type { Permission, Role, UserActor } from './policy.js';
import { randomToken, sha256 } from './tokens.js';

export const sessionCookieName = 'sinergi_session';
export const apiTokenPrefix = 'snrg_';

type UserRow = typeof users.$inferSelect;

/** The actor a user row stands for. */
export function actorFromUser(
  user: Pick<UserRow, 'id' | 'name' | 'email' | 'role' | 'regionCode' | 'opdId' | 'oversightScope'>,
  via: 'session' | 'token',
  tokenPermissions: Permission[] | null = null,
): UserActor {
  return {
    kind: 'user',
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role as Role,
    regionCode: user.regionCode,
    opdId: user.opdId,
    oversightScope: user.oversightScope,
    via,
    tokenPermissions,
  };
}

/** Creates a session after a successful login; returns the cookie value and the CSRF token. */
export async function createSession(
  db: Db,
  config: Config,
  userId: string,
  client: { ip: string | null; userAgent: string | null },
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(Date.now() + config.SESSION_ABSOLUTE_HOURS * 3_600_000);
  await db.insert(sessions).values({
    idHash: sha256(token),
    userId,
    csrfToken,
    expiresAt,
    ip: client.ip,
    userAgent: client.userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken, expiresAt };
}

export type LoadedSession = { actor: UserActor; sessionIdHash: string; csrfToken: string };

type SessionLookupRow = {
  csrf_token: string;
  last_seen_at: Date;
  expires_at: Date;
  id: string;
  name: string;
  email: string;
  role: Role;
  region_code: string | null;
  opd_id: string | null;
  oversight_scope: 'province' | 'national' | null;
  disabled_at: Date | null;
};

/** Runs on every authenticated request, hence a raw statement (see Database.rawQuery). */
const sessionLookupSql = `select s.csrf_token, s.last_seen_at, s.expires_at, u.id, u.name, u.email, u.role,
  u.region_code, u.opd_id, u.oversight_scope, u.disabled_at
  from sessions s join users u on u.id = s.user_id where s.id_hash = $1`;

/**
 * The session behind a cookie value, if it is live: not past its absolute or idle expiry, and its
 * user not disabled (a disabled user's sessions stop at once). Touches lastSeenAt at most once a minute.
 */
export async function loadSession(
  database: Database,
  config: Config,
  token: string,
): Promise<LoadedSession | null> {
  const idHash = sha256(token);
  const [row] = await database.rawQuery<SessionLookupRow>(sessionLookupSql, [idHash]);
  if (!row) return null;
  const now = Date.now();
  const lastSeen = new Date(row.last_seen_at).getTime();
  const idleLimit = lastSeen + config.SESSION_IDLE_MINUTES * 60_000;
  if (row.disabled_at || new Date(row.expires_at).getTime() <= now || idleLimit <= now) {
    await database.db.delete(sessions).where(eq(sessions.idHash, idHash));
    return null;
  }
  if (now - lastSeen > 60_000) {
    await database.db
      .update(sessions)
      .set({ lastSeenAt: new Date(now) })
      .where(eq(sessions.idHash, idHash));
  }
  const user = {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    regionCode: row.region_code,
    opdId: row.opd_id,
    oversightScope: row.oversight_scope,
  };
  return { actor: actorFromUser(user, 'session'), sessionIdHash: idHash, csrfToken: row.csrf_token };
}

/**
 * `loadSession` for one app instance, where requests that carry the same cookie while its lookup is
 * in flight share that lookup instead of sending their own: the UI opens a page with several requests
 * at once (an agreement's page sends five), and each lookup is a statement the database and Node pay
 * for in CPU on a loaded server (docs/benchmarks.md, issue 11). Nothing is kept once the lookup has
 * answered, so this is not a cache: a session revoked in the database (logout, "log out everywhere",
 * a disabled user, on any instance) is refused by every request whose lookup starts after the revoke
 * commits; a request that arrived during a lookup already running gets that lookup's answer, no older
 * than the lookup itself. Each request gets its own copy of the answer.
 */
export function sharedSessionLookup(
  database: Database,
  config: Config,
): (token: string) => Promise<LoadedSession | null> {
  const inFlight = new Map<string, Promise<LoadedSession | null>>();
  return async (token) => {
    let lookup = inFlight.get(token);
    if (!lookup) {
      lookup = loadSession(database, config, token).finally(() => inFlight.delete(token));
      inFlight.set(token, lookup);
    }
    const session = await lookup;
    return session && { ...session, actor: { ...session.actor } };
  };
}

/** The actor behind an API token, if the token is live and its user enabled. Records last use. */
export async function loadApiToken(db: Db, token: string): Promise<UserActor | null> {
  if (!token.startsWith(apiTokenPrefix)) return null;
  const [row] = await db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, sha256(token)));
  if (!row || row.token.revokedAt || row.user.disabledAt) return null;
  if (row.token.expiresAt && row.token.expiresAt.getTime() <= Date.now()) return null;
  const lastUsed = row.token.lastUsedAt?.getTime() ?? 0;
  if (Date.now() - lastUsed > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.token.id));
  }
  return actorFromUser(row.user, 'token', (row.token.permissions as Permission[] | null) ?? null);
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, idHash));
}

/** Ends every session of a user ("log out everywhere", password change, disabling). */
export async function deleteUserSessions(db: Db, userId: string, exceptIdHash?: string): Promise<number> {
  const deleted = await db
    .delete(sessions)
    .where(
      exceptIdHash
        ? and(eq(sessions.userId, userId), sql`${sessions.idHash} <> ${exceptIdHash}`)
        : eq(sessions.userId, userId),
    )
    .returning({ idHash: sessions.idHash });
  return deleted.length;
}

/** Removes expired sessions (housekeeping; safe to run from any instance). */
export async function purgeExpiredSessions(db: Db, config: Config): Promise<void> {
  const idleCutoff = new Date(Date.now() - config.SESSION_IDLE_MINUTES * 60_000);
  await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, new Date()), lt(sessions.lastSeenAt, idleCutoff)));
  // Login attempts only matter within the throttling window; a day is plenty.
  await db.delete(loginAttempts).where(lt(loginAttempts.at, new Date(Date.now() - 86_400_000)));
}

/** Lists a user's live sessions for the profile page (the id shown is a short hash prefix). */
export async function listUserSessions(db: Db, userId: string) {
  const rows = await db
    .select()
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .orderBy(sql`${sessions.lastSeenAt} desc`);
  return rows.map((row) => ({
    id: row.idHash.slice(0, 16),
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    ip: row.ip,
    userAgent: row.userAgent,
  }));
}

/** Ends one of the user's sessions by its listed id (hash prefix). */
export async function deleteUserSessionByPrefix(db: Db, userId: string, prefix: string): Promise<boolean> {
  const deleted = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), sql`left(${sessions.idHash}, 16) = ${prefix}`))
    .returning({ idHash: sessions.idHash });
  return deleted.length > 0;
}
