/**
 * Sessions, throttling, API tokens and the audit trail's filters, with timestamps moved in the
 * database instead of waiting: idle and absolute expiry, disabled users at lookup, per-address
 * throttling, token last use, the audit filters that should match and ending one session.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/server/auth/tokens.js';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { createTestUser, login, loginAs, send, testPassword, type TestUser } from './support/factories.js';

type Rows<T> = { rows: T[] };
type AuditItems = { items: Array<{ action: string; entityId: string; actorUserId: string | null }> };

describe.each(databaseKinds)('sessions, throttling, tokens and audit filters on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, {
      SESSION_IDLE_MINUTES: '30',
      SESSION_ABSOLUTE_HOURS: '12',
      LOGIN_MAX_FAILURES: '100',
      LOGIN_MAX_FAILURES_PER_IP: '4',
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  const idHashOf = (user: TestUser) => sha256(decodeURIComponent(user.cookie.split('=')[1] ?? ''));
  const meOf = async (user: TestUser) =>
    ((await send(t, user, 'GET', '/api/auth/me')).body as { user: { id: string } | null }).user;
  const sessionRows = async (idHash: string) =>
    (
      (await t.database.db.execute(
        sql`select id_hash from sessions where id_hash = ${idHash}`,
      )) as unknown as Rows<unknown>
    ).rows.length;

  it('ends a session idle for longer than SESSION_IDLE_MINUTES, and keeps one idle for less', async () => {
    const { email } = await createTestUser(t, { role: 'viewer', regionCode: '32.75' });
    const fresh = await login(t, email);
    const idle = await login(t, email);
    await t.database.db.execute(
      sql`update sessions set last_seen_at = now() - interval '29 minutes' where id_hash = ${idHashOf(fresh)}`,
    );
    await t.database.db.execute(
      sql`update sessions set last_seen_at = now() - interval '31 minutes' where id_hash = ${idHashOf(idle)}`,
    );
    expect(await meOf(fresh)).not.toBeNull();
    expect(await meOf(idle)).toBeNull();
    expect(await sessionRows(idHashOf(idle))).toBe(0);
    // Being used moved lastSeenAt forward (written at most once a minute, so it was due).
    const seen = (await t.database.db.execute(
      sql`select extract(epoch from now() - last_seen_at)::int as age from sessions where id_hash = ${idHashOf(fresh)}`,
    )) as unknown as Rows<{ age: number }>;
    expect(Number(seen.rows[0]?.age)).toBeLessThan(60);
  });

  it('ends a session past its absolute expiry even while it is in use', async () => {
    const { email } = await createTestUser(t, { role: 'viewer', regionCode: '32.75' });
    const user = await login(t, email);
    await t.database.db.execute(
      sql`update sessions set expires_at = now() - interval '1 second', last_seen_at = now() where id_hash = ${idHashOf(user)}`,
    );
    expect(await meOf(user)).toBeNull();
    expect(await sessionRows(idHashOf(user))).toBe(0);
  });

  it('checks the user’s disabled_at at every session lookup, not only when sessions are deleted', async () => {
    const { email, userId } = await createTestUser(t, { role: 'viewer', regionCode: '32.75' });
    const user = await login(t, email);
    expect((await meOf(user))?.id).toBe(userId);
    // Disabled behind the service's back: the session row is still there.
    await t.database.db.execute(sql`update users set disabled_at = now() where id = ${userId}`);
    expect(await sessionRows(idHashOf(user))).toBe(1);
    expect(await meOf(user)).toBeNull();
    expect((await send(t, user, 'GET', '/api/auth/sessions')).status).toBe(401);
    expect(await sessionRows(idHashOf(user))).toBe(0);
  });

  it('throttles failed logins per address, whichever accounts they try', async () => {
    const other = { incoming: { socket: { remoteAddress: '10.9.8.7' } } };
    const loginFrom = (address: typeof other | null, email: string, password: string) =>
      Promise.resolve(
        t.app.request(
          '/api/auth/login',
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email, password }),
          },
          address ?? { incoming: { socket: { remoteAddress: '10.1.2.3' } } },
        ),
      );
    const accounts = await Promise.all(
      [0, 1, 2, 3, 4].map(() => createTestUser(t, { role: 'viewer', regionCode: '32.75' })),
    );
    // Four failures on four different accounts: each account is far below its own limit.
    for (let i = 0; i < 4; i += 1) {
      expect((await loginFrom(null, accounts[i]!.email, `salah-sandi-${i}`)).status).toBe(401);
    }
    const blocked = await loginFrom(null, accounts[4]!.email, testPassword);
    expect(blocked.status).toBe(429);
    const body = (await blocked.json()) as {
      error: { code: string; details: { retryAfterSeconds: number } };
    };
    expect(body.error.code).toBe('RATE_LIMITED');
    expect(body.error.details.retryAfterSeconds).toBeGreaterThan(0);
    // Another address is not affected, with the same account.
    expect((await loginFrom(other, accounts[4]!.email, testPassword)).status).toBe(200);
  });

  it('records an API token’s last use, at most once a minute', async () => {
    const user = await loginAs(t, { role: 'viewer', regionCode: '32.75' });
    const created = await send(t, user, 'POST', '/api/auth/tokens', { name: 'integrasi' });
    const { token, id } = created.body as { token: string; id: string };
    const lastUsed = async () =>
      (
        (await send(t, user, 'GET', '/api/auth/tokens')).body as {
          items: Array<{ id: string; lastUsedAt: string | null }>;
        }
      ).items.find((item) => item.id === id)!.lastUsedAt;
    expect(await lastUsed()).toBeNull();
    const bearer = { authorization: `Bearer ${token}` };
    expect((await t.json('/api/auth/me', { headers: bearer })).status).toBe(200);
    const first = await lastUsed();
    expect(first).not.toBeNull();
    expect(Date.now() - new Date(first!).getTime()).toBeLessThan(60_000);
    await t.json('/api/auth/me', { headers: bearer });
    expect(await lastUsed()).toBe(first);
    await t.database.db.execute(
      sql`update api_tokens set last_used_at = now() - interval '2 minutes' where id = ${id}`,
    );
    const moved = await lastUsed();
    await t.json('/api/auth/me', { headers: bearer });
    const after = await lastUsed();
    expect(new Date(after!).getTime()).toBeGreaterThan(new Date(moved!).getTime() + 60_000);
  });

  it('shares one session lookup between requests sent together, and keeps nothing once it answered', async () => {
    const { email } = await createTestUser(t, { role: 'region_admin', regionCode: '35.73' });
    const user = await login(t, email);
    const rawQuery = t.database.rawQuery.bind(t.database);
    let lookups = 0;
    t.database.rawQuery = (text, params) => {
      if (text.includes('from sessions s join users u')) lookups += 1;
      return rawQuery(text, params);
    };
    try {
      const together = await Promise.all(Array.from({ length: 5 }, () => meOf(user)));
      expect(together.map((me) => me?.id)).toEqual(Array(5).fill(together[0]!.id));
      expect(lookups).toBeGreaterThanOrEqual(1);
      expect(lookups).toBeLessThan(5);
      // One after the other, each request looks its session up: nothing was kept.
      lookups = 0;
      await meOf(user);
      await meOf(user);
      expect(lookups).toBe(2);
      // Revoked in the database (as a logout on another instance does): the next requests are refused.
      await t.database.db.execute(sql`delete from sessions where id_hash = ${idHashOf(user)}`);
      expect(await Promise.all(Array.from({ length: 5 }, () => meOf(user)))).toEqual(Array(5).fill(null));
    } finally {
      t.database.rawQuery = rawQuery;
    }
  });

  it('ends one of one’s sessions and records it in the audit trail', async () => {
    const { email, userId } = await createTestUser(t, { role: 'region_admin', regionCode: '35.73' });
    const here = await login(t, email);
    const there = await login(t, email);
    const sessions = (await send(t, there, 'GET', '/api/auth/sessions')).body as {
      items: Array<{ id: string; current: boolean }>;
    };
    const thereId = sessions.items.find((item) => item.current)!.id;
    expect((await send(t, here, 'DELETE', `/api/auth/sessions/${thereId}`)).status).toBe(200);
    expect(await meOf(there)).toBeNull();
    expect(await meOf(here)).not.toBeNull();
    expect((await send(t, here, 'DELETE', `/api/auth/sessions/${thereId}`)).status).toBe(404);
    const audit = (await send(t, here, 'GET', `/api/audit?action=auth.session_end&userId=${userId}`))
      .body as AuditItems;
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({
      action: 'auth.session_end',
      entityId: userId,
      actorUserId: userId,
    });
  });

  describe('audit filters', () => {
    let admin: TestUser;
    let colleague: TestUser;
    let opdId: string;
    beforeAll(async () => {
      admin = await loginAs(t, { role: 'region_admin', regionCode: '35.14' });
      colleague = await loginAs(t, { role: 'region_admin', regionCode: '35.14' });
      opdId = (
        (await send(t, admin, 'POST', '/api/opds', { regionCode: '35.14', name: 'Dinas Perhubungan' }))
          .body as { id: string }
      ).id;
      await send(t, colleague, 'PATCH', `/api/opds/${opdId}`, { abbreviation: 'DISHUB' });
    });
    const query = async (params: string) =>
      (
        (await send(t, admin, 'GET', `/api/audit?entityType=opd&entityId=${opdId}&${params}`))
          .body as AuditItems
      ).items;

    it('matches an action, and an action prefix', async () => {
      expect((await query('action=opd.update')).map((item) => item.action)).toEqual(['opd.update']);
      expect((await query('action=opd.')).map((item) => item.action)).toEqual(['opd.update', 'opd.create']);
      expect(await query('action=opd.delete')).toEqual([]);
    });

    it('matches a date range that contains today, and nothing outside it', async () => {
      const today = new Date().toISOString().slice(0, 10);
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      expect(await query(`from=${today}&to=${today}`)).toHaveLength(2);
      expect(await query(`from=${yesterday}&to=${tomorrow}`)).toHaveLength(2);
      expect(await query(`from=${tomorrow}`)).toEqual([]);
      expect(await query(`to=${yesterday}`)).toEqual([]);
    });

    it('matches a user’s activity', async () => {
      const mine = await query(`userId=${admin.userId}`);
      expect(mine.map((item) => item.action)).toEqual(['opd.create']);
      const theirs = await query(`userId=${colleague.userId}`);
      expect(theirs.map((item) => item.action)).toEqual(['opd.update']);
      expect(await query(`userId=${crypto.randomUUID()}`)).toEqual([]);
    });
  });
});
