/**
 * The permission matrix: every route the app registers x every role x (own region, partner region,
 * unrelated region; for OPD officers also another OPD of the own region; ministry oversight) plus
 * anonymous, checked against the policy module. An allowed cell must answer the route's success
 * status, or the business answer its row states; a refused cell exactly what the policy implies:
 * 401 anonymous, 404 for a record the actor may not see (its existence stays hidden), 403 otherwise.
 * A route without a row here fails the test, so no route ships without a rule and a check of it.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  can,
  canManageUser,
  canOversee,
  hasPermission,
  roles,
  type Actor,
  type Permission,
  type Role,
  type Target,
} from '../../src/server/auth/policy.js';
import { notifications } from '../../src/server/db/schema/index.js';
import { evaluationFormsOf } from '../../src/server/auth/record-access.js';
import type { EvaluatorRole } from '../../src/domain/monitoring/evaluation.js';
import { documentOwnedByPartner } from '../../src/domain/records/document-ownership.js';
import { todayIso } from '../../src/server/features/agreements/rules.service.js';
import { routeAccess } from '../../src/server/http.js';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import { createTestUser, login, send, type TestUser } from './support/factories.js';

/** Region A owns the records; B is its partner; C is unrelated. Oversight sits at their provinces. */
const regionA = '32.75';
const regionB = '35.73';
const regionC = '15.71';
/** The published record's second party: outside every list filter of the matrix (party A, partner B). */
const regionD = '35.14';
const provinceOf: Record<string, string> = { [regionA]: '32', [regionB]: '35', [regionC]: '15' };
const relations = ['own', 'partner', 'unrelated'] as const;
type Relation = (typeof relations)[number];
const regionFor: Record<Relation, string> = { own: regionA, partner: regionB, unrelated: regionC };

type Cell = {
  actor: Actor;
  user: TestUser | null;
  role: Role | 'anonymous';
  relation: Relation | 'own-other-opd' | 'national' | null;
};
type Sample = {
  method: string;
  path: string;
  body?: unknown;
  /** The record the request touches, as the policy sees it (null: not region-scoped). */
  target: Target | null;
  /** Lists: a denied cell answers 200 with no items instead of 403/404. */
  list?: (body: unknown) => number;
  /** A multipart body (uploads), sent instead of JSON. */
  form?: () => FormData;
  /** The answer is not JSON (CSV, files, HTML): `list` then receives the text. */
  raw?: boolean;
};
type Row = {
  permission?: Permission;
  /**
   * For a record: the read permission whose absence hides it. A refused cell answers 404 when the
   * actor may not read the record, else 403.
   */
  hiddenBy?: Permission;
  /** The success status of an allowed cell when not the method's usual one (POST 201, else 200). */
  status?: number;
  /**
   * Where an allowed cell gets a 4xx as the business answer (not a denial), stated per cell with
   * its error code, so that no refusal hides behind an unrelated 4xx.
   */
  business?: (cell: Cell) => { status: number; code: string } | undefined;
  /** A rule the service applies beyond `can` (user accounts: canManageUser). */
  allows?: (actor: Actor) => boolean;
  /** A plain Hono route (not defineRoute, so not in routeAccess): public, by this declaration. */
  plain?: 'public';
  prepare: (t: TestApp, cell: Cell) => Promise<Sample>;
};

const unique = () => randomBytes(4).toString('hex');

/** A notification of the user, inserted directly (the sweep is tested in notifications.test.ts). */
async function ownNotification(t: TestApp, userId: string): Promise<string> {
  const [row] = await t.database.db
    .insert(notifications)
    .values({ userId, kind: 'action_due', recordType: 'action', recordId: randomUUID(), dueKey: unique() })
    .returning({ id: notifications.id });
  return row!.id;
}

async function makeOpd(t: TestApp, admin: TestUser, regionCode = regionA): Promise<string> {
  const response = await send(t, admin, 'POST', '/api/opds', { regionCode, name: `Dinas ${unique()}` });
  if (response.status !== 201)
    throw new Error(`fixture OPD: ${response.status} ${JSON.stringify(response.body)}`);
  return (response.body as { id: string }).id;
}

async function makeAgreement(t: TestApp, partner: string, published: boolean): Promise<string> {
  const response = await send(t, fixtures.adminA, 'POST', '/api/agreements?force=true', {
    title: `Kesepakatan Bersama ${unique()}`,
    kind: 'ksdd',
    documentType: 'kesepakatan_bersama',
    parties: [
      { kind: 'region', regionCode: regionA },
      { kind: 'region', regionCode: partner },
    ],
    signingDate: '2024-08-07',
    // A proposal: the matrix sends it its first step (penawaran).
    entryStage: 'persiapan',
    responsibleOpdIds: [fixtures.opdA],
    published,
  });
  if (response.status !== 201)
    throw new Error(`fixture agreement: ${response.status} ${JSON.stringify(response.body)}`);
  const created = response.body as { id: string; pendingChanges: Array<{ id: string }> };
  // Publishing a shared record waits for the partner's consent (decision 009): D consents.
  if (published) {
    const path = `/api/agreements/${created.id}/pending-changes/${created.pendingChanges[0]?.id}/confirm`;
    const consent = await send(t, fixtures.adminD, 'POST', path);
    if (consent.status !== 200) throw new Error(`fixture consent: ${consent.status}`);
  }
  return created.id;
}

/**
 * A pending change of an A-B agreement awaiting both A and B: publishing, proposed by a system
 * administrator (who belongs to no party, so every party must consent).
 */
async function pendingChangeSample(t: TestApp, action: 'confirm' | 'reject'): Promise<Sample> {
  const id = await makeAgreementAB(t);
  const proposed = await send(t, fixtures.systemAdmin, 'PATCH', `/api/agreements/${id}`, {
    version: 1,
    published: true,
  });
  const change = (proposed.body as { pendingChanges: Array<{ id: string }> }).pendingChanges[0];
  if (!change) throw new Error(`fixture pending change: ${proposed.status} ${JSON.stringify(proposed.body)}`);
  return {
    method: 'POST',
    path: `/api/agreements/${id}/pending-changes/${change.id}/${action}`,
    target: agreementTarget(),
  };
}

/** An agreement between region A and its partner B, entered by A's administrator, A's OPD responsible. */
const makeAgreementAB = (t: TestApp) => makeAgreement(t, regionB, false);
/** A published agreement of A and D (B and C are not parties). */
const makePublishedAD = (t: TestApp) => makeAgreement(t, regionD, true);

const agreementTarget = (): Target => ({
  regionCodes: [regionA, regionB],
  opdIds: [fixtures.opdA],
  stage: 'persiapan',
});
const publishedTarget = (): Target => ({
  regionCodes: [regionA, regionD],
  opdIds: [fixtures.opdA],
  stage: 'persiapan',
  published: true,
});

