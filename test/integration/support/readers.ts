/**
 * The readers the list-page tests (actions-list-page, programs-list-page) compare every page for: one
 * of each read scope (record-access.ts `readScope`), built as actors without a database row, since
 * those tests call the repositories and services directly.
 */
import type { Actor, Role, UserActor } from '../../../src/server/auth/policy.js';

/** An actor of `role` that exists only in memory; `extra` sets its region, OPD or oversight scope. */
export function readerActor(role: Role, extra: Partial<UserActor> = {}): Actor {
  return {
    kind: 'user',
    id: '00000000-0000-0000-0000-00000000000b',
    name: role,
    email: `${role}@test.go.id`,
    role,
    regionCode: null,
    opdId: null,
    oversightScope: null,
    via: 'session',
    tokenPermissions: null,
    ...extra,
  };
}

/**
 * An anonymous visitor, a region administrator of Kota Malang (35.73), an OPD officer of Kota Jambi
 * (15.71, of the OPD `opdIdOf` gives once the fixture exists), Jawa Timur's oversight (province 35),
 * national oversight and a system administrator: each read scope once, for `it.each`.
 */
export function listReaders(opdIdOf: () => string | null = () => null): Array<[string, () => Actor]> {
  return [
    ['anonymous', () => ({ kind: 'anonymous' })],
    ['region admin of Kota Malang', () => readerActor('region_admin', { regionCode: '35.73' })],
    [
      'OPD officer of Kota Jambi',
      () => readerActor('opd_officer', { regionCode: '15.71', opdId: opdIdOf() }),
    ],
    [
      'oversight of Jawa Timur',
      () => readerActor('oversight', { regionCode: '35', oversightScope: 'province' }),
    ],
    ['national oversight', () => readerActor('oversight', { oversightScope: 'national' })],
    ['system admin', () => readerActor('system_admin')],
  ];
}
