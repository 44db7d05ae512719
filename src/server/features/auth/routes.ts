import { z } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { Context } from 'hono';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import {
  type AppEnv,
  createRouter,
  defineRoute,
  errorResponses,
  orNull,
  requestContext,
  requireUser,
} from '../../http.js';
import type { Logger } from '../../logger.js';
import { isHttps } from '../../auth/middleware.js';
import { permissions, hasPermission } from '../../auth/policy.js';
import {
  createSession,
  deleteSession,
  deleteUserSessionByPrefix,
  deleteUserSessions,
  listUserSessions,
  sessionCookieName,
} from '../../auth/sessions.js';
import { recordAudit } from '../../audit.js';
import { findUserById } from './repo.js';
import { registerTokenRoutes } from './tokens.routes.js';
import {
  changePassword,
  completeSetup,
  login,
  presentUser,
  passwordLinkAccount,
  resetPassword,
  setupNeeded,
} from './service.js';

const email = z.string().trim().toLowerCase().email().max(254);
export const userSchema = z
  .object({
    id: z.string().uuid(),
    email: z.string(),
    name: z.string(),
    role: z.enum(['system_admin', 'region_admin', 'reviewer', 'opd_officer', 'oversight', 'viewer']),
    regionCode: z.string().nullable(),
    opdId: z.string().nullable(),
    oversightScope: z.enum(['province', 'national']).nullable(),
    locale: z.enum(['id', 'en']),
    disabled: z.boolean(),
    lastLoginAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('User');

const meSchema = z
  .object({
    user: orNull(userSchema),
    csrfToken: z.string().nullable(),
    permissions: z.array(z.enum(permissions)),
    setupNeeded: z.boolean(),
  })
  .openapi('Me');

const ok = z.object({ ok: z.literal(true) });

/**
 * One's own account (sessions, API tokens, password): a session always may; an API token only when
 * it holds `account:manage`, so a token limited to other work cannot take the account over.
 */
const accountManagement = { permission: 'account:manage' } as const;
const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });

const loginRoute = defineRoute({
  access: 'public',
  method: 'post',
  path: '/api/auth/login',
  tags: ['Auth'],
  summary: 'Log in with email and password (sets the session cookie)',
  request: { body: { ...json(z.object({ email, password: z.string().min(1).max(1024) })), required: true } },
  responses: {
    200: { description: 'Logged in', ...json(z.object({ user: userSchema, csrfToken: z.string() })) },
    ...errorResponses(400, 401, 429),
  },
});

const logoutRoute = defineRoute({
  access: 'public',
  method: 'post',
  path: '/api/auth/logout',
  tags: ['Auth'],
  summary: 'End this session',
  responses: { 200: { description: 'Logged out', ...json(ok) } },
});

const logoutAllRoute = defineRoute({
  access: accountManagement,
  method: 'post',
  path: '/api/auth/logout-all',
  tags: ['Auth'],
  summary: 'End every session of the current user ("log out everywhere")',
  responses: {
    200: { description: 'Sessions ended', ...json(z.object({ ended: z.number().int() })) },
    ...errorResponses(401, 403),
  },
});

const meRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/auth/me',
  tags: ['Auth'],
  summary: 'The current user (null when anonymous), CSRF token and permissions',
  responses: { 200: { description: 'Current user', ...json(meSchema) } },
});

const setupStatusRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/auth/setup',
  tags: ['Auth'],
  summary: 'Whether the first administrator still has to be created',
  responses: { 200: { description: 'Setup status', ...json(z.object({ needed: z.boolean() })) } },
});

const setupRoute = defineRoute({
  access: 'public',
  method: 'post',
  path: '/api/auth/setup',
  tags: ['Auth'],
  summary: 'Create the first system administrator with the one-time setup token printed at start-up',
  request: {
    body: {
      ...json(
        z.object({
          token: z.string().min(10).max(200),
          email,
          name: z.string().trim().min(1).max(200),
          password: z.string().max(1024),
        }),
      ),
      required: true,
    },
  },
  responses: {
    201: {
      description: 'Administrator created and logged in',
      ...json(z.object({ user: userSchema, csrfToken: z.string() })),
    },
    ...errorResponses(400, 409, 422),
  },
});

const passwordRoute = defineRoute({
  access: accountManagement,
  method: 'post',
  path: '/api/auth/password',
  tags: ['Auth'],
  summary: "Change one's own password (ends the other sessions)",
  request: {
    body: {
      ...json(z.object({ currentPassword: z.string().max(1024), newPassword: z.string().max(1024) })),
      required: true,
    },
  },
  responses: { 200: { description: 'Changed', ...json(ok) }, ...errorResponses(400, 401, 403, 422) },
});

const resetRoute = defineRoute({
  access: 'public',
  method: 'post',
  path: '/api/auth/password-reset',
  tags: ['Auth'],
  summary: 'Set a new password with a one-time link from an administrator',
  request: {
    body: {
      ...json(z.object({ token: z.string().min(10).max(200), password: z.string().max(1024) })),
      required: true,
    },
  },
  responses: { 200: { description: 'Password set', ...json(ok) }, ...errorResponses(400, 422) },
});

const resetAccountRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/auth/password-reset',
  tags: ['Auth'],
  summary: 'The account a one-time password link is for (name and email)',
  request: { query: z.object({ token: z.string().min(10).max(200) }) },
  responses: {
    200: { description: 'The account', ...json(z.object({ name: z.string(), email: z.string() })) },
    ...errorResponses(400),
  },
});

