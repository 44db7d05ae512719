import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import { AppError } from '../errors.js';
import type { AppEnv } from '../http.js';
import { anonymous } from './policy.js';
import { loadApiToken, sessionCookieName, sharedSessionLookup } from './sessions.js';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Writes that start a session or do not need one: CSRF tokens cannot exist yet. */
const csrfExempt = new Set(['/api/auth/login', '/api/auth/setup', '/api/auth/password-reset']);

/**
 * The value of a comma-separated X-Forwarded-* header that our own proxies wrote, or undefined
 * when proxies are not trusted or the header is absent. Each of the TRUST_PROXY_HOPS proxies
 * appends what it saw, so the client's value is that many entries from the right. Entries further
 * left came from the client and are never believed; with fewer entries than hops, the leftmost is
 * the furthest any trusted proxy saw.
 */
export function forwardedValue(c: Context<AppEnv>, config: Config, header: string): string | undefined {
  if (!config.TRUST_PROXY) return undefined;
  const entries = (c.req.header(header) ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return undefined;
  return entries[Math.max(0, entries.length - config.TRUST_PROXY_HOPS)];
}

/** The client's address: the socket's peer, or behind trusted proxies what they forwarded. */
export function clientIp(c: Context<AppEnv>, config: Config): string | null {
  const forwarded = forwardedValue(c, config, 'x-forwarded-for');
  if (forwarded) return forwarded;
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
}

/** Whether the request reached us over HTTPS (directly or, behind a trusted proxy, at the proxy). */
export function isHttps(c: Context<AppEnv>, config: Config): boolean {
  if (config.PUBLIC_URL?.startsWith('https:')) return true;
  if (forwardedValue(c, config, 'x-forwarded-proto')?.toLowerCase() === 'https') return true;
  return new URL(c.req.url).protocol === 'https:';
}

function sameOrigin(c: Context<AppEnv>, config: Config, origin: string): boolean {
  try {
    const originHost = new URL(origin).host;
    const allowed = new Set([new URL(c.req.url).host]);
    const forwardedHost = forwardedValue(c, config, 'x-forwarded-host');
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
  const lookupSession = sharedSessionLookup(deps.database, deps.config);
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
      const session = await lookupSession(cookie);
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
