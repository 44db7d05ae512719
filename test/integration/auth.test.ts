import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dummyPasswordHash } from '../../src/server/auth/passwords.js';
import { issueSetupTokenIfNeeded } from '../../src/server/features/auth/service.js';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { createTestUser, login, loginAs, send, testPassword } from './support/factories.js';

type ErrorBody = { error: { code: string; message: string; field?: string; details?: unknown } };

describe.each(databaseKinds)('accounts and sessions on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { LOGIN_MAX_FAILURES: '3', LOGIN_MAX_FAILURES_PER_IP: '1000' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('runs the first-run setup once, with a one-time token', async () => {
    const me = await send(t, null, 'GET', '/api/auth/me');
    expect(me.body).toMatchObject({ user: null, setupNeeded: true });
    const token = await issueSetupTokenIfNeeded(t.database.db);
    expect(token).toBeTruthy();
    const bad = await send(t, null, 'POST', '/api/auth/setup', {
      token: 'x'.repeat(43),
      email: 'root@kemendagri.go.id',
      name: 'Root',
      password: 'batas-wilayah-nusantara',
    });
    expect(bad.status).toBe(400);
    expect((bad.body as ErrorBody).error.code).toBe('TOKEN_INVALID');
    const weak = await send(t, null, 'POST', '/api/auth/setup', {
      token,
      email: 'root@kemendagri.go.id',
      name: 'Root',
      password: 'password123',
    });
    expect(weak.status).toBe(422);
    expect((weak.body as ErrorBody).error).toMatchObject({ code: 'WEAK_PASSWORD', field: 'password' });
    const done = await send(t, null, 'POST', '/api/auth/setup', {
      token,
      email: 'root@kemendagri.go.id',
      name: 'Root',
      password: 'batas-wilayah-nusantara',
    });
    expect(done.status).toBe(201);
    const again = await send(t, null, 'POST', '/api/auth/setup', {
      token,
      email: 'root2@kemendagri.go.id',
      name: 'Root 2',
      password: 'batas-wilayah-nusantara',
    });
    expect(again.status).toBe(409);
    expect(await issueSetupTokenIfNeeded(t.database.db)).toBeNull();
  });

  it('answers a wrong password and an unknown email the same way, in about the same time', async () => {
    const { email } = await createTestUser(t, { role: 'viewer', regionCode: '32.75' });
    const wrong = await send(t, null, 'POST', '/api/auth/login', { email, password: 'not-the-password-1' });
    const unknown = await send(t, null, 'POST', '/api/auth/login', {
      email: 'nobody@nowhere.go.id',
      password: 'whatever-it-is-1',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toMatchObject({
      error: { code: 'INVALID_CREDENTIALS', message: 'Wrong email or password' },
    });
    expect((unknown.body as ErrorBody).error.message).toBe((wrong.body as ErrorBody).error.message);
    // The dummy hash exists before any request, with the parameters of real hashes.
    expect(dummyPasswordHash()).toMatch(/^scrypt\$16384\$8\$1\$[\w-]{22}\$[\w-]{43}$/);

    // Timing: medians of several attempts each, interleaved, a fresh account per wrong password (the
    // lockout must not answer early) and a fresh unknown email each time. Both verify one scrypt
    // hash, so neither median may be a fraction of the other, either way.
    const attempts = 7;
    const accounts = await Promise.all(
      Array.from({ length: attempts }, () => createTestUser(t, { role: 'viewer', regionCode: '32.75' })),
    );
    const timed = async (body: { email: string; password: string }) => {
      const started = performance.now();
      const response = await send(t, null, 'POST', '/api/auth/login', body);
      expect(response.status).toBe(401);
      return performance.now() - started;
    };
    const wrongMs: number[] = [];
    const unknownMs: number[] = [];
    for (let i = 0; i < attempts; i += 1) {
      wrongMs.push(await timed({ email: accounts[i]!.email, password: `not-the-password-${i}` }));
      unknownMs.push(
        await timed({ email: `nobody${i}.${Date.now()}@nowhere.go.id`, password: 'whatever-it-is' }),
      );
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const ratio = median(unknownMs) / median(wrongMs);
    expect(ratio, `unknown ${median(unknownMs)} ms / wrong ${median(wrongMs)} ms`).toBeGreaterThan(0.5);
    expect(ratio, `unknown ${median(unknownMs)} ms / wrong ${median(wrongMs)} ms`).toBeLessThan(2);
  });

  it('throttles brute force with a temporary lockout that is logged', async () => {
    const { email, userId } = await createTestUser(t, { role: 'viewer', regionCode: '32.75' });
    for (let i = 0; i < 3; i += 1) {
      expect(
        (await send(t, null, 'POST', '/api/auth/login', { email, password: `guess-number-${i}` })).status,
      ).toBe(401);
    }
    const locked = await send(t, null, 'POST', '/api/auth/login', { email, password: testPassword });
    expect(locked.status).toBe(429);
    expect((locked.body as ErrorBody).error.code).toBe('RATE_LIMITED');
    const rows = (await t.database.db.execute(
      sql`select action from audit_log where entity_id = ${userId} and action = 'auth.lockout'`,
    )) as unknown as { rows: unknown[] };
    expect(rows.rows.length).toBe(1);
    // The lockout is temporary: once the window has passed, the right password works again.
    await t.database.db.execute(
      sql`update login_attempts set at = at - interval '1 hour' where lower(email) = ${email}`,
    );
    expect((await login(t, email)).status).toBe(200);
  });

  it('never reuses a session id from before login and rotates at every login', async () => {
    const { email } = await createTestUser(t, { role: 'viewer', regionCode: '32.75' });
    const first = await login(t, email);
    const second = await t.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: first.cookie },
      body: JSON.stringify({ email, password: testPassword }),
    });
    const newCookie = (second.headers.get('set-cookie') ?? '').split(';')[0];
    expect(newCookie).toBeTruthy();
    expect(newCookie).not.toBe(first.cookie);
    const old = await send(t, first, 'GET', '/api/auth/me');
    expect((old.body as { user: unknown }).user).toBeNull();
  });

  it('never accepts a cookie value planted before login as the victim’s session afterwards', async () => {
    const victim = await createTestUser(t, { role: 'region_admin', regionCode: '32.75' });
    const me = (cookie: string) =>
      t.json<{ user: { id: string } | null }>('/api/auth/me', { headers: { cookie } });
    const loginWith = (cookie: string) =>
      t.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ email: victim.email, password: testPassword }),
      });

    // 1. A value the attacker chose: login issues its own random id, the chosen one stays nothing.
    const chosen = 'sinergi_session=attacker-chosen-value-0123456789abcdef';
    const afterChosen = await loginWith(chosen);
    expect(afterChosen.status).toBe(200);
    expect((afterChosen.headers.get('set-cookie') ?? '').split(';')[0]).not.toBe(chosen);
    expect((await me(chosen)).body.user).toBeNull();

    // 2. A live session of the attacker's own account, planted in the victim's browser: logging in
    // does not turn it into the victim's session; it is ended, and the victim gets a new id.
    const attacker = await login(t, (await createTestUser(t, { role: 'viewer', regionCode: '35.73' })).email);
    expect((await me(attacker.cookie)).body.user?.id).toBe(attacker.userId);
    const afterPlanted = await loginWith(attacker.cookie);
    expect(afterPlanted.status).toBe(200);
    const victimCookie = (afterPlanted.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect(victimCookie).not.toBe(attacker.cookie);
    expect((await me(attacker.cookie)).body.user).toBeNull();
    expect((await me(victimCookie)).body.user?.id).toBe(victim.userId);
  });

  it('sets an httpOnly SameSite cookie', async () => {
    const { email } = await createTestUser(t, { role: 'viewer', regionCode: '32.75' });
    const response = await t.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: testPassword }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('refuses a cookie-authenticated write without the CSRF token, and foreign origins', async () => {
    const admin = await loginAs(t, { role: 'region_admin', regionCode: '32.75' });
    const body = JSON.stringify({ regionCode: '32.75', name: 'Dinas Kesehatan' });
    const noToken = await t.json<ErrorBody>('/api/opds', {
      method: 'POST',
      headers: { cookie: admin.cookie, 'content-type': 'application/json' },
      body,
    });
    expect(noToken.status).toBe(403);
    expect(noToken.body.error.code).toBe('CSRF_FAILED');
    const foreign = await t.json<ErrorBody>('/api/opds', {
      method: 'POST',
      headers: { ...admin.headers, origin: 'https://evil.example', 'content-type': 'application/json' },
      body,
    });
    expect(foreign.status).toBe(403);
    const ok = await send(t, admin, 'POST', '/api/opds', { regionCode: '32.75', name: 'Dinas Kesehatan' });
    expect(ok.status).toBe(201);
  });

  it('gives a malformed JSON body a 400 naming the problem', async () => {
    const response = await t.json<ErrorBody>('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email": "a@b.c", ',
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('INVALID_JSON');
    expect(response.body.error.message).toMatch(/JSON/);
  });

  it('validates login input naming the field', async () => {
    const response = await send(t, null, 'POST', '/api/auth/login', { email: 'not-an-email', password: 'x' });
    expect(response.status).toBe(400);
    expect((response.body as ErrorBody).error.field).toBe('body.email');
  });

  it('stops a disabled user’s sessions and tokens at once', async () => {
    const admin = await loginAs(t, { role: 'region_admin', regionCode: '35.73' });
    const { email, userId } = await createTestUser(t, { role: 'viewer', regionCode: '35.73' });
    const user = await login(t, email);
    const token = await send(t, user, 'POST', '/api/auth/tokens', { name: 'integrasi' });
    expect(token.status).toBe(201);
    const secret = (token.body as { token: string }).token;
    expect((await t.json('/api/auth/me', { headers: { authorization: `Bearer ${secret}` } })).status).toBe(
      200,
    );
    const disabled = await send(t, admin, 'PATCH', `/api/users/${userId}`, { disabled: true });
    expect(disabled.status).toBe(200);
    expect(((await send(t, user, 'GET', '/api/auth/me')).body as { user: unknown }).user).toBeNull();
    const byToken = await t.json<ErrorBody>('/api/auth/me', {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(byToken.status).toBe(401);
    expect((await login(t, email)).status).toBe(401);
  });

  it('shows an API token once, stores it hashed, limits it and revokes it', async () => {
    const admin = await loginAs(t, { role: 'region_admin', regionCode: '35.73' });
    const created = await send(t, admin, 'POST', '/api/auth/tokens', {
      name: 'baca saja',
      permissions: ['user:read'],
    });
    expect(created.status).toBe(201);
    const { token, id } = created.body as { token: string; id: string };
    expect(token).toMatch(/^snrg_/);
    const stored = (await t.database.db.execute(
      sql`select token_hash from api_tokens where id = ${id}`,
    )) as unknown as {
      rows: Array<{ token_hash: string }>;
    };
    expect(stored.rows[0]?.token_hash).not.toContain(token);
    const bearer = { authorization: `Bearer ${token}` };
    expect((await t.json('/api/users', { headers: bearer })).status).toBe(200);
    const write = await t.json<ErrorBody>('/api/opds', {
      method: 'POST',
      headers: { ...bearer, 'content-type': 'application/json' },
      body: JSON.stringify({ regionCode: '35.73', name: 'Bappeda' }),
    });
    expect(write.status).toBe(403);
    const listed = await send(t, admin, 'GET', '/api/auth/tokens');
    expect(JSON.stringify(listed.body)).not.toContain(token);
    const beyond = await send(t, admin, 'POST', '/api/auth/tokens', {
      name: 'x',
      permissions: ['settings:manage'],
    });
    expect(beyond.status).toBe(422);
    expect((await send(t, admin, 'DELETE', `/api/auth/tokens/${id}`)).status).toBe(200);
    expect((await t.json('/api/users', { headers: bearer })).status).toBe(401);
  });

  it('changes the password, ends other sessions and logs out everywhere', async () => {
    const { email } = await createTestUser(t, { role: 'viewer', regionCode: '32.75' });
    const a = await login(t, email);
    const b = await login(t, email);
    const wrong = await send(t, a, 'POST', '/api/auth/password', {
      currentPassword: 'nope-nope-nope',
      newPassword: 'pelayanan-publik-terpadu',
    });
    expect(wrong.status).toBe(401);
    const changed = await send(t, a, 'POST', '/api/auth/password', {
      currentPassword: testPassword,
      newPassword: 'pelayanan-publik-terpadu',
    });
    expect(changed.status).toBe(200);
    expect(((await send(t, b, 'GET', '/api/auth/me')).body as { user: unknown }).user).toBeNull();
    expect(((await send(t, a, 'GET', '/api/auth/me')).body as { user: unknown }).user).not.toBeNull();
    const c = await login(t, email, 'pelayanan-publik-terpadu');
    const sessions = await send(t, a, 'GET', '/api/auth/sessions');
    expect((sessions.body as { items: unknown[] }).items).toHaveLength(2);
    expect((await send(t, a, 'POST', '/api/auth/logout-all')).status).toBe(200);
    expect(((await send(t, c, 'GET', '/api/auth/me')).body as { user: unknown }).user).toBeNull();
  });

  it('resets a password with a one-time link from an administrator', async () => {
    const admin = await loginAs(t, { role: 'region_admin', regionCode: '32.75' });
    const { email, userId } = await createTestUser(t, { role: 'viewer', regionCode: '32.75' });
    const link = await send(t, admin, 'POST', `/api/users/${userId}/password-link`);
    expect(link.status).toBe(201);
    const token = new URL((link.body as { url: string }).url, 'http://localhost').searchParams.get('token')!;
    const reset = await send(t, null, 'POST', '/api/auth/password-reset', {
      token,
      password: 'sinergi-antar-daerah-99',
    });
    expect(reset.status).toBe(200);
    const reuse = await send(t, null, 'POST', '/api/auth/password-reset', {
      token,
      password: 'sinergi-antar-daerah-98',
    });
    expect(reuse.status).toBe(400);
    expect((await login(t, email, 'sinergi-antar-daerah-99')).status).toBe(200);
  });

  it('lets region admins manage only their own region’s users', async () => {
    const bekasi = await loginAs(t, { role: 'region_admin', regionCode: '32.75' });
    const malang = await loginAs(t, { role: 'region_admin', regionCode: '35.73' });
    const created = await send(t, bekasi, 'POST', '/api/users', {
      email: 'staf@bekasikota.go.id',
      name: 'Staf Kerja Sama',
      role: 'reviewer',
      regionCode: '32.75',
    });
    expect(created.status).toBe(201);
    const newUser = created.body as { user: { id: string }; passwordLink: { url: string } | null };
    expect(newUser.passwordLink?.url).toContain('/atur-sandi?token=');
    // Malang's admin cannot see, change or create Bekasi's users.
    expect((await send(t, malang, 'GET', `/api/users/${newUser.user.id}`)).status).toBe(404);
    expect((await send(t, malang, 'PATCH', `/api/users/${newUser.user.id}`, { disabled: true })).status).toBe(
      404,
    );
    const foreign = await send(t, malang, 'POST', '/api/users', {
      email: 'x@bekasikota.go.id',
      name: 'X',
      role: 'viewer',
      regionCode: '32.75',
    });
    expect(foreign.status).toBe(403);
    const list = await send(t, malang, 'GET', '/api/users?pageSize=100');
    expect(
      (list.body as { items: Array<{ regionCode: string }> }).items.every((u) => u.regionCode === '35.73'),
    ).toBe(true);
    const escalate = await send(t, bekasi, 'POST', '/api/users', {
      email: 'root@bekasikota.go.id',
      name: 'Root',
      role: 'system_admin',
      regionCode: '32.75',
    });
    expect(escalate.status).toBe(403);
    const duplicate = await send(t, bekasi, 'POST', '/api/users', {
      email: 'STAF@bekasikota.go.id',
      name: 'Lagi',
      role: 'viewer',
      regionCode: '32.75',
    });
    expect(duplicate.status).toBe(409);
  });

  it('records who changed what in the audit trail, visible to the region’s admin only', async () => {
    const bekasi = await loginAs(t, { role: 'region_admin', regionCode: '32.75' });
    const malang = await loginAs(t, { role: 'region_admin', regionCode: '35.73' });
    const opd = await send(t, bekasi, 'POST', '/api/opds', {
      regionCode: '32.75',
      name: 'Bappelitbangda',
      abbreviation: 'BPL',
    });
    const id = (opd.body as { id: string }).id;
    await send(t, bekasi, 'PATCH', `/api/opds/${id}`, { name: 'Bappelitbangda Kota Bekasi' });
    const history = await send(t, bekasi, 'GET', `/api/audit?entityType=opd&entityId=${id}`);
    const items = (
      history.body as {
        items: Array<{
          action: string;
          actorName: string;
          changes: Record<string, { from: unknown; to: unknown }>;
          entityTitle: string | null;
        }>;
      }
    ).items;
    expect(items.map((i) => i.action)).toEqual(['opd.update', 'opd.create']);
    // Every entry names the record as it is called now, so a reader sees more than an id.
    expect(items.map((i) => i.entityTitle)).toEqual([
      'Bappelitbangda Kota Bekasi',
      'Bappelitbangda Kota Bekasi',
    ]);
    expect(items[0]?.changes.name).toEqual({ from: 'Bappelitbangda', to: 'Bappelitbangda Kota Bekasi' });
    expect(items[0]?.actorName).toContain('region_admin');
    const other = await send(t, malang, 'GET', `/api/audit?entityType=opd&entityId=${id}`);
    expect((other.body as { items: unknown[] }).items).toEqual([]);
    const viewer = await loginAs(t, { role: 'viewer', regionCode: '32.75' });
    expect((await send(t, viewer, 'GET', '/api/audit')).status).toBe(403);
    expect((await send(t, null, 'GET', '/api/audit')).status).toBe(401);
    const badDate = await send(t, bekasi, 'GET', '/api/audit?from=yesterday');
    expect(badDate.status).toBe(400);
    expect((badDate.body as ErrorBody).error.field).toBe('from');
  });

  it('keeps the audit trail append-only in the database too', async () => {
    const failure = (promise: Promise<unknown>) =>
      promise.then(
        () => 'succeeded',
        (error: Error & { cause?: Error }) => `${error.message} ${error.cause?.message ?? ''}`,
      );
    expect(await failure(t.database.db.execute(sql`update audit_log set action = 'x'`))).toMatch(
      /append-only/,
    );
    expect(await failure(t.database.db.execute(sql`delete from audit_log`))).toMatch(/append-only/);
    expect(await failure(t.database.db.execute(sql`truncate audit_log`))).toMatch(/append-only/);
    const count = (await t.database.db.execute(sql`select count(*)::int as n from audit_log`)) as unknown as {
      rows: Array<{ n: number }>;
    };
    expect(Number(count.rows[0]?.n)).toBeGreaterThan(0);
  });

  it('treats SQL-looking filter input as plain text', async () => {
    const admin = await loginAs(t, { role: 'system_admin' });
    for (const path of [
      `/api/users?q=${encodeURIComponent("' or 1=1 --")}`,
      `/api/audit?action=${encodeURIComponent("x'; drop table audit_log; --")}`,
      `/api/opds?regionCode=${encodeURIComponent("32.75' or '1'='1")}`,
    ]) {
      const response = await send(t, admin, 'GET', path);
      expect([200, 400, 404]).toContain(response.status);
    }
    const users = await send(t, admin, 'GET', `/api/users?q=${encodeURIComponent("' or 1=1 --")}`);
    expect((users.body as { total: number }).total).toBe(0);
  });
});
