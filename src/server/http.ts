import { createRoute, OpenAPIHono, z, type RouteConfig } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import type { ZodError } from 'zod';
import type { RequestContext } from './audit.js';
import { hasPermission, type Actor, type RouteAccess } from './auth/policy.js';
import type { LoadedSession } from './auth/sessions.js';
import { AppError, forbidden } from './errors.js';
import { assertSafeStrings } from './input-guard.js';
import type { Logger } from './logger.js';

/** Per-request variables set by the app's middleware. */
export type AppEnv = {
  Variables: {
    /** The server's id of this request: in every log line, the audit trail and X-Request-Id. */
    requestId: string;
    /** The X-Request-Id the client sent (cleaned), untrusted: logged and audited beside ours. */
    clientRequestId: string | null;
    log: Logger;
    /** The logged-in user or the anonymous visitor (set for every /api request). */
    actor: Actor;
    /** The cookie session, when the request came with one. */
    session: LoadedSession | null;
    /** Client address (X-Forwarded-For only when TRUST_PROXY is set). */
    ip: string | null;
  };
};

/** Every route's declared access, by "METHOD /api/path", for the permission matrix test. */
export const routeAccess = new Map<string, RouteAccess>();

function accessMiddleware(access: RouteAccess): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = c.var.actor;
    if (access !== 'public') {
      if (actor.kind === 'anonymous') {
        // Public reads of published records are decided by the service; everything else needs a login.
        if (access === 'authenticated' || !hasPermission(actor, access.permission)) {
          throw new AppError('UNAUTHENTICATED', 'Log in first');
        }
      } else if (access !== 'authenticated' && !hasPermission(actor, access.permission)) {
        throw forbidden('ROLE_NOT_ALLOWED', `Your role may not do this (${access.permission})`);
      }
    }
    await next();
  };
}

/**
 * A route definition with its access rule. The rule is enforced by middleware before validation and
 * recorded so that a route cannot ship without one (the matrix test reads `routeAccess`).
 */
export function defineRoute<const R extends RouteConfig>(config: R & { access: RouteAccess }) {
  const { access, ...rest } = config;
  routeAccess.set(`${config.method.toUpperCase()} ${config.path}`, access);
  const security = access === 'public' ? [] : [{ session: [] }, { bearer: [] }];
  return createRoute({
    ...rest,
    security,
    middleware: [accessMiddleware(access), ...((rest.middleware as MiddlewareHandler[] | undefined) ?? [])],
  } as unknown as R);
}

/** The acting user, address and request id of a request, for services and the audit trail. */
export function requestContext(c: Context<AppEnv>): RequestContext {
  return {
    actor: c.var.actor,
    ip: c.var.ip,
    requestId: c.var.requestId,
    clientRequestId: c.var.clientRequestId,
  };
}

/** The logged-in user of a request, or 401. */
export function requireUser(c: Context<AppEnv>) {
  const actor = c.var.actor;
  if (actor.kind !== 'user') throw new AppError('UNAUTHENTICATED', 'Log in first');
  return actor;
}

/** Names the first invalid field of a zod error as `target.path` ("query.pageSize"). */
export function validationError(target: string, error: ZodError): AppError {
  const issue = error.issues[0];
  const fieldPath = issue?.path.map(String).join('.') ?? '';
  const field = fieldPath ? (target === 'json' ? `body.${fieldPath}` : fieldPath) : target;
  return new AppError(
    'VALIDATION_FAILED',
    issue ? `${field}: ${issue.message}` : `Invalid ${target}`,
    field,
    error.issues.map(issueDetail),
  );
}

/**
 * One zod issue as the API reports it: path and English message, plus the issue's code and limits
 * (minimum, maximum, origin, format) so a client can word it in its own language.
 */
function issueDetail(issue: ZodError['issues'][number]) {
  const extra = issue as unknown as Record<string, unknown>;
  const limits = Object.fromEntries(
    (['minimum', 'maximum', 'origin', 'format'] as const).flatMap((key) => {
      const value = extra[key];
      return typeof value === 'number' || typeof value === 'string' ? [[key, value]] : [];
    }),
  );
  return { path: issue.path.map(String).join('.'), message: issue.message, code: issue.code, ...limits };
}

/**
 * A router for one feature. Invalid input never reaches a handler: the default hook turns the
 * zod error into a 400 VALIDATION_FAILED naming the field, and refuses a NUL or a lone surrogate
 * in any validated string the same way.
 */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.target, result.error);
      // The edge guard (input-guard.ts) has checked the path, the query and JSON bodies; this sees
      // the parsed form fields (and file names) too.
      const target: string = result.target;
      assertSafeStrings(result.data, target === 'json' || target === 'form' ? 'body' : '');
    },
  });
}

/** The OpenAPI schema of every error response. */
export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'REGION_NOT_FOUND' }),
      message: z.string(),
      field: z.string().optional(),
      details: z.unknown().optional(),
      requestId: z.string().optional(),
    }),
  })
  .openapi('Error');

/**
 * A response field that is `schema` or null. A named schema's own `.nullable()` is published as an
 * intersection with a null object, which generated client types read wrongly (decision 013), so a
 * nullable field is always written as a union.
 */
export function orNull<Schema extends z.ZodType>(schema: Schema) {
  return z.union([schema, z.null()]);
}

/** Standard error responses for route definitions. */
export function errorResponses(...statuses: Array<400 | 401 | 403 | 404 | 409 | 413 | 422 | 429>) {
  const descriptions: Record<number, string> = {
    400: 'Invalid request (the field is named)',
    401: 'Not logged in',
    403: 'Not allowed',
    404: 'Not found',
    409: 'Conflict',
    413: 'Request body too large',
    422: 'A domain rule was broken',
    429: 'Too many requests',
  };
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: descriptions[status] ?? 'Error',
        content: { 'application/json': { schema: errorResponseSchema } },
      },
    ]),
  ) as Record<
    number,
    { description: string; content: { 'application/json': { schema: typeof errorResponseSchema } } }
  >;
}
