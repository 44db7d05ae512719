/**
 * The signed-in user's API tokens over HTTP: list, create (the secret shown once), revoke.
 */
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import { defineRoute, errorResponses, requestContext, requireUser, type AppEnv } from '../../http.js';
import { permissions, type UserActor } from '../../auth/policy.js';
import { createApiToken, listTokens, revokeToken } from './tokens.service.js';

/** One's own account: a session always may; an API token only with `account:manage` (as in routes.ts). */
const accountManagement = { permission: 'account:manage' } as const;
const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const ok = z.object({ ok: z.literal(true) });

const tokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string(),
    permissions: z.array(z.string()).nullable(),
    expiresAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('ApiToken');

const listTokensRoute = defineRoute({
  access: accountManagement,
  method: 'get',
  path: '/api/auth/tokens',
  tags: ['Auth'],
  summary: "The current user's API tokens",
  responses: {
    200: { description: 'Tokens', ...json(z.object({ items: z.array(tokenSchema) })) },
    ...errorResponses(401, 403),
  },
});

const createTokenRoute = defineRoute({
  access: accountManagement,
  method: 'post',
  path: '/api/auth/tokens',
  tags: ['Auth'],
  summary: 'Create an API token (the secret is shown once)',
  request: {
    body: {
      ...json(
        z.object({
          name: z.string().trim().min(1).max(100),
          permissions: z.array(z.enum(permissions)).min(1).optional(),
          expiresInDays: z.number().int().min(1).max(730).optional(),
        }),
      ),
      required: true,
    },
  },
  responses: {
    201: { description: 'Created', ...json(tokenSchema.extend({ token: z.string() })) },
    ...errorResponses(400, 401, 403, 422),
  },
});

const revokeTokenRoute = defineRoute({
  access: accountManagement,
  method: 'delete',
  path: '/api/auth/tokens/{id}',
  tags: ['Auth'],
  summary: 'Revoke an API token',
  request: { params: z.object({ id: z.string().uuid() }) },
  responses: { 200: { description: 'Revoked', ...json(ok) }, ...errorResponses(401, 403, 404) },
});

/** Registers the token routes (last among the auth routes: the OpenAPI document keeps the order). */
export function registerTokenRoutes(router: OpenAPIHono<AppEnv>, db: Db) {
  router.openapi(listTokensRoute, async (c) => {
    const actor = requireUser(c);
    return c.json({ items: await listTokens(db, actor.id) }, 200);
  });

  router.openapi(createTokenRoute, async (c) => {
    const actor = requireUser(c);
    return c.json(
      await createApiToken(db, { ...requestContext(c), actor: actor as UserActor }, c.req.valid('json')),
      201,
    );
  });

  router.openapi(revokeTokenRoute, async (c) => {
    const actor = requireUser(c);
    await revokeToken(db, { ...requestContext(c), actor }, c.req.valid('param').id);
    return c.json({ ok: true as const }, 200);
  });
}
