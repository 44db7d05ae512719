import { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import {
  createRouter,
  defineRoute,
  errorResponses,
  orNull,
  requestContext,
  requireUser,
} from '../../http.js';
import { isIsoDate } from '../../../domain/agreements/dates.js';
import { actingKinds, offices } from '../../../domain/agreements/kinds.js';
import { createTerm, deleteTerm, listOfficials, updateTerm } from './service.js';

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
// Built here rather than reusing the domain's isoDateSchema: `.openapi()` exists only on schemas
// created after @hono/zod-openapi extended zod, and import order must not decide that.
const date = z
  .string()
  .refine(isIsoDate, { message: 'Expected a date written YYYY-MM-DD' })
  .openapi({ type: 'string', format: 'date', example: '2024-08-07' });

export const officialTermSchema = z
  .object({
    id: z.string().uuid(),
    personName: z.string().openapi({ example: 'Gani Muhamad' }),
    office: z.enum(offices),
    actingKind: z.enum(actingKinds),
    regionCode: z.string().openapi({ example: '32.75' }),
    start: z.string().openapi({ format: 'date' }),
    end: z.string().nullable().openapi({ format: 'date', description: 'Null while the term runs' }),
    createdAt: z.string(),
  })
  .openapi('OfficialTerm');

const termFields = {
  personName: z.string().trim().min(1).max(200),
  office: z.enum(offices),
  actingKind: z.enum(actingKinds).default('definitif'),
  regionCode: z.string().min(2).max(10),
  start: date,
  end: date.nullable().default(null),
};
const idParam = z.object({
  id: z
    .string()
    .uuid('must be a term id')
    .openapi({ param: { name: 'id', in: 'path' } }),
});

const listRoute = defineRoute({
  access: { permission: 'official:read' },
  method: 'get',
  path: '/api/officials',
  tags: ['Officials'],
  summary: 'Terms of office of a region; with office and date, the suggested holder on that date',
  request: {
    query: z.object({
      regionCode: z.string().min(2).max(10).openapi({ example: '35.73' }),
      office: z.enum(offices).optional(),
      date: date.optional().openapi({ description: 'Only terms covering this date' }),
    }),
  },
  responses: {
    200: {
      description: 'Terms',
      ...json(z.object({ items: z.array(officialTermSchema), holder: orNull(officialTermSchema) })),
    },
    ...errorResponses(400, 404),
  },
});
const createRouteDef = defineRoute({
  access: { permission: 'official:manage' },
  method: 'post',
  path: '/api/officials',
  tags: ['Officials'],
  summary: 'Record a term of office (own region only for a region admin)',
  request: { body: { ...json(z.object(termFields)), required: true } },
  responses: {
    201: { description: 'Created', ...json(officialTermSchema) },
    ...errorResponses(400, 401, 403, 404, 422),
  },
});
const patchRoute = defineRoute({
  access: { permission: 'official:manage' },
  method: 'patch',
  path: '/api/officials/{id}',
  tags: ['Officials'],
  summary: 'Change a term of office',
  request: {
    params: idParam,
    body: {
      ...json(
        z.object({
          personName: termFields.personName.optional(),
          office: z.enum(offices).optional(),
          actingKind: z.enum(actingKinds).optional(),
          regionCode: termFields.regionCode.optional(),
          start: date.optional(),
          end: date.nullable().optional(),
        }),
      ),
      required: true,
    },
  },
  responses: {
    200: { description: 'Updated', ...json(officialTermSchema) },
    ...errorResponses(400, 401, 403, 404, 422),
  },
});
const deleteRoute = defineRoute({
  access: { permission: 'official:manage' },
  method: 'delete',
  path: '/api/officials/{id}',
  tags: ['Officials'],
  summary: 'Remove a term of office (signatories keep their name and office)',
  request: { params: idParam },
  responses: {
    200: { description: 'Removed', ...json(z.object({ ok: z.literal(true) })) },
    ...errorResponses(400, 401, 403, 404),
  },
});

/** The register of officials (heads of region and their acting replacements) with their terms. */
export function officialRoutes(deps: { db: Db }) {
  const { db } = deps;
  const router = createRouter();
  router.openapi(listRoute, async (c) => c.json(await listOfficials(db, c.req.valid('query')), 200));
  router.openapi(createRouteDef, async (c) =>
    c.json(await createTerm(db, { ...requestContext(c), actor: requireUser(c) }, c.req.valid('json')), 201),
  );
  router.openapi(patchRoute, async (c) =>
    c.json(
      await updateTerm(
        db,
        { ...requestContext(c), actor: requireUser(c) },
        c.req.valid('param').id,
        c.req.valid('json'),
      ),
      200,
    ),
  );
  router.openapi(deleteRoute, async (c) => {
    await deleteTerm(db, { ...requestContext(c), actor: requireUser(c) }, c.req.valid('param').id);
    return c.json({ ok: true as const }, 200);
  });
  return router;
}
