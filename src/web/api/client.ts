import type { ApiErrorBody } from './types';

/** Codes the client itself produces when the API could not answer with its own error body. */
export const clientErrorCodes = {
  network: 'NETWORK_ERROR',
  badResponse: 'BAD_RESPONSE',
} as const;

/**
 * An error answered by the API (its `{error:{code,message,field,details}}` body) or met on the way
 * to it. `code` is stable and safe to branch on, e.g. `REGION_NOT_FOUND`.
 */
export class ApiError extends Error {
  readonly code: string;
  /** HTTP status; 0 when the request never got an answer. */
  readonly status: number;
  /** Name of the input field at fault, for validation errors. */
  readonly field: string | undefined;
  readonly requestId: string | undefined;
  /** Extra facts of some codes, e.g. `{retryAfterSeconds}` of RATE_LIMITED, `{reason}` of WEAK_PASSWORD. */
  readonly details: unknown;

  constructor(options: {
    code: string;
    message: string;
    status: number;
    field?: string | undefined;
    requestId?: string | undefined;
    details?: unknown;
  }) {
    super(options.message);
    this.name = 'ApiError';
    this.code = options.code;
    this.status = options.status;
    this.field = options.field;
    this.requestId = options.requestId;
    this.details = options.details;
  }
}

/** Query parameters; undefined, null and empty values are left out of the URL. */
export type QueryParams = Record<string, string | number | boolean | null | undefined>;

/** Builds `/api/...?a=1` from a path and parameters, skipping empty ones. */
export function buildUrl(path: string, params?: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

/*
 * The CSRF token of the current session. The session cookie is httpOnly, so the token comes from
 * the login/setup answer or /api/auth/me; the auth context keeps it here, and every write sends it.
 */
let csrfToken: string | null = null;

/** Remembers the session's CSRF token (null when logged out). Called by the auth context. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF token writes will send, if any. */
export function getCsrfToken(): string | null {
  return csrfToken;
}

/* Listeners told after every successful write: the UI's query cache marks its answers stale. */
const writeListeners = new Set<() => void>();

/** Calls `listener` after every write (apiSend, apiUpload) the API accepted; returns the unsubscribe. */
export function onWriteSucceeded(listener: () => void): () => void {
  writeListeners.add(listener);
  return () => writeListeners.delete(listener);
}

async function write<T>(path: string, init: RequestInit, signal?: AbortSignal): Promise<T> {
  const answer = await request<T>(path, init, signal);
  for (const listener of writeListeners) listener();
  return answer;
}

/** Methods that change something: the server demands the CSRF header on them. */
export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function request<T>(path: string, init: RequestInit, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, credentials: 'same-origin', signal: signal ?? null });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError({
      code: clientErrorCodes.network,
      message: cause instanceof Error ? cause.message : String(cause),
      status: 0,
    });
  }

  let body: unknown = undefined;
  const text = await response.text();
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      // A proxy or the SPA fallback may answer with HTML; reported below as a bad response.
    }
  }

  if (!response.ok) {
    if (isErrorBody(body)) {
      throw new ApiError({ ...body.error, status: response.status });
    }
    throw new ApiError({
      code: clientErrorCodes.badResponse,
      message: `HTTP ${response.status} ${response.statusText}`.trim(),
      status: response.status,
    });
  }
  if (body === undefined) {
    throw new ApiError({
      code: clientErrorCodes.badResponse,
      message: 'Response is not JSON',
      status: response.status,
    });
  }
  return body as T;
}

function writeHeaders(extra: Record<string, string>): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json', ...extra };
  if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  return headers;
}

/**
 * GETs a JSON resource of the Sinergi API. Rejects with an {@link ApiError} for every failure,
 * so callers need one `catch` shape; an aborted request rejects with the abort's DOMException.
 */
export function apiGet<T>(path: string, params?: QueryParams, signal?: AbortSignal): Promise<T> {
  return request<T>(buildUrl(path, params), { headers: { Accept: 'application/json' } }, signal);
}

/**
 * Sends a JSON write (POST/PUT/PATCH/DELETE) with the session's CSRF token. Fails the same way as
 * {@link apiGet}; a validation error names the field in `error.field`.
 */
export function apiSend<T>(
  method: WriteMethod,
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  return write<T>(
    path,
    {
      method,
      headers: writeHeaders(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      body: body === undefined ? null : JSON.stringify(body),
    },
    signal,
  );
}

/**
 * POSTs a multipart form (file uploads such as agreement documents) with the CSRF token. The browser
 * sets the multipart boundary itself, so no Content-Type is given here.
 */
export function apiUpload<T>(path: string, form: FormData, signal?: AbortSignal): Promise<T> {
  return write<T>(path, { method: 'POST', headers: writeHeaders({}), body: form }, signal);
}
