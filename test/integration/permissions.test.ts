/**
 * The permission matrix: every API route x every role x (own region, partner region, unrelated
 * region) plus anonymous, checked against the policy module. A route without a row here fails the
 * test, so no route ships without an authorization rule and a check of it.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  can,
  hasPermission,
  roles,
  type Actor,
  type Permission,
  type Role,
} from '../../src/server/auth/policy.js';
import { routeAccess } from '../../src/server/http.js';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { createTestUser, login, send, type TestUser } from './support/factories.js';

/** Region A owns the records; B is its partner; C is unrelated. Oversight sits at their provinces. */
const regionA = '32.75';
const regionB = '35.73';
const regionC = '15.71';
const provinceOf: Record<string, string> = { [regionA]: '32', [regionB]: '35', [regionC]: '15' };
const relations = ['own', 'partner', 'unrelated'] as const;
type Relation = (typeof relations)[number];
const regionFor: Record<Relation, string> = { own: regionA, partner: regionB, unrelated: regionC };

type Cell = { actor: Actor; user: TestUser | null; role: Role | 'anonymous'; relation: Relation | null };
type Sample = {
  method: string;
  path: string;
  body?: unknown;
  /** The regions of the record the request touches (null: not region-scoped). */
  target: { regionCodes: string[]; published?: boolean } | null;
  /** Lists: a denied cell answers 200 with no items instead of 403/404. */
  list?: (body: unknown) => number;
  /** A multipart body (uploads), sent instead of JSON. */
  form?: () => FormData;
  /** The answer is not JSON (CSV, files): `list` then receives the text. */
  raw?: boolean;
};
type Row = { permission?: Permission; prepare: (t: TestApp, cell: Cell) => Promise<Sample> };

const unique = () => randomBytes(4).toString('hex');

async function makeOpd(t: TestApp, admin: TestUser, regionCode = regionA): Promise<string> {
  const response = await send(t, admin, 'POST', '/api/opds', { regionCode, name: `Dinas ${unique()}` });
  return (response.body as { id: string }).id;
}

/** An agreement between region A and its partner B, entered by A's administrator. */
async function makeAgreementAB(t: TestApp): Promise<string> {
  const response = await send(t, fixtures.adminA, 'POST', '/api/agreements?force=true', {
    title: `Kesepakatan Bersama ${unique()}`,
    kind: 'ksdd',
    documentType: 'kesepakatan_bersama',
    parties: [
      { kind: 'region', regionCode: regionA },
      { kind: 'region', regionCode: regionB },
    ],
    signingDate: '2024-08-07',
  });
  if (response.status !== 201)
    throw new Error(`fixture agreement: ${response.status} ${JSON.stringify(response.body)}`);
  return (response.body as { id: string }).id;
}

const minimalPdf =
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

function pdfForm(): FormData {
  const form = new FormData();
  form.set('file', new Blob([minimalPdf], { type: 'application/pdf' }), 'naskah.pdf');
  form.set('kind', 'signed');
  form.set('title', 'Naskah bertanda tangan');
  return form;
}

async function uploadPdf(t: TestApp, agreementId: string): Promise<{ documentId: string }> {
  const response = await t.json<{ id?: string; documentId?: string; document?: { id: string } }>(
    `/api/agreements/${agreementId}/documents`,
    { method: 'POST', headers: fixtures.adminA.headers, body: pdfForm() },
  );
  if (response.status !== 201)
    throw new Error(`fixture upload: ${response.status} ${JSON.stringify(response.body)}`);
  const body = response.body;
  return { documentId: body.document?.id ?? body.documentId ?? body.id ?? '' };
}

async function makeOrganization(t: TestApp): Promise<string> {
  const response = await send(t, fixtures.adminA, 'POST', '/api/organizations', {
    name: `Universitas ${unique()}`,
    kind: 'universitas',
  });
  return (response.body as { id: string }).id;
}

