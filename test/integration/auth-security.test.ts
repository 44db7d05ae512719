/**
 * Findings of the outside security review on accounts and sessions, each through the HTTP API:
 * parallel password guesses against the throttle, X-Forwarded-For read from the proxy's end,
 * limited API tokens and account management, password links without the Host header, tokens of a
 * re-enabled user, Retry-After on a lockout, a viewer's own name, HSTS behind a TLS proxy, and
 * /api/auth/me kept out of caches.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { createTestUser, login, loginAs, send, testPassword, type TestUser } from './support/factories.js';

type ErrorBody = { error: { code: string; message: string; field?: string; details?: unknown } };
type Rows<T> = { rows: T[] };

/** Logs in from a given socket address, with extra headers (X-Forwarded-For ...). */
function loginFrom(
  t: TestApp,
  remoteAddress: string,
  body: { email: string; password: string },
  headers: Record<string, string> = {},
) {
  return Promise.resolve(
    t.app.request(
      '/api/auth/login',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      },
      { incoming: { socket: { remoteAddress } } },
    ),
  );
}

const tally = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>((counts, status) => {
    counts[status] = (counts[status] ?? 0) + 1;
    return counts;
  }, {});

describe.each(databaseKinds)('account security on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, {
      LOGIN_MAX_FAILURES: '5',
      LOGIN_MAX_FAILURES_PER_IP: '12',
      TRUST_PROXY: 'true',
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('throttling under parallel guesses (item 2)', () => {
    it('verifies at most LOGIN_MAX_FAILURES of 40 parallel wrong guesses for one account', async () => {
      const { email } = await createTestUser(t, { role: 'viewer', regionCode: '32.75' });
      // Each guess from its own address: only the account's limit applies.
      const statuses = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          loginFrom(t, `10.50.0.${i + 1}`, { email, password: `tebakan-salah-${i}` }).then((r) => r.status),
        ),
      );
      expect(tally(statuses)).toEqual({ 401: 5, 429: 35 });
      // The right password is locked out too, until the window has passed.
      expect((await loginFrom(t, '10.50.1.1', { email, password: testPassword })).status).toBe(429);
    });

    it('verifies at most LOGIN_MAX_FAILURES_PER_IP of 40 parallel wrong guesses from one address', async () => {
      const statuses = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          loginFrom(t, '10.51.0.1', {
            email: `tidak-ada-${i}.${Date.now()}@contoh.go.id`,
            password: `tebakan-salah-${i}`,
          }).then((r) => r.status),
        ),
      );
      expect(tally(statuses)).toEqual({ 401: 12, 429: 28 });
    });

    it('still lets the right password in below the limit, and a success resets the count', async () => {
      const { email } = await createTestUser(t, { role: 'viewer', regionCode: '32.75' });
      for (let round = 0; round < 3; round += 1) {
        for (let i = 0; i < 4; i += 1) {
          expect((await loginFrom(t, '10.52.0.1', { email, password: `salah-${round}-${i}` })).status).toBe(
            401,
          );
        }
        expect((await loginFrom(t, '10.52.0.2', { email, password: testPassword })).status).toBe(200);
      }
    });
  });

  describe('the current password of a password change (item 2, same fault elsewhere)', () => {
    it('counts wrong current passwords against the account’s limit, even in parallel', async () => {
      const { email } = await createTestUser(t, { role: 'viewer', regionCode: '32.75' });
      const user = await login(t, email);
      const statuses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          send(t, user, 'POST', '/api/auth/password', {
            currentPassword: `tebakan-salah-${i}`,
            newPassword: 'pelayanan-publik-terpadu',
          }).then((r) => r.status),
        ),
      );
      expect(tally(statuses)).toEqual({ 401: 5, 429: 15 });
      // The guesses locked the account: the right password is refused on both paths for now.
      const right = await send(t, user, 'POST', '/api/auth/password', {
        currentPassword: testPassword,
        newPassword: 'pelayanan-publik-terpadu',
      });
      expect(right.status).toBe(429);
      expect((await loginFrom(t, '10.53.0.1', { email, password: testPassword })).status).toBe(429);
    });
  });

  describe('client address behind a trusted proxy (item 3)', () => {
    it('takes the address the proxy appended, so a forged X-Forwarded-For does not escape the limit', async () => {
      // The proxy (socket 127.0.0.1) appends the real client 10.60.0.9; the client forges the rest.
      const statuses: number[] = [];
      for (let i = 0; i < 14; i += 1) {
        const response = await loginFrom(
          t,
          '127.0.0.1',
          { email: `palsu-${i}.${Date.now()}@contoh.go.id`, password: 'tebakan-salah-1' },
          { 'x-forwarded-for': `203.0.113.${i + 1}, 10.60.0.9` },
        );
        statuses.push(response.status);
      }
      expect(tally(statuses)).toEqual({ 401: 12, 429: 2 });
    });

    it('writes the appended address, not a forged one, into the audit trail and the session list', async () => {
      const { email, userId } = await createTestUser(t, { role: 'region_admin', regionCode: '32.75' });
      const response = await loginFrom(
        t,
        '127.0.0.1',
        { email, password: testPassword },
        { 'x-forwarded-for': '198.51.100.66, 10.61.0.7' },
      );
      expect(response.status).toBe(200);
      const rows = (await t.database.db.execute(
        sql`select actor_ip from audit_log where entity_id = ${userId} and action = 'auth.login'`,
      )) as unknown as Rows<{ actor_ip: string }>;
      expect(rows.rows.map((row) => row.actor_ip)).toEqual(['10.61.0.7']);
      const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
      const sessions = await t.json<{ items: Array<{ ip: string | null }> }>('/api/auth/sessions', {
        headers: { cookie },
      });
      expect(sessions.body.items.map((item) => item.ip)).toEqual(['10.61.0.7']);
    });

    it('counts TRUST_PROXY_HOPS proxies from the right', async () => {
      const hops = await createTestApp(kind, {
        TRUST_PROXY: 'true',
        TRUST_PROXY_HOPS: '2',
        LOGIN_MAX_FAILURES_PER_IP: '2',
      });
      try {
        // client -> CDN (appends the client, 10.62.0.5) -> load balancer (appends the CDN) -> app.
        const statuses: number[] = [];
        for (let i = 0; i < 4; i += 1) {
          const response = await loginFrom(
            hops,
            '127.0.0.1',
            { email: `cdn-${i}@contoh.go.id`, password: 'tebakan-salah-1' },
            { 'x-forwarded-for': `192.0.2.${i + 1}, 10.62.0.5, 172.16.0.${i + 1}` },
          );
          statuses.push(response.status);
        }
        expect(statuses).toEqual([401, 401, 429, 429]);
      } finally {
        await hops.close();
      }
    });
  });

  describe('limited API tokens and account management (item 4)', () => {
    let user: TestUser;
    let limited: string;
    let other: { id: string; token: string };
    beforeAll(async () => {
      user = await loginAs(t, { role: 'region_admin', regionCode: '35.73' });
      const created = await send(t, user, 'POST', '/api/auth/tokens', {
        name: 'baca kerja sama',
        permissions: ['agreement:read'],
      });
      expect(created.status).toBe(201);
      limited = (created.body as { token: string }).token;
      other = (await send(t, user, 'POST', '/api/auth/tokens', { name: 'integrasi lain' })).body as {
        id: string;
        token: string;
      };
    });
    const asToken = (token: string, method: string, path: string, body?: unknown) =>
      t.json<ErrorBody>(path, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });

    it('refuses every self-management route to a token without account:manage', async () => {
      const sessionId = (
        (await send(t, user, 'GET', '/api/auth/sessions')).body as { items: Array<{ id: string }> }
      ).items[0]!.id;
      const attempts: Array<[string, string, unknown?]> = [
        ['GET', '/api/auth/tokens'],
        ['POST', '/api/auth/tokens', { name: 'lebih luas' }],
        ['DELETE', `/api/auth/tokens/${other.id}`],
        ['GET', '/api/auth/sessions'],
        ['DELETE', `/api/auth/sessions/${sessionId}`],
        ['POST', '/api/auth/logout-all'],
        [
          'POST',
          '/api/auth/password',
          { currentPassword: testPassword, newPassword: 'sandi-baru-sekali-99' },
        ],
        ['PATCH', `/api/users/${user.userId}`, { name: 'Nama dari token' }],
      ];
      for (const [method, path, body] of attempts) {
        const response = await asToken(limited, method, path, body);
        expect(response.status, `${method} ${path}`).toBe(403);
        expect(response.body.error.code, `${method} ${path}`).toBe('FORBIDDEN');
      }
      // Nothing happened: the other token works, the session lives, the password is unchanged.
      expect((await asToken(other.token, 'GET', '/api/auth/tokens')).status).toBe(200);
      expect(((await send(t, user, 'GET', '/api/auth/me')).body as { user: unknown }).user).not.toBeNull();
      expect((await login(t, user.email)).status).toBe(200);
      // The token still does what it was made for.
      expect((await asToken(limited, 'GET', '/api/agreements')).status).toBe(200);
    });

    it('lets a token holding account:manage manage the account, but never mint tokens', async () => {
      const created = await send(t, user, 'POST', '/api/auth/tokens', {
        name: 'kelola akun',
        permissions: ['account:manage'],
      });
      expect(created.status).toBe(201);
      const manager = (created.body as { token: string }).token;
      expect((await asToken(manager, 'GET', '/api/auth/sessions')).status).toBe(200);
      const listed = await asToken(manager, 'GET', '/api/auth/tokens');
      expect(listed.status).toBe(200);
      const mint = await asToken(manager, 'POST', '/api/auth/tokens', { name: 'turunan' });
      expect(mint.status).toBe(403);
      const mintScoped = await asToken(manager, 'POST', '/api/auth/tokens', {
        name: 'turunan',
        permissions: ['account:manage'],
      });
      expect(mintScoped.status).toBe(403);
      expect((await asToken(manager, 'DELETE', `/api/auth/tokens/${other.id}`)).status).toBe(200);
      expect((await asToken(other.token, 'GET', '/api/auth/me')).status).toBe(401);
    });

    it('lists account:manage among a session’s permissions, not a limited token’s', async () => {
      const me = (await send(t, user, 'GET', '/api/auth/me')).body as { permissions: string[] };
      expect(me.permissions).toContain('account:manage');
      const byToken = (await asToken(limited, 'GET', '/api/auth/me')).body as unknown as {
        permissions: string[];
      };
      expect(byToken.permissions).toEqual(['agreement:read']);
    });
  });

  describe('password links (item 11)', () => {
    it('never builds a password link from the request’s Host header', async () => {
      const admin = await loginAs(t, { role: 'region_admin', regionCode: '32.75' });
      const { userId } = await createTestUser(t, { role: 'viewer', regionCode: '32.75' });
      const link = await t.json<{ url: string }>(`/api/users/${userId}/password-link`, {
        method: 'POST',
        headers: { ...admin.headers, host: 'evil.example', 'x-forwarded-host': 'evil.example' },
      });
      expect(link.status).toBe(201);
      expect(link.body.url).not.toContain('evil.example');
      // Without PUBLIC_URL the link is a path; the administrator's browser adds its own origin.
      expect(link.body.url).toMatch(/^\/atur-sandi\?token=[\w-]{43}$/);
      const created = await t.json<{ passwordLink: { url: string } }>('/api/users', {
        method: 'POST',
        headers: { ...admin.headers, host: 'evil.example', 'content-type': 'application/json' },
        body: JSON.stringify({
          email: `baru.${Date.now()}@bekasikota.go.id`,
          name: 'Baru',
          role: 'viewer',
          regionCode: '32.75',
        }),
      });
      expect(created.status).toBe(201);
      expect(created.body.passwordLink.url).toMatch(/^\/atur-sandi\?token=/);
    });

    it('builds it from PUBLIC_URL when set, whatever the Host header says', async () => {
      const withUrl = await createTestApp(kind, { PUBLIC_URL: 'https://sinergi.kemendagri.go.id/' });
      try {
        const admin = await loginAs(withUrl, { role: 'region_admin', regionCode: '32.75' });
        const { userId } = await createTestUser(withUrl, { role: 'viewer', regionCode: '32.75' });
        const link = await withUrl.json<{ url: string }>(`/api/users/${userId}/password-link`, {
          method: 'POST',
          headers: { ...admin.headers, host: 'evil.example' },
        });
        expect(link.status).toBe(201);
        expect(link.body.url).toMatch(/^https:\/\/sinergi\.kemendagri\.go\.id\/atur-sandi\?token=[\w-]{43}$/);
      } finally {
        await withUrl.close();
      }
    });
  });

  describe('disabling a user (item 13)', () => {
    it('revokes their API tokens, so enabling them again does not revive the tokens', async () => {
      const admin = await loginAs(t, { role: 'region_admin', regionCode: '35.73' });
      const { email, userId } = await createTestUser(t, { role: 'viewer', regionCode: '35.73' });
      const user = await login(t, email);
      const secret = (
        (await send(t, user, 'POST', '/api/auth/tokens', { name: 'integrasi' })).body as {
          token: string;
        }
      ).token;
      const bearer = { authorization: `Bearer ${secret}` };
      expect((await t.json('/api/agreements', { headers: bearer })).status).toBe(200);
      expect((await send(t, admin, 'PATCH', `/api/users/${userId}`, { disabled: true })).status).toBe(200);
      expect((await send(t, admin, 'PATCH', `/api/users/${userId}`, { disabled: false })).status).toBe(200);
      expect((await t.json('/api/agreements', { headers: bearer })).status).toBe(401);
      const again = await login(t, email);
      const tokens = (await send(t, again, 'GET', '/api/auth/tokens')).body as {
        items: Array<{ revokedAt: string | null }>;
      };
      expect(tokens.items).toHaveLength(1);
      expect(tokens.items[0]!.revokedAt).not.toBeNull();
    });
  });

  describe('lockout answer (item 14)', () => {
    it('answers a lockout with 429 and a Retry-After header in seconds', async () => {
      const { email } = await createTestUser(t, { role: 'viewer', regionCode: '32.75' });
      for (let i = 0; i < 5; i += 1) {
        expect((await loginFrom(t, '10.70.0.1', { email, password: `salah-${i}` })).status).toBe(401);
      }
      const locked = await loginFrom(t, '10.70.0.2', { email, password: testPassword });
      expect(locked.status).toBe(429);
      const retryAfter = Number(locked.headers.get('retry-after'));
      const body = (await locked.json()) as { error: { details: { retryAfterSeconds: number } } };
      expect(retryAfter).toBe(body.error.details.retryAfterSeconds);
      expect(retryAfter).toBeGreaterThan(14 * 60);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    });
  });

  describe('an email taken in parallel (check-then-write, same fault elsewhere)', () => {
    it('creates one account and answers 409 EMAIL_TAKEN to the others, never 500', async () => {
      const admin = await loginAs(t, { role: 'region_admin', regionCode: '32.75' });
      const email = `rebutan.${Date.now()}@bekasikota.go.id`;
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          send(t, admin, 'POST', '/api/users', {
            email,
            name: `Staf ${i}`,
            role: 'viewer',
            regionCode: '32.75',
          }),
        ),
      );
      expect(tally(answers.map((answer) => answer.status))).toEqual({ 201: 1, 409: 7 });
      for (const answer of answers.filter((a) => a.status === 409)) {
        expect((answer.body as ErrorBody).error).toMatchObject({ code: 'EMAIL_TAKEN', field: 'email' });
      }
    });
  });

  describe('one’s own name (item 15)', () => {
    it('lets every role change their own name, and nothing else about themselves', async () => {
      for (const role of ['viewer', 'reviewer', 'opd_officer', 'oversight'] as const) {
        const regionCode = role === 'oversight' ? '32' : '32.75';
        const me = await loginAs(t, { role, regionCode });
        const renamed = await send(t, me, 'PATCH', `/api/users/${me.userId}`, { name: `Nama Baru ${role}` });
        expect(renamed.status, role).toBe(200);
        expect((renamed.body as { name: string }).name).toBe(`Nama Baru ${role}`);
        const promoted = await send(t, me, 'PATCH', `/api/users/${me.userId}`, { role: 'region_admin' });
        expect(promoted.status, role).toBe(403);
      }
    });

    it('still refuses a viewer’s change of another user, as a record they cannot see', async () => {
      const viewer = await loginAs(t, { role: 'viewer', regionCode: '32.75' });
      const { userId } = await createTestUser(t, { role: 'viewer', regionCode: '32.75' });
      expect((await send(t, viewer, 'PATCH', `/api/users/${userId}`, { name: 'Bukan saya' })).status).toBe(
        404,
      );
      const reviewer = await createTestUser(t, { role: 'reviewer', regionCode: '32.75' });
      expect(
        (await send(t, viewer, 'PATCH', `/api/users/${reviewer.userId}`, { disabled: true })).status,
      ).toBe(404);
    });
  });

  describe('HSTS (item 16)', () => {
    it('sends HSTS when a trusted proxy says the client used https, and not over plain http', async () => {
      const proxied = await t.request('/api/health', {
        headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '10.80.0.1' },
      });
      expect(proxied.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      const plain = await t.request('/api/health');
      expect(plain.headers.get('strict-transport-security')).toBeNull();
      // The proxy appends the scheme it saw; the client's own claim on the left counts for nothing.
      const forged = await t.request('/api/health', { headers: { 'x-forwarded-proto': 'https, http' } });
      expect(forged.headers.get('strict-transport-security')).toBeNull();
    });

    it('ignores X-Forwarded-Proto without TRUST_PROXY', async () => {
      const direct = await createTestApp(kind);
      try {
        const response = await direct.request('/api/health', { headers: { 'x-forwarded-proto': 'https' } });
        expect(response.headers.get('strict-transport-security')).toBeNull();
      } finally {
        await direct.close();
      }
    });
  });

  describe('/api/auth/me (item 18)', () => {
    it('is never cached: it carries the CSRF token', async () => {
      const user = await loginAs(t, { role: 'viewer', regionCode: '32.75' });
      const response = await t.request('/api/auth/me', { headers: user.headers });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const login = await loginFrom(t, '10.90.0.1', {
        email: user.email,
        password: testPassword,
      });
      expect(login.headers.get('cache-control')).toBe('no-store');
    });
  });
});
