import type { NotificationKind, NotificationParams } from '../../domain/notifications/kinds';
import { apiGet, apiSend } from './client';

/** One notification (schema `Notification`). */
export type NotificationDto = {
  id: string;
  kind: NotificationKind;
  recordType: string;
  recordId: string;
  /** The UI path of the record. */
  path: string;
  params: NotificationParams;
  createdAt: string;
  readAt: string | null;
  emailedAt: string | null;
};

export type NotificationPage = {
  items: NotificationDto[];
  total: number;
  page: number;
  pageSize: number;
  unread: number;
};

export function listNotifications(
  query: { page?: number; pageSize?: number; unread?: boolean },
  signal?: AbortSignal,
): Promise<NotificationPage> {
  return apiGet<NotificationPage>(
    '/api/notifications',
    { page: query.page, pageSize: query.pageSize, unread: query.unread ? 'true' : undefined },
    signal,
  );
}

export function unreadCount(signal?: AbortSignal): Promise<{ unread: number }> {
  return apiGet<{ unread: number }>('/api/notifications/unread-count', undefined, signal);
}

export function markNotificationRead(id: string): Promise<{ unread: number }> {
  return apiSend('POST', `/api/notifications/${id}/read`);
}

export function markAllNotificationsRead(): Promise<{ marked: number; unread: number }> {
  return apiSend('POST', '/api/notifications/read-all');
}

export type NotificationPreferences = { email: Record<NotificationKind, boolean> };

export function getNotificationPreferences(signal?: AbortSignal): Promise<NotificationPreferences> {
  return apiGet<NotificationPreferences>('/api/notifications/preferences', undefined, signal);
}

export function putNotificationPreferences(
  email: Partial<Record<NotificationKind, boolean>>,
): Promise<NotificationPreferences> {
  return apiSend('PUT', '/api/notifications/preferences', { email });
}

/** A background job that failed for good (schema `FailedJob`). */
export type FailedJobDto = {
  id: string;
  name: string;
  data: unknown;
  error: string;
  attempts: number;
  createdAt: string;
  failedAt: string | null;
};

export function listFailedJobs(signal?: AbortSignal): Promise<{ items: FailedJobDto[]; total: number }> {
  return apiGet('/api/admin/jobs/failed', undefined, signal);
}

export function retryJob(id: string): Promise<{ id: string; queued: true }> {
  return apiSend('POST', `/api/admin/jobs/${id}/retry`);
}