/** A follow-up action of the A-B agreement, owned by A's OPD (the own-OPD officer's). */
async function makeAction(t: TestApp): Promise<string> {
  const response = await send(t, fixtures.adminA, 'POST', '/api/actions', {
    parentType: 'agreement',
    parentId: await makeAgreementAB(t),
    title: `Tindak lanjut ${unique()}`,
    opdId: fixtures.opdA,
  });
  if (response.status !== 201)
    throw new Error(`fixture action: ${response.status} ${JSON.stringify(response.body)}`);
  return (response.body as { id: string }).id;
}

/** An action's tenancy: its agreement's parties, unpublished, A's OPD responsible (no stage). */
const actionTarget = (): Target => ({
  regionCodes: [regionA, regionB],
  opdIds: [fixtures.opdA],
  published: false,
});

/** A visit of region A's delegation to its partner B (unpublished), or to D (published), entered by A. */
async function makeVisit(t: TestApp, published = false): Promise<string> {
  const response = await send(t, fixtures.adminA, 'POST', '/api/visits', {
    title: `Kunjungan kerja ${unique()}`,
    hostRegionCode: published ? regionD : regionB,
    visitors: [{ regionCode: regionA, institution: 'pemda' }],
    startDate: '2025-01-16',
    goodPractices: [{ topic: 'Pengelolaan pajak daerah' }],
    published,
  });
  if (response.status !== 201)
    throw new Error(`fixture visit: ${response.status} ${JSON.stringify(response.body)}`);
  return published ? consentOfD(t, '/api/visits', response.body) : (response.body as { id: string }).id;
}

/** Publishing a record shared with D waits for D's consent (decision 009): D consents. */
async function consentOfD(t: TestApp, basePath: string, created: unknown): Promise<string> {
  const { id, pendingChanges } = created as { id: string; pendingChanges: Array<{ id: string }> };
  const path = `${basePath}/${id}/pending-changes/${pendingChanges[0]?.id}/confirm`;
  const consent = await send(t, fixtures.adminD, 'POST', path);
  if (consent.status !== 200) throw new Error(`fixture consent: ${consent.status}`);
  return id;
}

/**
 * A pending change of an A-B record awaiting both A and B: its deletion, proposed by a system
 * administrator (who belongs to no party, so every party must consent).
 */
async function recordPendingChangeSample(
  t: TestApp,
  basePath: string,
  makeRecord: (t: TestApp) => Promise<string>,
  target: Target,
  action: 'confirm' | 'reject',
): Promise<Sample> {
  const id = await makeRecord(t);
  const proposed = await send(t, fixtures.systemAdmin, 'DELETE', `${basePath}/${id}`);
  const change = (proposed.body as { pendingChange?: { id: string } }).pendingChange;
  if (!change) throw new Error(`fixture pending change: ${proposed.status} ${JSON.stringify(proposed.body)}`);
  return { method: 'POST', path: `${basePath}/${id}/pending-changes/${change.id}/${action}`, target };
}

/**
 * The rows of a record type's confirm and reject routes. A system administrator may update the record
 * but belongs to no party region, so no consent of theirs is awaited: 403 FORBIDDEN from the service.
 */
function pendingChangeRows(
  basePath: string,
  makeRecord: (t: TestApp) => Promise<string>,
  target: () => Target,
): Record<string, Row> {
  return Object.fromEntries(
    (['confirm', 'reject'] as const).map((action) => [
      `POST ${basePath}/{id}/pending-changes/{changeId}/${action}`,
      {
        hiddenBy: 'record:read',
        status: 200,
        business: (cell: Cell) =>
          cell.role === 'system_admin' ? { status: 403, code: 'FORBIDDEN' } : undefined,
        prepare: (t: TestApp) => recordPendingChangeSample(t, basePath, makeRecord, target(), action),
      } satisfies Row,
    ]),
  );
}
const visitTarget = (): Target => ({ regionCodes: [regionA, regionB] });
const publishedVisitTarget = (): Target => ({ regionCodes: [regionA, regionD], published: true });
/** Linking a visit A-B and an agreement A-B: read on both, update on one (the visit, or the agreement). */
const mayLinkVisitAndAgreement = (actor: Actor) =>
  can(actor, 'record:update', visitTarget()) || can(actor, 'agreement:update', agreementTarget());

async function makeLink(t: TestApp): Promise<string> {
  const response = await send(t, fixtures.adminA, 'POST', '/api/links', {
    fromType: 'visit',
    fromId: await makeVisit(t),
    toType: 'agreement',
    toId: await makeAgreementAB(t),
  });
  if (response.status !== 201)
    throw new Error(`fixture link: ${response.status} ${JSON.stringify(response.body)}`);
  return (response.body as { id: string }).id;
}

/** A period of the sample agreements (signed 2024-08-07, no end of validity). */
const evaluationPeriod = '2025-S1';

/** Whether the actor may write an evaluator's form on an A-B agreement (record-access.ts). */
const mayWriteEvaluation = (form: EvaluatorRole) => (actor: Actor) =>
  evaluationFormsOf(actor, {
    partyRegionCodes: [regionA, regionB],
    published: false,
    stage: 'persiapan',
    responsibleOpdIds: [fixtures.opdA],
  }).includes(form);

/** One A-B agreement per database for the read rows of evaluations, with an evaluation. */
const evaluationAgreements = new WeakMap<TestApp, Promise<string>>();
function sharedEvaluationAgreement(t: TestApp): Promise<string> {
  let id = evaluationAgreements.get(t);
  if (!id) {
    id = makeEvaluation(t).then(async (evaluationId) => {
      const response = await send(t, fixtures.adminA, 'GET', `/api/evaluations/${evaluationId}`);
      return (response.body as { agreementId: string }).agreementId;
    });
    evaluationAgreements.set(t, id);
  }
  return id;
}

/** An evaluation by the implementing OPD's form, entered by A's administrator on a new A-B agreement. */
async function makeEvaluation(t: TestApp): Promise<string> {
  const agreementId = await makeAgreementAB(t);
  const response = await send(t, fixtures.adminA, 'POST', `/api/agreements/${agreementId}/evaluations`, {
    period: evaluationPeriod,
    evaluatorRole: 'opd_pelaksana',
    indicators: [{ name: 'Peserta', unit: 'orang', target: 10, actual: 8 }],
  });
  if (response.status !== 201)
    throw new Error(`fixture evaluation: ${response.status} ${JSON.stringify(response.body)}`);
  return (response.body as { id: string }).id;
}

/** A meeting of region A with its partner (or D when published), entered by A's administrator. */
async function makeMeeting(t: TestApp, published = false): Promise<string> {
  const response = await send(t, fixtures.adminA, 'POST', '/api/meetings', meetingBody(published));
  if (response.status !== 201)
    throw new Error(`fixture meeting: ${response.status} ${JSON.stringify(response.body)}`);
  return published ? consentOfD(t, '/api/meetings', response.body) : (response.body as { id: string }).id;
}

