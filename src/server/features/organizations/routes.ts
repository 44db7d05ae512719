import { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import { createRouter, defineRoute, errorResponses, requestContext, requireUser } from '../../http.js';
import { createOrganization, getOrganization, listOrganizations, updateOrganization } from './service.js';
import { organizationKinds } from '../../../domain/agreements/kinds.js';

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });

export const organizationSchema = z
  .object({
    id: z.string().uuid(),
    name: z.string().openapi({ example: 'Universitas Brawijaya' }),
    kind: z.enum(organizationKinds),
    identifiers: z.record(z.string(), z.string()).openapi({ example: { npwp: '00.000.000.0-000.000' } }),
    country: z.string().openapi({ example: 'ID' }),
    regionCode: z.string().nullable().openapi({ description: 'Where the organisation is based' }),
    ownerRegionCode: z.string().nullable().openapi({
      description: 'The region whose administrators may change the entry (null: only a system administrator)',
    }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Organization');

const fields = {
  name: z.string().trim().min(2).max(300),
  kind: z.enum(organizationKinds),
  identifiers: z.record(z.string().min(1).max(40), z.string().trim().min(1).max(100)).optional(),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166 two-letter country code')
    .optional(),
  regionCode: z.string().max(20).nullable().optional(),
};
const idParam = z.object({
  id: z
    .string()
    .uuid('must be an organization id')
    .openapi({ param: { name: 'id', in: 'path' } }),
});

const listRoute = defineRoute({
  access: { permission: 'organization:read' },
  method: 'get',
  path: '/api/organizations',
  tags: ['Organizations'],
  summary: 'Search third parties (companies, universities, agencies ...) by name, typo tolerant',
  request: {
    query: z.object({
      q: z.string().max(200).optional(),
      kind: z.enum(organizationKinds).optional(),
      page: z.coerce.number().int().min(1).max(10_000).default(1),
      pageSize: z.coerce.number().int().min(1).max(100).default(20),
    }),
  },
  responses: {
    200: {
      description: 'A page of organisations',
      ...json(
        z.object({
          items: z.array(organizationSchema),
          total: z.number().int(),
          page: z.number().int(),
          pageSize: z.number().int(),
        }),
      ),
    },
    ...errorResponses(400, 401, 403),
  },
});
const createRouteDef = defineRoute({
  access: { permission: 'organization:manage' },
  method: 'post',
  path: '/api/organizations',
  tags: ['Organizations'],
  summary: 'Record a third party',
  request: { body: { ...json(z.object(fields)), required: true } },
  responses: {
    201: { description: 'Created', ...json(organizationSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
});
const detailRoute = defineRoute({
  access: { permission: 'organization:read' },
  method: 'get',
  path: '/api/organizations/{id}',
  tags: ['Organizations'],
  summary: 'One organisation',
  request: { params: idParam },
  responses: {
    200: { description: 'The organisation', ...json(organizationSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
});
const patchRoute = defineRoute({
  access: { permission: 'organization:manage' },
  method: 'patch',
  path: '/api/organizations/{id}',
  tags: ['Organizations'],
  summary: 'Change an organisation',
  request: { params: idParam, body: { ...json(z.object(fields).partial()), required: true } },
  responses: {
    200: { description: 'Updated', ...json(organizationSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

/** The shared directory of third parties. */
export function organizationRoutes(deps: { db: Db }) {
  const { db } = deps;
  const router = createRouter();
  router.openapi(listRoute, async (c) => c.json(await listOrganizations(db, c.req.valid('query')), 200));
  router.openapi(createRouteDef, async (c) =>
    c.json(
      await createOrganization(db, { ...requestContext(c), actor: requireUser(c) }, c.req.valid('json')),
      201,
    ),
  );
  router.openapi(detailRoute, async (c) => c.json(await getOrganization(db, c.req.valid('param').id), 200));
  router.openapi(patchRoute, async (c) =>
    c.json(
      await updateOrganization(
        db,
        { ...requestContext(c), actor: requireUser(c) },
        c.req.valid('param').id,
        c.req.valid('json'),
      ),
      200,
    ),
  );
  return router;
}
