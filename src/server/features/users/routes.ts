import { z } from '@hono/zod-openapi';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { roles } from '../../auth/policy.js';
import {
  createRouter,
  defineRoute,
  errorResponses,
  orNull,
  requestContext,
  requireUser,
} from '../../http.js';
import { presentUser } from '../auth/service.js';
import { userSchema } from '../auth/routes.js';
import {
  createResetLink,
  createUser,
  endUserSessions,
  getUser,
  listUsers,
  updateUserAccount,
} from './service.js';

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const idParam = z.object({ id: z.string().uuid('must be a user id') });
const resetLinkSchema = z
  .object({
    url: z.string().openapi({
      description: 'Absolute when PUBLIC_URL is set; otherwise a path (/atur-sandi?token=...) on this site',
    }),
    expiresAt: z.string(),
  })
  .openapi('PasswordLink');

const listRoute = defineRoute({
  access: { permission: 'user:read' },
  method: 'get',
  path: '/api/users',
  tags: ['Users'],
  summary: 'Users of the regions the caller administers',
  request: {
    query: z.object({
      q: z.string().max(200).optional(),
      role: z.enum(roles).optional(),
      regionCode: z.string().max(10).optional(),
      page: z.coerce.number().int().min(1).max(10_000).default(1),
      pageSize: z.coerce.number().int().min(1).max(100).default(20),
    }),
  },
  responses: {
    200: {
      description: 'A page of users',
      ...json(
        z.object({ items: z.array(userSchema), total: z.number(), page: z.number(), pageSize: z.number() }),
      ),
    },
    ...errorResponses(400, 401, 403),
  },
});

const createRouteDef = defineRoute({
  access: { permission: 'user:manage' },
  method: 'post',
  path: '/api/users',
  tags: ['Users'],
  summary: 'Create a user (without a password, a one-time link to choose one is returned)',
  request: {
    body: {
      ...json(
        z.object({
          email: z.string().trim().toLowerCase().email().max(254),
          name: z.string().trim().min(1).max(200),
          role: z.enum(roles),
          regionCode: z.string().max(10).nullable().optional(),
          opdId: z.string().uuid().nullable().optional(),
          oversightScope: z.enum(['province', 'national']).nullable().optional(),
          password: z.string().max(1024).optional(),
        }),
      ),
      required: true,
    },
  },
  responses: {
    201: {
      description: 'Created',
      ...json(z.object({ user: userSchema, passwordLink: orNull(resetLinkSchema) })),
    },
    ...errorResponses(400, 401, 403, 409, 422),
  },
});

const getRouteDef = defineRoute({
  access: 'authenticated',
  method: 'get',
  path: '/api/users/{id}',
  tags: ['Users'],
  summary: 'One user',
  request: { params: idParam },
  responses: { 200: { description: 'The user', ...json(userSchema) }, ...errorResponses(401, 404) },
});

const patchRoute = defineRoute({
  // Everyone may change their own name (account:manage); the service requires user:manage and a
  // manageable account for anything else.
  access: 'authenticated',
  method: 'patch',
  path: '/api/users/{id}',
  tags: ['Users'],
  summary: "Change name, role or OPD, or disable/enable a user (one's own name: any user)",
  request: {
    params: idParam,
    body: {
      ...json(
        z.object({
          name: z.string().trim().min(1).max(200).optional(),
          role: z.enum(roles).optional(),
          opdId: z.string().uuid().nullable().optional(),
          /** Moves the user to another region (system administrators only); ends their sessions and tokens. */
          regionCode: z.string().max(10).nullable().optional(),
          disabled: z.boolean().optional(),
        }),
      ),
      required: true,
    },
  },
  responses: {
    200: { description: 'Updated', ...json(userSchema) },
    ...errorResponses(400, 401, 403, 404, 422),
  },
});

const resetLinkRoute = defineRoute({
  access: { permission: 'user:manage' },
  method: 'post',
  path: '/api/users/{id}/password-link',
  tags: ['Users'],
  summary: 'Create a one-time link for the user to set a new password',
  request: { params: idParam },
  responses: {
    201: { description: 'Link created', ...json(resetLinkSchema) },
    ...errorResponses(401, 403, 404, 409),
  },
});

const endSessionsRoute = defineRoute({
  access: { permission: 'user:manage' },
  method: 'delete',
  path: '/api/users/{id}/sessions',
  tags: ['Users'],
  summary: 'End every session of a user (a lost device, a suspected compromise)',
  request: { params: idParam },
  responses: {
    200: { description: 'Sessions ended', ...json(z.object({ ended: z.number().int() })) },
    ...errorResponses(401, 403, 404),
  },
});

/**
 * The one-time password link. Built from PUBLIC_URL, never from the request: a forged Host header
 * would otherwise send the new user's secret to another site. Without PUBLIC_URL the link is a
 * path, which the administrator's browser completes with the address it is using.
 */
function linkFor(config: Config, token: string): string {
  const base = config.PUBLIC_URL?.replace(/\/$/, '') ?? '';
  return `${base}/atur-sandi?token=${encodeURIComponent(token)}`;
}

export function userRoutes(deps: { db: Db; config: Config }) {
  const { db, config } = deps;
  const router = createRouter();
  router.openapi(listRoute, async (c) =>
    c.json(await listUsers(db, { ...requestContext(c), actor: requireUser(c) }, c.req.valid('query')), 200),
  );
  router.openapi(createRouteDef, async (c) => {
    const { user, reset } = await createUser(
      db,
      { ...requestContext(c), actor: requireUser(c) },
      c.req.valid('json'),
    );
    return c.json(
      {
        user: presentUser(user),
        passwordLink: reset
          ? { url: linkFor(config, reset.token), expiresAt: reset.expiresAt.toISOString() }
          : null,
      },
      201,
    );
  });
  router.openapi(getRouteDef, async (c) =>
    c.json(
      presentUser(
        await getUser(db, { ...requestContext(c), actor: requireUser(c) }, c.req.valid('param').id),
      ),
      200,
    ),
  );
  router.openapi(patchRoute, async (c) => {
    const user = await updateUserAccount(
      db,
      { ...requestContext(c), actor: requireUser(c) },
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(presentUser(user), 200);
  });
  router.openapi(resetLinkRoute, async (c) => {
    const reset = await createResetLink(
      db,
      { ...requestContext(c), actor: requireUser(c) },
      c.req.valid('param').id,
    );
    return c.json({ url: linkFor(config, reset.token), expiresAt: reset.expiresAt.toISOString() }, 201);
  });
  router.openapi(endSessionsRoute, async (c) => {
    const ended = await endUserSessions(
      db,
      { ...requestContext(c), actor: requireUser(c) },
      c.req.valid('param').id,
    );
    return c.json({ ended }, 200);
  });
  return router;
}
