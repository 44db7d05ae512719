import type { NotificationKind } from '../../domain/notifications/kinds';
import { apiGet, apiSend } from './client';
import type { ResponseOf, Schema } from './contract';

/** One notification (schema `Notification`). */
export type NotificationDto = Schema<'Notification'>;

export type NotificationPage = ResponseOf<'/api/notifications', 'get'>;

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

export function unreadCount(
  signal?: AbortSignal,
): Promise<ResponseOf<'/api/notifications/unread-count', 'get'>> {
  return apiGet('/api/notifications/unread-count', undefined, signal);
}

export function markNotificationRead(
  id: string,
): Promise<ResponseOf<'/api/notifications/{id}/read', 'post'>> {
  return apiSend('POST', `/api/notifications/${id}/read`);
}

export function markAllNotificationsRead(): Promise<ResponseOf<'/api/notifications/read-all', 'post'>> {
  return apiSend('POST', '/api/notifications/read-all');
}

export type NotificationPreferences = Schema<'NotificationPreferences'>;

export function getNotificationPreferences(signal?: AbortSignal): Promise<NotificationPreferences> {
  return apiGet<NotificationPreferences>('/api/notifications/preferences', undefined, signal);
}

export function putNotificationPreferences(
  email: Partial<Record<NotificationKind, boolean>>,
): Promise<NotificationPreferences> {
  return apiSend('PUT', '/api/notifications/preferences', { email });
}

/** A background job that failed for good (schema `FailedJob`). */
export type FailedJobDto = Schema<'FailedJob'>;

export function listFailedJobs(signal?: AbortSignal): Promise<ResponseOf<'/api/admin/jobs/failed', 'get'>> {
  return apiGet('/api/admin/jobs/failed', undefined, signal);
}

export function retryJob(id: string): Promise<ResponseOf<'/api/admin/jobs/{id}/retry', 'post'>> {
  return apiSend('POST', `/api/admin/jobs/${id}/retry`);
}
