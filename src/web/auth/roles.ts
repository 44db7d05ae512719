/**
 * Roles and permissions as the browser knows them: mirrors of src/server/auth/policy.ts (the web
 * never imports server code). The server stays the judge; the UI only hides what would be refused.
 */

/** User roles, most powerful first. */
export const roles = [
  'system_admin',
  'region_admin',
  'reviewer',
  'opd_officer',
  'oversight',
  'viewer',
] as const;
export type Role = (typeof roles)[number];

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
export const permissions = [
  'account:manage',
  'user:read',
  'user:manage',
  'opd:read',
  'opd:manage',
  'audit:read',
  'agreement:read',
  'agreement:create',
  'agreement:update',
  'agreement:delete',
  'agreement:restore',
  'agreement:transition',
  'agreement:review',
  'agreement:confirm',
  'document:read',
  'document:upload',
  'organization:read',
  'organization:manage',
  'official:read',
  'official:manage',
  'ingest:extract',
  'ingest:save',
  'report:read',
  'settings:manage',
] as const;
export type Permission = (typeof permissions)[number];

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