const sessionsRoute = defineRoute({
  access: accountManagement,
  method: 'get',
  path: '/api/auth/sessions',
  tags: ['Auth'],
  summary: "The current user's live sessions",
  responses: {
    200: {
      description: 'Sessions',
      ...json(
        z.object({
          items: z.array(
            z.object({
              id: z.string(),
              current: z.boolean(),
              createdAt: z.string(),
              lastSeenAt: z.string(),
              expiresAt: z.string(),
              ip: z.string().nullable(),
              userAgent: z.string().nullable(),
            }),
          ),
        }),
      ),
    },
    ...errorResponses(401, 403),
  },
});

const endSessionRoute = defineRoute({
  access: accountManagement,
  method: 'delete',
  path: '/api/auth/sessions/{id}',
  tags: ['Auth'],
  summary: 'End one of the current user’s sessions',
  request: { params: z.object({ id: z.string().regex(/^[0-9a-f]{16}$/, 'must be a session id') }) },
  responses: { 200: { description: 'Ended', ...json(ok) }, ...errorResponses(401, 403, 404) },
});

function setSessionCookie(c: Context<AppEnv>, config: Config, token: string, expiresAt: Date) {
  setCookie(c, sessionCookieName, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c, config),
    path: '/',
    expires: expiresAt,
  });
}

function clientOf(c: Context<AppEnv>) {
  return {
    ip: c.var.ip,
    userAgent: c.req.header('user-agent') ?? null,
    requestId: c.var.requestId,
    clientRequestId: c.var.clientRequestId,
  };
}

export function authRoutes(deps: { db: Db; config: Config; logger: Logger }) {
  const { db, config } = deps;
  const router = createRouter();

  router.openapi(loginRoute, async (c) => {
    const input = c.req.valid('json');
    // A session presented before login is ended: the new session never reuses its id.
    if (c.var.session) await deleteSession(db, c.var.session.sessionIdHash);
    const result = await login(db, config, c.var.log, input, clientOf(c));
    setSessionCookie(c, config, result.token, result.expiresAt);
    return c.json({ user: presentUser(result.user), csrfToken: result.csrfToken }, 200);
  });

  router.openapi(logoutRoute, async (c) => {
    if (c.var.session) {
      await deleteSession(db, c.var.session.sessionIdHash);
      await recordAudit(db, requestContext(c), {
        action: 'auth.logout',
        entityType: 'user',
        entityId: c.var.session.actor.id,
        regionCodes: c.var.session.actor.regionCode ? [c.var.session.actor.regionCode] : [],
      });
    }
    deleteCookie(c, sessionCookieName, { path: '/' });
    return c.json({ ok: true as const }, 200);
  });

  router.openapi(logoutAllRoute, async (c) => {
    const actor = requireUser(c);
    const ended = await deleteUserSessions(db, actor.id);
    await recordAudit(db, requestContext(c), {
      action: 'auth.logout_all',
      entityType: 'user',
      entityId: actor.id,
      regionCodes: actor.regionCode ? [actor.regionCode] : [],
    });
    deleteCookie(c, sessionCookieName, { path: '/' });
    return c.json({ ended }, 200);
  });

  router.openapi(meRoute, async (c) => {
    const actor = c.var.actor;
    const user = actor.kind === 'user' ? await findUserById(db, actor.id) : undefined;
    return c.json(
      {
        user: user ? presentUser(user) : null,
        csrfToken: c.var.session?.csrfToken ?? null,
        permissions: permissions.filter((permission) => hasPermission(actor, permission)),
        setupNeeded: await setupNeeded(db),
      },
      200,
    );
  });

  router.openapi(setupStatusRoute, async (c) => c.json({ needed: await setupNeeded(db) }, 200));

  router.openapi(setupRoute, async (c) => {
    const user = await completeSetup(db, c.req.valid('json'), clientOf(c));
    const session = await createSession(db, config, user.id, clientOf(c));
    setSessionCookie(c, config, session.token, session.expiresAt);
    return c.json({ user: presentUser(user), csrfToken: session.csrfToken }, 201);
  });

  router.openapi(passwordRoute, async (c) => {
    const actor = requireUser(c);
    await changePassword(
      db,
      { config, logger: c.var.log },
      { ...requestContext(c), actor },
      c.req.valid('json'),
      c.var.session?.sessionIdHash,
    );
    return c.json({ ok: true as const }, 200);
  });

  router.openapi(resetAccountRoute, async (c) => {
    return c.json(await passwordLinkAccount(db, c.req.valid('query').token), 200);
  });

  router.openapi(resetRoute, async (c) => {
    await resetPassword(db, c.req.valid('json'), clientOf(c));
    return c.json({ ok: true as const }, 200);
  });

  router.openapi(sessionsRoute, async (c) => {
    const actor = requireUser(c);
    const current = c.var.session?.sessionIdHash.slice(0, 16);
    const items = (await listUserSessions(db, actor.id)).map((s) => ({ ...s, current: s.id === current }));
    return c.json({ items }, 200);
  });

  router.openapi(endSessionRoute, async (c) => {
    const actor = requireUser(c);
    const id = c.req.valid('param').id;
    await db.transaction(async (tx) => {
      if (!(await deleteUserSessionByPrefix(tx, actor.id, id))) {
        throw new AppError('NOT_FOUND', 'No such session', 'id');
      }
      await recordAudit(tx, requestContext(c), {
        action: 'auth.session_end',
        entityType: 'user',
        entityId: actor.id,
        regionCodes: actor.regionCode ? [actor.regionCode] : [],
        note: `Session ${id} ended`,
      });
    });
    return c.json({ ok: true as const }, 200);
  });

  registerTokenRoutes(router, db);
  return router;
}
