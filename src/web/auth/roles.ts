/**
 * Roles and permissions as the browser uses them. The vocabulary comes from src/domain/access.ts, the
 * same list the server's policy imports; the server stays the judge, the UI only hides what would be
 * refused.
 */

import { roles, type Role } from '../../domain/access';
export { roles, type Role };

/** Roles a region administrator may give, within their own region. */
export const regionAdminAssignableRoles: readonly Role[] = [
  'region_admin',
  'reviewer',
  'opd_officer',
  'viewer',
];

/** Roles whose user belongs to one pemda (region) and may belong to one of its OPD. */
export const regionalRoles: readonly Role[] = ['region_admin', 'reviewer', 'opd_officer', 'viewer'];

/** Every permission the server knows, in the server's order (used to limit API tokens). */
export { permissions, type Permission } from '../../domain/access';

/** Roles the acting user may assign when creating or editing users. */
export function assignableRoles(actorRole: Role | undefined): readonly Role[] {
  if (actorRole === 'system_admin') return roles;
  if (actorRole === 'region_admin') return regionAdminAssignableRoles;
  return [];
}

/**
 * The level of region a user of `role` may belong to, for the region picker: a provincial oversight
 * user oversees a province, so only provinces are offered; other roles take any pemda (undefined).
 */
export function userRegionLevel(role: Role): 'provinsi' | undefined {
  return role === 'oversight' ? 'provinsi' : undefined;
}