async function makeTerm(t: TestApp): Promise<string> {
  const response = await send(t, fixtures.adminA, 'POST', '/api/officials', {
    personName: `Pejabat ${unique()}`,
    office: 'wali_kota',
    actingKind: 'pj',
    regionCode: regionA,
    start: '2024-01-01',
  });
  return (response.body as { id: string }).id;
}

const agreementTarget = { regionCodes: [regionA, regionB] };

/** Sample requests per route; `ctx` holds fixtures made once per database. */
type Fixtures = { adminA: TestUser; systemAdmin: TestUser; opdForAudit: string };
let fixtures: Fixtures;

const rows: Record<string, Row> = {
  'GET /api/health': { prepare: async () => ({ method: 'GET', path: '/api/health', target: null }) },
  'GET /api/regions': {
    prepare: async () => ({ method: 'GET', path: '/api/regions?q=bekasi', target: null }),
  },
  'GET /api/regions/resolve': {
    prepare: async () => ({ method: 'GET', path: '/api/regions/resolve?text=Bekasi', target: null }),
  },
  'GET /api/regions/{code}': {
    prepare: async () => ({ method: 'GET', path: `/api/regions/${regionA}`, target: null }),
  },
  'GET /api/regions/{code}/geometry': {
    prepare: async () => ({ method: 'GET', path: `/api/regions/${regionA}/geometry`, target: null }),
  },
  'POST /api/auth/login': {
    prepare: async (t) => {
      const { email } = await createTestUser(t, { role: 'viewer', regionCode: regionA });
      return {
        method: 'POST',
        path: '/api/auth/login',
        body: { email, password: 'kerja-sama-daerah-2024!' },
        target: null,
      };
    },
  },
  'POST /api/auth/logout': {
    prepare: async () => ({ method: 'POST', path: '/api/auth/logout', target: null }),
  },
  'POST /api/auth/logout-all': {
    prepare: async () => ({ method: 'POST', path: '/api/auth/logout-all', target: null }),
  },
  'GET /api/auth/me': { prepare: async () => ({ method: 'GET', path: '/api/auth/me', target: null }) },
  'GET /api/auth/setup': { prepare: async () => ({ method: 'GET', path: '/api/auth/setup', target: null }) },
  'POST /api/auth/setup': {
    // Setup is done in this database: the allowed answer is 409, never 401/403.
    prepare: async () => ({
      method: 'POST',
      path: '/api/auth/setup',
      body: {
        token: 'x'.repeat(43),
        email: `${unique()}@x.go.id`,
        name: 'X',
        password: 'batas-wilayah-nusantara',
      },
      target: null,
    }),
  },
  'POST /api/auth/password': {
    prepare: async (_t, cell) => ({
      method: 'POST',
      path: '/api/auth/password',
      body: { currentPassword: 'kerja-sama-daerah-2024!', newPassword: `pelayanan-publik-${unique()}` },
      target: null,
      ...(cell.user ? {} : {}),
    }),
  },
  'POST /api/auth/password-reset': {
    prepare: async () => ({
      method: 'POST',
      path: '/api/auth/password-reset',
      body: { token: 'y'.repeat(43), password: 'batas-wilayah-nusantara' },
      target: null,
    }),
  },
  'GET /api/auth/sessions': {
    prepare: async () => ({ method: 'GET', path: '/api/auth/sessions', target: null }),
  },
  'DELETE /api/auth/sessions/{id}': {
    prepare: async (t, cell) => {
      if (!cell.user) return { method: 'DELETE', path: '/api/auth/sessions/0123456789abcdef', target: null };
      const other = await login(t, cell.user.email);
      const list = await send(t, other, 'GET', '/api/auth/sessions');
      const id = (list.body as { items: Array<{ id: string; current: boolean }> }).items.find(
        (s) => s.current,
      )!.id;
      return { method: 'DELETE', path: `/api/auth/sessions/${id}`, target: null };
    },
  },
  'GET /api/auth/tokens': {
    prepare: async () => ({ method: 'GET', path: '/api/auth/tokens', target: null }),
  },
  'POST /api/auth/tokens': {
    prepare: async () => ({
      method: 'POST',
      path: '/api/auth/tokens',
      body: { name: `t-${unique()}` },
      target: null,
    }),
  },
  'DELETE /api/auth/tokens/{id}': {
    prepare: async (t, cell) => {
      if (!cell.user)
        return { method: 'DELETE', path: `/api/auth/tokens/${crypto.randomUUID()}`, target: null };
      const created = await send(t, cell.user, 'POST', '/api/auth/tokens', { name: `t-${unique()}` });
      return {
        method: 'DELETE',
        path: `/api/auth/tokens/${(created.body as { id: string }).id}`,
        target: null,
      };
    },
  },
  'GET /api/users': {
    permission: 'user:read',
    prepare: async () => ({
      method: 'GET',
      path: `/api/users?regionCode=${regionA}&pageSize=100`,
      target: { regionCodes: [regionA] },
      list: (body) => (body as { items: unknown[] }).items.length,
    }),
  },
  'POST /api/users': {
    permission: 'user:manage',
    prepare: async () => ({
      method: 'POST',
      path: '/api/users',
      body: { email: `${unique()}@bekasikota.go.id`, name: 'Staf', role: 'viewer', regionCode: regionA },
      target: { regionCodes: [regionA] },
    }),
  },
  'GET /api/users/{id}': {
    permission: 'user:read',
    prepare: async (t) => {
      const { userId } = await createTestUser(t, { role: 'viewer', regionCode: regionA });
      return { method: 'GET', path: `/api/users/${userId}`, target: { regionCodes: [regionA] } };
    },
  },
  'PATCH /api/users/{id}': {
    permission: 'user:manage',
    prepare: async (t) => {
      const { userId } = await createTestUser(t, { role: 'viewer', regionCode: regionA });
      return {
        method: 'PATCH',
        path: `/api/users/${userId}`,
        body: { name: 'Nama Baru' },
        target: { regionCodes: [regionA] },
      };
    },
  },
  'POST /api/users/{id}/password-link': {
    permission: 'user:manage',
    prepare: async (t) => {
      const { userId } = await createTestUser(t, { role: 'viewer', regionCode: regionA });
      return {
        method: 'POST',
        path: `/api/users/${userId}/password-link`,
        target: { regionCodes: [regionA] },
      };
    },
  },
  'GET /api/opds': {
    permission: 'opd:read',
    prepare: async () => ({
      method: 'GET',
      path: `/api/opds?regionCode=${regionA}`,
      target: { regionCodes: [regionA] },
      list: (body) => (body as { items: unknown[] }).items.length,
    }),
  },
  'POST /api/opds': {
    permission: 'opd:manage',
    prepare: async () => ({
      method: 'POST',
      path: '/api/opds',
      body: { regionCode: regionA, name: `Dinas ${unique()}` },
      target: { regionCodes: [regionA] },
    }),
  },
  'PATCH /api/opds/{id}': {
    permission: 'opd:manage',
    prepare: async (t) => ({
      method: 'PATCH',
      path: `/api/opds/${await makeOpd(t, fixtures.adminA)}`,
      body: { abbreviation: 'DX' },
      target: { regionCodes: [regionA] },
    }),
  },
  'DELETE /api/opds/{id}': {
    permission: 'opd:manage',
    prepare: async (t) => ({
      method: 'DELETE',
      path: `/api/opds/${await makeOpd(t, fixtures.adminA)}`,
      target: { regionCodes: [regionA] },
    }),
  },
  'POST /api/extract': {
    permission: 'ingest:extract',
    prepare: async () => ({
      method: 'POST',
      path: '/api/extract',
      body: { text: 'Pemkot Bekasi dan Pemkot Malang menandatangani kesepakatan bersama, Rabu (7/8/2024).' },
      target: null,
    }),
  },
  'GET /api/agreements': {
    permission: 'agreement:read',
    prepare: async (t) => {
      await makeAgreementAB(t);
      return {
        method: 'GET',
        path: `/api/agreements?party=${regionA}&partner=${regionB}`,
        target: agreementTarget,
        list: (body) => (body as { items: unknown[] }).items.length,
      };
    },
  },
  'GET /api/agreements/export.csv': {
    permission: 'agreement:read',
    prepare: async (t) => {
      await makeAgreementAB(t);
      return {
        method: 'GET',
        path: `/api/agreements/export.csv?party=${regionA}&partner=${regionB}`,
        target: agreementTarget,
        raw: true,
        list: (text) => String(text).trim().split('\n').length - 1,
      };
    },
  },
  'GET /api/agreements/duplicates': {
    prepare: async () => ({
      method: 'GET',
      path: `/api/agreements/duplicates?kind=ksdd&documentType=kesepakatan_bersama&parties=${regionA},${regionB}&signingDate=2024-08-07&title=Kesepakatan`,
      target: null,
    }),
  },
  'POST /api/agreements': {
    prepare: async () => ({
      method: 'POST',
      path: '/api/agreements?force=true',
      body: {
        title: `Kesepakatan Bersama ${unique()}`,
        kind: 'ksdd',
        documentType: 'kesepakatan_bersama',
        parties: [
          { kind: 'region', regionCode: regionA },
          { kind: 'region', regionCode: regionB },
        ],
      },
      target: agreementTarget,
    }),
  },
  'GET /api/agreements/{id}': {
    permission: 'agreement:read',
    prepare: async (t) => ({
      method: 'GET',
      path: `/api/agreements/${await makeAgreementAB(t)}`,
      target: agreementTarget,
    }),
  },
  'PATCH /api/agreements/{id}': {
    prepare: async (t) => ({
      method: 'PATCH',
      path: `/api/agreements/${await makeAgreementAB(t)}`,
      body: { version: 1, notes: 'Catatan baru' },
      target: agreementTarget,
    }),
  },
  'DELETE /api/agreements/{id}': {
    prepare: async (t) => ({
      method: 'DELETE',
      path: `/api/agreements/${await makeAgreementAB(t)}`,
      target: agreementTarget,
    }),
  },
  'POST /api/agreements/{id}/restore': {
    prepare: async (t) => {
      const id = await makeAgreementAB(t);
      await send(t, fixtures.adminA, 'DELETE', `/api/agreements/${id}`);
      return { method: 'POST', path: `/api/agreements/${id}/restore`, target: agreementTarget };
    },
  },
  'POST /api/agreements/{id}/transitions': {
    prepare: async (t) => ({
      method: 'POST',
      path: `/api/agreements/${await makeAgreementAB(t)}/transitions`,
      body: { toStage: 'penawaran', date: '2024-08-08', note: 'Surat penawaran' },
      target: agreementTarget,
    }),
  },
  'POST /api/agreements/{id}/confirm': {
    prepare: async (t) => ({
      method: 'POST',
      path: `/api/agreements/${await makeAgreementAB(t)}/confirm`,
      target: agreementTarget,
    }),
  },
  'POST /api/agreements/{id}/documents': {
    prepare: async (t) => ({
      method: 'POST',
      path: `/api/agreements/${await makeAgreementAB(t)}/documents`,
      form: pdfForm,
      target: agreementTarget,
    }),
  },
  'GET /api/agreements/{id}/documents': {
    permission: 'document:read',
    prepare: async (t) => ({
      method: 'GET',
      path: `/api/agreements/${await makeAgreementAB(t)}/documents`,
      target: agreementTarget,
    }),
  },
  'GET /api/agreements/{id}/documents/{documentId}/versions/{version}/file': {
    permission: 'document:read',
    prepare: async (t) => {
      const id = await makeAgreementAB(t);
      const { documentId } = await uploadPdf(t, id);
      return {
        method: 'GET',
        path: `/api/agreements/${id}/documents/${documentId}/versions/1/file`,
        target: agreementTarget,
        raw: true,
      };
    },
  },
  'GET /api/settings/agreement-rules': {
    prepare: async () => ({ method: 'GET', path: '/api/settings/agreement-rules', target: null }),
  },
  'PUT /api/settings/agreement-rules': {
    prepare: async () => ({ method: 'PUT', path: '/api/settings/agreement-rules', body: {}, target: null }),
  },
  'GET /api/organizations': {
    prepare: async () => ({ method: 'GET', path: '/api/organizations?q=universitas', target: null }),
  },
  'POST /api/organizations': {
    prepare: async () => ({
      method: 'POST',
      path: '/api/organizations',
      body: { name: `Universitas ${unique()}`, kind: 'universitas' },
      target: null,
    }),
  },
  'GET /api/organizations/{id}': {
    prepare: async (t) => ({
      method: 'GET',
      path: `/api/organizations/${await makeOrganization(t)}`,
      target: null,
    }),
  },
  'PATCH /api/organizations/{id}': {
    prepare: async (t) => ({
      method: 'PATCH',
      path: `/api/organizations/${await makeOrganization(t)}`,
      body: { name: `Universitas Negeri ${unique()}` },
      target: null,
    }),
  },
  'GET /api/officials': {
    prepare: async () => ({ method: 'GET', path: `/api/officials?regionCode=${regionA}`, target: null }),
  },
  'POST /api/officials': {
    prepare: async () => ({
      method: 'POST',
      path: '/api/officials',
      body: { personName: `Pejabat ${unique()}`, office: 'bupati', regionCode: regionA, start: '2024-01-01' },
      target: { regionCodes: [regionA] },
    }),
  },
  'PATCH /api/officials/{id}': {
    prepare: async (t) => ({
      method: 'PATCH',
      path: `/api/officials/${await makeTerm(t)}`,
      body: { end: '2025-01-01' },
      target: { regionCodes: [regionA] },
    }),
  },
  'DELETE /api/officials/{id}': {
    prepare: async (t) => ({
      method: 'DELETE',
      path: `/api/officials/${await makeTerm(t)}`,
      target: { regionCodes: [regionA] },
    }),
  },
  'POST /api/ingest': {
    permission: 'ingest:save',
    prepare: async (t) => ({
      method: 'POST',
      path: '/api/ingest',
      body: {
        source: { text: 'Berita kerja sama.' },
        target: { kind: 'existing_agreement', agreementId: await makeAgreementAB(t) },
      },
      target: { regionCodes: [regionA, regionB] },
    }),
  },
  'GET /api/ingest/matches': {
    permission: 'agreement:read',
    prepare: async (t) => {
      await makeAgreementAB(t);
      return {
        method: 'GET',
        path: `/api/ingest/matches?parties=${regionA},${regionB}&date=2024-08-07`,
        target: { regionCodes: [regionA, regionB] },
        list: (body) => (body as { items: unknown[] }).items.length,
      };
    },
  },
  'GET /api/agreements/{id}/sources': {
    permission: 'agreement:read',
    prepare: async (t) => ({
      method: 'GET',
      path: `/api/agreements/${await makeAgreementAB(t)}/sources`,
      target: { regionCodes: [regionA, regionB] },
    }),
  },
  'GET /api/audit': {
    permission: 'audit:read',
    prepare: async () => ({
      method: 'GET',
      path: `/api/audit?entityType=opd&entityId=${fixtures.opdForAudit}`,
      target: { regionCodes: [regionA] },
      list: (body) => (body as { items: unknown[] }).items.length,
    }),
  },
};

