import type { Permission } from '../auth/roles';
import { apiGet, apiSend } from './client';
import type { ItemOf, ResponseOf, Schema } from './contract';

/** A user account as the API presents it (schema `User`). */
export type UserDto = Schema<'User'>;

/** Answer of GET /api/auth/me. */
export type MeDto = Schema<'Me'>;

/** Answer of login and setup: the user and the CSRF token of the new session. */
export type SessionStartDto = ResponseOf<'/api/auth/login', 'post'>;

/** One live session of the current user. */
export type SessionDto = ItemOf<ResponseOf<'/api/auth/sessions', 'get'>>;

/** An API token (the secret itself is only in the creation answer). */
export type ApiTokenDto = Schema<'ApiToken'>;

type Ok = { ok: true };

export function getMe(signal?: AbortSignal): Promise<MeDto> {
  return apiGet<MeDto>('/api/auth/me', undefined, signal);
}

export function login(body: { email: string; password: string }): Promise<SessionStartDto> {
  return apiSend<SessionStartDto>('POST', '/api/auth/login', body);
}

export function logout(): Promise<Ok> {
  return apiSend<Ok>('POST', '/api/auth/logout');
}

/** Ends every session of the current user, this one included. */
export function logoutEverywhere(): Promise<ResponseOf<'/api/auth/logout-all', 'post'>> {
  return apiSend('POST', '/api/auth/logout-all');
}

export function getSetupStatus(signal?: AbortSignal): Promise<ResponseOf<'/api/auth/setup', 'get'>> {
  return apiGet('/api/auth/setup', undefined, signal);
}

/** Creates the first system administrator with the one-time token printed at start-up. */
export function completeSetup(body: {
  token: string;
  email: string;
  name: string;
  password: string;
}): Promise<SessionStartDto> {
  return apiSend<SessionStartDto>('POST', '/api/auth/setup', body);
}

export function changePassword(body: { currentPassword: string; newPassword: string }): Promise<Ok> {
  return apiSend<Ok>('POST', '/api/auth/password', body);
}

/** Sets a new password with a one-time link made by an administrator. */
/** The account a password link is for (GET /api/auth/password-reset); 400 TOKEN_INVALID for a bad link. */
export function passwordLinkAccount(
  token: string,
  signal?: AbortSignal,
): Promise<ResponseOf<'/api/auth/password-reset', 'get'>> {
  return apiGet('/api/auth/password-reset', { token }, signal);
}

export function resetPassword(body: { token: string; password: string }): Promise<Ok> {
  return apiSend<Ok>('POST', '/api/auth/password-reset', body);
}

export function listSessions(signal?: AbortSignal): Promise<ResponseOf<'/api/auth/sessions', 'get'>> {
  return apiGet('/api/auth/sessions', undefined, signal);
}

export function endSession(id: string): Promise<Ok> {
  return apiSend<Ok>('DELETE', `/api/auth/sessions/${encodeURIComponent(id)}`);
}

export function listTokens(signal?: AbortSignal): Promise<ResponseOf<'/api/auth/tokens', 'get'>> {
  return apiGet('/api/auth/tokens', undefined, signal);
}

/** Creates an API token; `token` in the answer is the secret, shown once. */
export function createToken(body: {
  name: string;
  permissions?: Permission[];
  expiresInDays?: number;
}): Promise<ApiTokenDto & { token: string }> {
  return apiSend<ApiTokenDto & { token: string }>('POST', '/api/auth/tokens', body);
}

export function revokeToken(id: string): Promise<Ok> {
  return apiSend<Ok>('DELETE', `/api/auth/tokens/${encodeURIComponent(id)}`);
}
