import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import { AppError } from '../errors.js';
import type { AppEnv } from '../http.js';
import { anonymous } from './policy.js';
import { loadApiToken, loadSession, sessionCookieName } from './sessions.js';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Writes that start a session or do not need one: CSRF tokens cannot exist yet. */
const csrfExempt = new Set(['/api/auth/login', '/api/auth/setup', '/api/auth/password-reset']);

/** The client's address; X-Forwarded-For is only believed behind a trusted proxy. */
export function clientIp(c: Context<AppEnv>, config: Config): string | null {
  if (config.TRUST_PROXY) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
}

/** Whether the request reached us over HTTPS (directly or, behind a trusted proxy, at the proxy). */
export function isHttps(c: Context<AppEnv>, config: Config): boolean {
  if (config.PUBLIC_URL?.startsWith('https:')) return true;
  if (config.TRUST_PROXY && c.req.header('x-forwarded-proto') === 'https') return true;
  return new URL(c.req.url).protocol === 'https:';
}

function sameOrigin(c: Context<AppEnv>, config: Config, origin: string): boolean {
  try {
    const originHost = new URL(origin).host;
    const allowed = new Set([new URL(c.req.url).host]);
    const forwardedHost = config.TRUST_PROXY ? c.req.header('x-forwarded-host') : undefined;
    if (forwardedHost) allowed.add(forwardedHost);
    const host = c.req.header('host');
    if (host) allowed.add(host);
    if (config.PUBLIC_URL) allowed.add(new URL(config.PUBLIC_URL).host);
    return allowed.has(originHost);
  } catch {
    return false;
  }
}

/**
 * Identifies the actor of every API request: an API token (Authorization: Bearer snrg_...), a
 * session cookie, or anonymous. Cookie-authenticated writes must carry the session's CSRF token in
 * X-CSRF-Token; any write from a foreign Origin is refused.
 */
export function authenticate(deps: { database: Database; config: Config }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('ip', clientIp(c, deps.config));
    c.set('actor', anonymous);
    c.set('session', null);
    const method = c.req.method.toUpperCase();
    const unsafe = unsafeMethods.has(method);
    if (unsafe) {
      const origin = c.req.header('origin');
      if (origin && origin !== 'null' && !sameOrigin(c, deps.config, origin)) {
        throw new AppError('CSRF_FAILED', 'Cross-origin writes are not allowed');
      }
    }
    const authorization = c.req.header('authorization');
    if (authorization) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      const actor = match?.[1] ? await loadApiToken(deps.database.db, match[1]) : null;
      if (!actor) throw new AppError('UNAUTHENTICATED', 'The API token is invalid, expired or revoked');
      c.set('actor', actor);
      return next();
    }
    const cookie = getCookie(c, sessionCookieName);
    if (cookie) {
      const session = await loadSession(deps.database, deps.config, cookie);
      if (session) {
        if (unsafe && !csrfExempt.has(c.req.path) && c.req.header('x-csrf-token') !== session.csrfToken) {
          throw new AppError('CSRF_FAILED', 'The X-CSRF-Token header is missing or wrong');
        }
        c.set('session', session);
        c.set('actor', session.actor);
      }
    }
    return next();
  };
}
