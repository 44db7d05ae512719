import type { Role } from '../auth/roles';
import type { UserDto } from './auth';
import { apiGet, apiSend } from './client';
import type { RequestOf, ResponseOf, Schema } from './contract';
import type { PageDto } from './types';

/** A one-time link for a user to choose a password. */
export type PasswordLinkDto = Schema<'PasswordLink'>;

export type UserListQuery = {
  q?: string | undefined;
  role?: Role | undefined;
  regionCode?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
};

export type NewUserBody = RequestOf<'/api/users', 'post'>;

export type UserChangesBody = RequestOf<'/api/users/{id}', 'patch'>;

/** Users of the regions the caller administers (GET /api/users). */
export function listUsers(query: UserListQuery, signal?: AbortSignal): Promise<PageDto<UserDto>> {
  return apiGet<PageDto<UserDto>>('/api/users', query, signal);
}

export function getUser(id: string, signal?: AbortSignal): Promise<UserDto> {
  return apiGet<UserDto>(`/api/users/${encodeURIComponent(id)}`, undefined, signal);
}

export function createUser(body: NewUserBody): Promise<ResponseOf<'/api/users', 'post', 201>> {
  return apiSend('POST', '/api/users', body);
}

export function updateUser(id: string, body: UserChangesBody): Promise<UserDto> {
  return apiSend<UserDto>('PATCH', `/api/users/${encodeURIComponent(id)}`, body);
}

/** A new one-time link for the user to set a password (administrator reset). */
export function createPasswordLink(id: string): Promise<PasswordLinkDto> {
  return apiSend<PasswordLinkDto>('POST', `/api/users/${encodeURIComponent(id)}/password-link`);
}

/** Ends every session of a user (DELETE /api/users/{id}/sessions). */
export function endUserSessions(id: string): Promise<ResponseOf<'/api/users/{id}/sessions', 'delete'>> {
  return apiSend('DELETE', `/api/users/${encodeURIComponent(id)}/sessions`);
}
