import { apiGet } from './client';
import type { PageDto } from './types';

/** One field's change in an audit entry. */
export type AuditChange = { from: unknown; to: unknown };

/** One entry of the audit trail (schema `AuditEntry`). */
export type AuditEntryDto = {
  id: number;
  at: string;
  actorUserId: string | null;
  actorName: string | null;
  actorIp: string | null;
  requestId: string | null;
  /** The X-Request-Id the client sent (untrusted). */
  clientRequestId: string | null;
  /** `<entity>.<verb>`, e.g. `user.create`, `auth.login`. */
  action: string;
  entityType: string;
  entityId: string;
  regionCodes: string[];
  /** `{field: {from, to}}` for updates; other shapes are possible for older entries. */
  changes: unknown;
  note: string | null;
  /** The record's current title or name (agreement title, user name ...), null when it has none. */
  entityTitle: string | null;
};

export type AuditQuery = {
  entityType?: string | undefined;
  entityId?: string | undefined;
  userId?: string | undefined;
  /** Prefix of the action, e.g. `user.` or `auth.login`. */
  action?: string | undefined;
  /** Inclusive dates, YYYY-MM-DD. */
  from?: string | undefined;
  to?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
};

/** The audit trail, newest first (GET /api/audit). */
export function listAudit(query: AuditQuery, signal?: AbortSignal): Promise<PageDto<AuditEntryDto>> {
  return apiGet<PageDto<AuditEntryDto>>('/api/audit', query, signal);
}
