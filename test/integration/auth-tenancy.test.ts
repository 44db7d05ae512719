/**
 * Tenancy of accounts: what a region administrator may do to which accounts (no escalation through
 * an oversight or a peer account sharing the region code), password links, and oversight reading
 * published records.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import {
  consentToPendingChanges,
  createTestUser,
  login,
  loginAs,
  send,
  type TestUser,
} from './support/factories.js';

type ErrorBody = { error: { code: string; message: string; field?: string } };

function tokenOf(body: unknown): string {
  return new URL((body as { url: string }).url, 'http://localhost').searchParams.get('token')!;
}

describe.each(databaseKinds)('account tenancy on %s', (kind) => {
  let t: TestApp;
  /** Pemprov Jawa Barat's region administrator (region 32). */
  let provinceAdmin: TestUser;
  let systemAdmin: TestUser;

  beforeAll(async () => {
    t = await createTestApp(kind);
    provinceAdmin = await loginAs(t, { role: 'region_admin', regionCode: '32' });
    systemAdmin = await loginAs(t, { role: 'system_admin' });
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('a province region admin and the province oversight account (both region 32)', () => {
    let oversightId: string;
    let oversightEmail: string;
    beforeAll(async () => {
      const created = await createTestUser(t, { role: 'oversight', regionCode: '32' });
      oversightId = created.userId;
      oversightEmail = created.email;
    });

    it('cannot create a password link for the oversight account', async () => {
      const response = await send(t, provinceAdmin, 'POST', `/api/users/${oversightId}/password-link`);
      expect(response.status).toBe(403);
      expect((response.body as ErrorBody).error.code).toBe('FORBIDDEN');
      const links = (await t.database.db.execute(
        sql`select count(*)::int as n from one_time_tokens where user_id = ${oversightId}`,
      )) as unknown as { rows: Array<{ n: number }> };
      expect(Number(links.rows[0]?.n)).toBe(0);
    });

    it('cannot rename, re-role, disable or log out the oversight account', async () => {
      for (const body of [{ name: 'Diambil alih' }, { role: 'viewer' }, { disabled: true }]) {
        const response = await send(t, provinceAdmin, 'PATCH', `/api/users/${oversightId}`, body);
        expect(response.status, JSON.stringify(body)).toBe(403);
      }
      const sessions = await send(t, provinceAdmin, 'DELETE', `/api/users/${oversightId}/sessions`);
      expect(sessions.status).toBe(403);
      const stored = await send(t, systemAdmin, 'GET', `/api/users/${oversightId}`);
      expect(stored.body).toMatchObject({ role: 'oversight', disabled: false });
      expect((await login(t, oversightEmail)).status).toBe(200);
    });

    it('still manages the staff roles of its own region', async () => {
      const { userId } = await createTestUser(t, { role: 'reviewer', regionCode: '32' });
      expect(
        (await send(t, provinceAdmin, 'PATCH', `/api/users/${userId}`, { name: 'Anggota TKKSD' })).status,
      ).toBe(200);
      expect((await send(t, provinceAdmin, 'POST', `/api/users/${userId}/password-link`)).status).toBe(201);
      const ended = await send(t, provinceAdmin, 'DELETE', `/api/users/${userId}/sessions`);
      expect(ended.status).toBe(200);
    });

    it('lets a system admin do what the region admin may not', async () => {
      expect((await send(t, systemAdmin, 'POST', `/api/users/${oversightId}/password-link`)).status).toBe(
        201,
      );
    });
  });

  describe('a region admin and a peer region admin of the same region', () => {
    it('refuses links, changes, disabling and logging out a peer, but allows appointing one', async () => {
      const admin = await loginAs(t, { role: 'region_admin', regionCode: '32.75' });
      const peer = await createTestUser(t, { role: 'region_admin', regionCode: '32.75' });
      expect((await send(t, admin, 'POST', `/api/users/${peer.userId}/password-link`)).status).toBe(403);
      expect((await send(t, admin, 'PATCH', `/api/users/${peer.userId}`, { disabled: true })).status).toBe(
        403,
      );
      expect((await send(t, admin, 'PATCH', `/api/users/${peer.userId}`, { role: 'viewer' })).status).toBe(
        403,
      );
      expect((await send(t, admin, 'DELETE', `/api/users/${peer.userId}/sessions`)).status).toBe(403);
      // Appointing a new region admin stays possible (the role is assignable).
      const appointed = await send(t, admin, 'POST', '/api/users', {
        email: `admin2.${Date.now()}@bekasikota.go.id`,
        name: 'Admin Kedua',
        role: 'region_admin',
        regionCode: '32.75',
      });
      expect(appointed.status).toBe(201);
      // A reviewer cannot be promoted out of reach and then still be managed.
      const { userId } = await createTestUser(t, { role: 'viewer', regionCode: '32.75' });
      expect((await send(t, admin, 'PATCH', `/api/users/${userId}`, { role: 'region_admin' })).status).toBe(
        200,
      );
      expect((await send(t, admin, 'POST', `/api/users/${userId}/password-link`)).status).toBe(403);
    });

    it('lets a region admin change their own name only', async () => {
      const admin = await loginAs(t, { role: 'region_admin', regionCode: '35.73' });
      expect(
        (await send(t, admin, 'PATCH', `/api/users/${admin.userId}`, { name: 'Nama Saya' })).status,
      ).toBe(200);
      expect((await send(t, admin, 'POST', `/api/users/${admin.userId}/password-link`)).status).toBe(403);
    });
  });

  describe('moving a user to another region', () => {
    it('lets a system administrator move a user; their sessions and tokens end, both regions audit it', async () => {
      const viewer = await loginAs(t, { role: 'viewer', regionCode: '35.73' });
      const created = await send(t, viewer, 'POST', '/api/auth/tokens', { name: 'integrasi' });
      const bearer = { authorization: `Bearer ${(created.body as { token: string }).token}` };
      expect((await t.json('/api/auth/me', { headers: bearer })).status).toBe(200);

      const moved = await send(t, systemAdmin, 'PATCH', `/api/users/${viewer.userId}`, {
        regionCode: '35.14',
      });
      expect(moved.status).toBe(200);
      expect((moved.body as { regionCode: string }).regionCode).toBe('35.14');
      const me = await send(t, viewer, 'GET', '/api/auth/me');
      expect((me.body as { user: unknown }).user).toBeNull();
      expect((await t.json('/api/auth/me', { headers: bearer })).status).toBe(401);
      const audit = await send(t, systemAdmin, 'GET', `/api/audit?entityType=user&entityId=${viewer.userId}`);
      const entry = (audit.body as { items: Array<{ action: string; regionCodes: string[] }> }).items[0];
      expect(entry?.action).toBe('user.update');
      expect(entry?.regionCodes.sort()).toEqual(['35.14', '35.73']);
    });

    it('refuses a region administrator, and a region that does not suit the role', async () => {
      const admin = await loginAs(t, { role: 'region_admin', regionCode: '35.73' });
      const { userId } = await createTestUser(t, { role: 'viewer', regionCode: '35.73' });
      const refused = await send(t, admin, 'PATCH', `/api/users/${userId}`, { regionCode: '35.14' });
      expect(refused.status).toBe(403);
      expect((refused.body as { error: { details: { reason: string } } }).error.details.reason).toBe(
        'REGION_CHANGE',
      );
      const oversight = await createTestUser(t, { role: 'oversight', regionCode: '35' });
      const kota = await send(t, systemAdmin, 'PATCH', `/api/users/${oversight.userId}`, {
        regionCode: '35.73',
      });
      expect(kota.status).toBe(400);
      expect((kota.body as ErrorBody).error.field).toBe('regionCode');
    });
  });

  describe('password links', () => {
    it('voids the earlier unused link when a new one is issued', async () => {
      const admin = await loginAs(t, { role: 'region_admin', regionCode: '35.73' });
      const { userId, email } = await createTestUser(t, { role: 'viewer', regionCode: '35.73' });
      const first = tokenOf((await send(t, admin, 'POST', `/api/users/${userId}/password-link`)).body);
      const second = tokenOf((await send(t, admin, 'POST', `/api/users/${userId}/password-link`)).body);
      // The page of a link says whose password it sets; a voided link says nothing.
      const account = await send(t, null, 'GET', `/api/auth/password-reset?token=${second}`);
      expect(account.status).toBe(200);
      expect((account.body as { email: string }).email).toBe(email);
      expect((await send(t, null, 'GET', `/api/auth/password-reset?token=${first}`)).status).toBe(400);
      const old = await send(t, null, 'POST', '/api/auth/password-reset', {
        token: first,
        password: 'pelabuhan-laut-sunda-kelapa',
      });
      expect(old.status).toBe(400);
      expect((old.body as ErrorBody).error.code).toBe('TOKEN_INVALID');
      const latest = await send(t, null, 'POST', '/api/auth/password-reset', {
        token: second,
        password: 'pelabuhan-laut-sunda-kelapa',
      });
      expect(latest.status).toBe(200);
      expect((await login(t, email, 'pelabuhan-laut-sunda-kelapa')).status).toBe(200);
    });

    it('voids outstanding links when the user is disabled, and refuses new ones', async () => {
      const admin = await loginAs(t, { role: 'region_admin', regionCode: '35.73' });
      const { userId } = await createTestUser(t, { role: 'viewer', regionCode: '35.73' });
      const token = tokenOf((await send(t, admin, 'POST', `/api/users/${userId}/password-link`)).body);
      expect((await send(t, admin, 'PATCH', `/api/users/${userId}`, { disabled: true })).status).toBe(200);
      const used = await send(t, null, 'POST', '/api/auth/password-reset', {
        token,
        password: 'pelabuhan-laut-sunda-kelapa',
      });
      expect(used.status).toBe(400);
      const again = await send(t, admin, 'POST', `/api/users/${userId}/password-link`);
      expect(again.status).toBe(409);
      // Re-enabling does not revive the old link.
      expect((await send(t, admin, 'PATCH', `/api/users/${userId}`, { disabled: false })).status).toBe(200);
      expect(
        (
          await send(t, null, 'POST', '/api/auth/password-reset', {
            token,
            password: 'pelabuhan-laut-sunda-kelapa',
          })
        ).status,
      ).toBe(400);
    });

    it('refuses a reset for a user disabled behind the link’s back', async () => {
      const admin = await loginAs(t, { role: 'region_admin', regionCode: '35.73' });
      const { userId, email } = await createTestUser(t, { role: 'viewer', regionCode: '35.73' });
      const token = tokenOf((await send(t, admin, 'POST', `/api/users/${userId}/password-link`)).body);
      // Disabled directly in the database (e.g. by an older release): the link is still unused.
      await t.database.db.execute(sql`update users set disabled_at = now() where id = ${userId}`);
      const reset = await send(t, null, 'POST', '/api/auth/password-reset', {
        token,
        password: 'pelabuhan-laut-sunda-kelapa',
      });
      expect(reset.status).toBe(400);
      expect((reset.body as ErrorBody).error.code).toBe('TOKEN_INVALID');
      await t.database.db.execute(sql`update users set disabled_at = null where id = ${userId}`);
      expect((await login(t, email, 'pelabuhan-laut-sunda-kelapa')).status).toBe(401);
    });
  });

  describe('oversight and published records', () => {
    let publishedId: string;
    let privateId: string;
    beforeAll(async () => {
      const bekasi = await loginAs(t, { role: 'region_admin', regionCode: '32.75' });
      const make = async (published: boolean) => {
        const response = await send(t, bekasi, 'POST', '/api/agreements?force=true', {
          title: `Kesepakatan Bersama Bekasi Malang ${published ? 'terbuka' : 'tertutup'}`,
          kind: 'ksdd',
          documentType: 'kesepakatan_bersama',
          parties: [
            { kind: 'region', regionCode: '32.75' },
            { kind: 'region', regionCode: '35.73' },
          ],
          published,
        });
        expect(response.status).toBe(201);
        const created = response.body as { id: string; pendingChanges?: Array<{ id: string }> };
        if (published) await consentToPendingChanges(t, created, [malang]);
        return created.id;
      };
      const malang = await loginAs(t, { role: 'region_admin', regionCode: '35.73' });
      publishedId = await make(true);
      privateId = await make(false);
    });

    it('lets the oversight of province 15 and anonymous visitors read a published Bekasi record', async () => {
      const jambi = await loginAs(t, { role: 'oversight', regionCode: '15' });
      expect((await send(t, jambi, 'GET', `/api/agreements/${publishedId}`)).status).toBe(200);
      expect((await send(t, null, 'GET', `/api/agreements/${publishedId}`)).status).toBe(200);
      const listed = await send(t, jambi, 'GET', '/api/agreements?party=32.75&pageSize=100');
      const ids = (listed.body as { items: Array<{ id: string }> }).items.map((item) => item.id);
      expect(ids).toContain(publishedId);
      expect(ids).not.toContain(privateId);
    });

    it('hides an unpublished Bekasi record from both', async () => {
      const jambi = await loginAs(t, { role: 'oversight', regionCode: '15' });
      expect((await send(t, jambi, 'GET', `/api/agreements/${privateId}`)).status).toBe(404);
      expect((await send(t, null, 'GET', `/api/agreements/${privateId}`)).status).toBe(404);
    });

    it('lets the oversight of province 32 read the unpublished one (its jurisdiction)', async () => {
      const jabar = await loginAs(t, { role: 'oversight', regionCode: '32' });
      expect((await send(t, jabar, 'GET', `/api/agreements/${privateId}`)).status).toBe(200);
    });
  });
});