/** Routes whose cells need a user of their own (they end sessions or change the password). */
const needsOwnUser = new Set([
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'POST /api/auth/logout-all',
  'POST /api/auth/password',
]);

function expected(row: Row, routeKey: string, cell: Cell, sample: Sample): boolean {
  const access = routeAccess.get(routeKey)!;
  if (access === 'authenticated' && cell.actor.kind === 'anonymous') return false;
  if (typeof access === 'object' && !hasPermission(cell.actor, access.permission)) return false;
  const permission = row.permission ?? (typeof access === 'object' ? access.permission : undefined);
  if (!permission || !sample.target) return true;
  return can(cell.actor, permission, sample.target);
}

describe.each(databaseKinds)('permission matrix on %s', (kind) => {
  let t: TestApp;
  const cells: Cell[] = [];

  beforeAll(async () => {
    t = await createTestApp(kind);
    const makeCell = async (
      role: Role,
      relation: Relation | null,
      regionCode: string | null,
    ): Promise<Cell> => {
      const { email } = await createTestUser(t, { role, regionCode });
      const user = await login(t, email);
      const me = await send(t, user, 'GET', '/api/auth/me');
      const u = (
        me.body as {
          user: {
            id: string;
            name: string;
            email: string;
            regionCode: string | null;
            opdId: string | null;
            oversightScope: 'province' | 'national' | null;
          };
        }
      ).user;
      return {
        role,
        relation,
        user,
        actor: { kind: 'user', ...u, role, via: 'session', tokenPermissions: null },
      };
    };
    cells.push({ actor: { kind: 'anonymous' }, user: null, role: 'anonymous', relation: null });
    for (const role of roles) {
      if (role === 'system_admin') {
        cells.push(await makeCell(role, null, null));
        continue;
      }
      for (const relation of relations) {
        const region = role === 'oversight' ? provinceOf[regionFor[relation]]! : regionFor[relation];
        cells.push(await makeCell(role, relation, region));
      }
    }
    const adminA = cells.find((c) => c.role === 'region_admin' && c.relation === 'own')!.user!;
    const systemAdmin = cells.find((c) => c.role === 'system_admin')!.user!;
    fixtures = { adminA, systemAdmin, opdForAudit: await makeOpd(t, adminA) };
  });
  afterAll(async () => {
    await t?.close();
  });

  it('has a matrix row for every route of the OpenAPI document', async () => {
    const doc = await t.json<{ paths: Record<string, Record<string, unknown>> }>('/api/openapi.json');
    const documented = Object.entries(doc.body.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.length).toBeGreaterThan(10);
    for (const key of documented) {
      expect(routeAccess.has(key), `${key} declares its access`).toBe(true);
      expect(rows[key], `${key} has a row in the permission matrix`).toBeDefined();
    }
  });

  it('answers every cell as the policy says', async () => {
    const failures: string[] = [];
    for (const [routeKey, row] of Object.entries(rows)) {
      if (!routeAccess.has(routeKey)) continue;
      for (const base of cells) {
        let cell = base;
        if (needsOwnUser.has(routeKey) && base.user) {
          const { email } = await createTestUser(t, {
            role: base.role as Role,
            regionCode: base.actor.kind === 'user' ? base.actor.regionCode : null,
          });
          cell = { ...base, user: await login(t, email) };
        }
        const sample = await row.prepare(t, cell);
        const response = sample.form
          ? await t.json(sample.path, {
              method: sample.method,
              headers: cell.user?.headers ?? {},
              body: sample.form(),
            })
          : sample.raw
            ? await t
                .request(sample.path, { method: sample.method, headers: cell.user?.headers ?? {} })
                .then(async (r) => ({
                  status: r.status,
                  body: r.status === 200 ? await r.text() : null,
                }))
            : await send(t, cell.user, sample.method, sample.path, sample.body);
        const allowed = expected(row, routeKey, cell, sample);
        const label = `${routeKey} as ${cell.role}${cell.relation ? ` (${cell.relation})` : ''}: ${response.status}`;
        if (allowed) {
          if ([401, 403, 404].includes(response.status) || response.status >= 500)
            failures.push(`${label}, expected allowed`);
          else if (sample.list && sample.list(response.body) === 0) failures.push(`${label}, expected items`);
        } else if (sample.list && response.status === 200) {
          if (sample.list(response.body) !== 0) failures.push(`${label}, expected no items`);
        } else if (![401, 403, 404].includes(response.status)) {
          failures.push(`${label}, expected refused`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
