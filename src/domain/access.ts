/**
 * The vocabulary of access: user roles and permissions. One list, imported by the server's policy
 * (src/server/auth/policy.ts, which holds the rules), the lifecycle and the UI (which only hides what
 * the server would refuse).
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
  'record:read',
  'record:create',
  'record:update',
  'record:delete',
  'action:report',
  'evaluation:write',
  'organization:read',
  'organization:manage',
  'official:read',
  'official:manage',
  'ingest:extract',
  'ingest:save',
  'report:read',
  'settings:manage',
  'job:manage',
] as const;
export type Permission = (typeof permissions)[number];
