import { apiGet } from './client';
import type { Schema } from './contract';
import type { PageDto } from './types';

/** One field's change in an audit entry. */
export type AuditChange = { from: unknown; to: unknown };

/** One entry of the audit trail (schema `AuditEntry`). */
export type AuditEntryDto = Schema<'AuditEntry'>;

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