function meetingBody(published = false) {
  return {
    title: `Audiensi ${unique()}`,
    kind: 'audiensi',
    hostRegionCode: regionA,
    participants: [{ regionCode: regionA }, { regionCode: published ? regionD : regionB }],
    decisions: [{ text: 'Membentuk tim kecil' }],
    published,
  };
}

const meetingTarget = (): Target => ({ regionCodes: [regionA, regionB], published: false });
const publishedMeetingTarget = (): Target => ({ regionCodes: [regionA, regionD], published: true });

/** The user rows act on a viewer of region A: who may manage that account. */
const manageViewerOfA = (actor: Actor) =>
  canManageUser(actor, { id: 'sample', role: 'viewer', regionCode: regionA });

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

/** A program funded by region A for its partner B (unpublished), entered by A's administrator. */
async function makeProgramAB(t: TestApp): Promise<string> {
  const response = await send(t, fixtures.adminA, 'POST', '/api/programs', programBody());
  if (response.status !== 201)
    throw new Error(`fixture program: ${response.status} ${JSON.stringify(response.body)}`);
  return (response.body as { id: string }).id;
}
const programBody = () => ({
  title: `Bantuan keuangan ${unique()}`,
  kind: 'bantuan_keuangan',
  funderRegionCode: regionA,
  recipientRegionCode: regionB,
  budgets: [{ year: 2025, budget: 1_000_000, realisation: 250_000 }],
});
const programTarget = (): Target => ({ regionCodes: [regionA, regionB] });

/** An evidence file (a report, minutes, a photo ...) of a visit, meeting, action or program. */
function evidenceForm(): FormData {
  const form = new FormData();
  form.set('file', new Blob([minimalPdf], { type: 'application/pdf' }), 'bukti.pdf');
  form.set('kind', 'bukti');
  form.set('title', 'Bukti pelaksanaan');
  return form;
}

/**
 * The document rows of a record type other than agreements: reading follows the record's
 * visibility (404 when hidden); uploading and deleting need `change` on it (record:update, or
 * action:report for an action's OPD) besides document:upload, 403 on a visible record.
 */
/**
 * Region A's administrator adds the documents of the rows below, to records where A is a party: only
 * A's users delete them (decision 009); a partner or a system administrator is refused.
 */
const deletesDocumentOfA = (actor: Actor) =>
  !documentOwnedByPartner(actor.kind === 'user' ? actor.regionCode : null, regionA, [regionA]);

function recordDocumentRows(
  segment: string,
  makeRecord: (t: TestApp) => Promise<string>,
  target: () => Target,
  change: Permission,
): Record<string, Row> {
  const withDocument = async (t: TestApp) => {
    const id = await makeRecord(t);
    const uploaded = await t.json<{ id: string }>(`/api/${segment}/${id}/documents`, {
      method: 'POST',
      headers: fixtures.adminA.headers,
      body: evidenceForm(),
    });
    if (uploaded.status !== 201)
      throw new Error(`fixture evidence: ${uploaded.status} ${JSON.stringify(uploaded.body)}`);
    return { id, documentId: uploaded.body.id };
  };
  return {
    [`POST /api/${segment}/{id}/documents`]: {
      permission: change,
      hiddenBy: 'record:read',
      prepare: async (t) => ({
        method: 'POST',
        path: `/api/${segment}/${await makeRecord(t)}/documents`,
        form: evidenceForm,
        target: target(),
      }),
    },
    [`GET /api/${segment}/{id}/documents`]: {
      permission: 'record:read',
      hiddenBy: 'record:read',
      prepare: async (t) => ({
        method: 'GET',
        path: `/api/${segment}/${await makeRecord(t)}/documents`,
        target: target(),
      }),
    },
    [`GET /api/${segment}/{id}/documents/{documentId}/versions/{version}/file`]: {
      permission: 'record:read',
      hiddenBy: 'record:read',
      prepare: async (t) => {
        const { id, documentId } = await withDocument(t);
        return {
          method: 'GET',
          path: `/api/${segment}/${id}/documents/${documentId}/versions/1/file`,
          target: target(),
          raw: true,
        };
      },
    },
    [`DELETE /api/${segment}/{id}/documents/{documentId}`]: {
      permission: change,
      hiddenBy: 'record:read',
      allows: deletesDocumentOfA,
      prepare: async (t) => {
        const { id, documentId } = await withDocument(t);
        return { method: 'DELETE', path: `/api/${segment}/${id}/documents/${documentId}`, target: target() };
      },
    },
  };
}

