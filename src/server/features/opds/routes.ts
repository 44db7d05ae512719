import { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import { createRouter, defineRoute, errorResponses, requestContext, requireUser } from '../../http.js';
import { sectorKeySchema } from '../../../domain/taxonomy/sectors.js';
import { createOpd, deleteOpd, listOpds, updateOpd } from './service.js';

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const opdSchema = z
  .object({
    id: z.string(),
    regionCode: z.string(),
    name: z.string(),
    abbreviation: z.string().nullable(),
    sectorKeys: z.array(z.string()),
    createdAt: z.string(),
  })
  .openapi('Opd');
const fields = {
  name: z.string().trim().min(2).max(200),
  abbreviation: z.string().trim().max(40).nullable().optional(),
  sectorKeys: z.array(sectorKeySchema).max(41).optional(),
};
const idParam = z.object({ id: z.string().uuid('must be an OPD id') });

const listRoute = defineRoute({
  access: { permission: 'opd:read' },
  method: 'get',
  path: '/api/opds',
  tags: ['OPD'],
  summary: 'The perangkat daerah (OPD) of a region',
  request: { query: z.object({ regionCode: z.string().min(2).max(10) }) },
  responses: {
    200: { description: 'OPD', ...json(z.object({ items: z.array(opdSchema) })) },
    ...errorResponses(400, 401, 403, 404),
  },
});
const createRouteDef = defineRoute({
  access: { permission: 'opd:manage' },
  method: 'post',
  path: '/api/opds',
  tags: ['OPD'],
  summary: 'Add an OPD to a region',
  request: {
    body: { ...json(z.object({ regionCode: z.string().min(2).max(10), ...fields })), required: true },
  },
  responses: {
    201: { description: 'Created', ...json(opdSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
});
const patchRoute = defineRoute({
  access: { permission: 'opd:manage' },
  method: 'patch',
  path: '/api/opds/{id}',
  tags: ['OPD'],
  summary: 'Change an OPD',
  request: {
    params: idParam,
    body: { ...json(z.object({ ...fields, name: fields.name.optional() })), required: true },
  },
  responses: { 200: { description: 'Updated', ...json(opdSchema) }, ...errorResponses(400, 401, 403, 404) },
});
const deleteRoute = defineRoute({
  access: { permission: 'opd:manage' },
  method: 'delete',
  path: '/api/opds/{id}',
  tags: ['OPD'],
  summary: 'Remove an OPD',
  request: { params: idParam },
  responses: {
    200: { description: 'Removed', ...json(z.object({ ok: z.literal(true) })) },
    ...errorResponses(401, 403, 404),
  },
});

export function opdRoutes(deps: { db: Db }) {
  const { db } = deps;
  const router = createRouter();
  router.openapi(listRoute, async (c) =>
    c.json({ items: await listOpds(db, c.var.actor, c.req.valid('query').regionCode) }, 200),
  );
  router.openapi(createRouteDef, async (c) =>
    c.json(await createOpd(db, { ...requestContext(c), actor: requireUser(c) }, c.req.valid('json')), 201),
  );
  router.openapi(patchRoute, async (c) =>
    c.json(
      await updateOpd(
        db,
        { ...requestContext(c), actor: requireUser(c) },
        c.req.valid('param').id,
        c.req.valid('json'),
      ),
      200,
    ),
  );
  router.openapi(deleteRoute, async (c) => {
    await deleteOpd(db, { ...requestContext(c), actor: requireUser(c) }, c.req.valid('param').id);
    return c.json({ ok: true as const }, 200);
  });
  return router;
}
