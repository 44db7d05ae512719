import { randomBytes } from 'node:crypto';
import { hashPassword } from '../../../src/server/auth/passwords.js';
import type { Role } from '../../../src/server/auth/policy.js';
import { users } from '../../../src/server/db/schema/index.js';
import type { TestApp } from './app.js';

export const testPassword = 'kerja-sama-daerah-2024!';
let passwordHash: Promise<string> | undefined;

export type TestUser = {
  userId: string;
  email: string;
  /** Cookie and X-CSRF-Token headers of a logged-in session. */
  headers: Record<string, string>;
  csrfToken: string;
  cookie: string;
};

/** Inserts a user straight into the database (no audit), with the shared test password. */
export async function createTestUser(
  t: TestApp,
  options: {
    role: Role;
    regionCode?: string | null;
    opdId?: string | null;
    oversightScope?: 'province' | 'national' | null;
    email?: string;
    name?: string;
  },
): Promise<{ userId: string; email: string }> {
  passwordHash ??= hashPassword(testPassword);
  const email = options.email ?? `${options.role}.${randomBytes(4).toString('hex')}@test.go.id`;
  const [row] = await t.database.db
    .insert(users)
    .values({
      email,
      name: options.name ?? `${options.role} ${options.regionCode ?? ''}`.trim(),
      role: options.role,
      regionCode: options.regionCode ?? null,
      opdId: options.opdId ?? null,
      oversightScope:
        options.oversightScope ??
        (options.role === 'oversight' ? (options.regionCode ? 'province' : 'national') : null),
      passwordHash: await passwordHash,
    })
    .returning({ id: users.id });
  return { userId: row!.id, email };
}

/** Logs in through the API and returns the session headers. */
export async function login(
  t: TestApp,
  email: string,
  password = testPassword,
): Promise<TestUser & { status: number }> {
  const response = await t.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { user?: { id: string }; csrfToken?: string };
  const setCookie = response.headers.get('set-cookie') ?? '';
  const cookie = setCookie.split(';')[0] ?? '';
  const csrfToken = body.csrfToken ?? '';
  return {
    status: response.status,
    userId: body.user?.id ?? '',
    email,
    cookie,
    csrfToken,
    headers: { cookie, 'x-csrf-token': csrfToken },
  };
}

/** A new user of the given role and region, logged in. */
export async function loginAs(
  t: TestApp,
  options: {
    role: Role;
    regionCode?: string | null;
    opdId?: string | null;
    oversightScope?: 'province' | 'national' | null;
  },
): Promise<TestUser> {
  const { email } = await createTestUser(t, options);
  const session = await login(t, email);
  if (session.status !== 200) throw new Error(`login failed with ${session.status}`);
  return session;
}

/** JSON request helper with a session's headers. */
export function send(t: TestApp, user: TestUser | null, method: string, path: string, body?: unknown) {
  return t.json(path, {
    method,
    headers: {
      ...(user?.headers ?? {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
}

/**
 * The body of a valid KSB between Kota Malang (35.73) and Kabupaten Pasuruan (35.14), signed by the
 * Pj. Wali Kota and the Bupati; `overrides` replace whole fields.
 */
export function malangPasuruanKsb(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Kesepakatan Bersama tentang Kerjasama Pengelolaan Sampah Terpadu',
    kind: 'ksdd',
    ksddNature: 'sukarela',
    documentType: 'kesepakatan_bersama',
    parties: [
      { kind: 'region', regionCode: '35.73', documentNumber: '180/01/35.73.112/2024' },
      { kind: 'region', regionCode: '35.14', documentNumber: '180/17/424.013/2024' },
    ],
    signatories: [
      { partyKey: '35.73', name: 'Wahyu Hidayat', office: 'wali_kota', actingKind: 'pj' },
      { partyKey: '35.14', name: 'Mohammad Rusdi', office: 'bupati' },
    ],
    signingDate: '2024-08-07',
    signingPlace: 'Balai Kota Malang',
    validFrom: '2024-08-07',
    validUntil: '2029-08-06',
    sectors: ['lingkungan_hidup'],
    purpose: 'Meningkatkan pelayanan persampahan kedua daerah',
    objectScope: 'Pengelolaan sampah regional dan bank sampah',
    ...overrides,
  };
}

/**
 * Publishing a record shared with other regions waits for their consent (decision 009): each of
 * `partners` confirms every pending change of the created agreement, so it is published.
 */
export async function consentToPendingChanges(
  t: TestApp,
  created: { id: string; pendingChanges?: Array<{ id: string }> },
  partners: TestUser[],
): Promise<void> {
  for (const change of created.pendingChanges ?? []) {
    for (const partner of partners) {
      const path = `/api/agreements/${created.id}/pending-changes/${change.id}/confirm`;
      const consent = await send(t, partner, 'POST', path);
      if (consent.status !== 200)
        throw new Error(`consent: ${consent.status} ${JSON.stringify(consent.body)}`);
    }
  }
}

/**
 * Deletes a shared record: `proposer` asks (202, a pending deletion) and `partner`, the other party
 * region's administrator, consents (decision 009). `path` is the record's, e.g. `/api/visits/<id>`.
 */
export async function deleteShared(t: TestApp, proposer: TestUser, partner: TestUser, path: string) {
  const proposed = await send(t, proposer, 'DELETE', path);
  if (proposed.status !== 202) return proposed;
  const changeId = (proposed.body as { pendingChange: { id: string } }).pendingChange.id;
  return send(t, partner, 'POST', `${path}/pending-changes/${changeId}/confirm`);
}