/** Fixtures made once per database: region A's admin, the OPD of the cells, an OPD with history. */
type Fixtures = {
  adminA: TestUser;
  /** Region D's administrator: consents to publishing the A-D record. */
  adminD: TestUser;
  systemAdmin: TestUser;
  opdForAudit: string;
  /** The OPD responsible for the sample agreements, and the own-OPD officer's. */
  opdA: string;
  /** Another OPD of region A. */
  opdOtherA: string;
  opdByRegion: Record<string, string>;
};
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
    status: 200,
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
    status: 200,
    prepare: async () => ({ method: 'POST', path: '/api/auth/logout', target: null }),
  },
  'POST /api/auth/logout-all': {
    status: 200,
    prepare: async () => ({ method: 'POST', path: '/api/auth/logout-all', target: null }),
  },
  'GET /api/auth/me': { prepare: async () => ({ method: 'GET', path: '/api/auth/me', target: null }) },
  'GET /api/auth/setup': { prepare: async () => ({ method: 'GET', path: '/api/auth/setup', target: null }) },
  'POST /api/auth/setup': {
    // Setup is done in this database: the allowed answer is 409 SETUP_DONE, never 401/403.
    business: () => ({ status: 409, code: 'SETUP_DONE' }),
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
    status: 200,
    prepare: async () => ({
      method: 'POST',
      path: '/api/auth/password',
      body: { currentPassword: 'kerja-sama-daerah-2024!', newPassword: `pelayanan-publik-${unique()}` },
      target: null,
    }),
  },
  'GET /api/auth/password-reset': {
    // The sample token is unknown: the public route answers 400 TOKEN_INVALID to everyone.
    business: () => ({ status: 400, code: 'TOKEN_INVALID' }),
    prepare: async () => ({
      method: 'GET',
      path: `/api/auth/password-reset?token=${'y'.repeat(43)}`,
      target: null,
    }),
  },
  'POST /api/auth/password-reset': {
    // The sample token is unknown: the public route answers 400 TOKEN_INVALID to everyone.
    business: () => ({ status: 400, code: 'TOKEN_INVALID' }),
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
    hiddenBy: 'user:read',
    prepare: async (t) => {
      const { userId } = await createTestUser(t, { role: 'viewer', regionCode: regionA });
      return { method: 'GET', path: `/api/users/${userId}`, target: { regionCodes: [regionA] } };
    },
  },
  'PATCH /api/users/{id}': {
    permission: 'user:manage',
    hiddenBy: 'user:read',
    allows: manageViewerOfA,
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
    hiddenBy: 'user:read',
    allows: manageViewerOfA,
    prepare: async (t) => {
      const { userId } = await createTestUser(t, { role: 'viewer', regionCode: regionA });
      return {
        method: 'POST',
        path: `/api/users/${userId}/password-link`,
        target: { regionCodes: [regionA] },
      };
    },
  },
  'DELETE /api/users/{id}/sessions': {
    permission: 'user:manage',
    hiddenBy: 'user:read',
    allows: manageViewerOfA,
    prepare: async (t) => {
      const { userId } = await createTestUser(t, { role: 'viewer', regionCode: regionA });
      return { method: 'DELETE', path: `/api/users/${userId}/sessions`, target: { regionCodes: [regionA] } };
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
    hiddenBy: 'opd:read',
    prepare: async (t) => ({
      method: 'PATCH',
      path: `/api/opds/${await makeOpd(t, fixtures.adminA)}`,
      body: { abbreviation: 'DX' },
      target: { regionCodes: [regionA] },
    }),
  },
  'DELETE /api/opds/{id}': {
    permission: 'opd:manage',
    hiddenBy: 'opd:read',
    prepare: async (t) => ({
      method: 'DELETE',
      path: `/api/opds/${await makeOpd(t, fixtures.adminA)}`,
      target: { regionCodes: [regionA] },
    }),
  },
  'POST /api/extract': {
    permission: 'ingest:extract',
    status: 200,
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
        target: agreementTarget(),
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
        target: agreementTarget(),
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
      target: agreementTarget(),
    }),
  },
  'GET /api/agreements/{id}': {
    hiddenBy: 'agreement:read',
    permission: 'agreement:read',
    prepare: async (t) => ({
      method: 'GET',
      path: `/api/agreements/${await makeAgreementAB(t)}`,
      target: agreementTarget(),
    }),
  },
  'PATCH /api/agreements/{id}': {
    hiddenBy: 'agreement:read',
    prepare: async (t) => ({
      method: 'PATCH',
      path: `/api/agreements/${await makeAgreementAB(t)}`,
      body: { version: 1, notes: 'Catatan baru' },
      target: agreementTarget(),
    }),
  },
  'DELETE /api/agreements/{id}': {
    hiddenBy: 'agreement:read',
    // A record with a second party region: the deletion waits for its consent (decision 009).
    status: 202,
    prepare: async (t) => ({
      method: 'DELETE',
      path: `/api/agreements/${await makeAgreementAB(t)}`,
      target: agreementTarget(),
    }),
  },
  'POST /api/agreements/{id}/restore': {
    hiddenBy: 'agreement:read',
    status: 200,
    prepare: async (t) => {
      const id = await makeAgreementAB(t);
      await send(t, fixtures.adminA, 'DELETE', `/api/agreements/${id}`);
      return { method: 'POST', path: `/api/agreements/${id}/restore`, target: agreementTarget() };
    },
  },
  'POST /api/agreements/{id}/transitions': {
    hiddenBy: 'agreement:read',
    status: 200,
    // The lifecycle lets only a region admin send the offer (penawaran): a reviewer, allowed by the
    // policy to transition, meets the domain's role rule instead.
    business: (cell) =>
      cell.role === 'reviewer' ? { status: 422, code: 'TRANSITION_NOT_ALLOWED' } : undefined,
    prepare: async (t) => ({
      method: 'POST',
      path: `/api/agreements/${await makeAgreementAB(t)}/transitions`,
      body: { toStage: 'penawaran', date: todayIso(), note: 'Surat penawaran' },
      target: agreementTarget(),
    }),
  },
  'POST /api/agreements/{id}/confirm': {
    hiddenBy: 'agreement:read',
    status: 200,
    prepare: async (t) => ({
      method: 'POST',
      path: `/api/agreements/${await makeAgreementAB(t)}/confirm`,
      target: agreementTarget(),
    }),
  },
  'POST /api/agreements/{id}/pending-changes/{changeId}/confirm': {
    hiddenBy: 'agreement:read',
    status: 200,
    prepare: (t) => pendingChangeSample(t, 'confirm'),
  },
  'POST /api/agreements/{id}/pending-changes/{changeId}/reject': {
    hiddenBy: 'agreement:read',
    status: 200,
    prepare: (t) => pendingChangeSample(t, 'reject'),
  },
  'POST /api/agreements/{id}/documents': {
    hiddenBy: 'agreement:read',
    prepare: async (t) => ({
      method: 'POST',
      path: `/api/agreements/${await makeAgreementAB(t)}/documents`,
      form: pdfForm,
      target: agreementTarget(),
    }),
  },
  'GET /api/agreements/{id}/documents': {
    hiddenBy: 'document:read',
    permission: 'document:read',
    prepare: async (t) => ({
      method: 'GET',
      path: `/api/agreements/${await makeAgreementAB(t)}/documents`,
      target: agreementTarget(),
    }),
  },
  'GET /api/agreements/{id}/documents/{documentId}/versions/{version}/file': {
    hiddenBy: 'document:read',
    permission: 'document:read',
    prepare: async (t) => {
      const id = await makeAgreementAB(t);
      const { documentId } = await uploadPdf(t, id);
      return {
        method: 'GET',
        path: `/api/agreements/${id}/documents/${documentId}/versions/1/file`,
        target: agreementTarget(),
        raw: true,
      };
    },
  },
  'DELETE /api/agreements/{id}/documents/{documentId}': {
    hiddenBy: 'agreement:read',
    allows: deletesDocumentOfA,
    prepare: async (t) => {
      const id = await makeAgreementAB(t);
      const { documentId } = await uploadPdf(t, id);
      return {
        method: 'DELETE',
        path: `/api/agreements/${id}/documents/${documentId}`,
        target: agreementTarget(),
      };
    },
  },
  ...recordDocumentRows('visits', (t) => makeVisit(t), visitTarget, 'record:update'),
  ...recordDocumentRows('meetings', (t) => makeMeeting(t), meetingTarget, 'record:update'),
  ...recordDocumentRows('actions', makeAction, actionTarget, 'action:report'),
  ...recordDocumentRows('programs', makeProgramAB, programTarget, 'record:update'),
  // A published visit's documents are read by all; its drafts are not (documents-records.test.ts).
  'GET /api/visits/{id}/documents #published': {
    permission: 'record:read',
    hiddenBy: 'record:read',
    prepare: async (t) => ({
      method: 'GET',
      path: `/api/visits/${await makeVisit(t, true)}/documents`,
      target: publishedVisitTarget(),
    }),
  },
  'GET /api/settings/agreement-rules': {
    prepare: async () => ({ method: 'GET', path: '/api/settings/agreement-rules', target: null }),
  },
  'PUT /api/settings/agreement-rules': {
    status: 200,
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
      // Recorded by region A's administrator: region A owns it (canManageDirectoryEntry).
      target: { regionCodes: [regionA] },
    }),
  },
  'GET /api/officials': {
    prepare: async () => ({ method: 'GET', path: `/api/officials?regionCode=${regionA}`, target: null }),
  },
  'POST /api/officials': {
    prepare: async () => ({
      method: 'POST',
      path: '/api/officials',
      body: {
        personName: `Pejabat ${unique()}`,
        office: 'wali_kota',
        regionCode: regionA,
        start: '2024-01-01',
      },
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
    hiddenBy: 'agreement:read',
    permission: 'ingest:save',
    prepare: async (t) => ({
      method: 'POST',
      path: '/api/ingest',
      body: {
        source: { text: 'Berita kerja sama.' },
        target: { kind: 'existing_agreement', agreementId: await makeAgreementAB(t) },
      },
      target: agreementTarget(),
    }),
  },
  'GET /api/ingest/matches': {
    permission: 'agreement:read',
    prepare: async (t) => {
      await makeAgreementAB(t);
      return {
        method: 'GET',
        path: `/api/ingest/matches?parties=${regionA},${regionB}&date=2024-08-07`,
        target: agreementTarget(),
        list: (body) => (body as { items: unknown[] }).items.length,
      };
    },
  },
  'GET /api/agreements/{id}/sources': {
    hiddenBy: 'agreement:read',
    permission: 'agreement:read',
    prepare: async (t) => ({
      method: 'GET',
      path: `/api/agreements/${await makeAgreementAB(t)}/sources`,
      target: agreementTarget(),
    }),
  },
  'GET /api/dashboard': {
    // Every logged-in user has a home; its numbers are scoped (monitoring.test.ts checks them).
    prepare: async () => ({ method: 'GET', path: '/api/dashboard', target: null }),
  },
  'GET /api/oversight': {
    // Province A's oversight, national oversight and system administrators; nobody else.
    allows: (actor) => canOversee(actor, provinceOf[regionA]!),
    prepare: async () => ({
      method: 'GET',
      path: `/api/oversight?province=${provinceOf[regionA]}`,
      target: null,
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
  'GET /api/agreements/{id} #published': {
    permission: 'agreement:read',
    hiddenBy: 'agreement:read',
    prepare: async (t) => ({
      method: 'GET',
      path: `/api/agreements/${await makePublishedAD(t)}`,
      target: publishedTarget(),
    }),
  },
  'GET /api/agreements/{id}/documents #published': {
    permission: 'document:read',
    hiddenBy: 'document:read',
    prepare: async (t) => ({
      method: 'GET',
      path: `/api/agreements/${await makePublishedAD(t)}/documents`,
      target: publishedTarget(),
    }),
  },
  // A published record is visible to all: a non-party's change is refused with 403, not 404.
  'PATCH /api/agreements/{id} #published': {
    hiddenBy: 'agreement:read',
    prepare: async (t) => ({
      method: 'PATCH',
      path: `/api/agreements/${await makePublishedAD(t)}`,
      // Version 2: publishing with D's consent was the record's second change.
      body: { version: 2, notes: 'Catatan baru' },
      target: publishedTarget(),
    }),
  },
  'GET /api/actions': {
    permission: 'record:read',
    prepare: async (t) => {
      const id = await makeAction(t);
      const { parentId } = (await send(t, fixtures.adminA, 'GET', `/api/actions/${id}`)).body as {
        parentId: string;
      };
      return {
        method: 'GET',
        path: `/api/actions?parentType=agreement&parentId=${parentId}`,
        target: actionTarget(),
        list: (body) => (body as { items: unknown[] }).items.length,
      };
    },
  },
  'GET /api/actions.csv': {
    permission: 'record:read',
    prepare: async (t) => {
      const id = await makeAction(t);
      const { parentId } = (await send(t, fixtures.adminA, 'GET', `/api/actions/${id}`)).body as {
        parentId: string;
      };
      return {
        method: 'GET',
        path: `/api/actions.csv?parentType=agreement&parentId=${parentId}`,
        target: actionTarget(),
        raw: true,
        list: (text) => String(text).trim().split('\n').length - 1,
      };
    },
  },
  'GET /api/actions/summary': {
    permission: 'record:read',
    prepare: async (t) => {
      const id = await makeAction(t);
      const { parentId } = (await send(t, fixtures.adminA, 'GET', `/api/actions/${id}`)).body as {
        parentId: string;
      };
      return {
        method: 'GET',
        path: `/api/actions/summary?parentType=agreement&parentId=${parentId}`,
        target: actionTarget(),
        list: (body) => (body as { total: number }).total,
      };
    },
  },
  'POST /api/actions': {
    // The parent agreement hides from who may not read it: 404 PARENT_NOT_VISIBLE.
    hiddenBy: 'agreement:read',
    prepare: async (t) => ({
      method: 'POST',
      path: '/api/actions',
      body: {
        parentType: 'agreement',
        parentId: await makeAgreementAB(t),
        title: `Tindak lanjut ${unique()}`,
        opdId: fixtures.opdA,
      },
      target: agreementTarget(),
    }),
  },
  'GET /api/actions/{id}': {
    permission: 'record:read',
    hiddenBy: 'record:read',
    prepare: async (t) => ({
      method: 'GET',
      path: `/api/actions/${await makeAction(t)}`,
      target: actionTarget(),
    }),
  },
  'PATCH /api/actions/{id}': {
    hiddenBy: 'record:read',
    prepare: async (t) => ({
      method: 'PATCH',
      path: `/api/actions/${await makeAction(t)}`,
      body: { version: 1, title: 'Tindak lanjut yang diubah' },
      target: actionTarget(),
    }),
  },
  'DELETE /api/actions/{id}': {
    hiddenBy: 'record:read',
    prepare: async (t) => ({
      method: 'DELETE',
      path: `/api/actions/${await makeAction(t)}`,
      target: actionTarget(),
    }),
  },
  'POST /api/actions/{id}/progress': {
    hiddenBy: 'record:read',
    status: 200,
    prepare: async (t) => ({
      method: 'POST',
      path: `/api/actions/${await makeAction(t)}/progress`,
      body: { status: 'berjalan', progress: 30, note: 'Rapat persiapan selesai', version: 1 },
      target: actionTarget(),
    }),
  },
  'GET /api/actions/{id}/comments': {
    permission: 'record:read',
    hiddenBy: 'record:read',
    prepare: async (t) => ({
      method: 'GET',
      path: `/api/actions/${await makeAction(t)}/comments`,
      target: actionTarget(),
    }),
  },
  'POST /api/actions/{id}/comments': {
    hiddenBy: 'record:read',
    prepare: async (t) => ({
      method: 'POST',
      path: `/api/actions/${await makeAction(t)}/comments`,
      body: { body: 'Menunggu data dari mitra' },
      target: actionTarget(),
    }),
  },
  'GET /api/programs': {
    permission: 'record:read',
    prepare: async (t) => {
      await makeProgramAB(t);
      return {
        method: 'GET',
        path: `/api/programs?region=${regionA}&role=funder`,
        target: programTarget(),
        list: (body) => (body as { items: unknown[] }).items.length,
      };
    },
  },
  'GET /api/programs.csv': {
    permission: 'record:read',
    prepare: async (t) => {
      await makeProgramAB(t);
      return {
        method: 'GET',
        path: `/api/programs.csv?region=${regionB}&role=recipient`,
        target: programTarget(),
        raw: true,
        list: (text) => String(text).trim().split('\n').length - 1,
      };
    },
  },
  'POST /api/programs': {
    prepare: async () => ({
      method: 'POST',
      path: '/api/programs',
      body: programBody(),
      target: programTarget(),
    }),
  },
  'GET /api/programs/{id}': {
    hiddenBy: 'record:read',
    permission: 'record:read',
    prepare: async (t) => ({
      method: 'GET',
      path: `/api/programs/${await makeProgramAB(t)}`,
      target: programTarget(),
    }),
  },
  'PATCH /api/programs/{id}': {
    hiddenBy: 'record:read',
    prepare: async (t) => ({
      method: 'PATCH',
      path: `/api/programs/${await makeProgramAB(t)}`,
      body: { version: 1, status: 'berjalan', physicalProgress: 10 },
      target: programTarget(),
    }),
  },
  ...pendingChangeRows('/api/programs', (t) => makeProgramAB(t), programTarget),
  'DELETE /api/programs/{id}': {
    hiddenBy: 'record:read',
    // A record with a second party region: the deletion waits for its consent (decision 009).
    status: 202,
    prepare: async (t) => ({
      method: 'DELETE',
      path: `/api/programs/${await makeProgramAB(t)}`,
      target: programTarget(),
    }),
  },
  'GET /api/visits': {
    permission: 'record:read',
    prepare: async (t) => {
      await makeVisit(t);
      return {
        method: 'GET',
        path: `/api/visits?region=${regionB}&direction=received`,
        target: visitTarget(),
        list: (body) => (body as { items: unknown[] }).items.length,
      };
    },
  },
  'GET /api/visits.csv': {
    permission: 'record:read',
    prepare: async (t) => {
      await makeVisit(t);
      return {
        method: 'GET',
        path: `/api/visits.csv?region=${regionB}&direction=received`,
        target: visitTarget(),
        raw: true,
        list: (text) => String(text).trim().split('\n').length - 1,
      };
    },
  },
  'POST /api/visits': {
    prepare: async () => ({
      method: 'POST',
      path: '/api/visits',
      body: {
        title: `Kunjungan kerja ${unique()}`,
        hostRegionCode: regionB,
        visitors: [{ regionCode: regionA, institution: 'pemda' }],
      },
      target: visitTarget(),
    }),
  },
  'GET /api/visits/{id}': {
    permission: 'record:read',
    hiddenBy: 'record:read',
    prepare: async (t) => ({
      method: 'GET',
      path: `/api/visits/${await makeVisit(t)}`,
      target: visitTarget(),
    }),
  },
  'GET /api/visits/{id} #published': {
    permission: 'record:read',
    hiddenBy: 'record:read',
    prepare: async (t) => ({
      method: 'GET',
      path: `/api/visits/${await makeVisit(t, true)}`,
      target: publishedVisitTarget(),
    }),
  },
  'PATCH /api/visits/{id}': {
    hiddenBy: 'record:read',
    prepare: async (t) => ({
      method: 'PATCH',
      path: `/api/visits/${await makeVisit(t)}`,
      body: { version: 1, notes: 'Catatan baru' },
      target: visitTarget(),
    }),
  },
  ...pendingChangeRows('/api/visits', (t) => makeVisit(t), visitTarget),
  'DELETE /api/visits/{id}': {
    hiddenBy: 'record:read',
    // A record with a second party region: the deletion waits for its consent (decision 009).
    status: 202,
    prepare: async (t) => ({
      method: 'DELETE',
      path: `/api/visits/${await makeVisit(t)}`,
      target: visitTarget(),
    }),
  },
  'GET /api/regions/{code}/good-practices': {
    permission: 'record:read',
    prepare: async (t) => {
      await makeVisit(t);
      return {
        method: 'GET',
        path: `/api/regions/${regionB}/good-practices`,
        target: visitTarget(),
        list: (body) => (body as { items: unknown[] }).items.length,
      };
    },
  },
  'GET /api/links': {
    permission: 'record:read',
    hiddenBy: 'record:read',
    prepare: async (t) => ({
      method: 'GET',
      path: `/api/links?type=visit&id=${await makeVisit(t)}`,
      target: visitTarget(),
    }),
  },
  'POST /api/links': {
    permission: 'record:read',
    hiddenBy: 'record:read',
    allows: mayLinkVisitAndAgreement,
    prepare: async (t) => ({
      method: 'POST',
      path: '/api/links',
      body: {
        fromType: 'visit',
        fromId: await makeVisit(t),
        toType: 'agreement',
        toId: await makeAgreementAB(t),
      },
      target: visitTarget(),
    }),
  },
  'DELETE /api/links/{id}': {
    permission: 'record:read',
    hiddenBy: 'record:read',
    allows: mayLinkVisitAndAgreement,
    prepare: async (t) => ({
      method: 'DELETE',
      path: `/api/links/${await makeLink(t)}`,
      target: visitTarget(),
    }),
  },
  // Evaluations of an agreement (issue 12): read with the agreement; each form by its evaluators.
  'GET /api/agreements/{id}/evaluations': {
    permission: 'agreement:read',
    hiddenBy: 'agreement:read',
    prepare: async (t) => ({
      method: 'GET',
      path: `/api/agreements/${await sharedEvaluationAgreement(t)}/evaluations`,
      target: agreementTarget(),
    }),
  },
  'GET /api/agreements/{id}/evaluations/status': {
    permission: 'agreement:read',
    hiddenBy: 'agreement:read',
    prepare: async (t) => ({
      method: 'GET',
      path: `/api/agreements/${await sharedEvaluationAgreement(t)}/evaluations/status`,
      target: agreementTarget(),
    }),
  },
  'POST /api/agreements/{id}/evaluations': {
    hiddenBy: 'agreement:read',
    allows: mayWriteEvaluation('opd_pelaksana'),
    prepare: async (t) => ({
      method: 'POST',
      path: `/api/agreements/${await makeAgreementAB(t)}/evaluations`,
      body: { period: evaluationPeriod, evaluatorRole: 'opd_pelaksana' },
      target: agreementTarget(),
    }),
  },
  'POST /api/agreements/{id}/evaluations #bagian_kerja_sama': {
    hiddenBy: 'agreement:read',
    allows: mayWriteEvaluation('bagian_kerja_sama'),
    prepare: async (t) => ({
      method: 'POST',
      path: `/api/agreements/${await makeAgreementAB(t)}/evaluations`,
      body: { period: evaluationPeriod, evaluatorRole: 'bagian_kerja_sama', ratings: { manfaat: 4 } },
      target: agreementTarget(),
    }),
  },
  'GET /api/evaluations/{id}': {
    permission: 'agreement:read',
    hiddenBy: 'agreement:read',
    prepare: async (t) => ({
      method: 'GET',
      path: `/api/evaluations/${await makeEvaluation(t)}`,
      target: agreementTarget(),
    }),
  },
  'PATCH /api/evaluations/{id}': {
    hiddenBy: 'agreement:read',
    allows: mayWriteEvaluation('opd_pelaksana'),
    prepare: async (t) => ({
      method: 'PATCH',
      path: `/api/evaluations/${await makeEvaluation(t)}`,
      body: { version: 1, problems: 'Armada terbatas' },
      target: agreementTarget(),
    }),
  },
  'DELETE /api/evaluations/{id}': {
    hiddenBy: 'agreement:read',
    allows: mayWriteEvaluation('opd_pelaksana'),
    prepare: async (t) => ({
      method: 'DELETE',
      path: `/api/evaluations/${await makeEvaluation(t)}?version=1`,
      target: agreementTarget(),
    }),
  },
  'GET /api/meetings': {
    permission: 'record:read',
    prepare: async (t) => {
      await makeMeeting(t);
      return {
        method: 'GET',
        // B: the published A-D meeting of another row is outside this filter.
        path: `/api/meetings?region=${regionB}`,
        target: meetingTarget(),
        list: (body) => (body as { items: unknown[] }).items.length,
      };
    },
  },
  'GET /api/meetings.csv': {
    permission: 'record:read',
    prepare: async (t) => {
      await makeMeeting(t);
      return {
        method: 'GET',
        path: `/api/meetings.csv?region=${regionB}`,
        target: meetingTarget(),
        raw: true,
        list: (text) => String(text).trim().split('\n').length - 1,
      };
    },
  },
  'POST /api/meetings': {
    prepare: async () => ({
      method: 'POST',
      path: '/api/meetings',
      body: meetingBody(),
      target: meetingTarget(),
    }),
  },
  'GET /api/meetings/{id}': {
    hiddenBy: 'record:read',
    permission: 'record:read',
    prepare: async (t) => ({
      method: 'GET',
      path: `/api/meetings/${await makeMeeting(t)}`,
      target: meetingTarget(),
    }),
  },
  'GET /api/meetings/{id} #published': {
    hiddenBy: 'record:read',
    permission: 'record:read',
    prepare: async (t) => ({
      method: 'GET',
      path: `/api/meetings/${await makeMeeting(t, true)}`,
      target: publishedMeetingTarget(),
    }),
  },
  'PUT /api/meetings/{id}': {
    hiddenBy: 'record:read',
    prepare: async (t) => ({
      method: 'PUT',
      path: `/api/meetings/${await makeMeeting(t)}`,
      body: { ...meetingBody(), version: 1 },
      target: meetingTarget(),
    }),
  },
  // A published meeting is visible to all: a non-party's change is refused with 403, not 404.
  'PUT /api/meetings/{id} #published': {
    hiddenBy: 'record:read',
    prepare: async (t) => ({
      method: 'PUT',
      path: `/api/meetings/${await makeMeeting(t, true)}`,
      // Version 2: D's consent to publishing it was the second save.
      body: { ...meetingBody(true), version: 2 },
      target: publishedMeetingTarget(),
    }),
  },
  ...pendingChangeRows('/api/meetings', (t) => makeMeeting(t), meetingTarget),
  'DELETE /api/meetings/{id}': {
    hiddenBy: 'record:read',
    // A record with a second party region: the deletion waits for its consent (decision 009).
    status: 202,
    prepare: async (t) => ({
      method: 'DELETE',
      path: `/api/meetings/${await makeMeeting(t)}`,
      target: meetingTarget(),
    }),
  },
  'GET /api/openapi.json': {
    plain: 'public',
    prepare: async () => ({ method: 'GET', path: '/api/openapi.json', target: null }),
  },
  'GET /api/docs': {
    plain: 'public',
    prepare: async () => ({ method: 'GET', path: '/api/docs', target: null, raw: true }),
  },
  'GET /api/docs/assets/reference.css': {
    plain: 'public',
    prepare: async () => ({
      method: 'GET',
      path: '/api/docs/assets/reference.css',
      target: null,
      raw: true,
    }),
  },
  // Notifications: one's own, for every logged-in user.
  'GET /api/notifications': {
    prepare: async () => ({ method: 'GET', path: '/api/notifications', target: null }),
  },
  'GET /api/notifications/unread-count': {
    prepare: async () => ({ method: 'GET', path: '/api/notifications/unread-count', target: null }),
  },
  'POST /api/notifications/{id}/read': {
    status: 200,
    prepare: async (t, cell) => {
      const id = cell.user ? await ownNotification(t, cell.user.userId) : randomUUID();
      return { method: 'POST', path: `/api/notifications/${id}/read`, target: null };
    },
  },
  'POST /api/notifications/read-all': {
    status: 200,
    prepare: async () => ({ method: 'POST', path: '/api/notifications/read-all', target: null }),
  },
  'GET /api/notifications/preferences': {
    prepare: async () => ({ method: 'GET', path: '/api/notifications/preferences', target: null }),
  },
  'PUT /api/notifications/preferences': {
    prepare: async () => ({
      method: 'PUT',
      path: '/api/notifications/preferences',
      body: { email: { action_due: false } },
      target: null,
    }),
  },
  // Failed background jobs: system administrators only (job:manage).
  'GET /api/admin/jobs/failed': {
    prepare: async () => ({ method: 'GET', path: '/api/admin/jobs/failed', target: null }),
  },
  'POST /api/admin/jobs/{id}/retry': {
    status: 200,
    // No job has failed in this database: the allowed answer is 404 JOB_NOT_FOUND, never 401/403.
    business: () => ({ status: 404, code: 'JOB_NOT_FOUND' }),
    prepare: async () => ({ method: 'POST', path: `/api/admin/jobs/${randomUUID()}/retry`, target: null }),
  },
};

/** Routes whose cells need a user of their own (they end sessions or change the password). */
const needsOwnUser = new Set([
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'POST /api/auth/logout-all',
  'POST /api/auth/password',
]);

/** "GET /api/x #published" is a second sample of "GET /api/x". */
const routeOf = (rowKey: string) => rowKey.split(' #')[0]!;

type Expectation = { status: number; code?: string; items?: 'some' | 'none' };

/** What the policy implies for a cell: the exact status, and for lists whether items come back. */
function expectation(row: Row, routeKey: string, cell: Cell, sample: Sample): Expectation {
  const access = routeAccess.get(routeKey) ?? 'public';
  const { actor } = cell;
  if (access !== 'public' && actor.kind === 'anonymous') {
    if (access === 'authenticated' || !hasPermission(actor, access.permission)) return { status: 401 };
  }
  if (typeof access === 'object' && actor.kind === 'user' && !hasPermission(actor, access.permission)) {
    return { status: 403 };
  }
  const permission = row.permission ?? (typeof access === 'object' ? access.permission : undefined);
  const allowed =
    (!permission || !sample.target || can(actor, permission, sample.target)) && (row.allows?.(actor) ?? true);
  if (allowed) {
    const business = row.business?.(cell);
    if (business) return business;
    const usual = sample.method === 'POST' ? 201 : 200;
    return { status: row.status ?? usual, ...(sample.list ? { items: 'some' as const } : {}) };
  }
  if (sample.list) return { status: 200, items: 'none' };
  if (row.hiddenBy && sample.target && !can(actor, row.hiddenBy, sample.target)) return { status: 404 };
  return { status: actor.kind === 'anonymous' ? 401 : 403 };
}

/** "METHOD /api/path/{param}" of every route the app registered (Hono writes params as :param). */
function registeredRoutes(t: TestApp): string[] {
  const keys = t.app.routes
    .filter((route) => route.method !== 'ALL' && route.path.startsWith('/api/') && !route.path.includes('*'))
    .map((route) => `${route.method} ${route.path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}')}`);
  return [...new Set(keys)];
}

describe.each(databaseKinds)('permission matrix on %s', (kind) => {
  let t: TestApp;
  const cells: Cell[] = [];

  beforeAll(async () => {
    t = await createTestApp(kind);
    const makeCell = async (
      role: Role,
      relation: Cell['relation'],
      regionCode: string | null,
      opdId: string | null = null,
    ): Promise<Cell> => {
      const { email } = await createTestUser(t, { role, regionCode, opdId });
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
    cells.push(await makeCell('system_admin', null, null));
    const admins: Partial<Record<Relation, TestUser>> = {};
    for (const relation of relations) {
      const cell = await makeCell('region_admin', relation, regionFor[relation]);
      admins[relation] = cell.user!;
      cells.push(cell);
    }
    const adminA = admins.own!;
    const opdByRegion: Record<string, string> = {};
    for (const relation of relations) {
      opdByRegion[regionFor[relation]] = await makeOpd(t, admins[relation]!, regionFor[relation]);
    }
    fixtures = {
      adminA,
      adminD: await login(t, (await createTestUser(t, { role: 'region_admin', regionCode: regionD })).email),
      systemAdmin: cells[1]!.user!,
      opdForAudit: await makeOpd(t, adminA),
      opdA: opdByRegion[regionA]!,
      opdOtherA: await makeOpd(t, adminA),
      opdByRegion,
    };
    for (const role of roles) {
      if (role === 'system_admin' || role === 'region_admin') continue;
      for (const relation of relations) {
        const region = role === 'oversight' ? provinceOf[regionFor[relation]]! : regionFor[relation];
        const opd = role === 'opd_officer' ? opdByRegion[region]! : null;
        cells.push(await makeCell(role, relation, region, opd));
      }
      if (role === 'opd_officer')
        cells.push(await makeCell(role, 'own-other-opd', regionA, fixtures.opdOtherA));
      if (role === 'oversight') cells.push(await makeCell(role, 'national', null));
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it('has a matrix row for every route the app registers and the OpenAPI document lists', async () => {
    const registered = registeredRoutes(t);
    expect(registered.length).toBeGreaterThan(10);
    const doc = await t.json<{ paths: Record<string, Record<string, unknown>> }>('/api/openapi.json');
    const documented = Object.entries(doc.body.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    for (const key of documented) expect(registered, `${key} is registered`).toContain(key);
    for (const key of registered) {
      expect(rows[key], `${key} has a row in the permission matrix`).toBeDefined();
      expect(
        routeAccess.has(key) || rows[key]?.plain === 'public',
        `${key} declares its access (defineRoute), or its row declares it plain public`,
      ).toBe(true);
    }
    // A row for a route that no longer exists would check nothing.
    for (const key of Object.keys(rows)) expect(registered, `row ${key}`).toContain(routeOf(key));
  });

  it('has the cells the policy distinguishes', () => {
    const labels = cells.map((cell) => `${cell.role}:${cell.relation ?? ''}`);
    expect(labels).toEqual(
      expect.arrayContaining(['opd_officer:own', 'opd_officer:own-other-opd', 'oversight:national']),
    );
    const officer = cells.find((cell) => cell.role === 'opd_officer' && cell.relation === 'own')!;
    expect(officer.actor.kind === 'user' && officer.actor.opdId).toBe(fixtures.opdA);
  });

  // One test per row: each cell of the row answers exactly as the policy says.
  it.each(Object.entries(rows))('%s', async (rowKey, row) => {
    const failures: string[] = [];
    {
      const routeKey = routeOf(rowKey);
      for (const base of cells) {
        let cell = base;
        if (needsOwnUser.has(routeKey) && base.user && base.actor.kind === 'user') {
          const { email } = await createTestUser(t, {
            role: base.actor.role,
            regionCode: base.actor.regionCode,
            opdId: base.actor.opdId,
            oversightScope: base.actor.oversightScope,
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
                .then(async (r) => ({ status: r.status, body: r.status === 200 ? await r.text() : null }))
            : await send(t, cell.user, sample.method, sample.path, sample.body);
        const expected = expectation(row, routeKey, cell, sample);
        const label = `${rowKey} as ${cell.role}${cell.relation ? ` (${cell.relation})` : ''}: ${response.status}`;
        const code = (response.body as { error?: { code?: string } } | null)?.error?.code;
        if (response.status !== expected.status || (expected.code && code !== expected.code)) {
          const detail = response.status >= 400 ? ` ${JSON.stringify(response.body).slice(0, 160)}` : '';
          failures.push(`${label}, expected ${expected.status} ${expected.code ?? ''}${detail}`);
        } else if (expected.items && sample.list) {
          const count = sample.list(response.body);
          if (expected.items === 'some' && count === 0) failures.push(`${label}, expected items`);
          if (expected.items === 'none' && count !== 0) failures.push(`${label}, expected no items`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
