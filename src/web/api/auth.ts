import type { Permission, Role } from '../auth/roles';
import { apiGet, apiSend } from './client';

/** A user account as the API presents it (schema `User`). */
export type UserDto = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Kemendagri code of the user's pemda; null for system administrators and national oversight. */
  regionCode: string | null;
  opdId: string | null;
  oversightScope: 'province' | 'national' | null;
  locale: 'id' | 'en';
  disabled: boolean;
  lastLoginAt: string | null;
  createdAt: string;
};

/** Answer of GET /api/auth/me. */
export type MeDto = {
  user: UserDto | null;
  csrfToken: string | null;
  permissions: Permission[];
  /** True until the first system administrator has been created. */
  setupNeeded: boolean;
};

/** Answer of login and setup: the user and the CSRF token of the new session. */
export type SessionStartDto = { user: UserDto; csrfToken: string };

/** One live session of the current user. */
export type SessionDto = {
  id: string;
  current: boolean;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
};

/** An API token (the secret itself is only in the creation answer). */
export type ApiTokenDto = {
  id: string;
  name: string;
  /** First characters of the secret, to recognise it. */
  prefix: string;
  /** The permissions it is limited to; null = all of the user's. */
  permissions: string[] | null;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
};

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
export function logoutEverywhere(): Promise<{ ended: number }> {
  return apiSend<{ ended: number }>('POST', '/api/auth/logout-all');
}

export function getSetupStatus(signal?: AbortSignal): Promise<{ needed: boolean }> {
  return apiGet<{ needed: boolean }>('/api/auth/setup', undefined, signal);
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
): Promise<{ name: string; email: string }> {
  return apiGet<{ name: string; email: string }>('/api/auth/password-reset', { token }, signal);
}

export function resetPassword(body: { token: string; password: string }): Promise<Ok> {
  return apiSend<Ok>('POST', '/api/auth/password-reset', body);
}

export function listSessions(signal?: AbortSignal): Promise<{ items: SessionDto[] }> {
  return apiGet<{ items: SessionDto[] }>('/api/auth/sessions', undefined, signal);
}

export function endSession(id: string): Promise<Ok> {
  return apiSend<Ok>('DELETE', `/api/auth/sessions/${encodeURIComponent(id)}`);
}

export function listTokens(signal?: AbortSignal): Promise<{ items: ApiTokenDto[] }> {
  return apiGet<{ items: ApiTokenDto[] }>('/api/auth/tokens', undefined, signal);
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
