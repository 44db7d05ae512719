/** HTTP contract of record links: link two records, unlink them, list the records linked to one. */
import { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import { createRouter, defineRoute, errorResponses, requestContext, requireUser } from '../../http.js';
import { recordTypes } from '../../../domain/records/kinds.js';
import { createLink, deleteLink, listLinks } from './service.js';

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const recordType = z.enum(recordTypes);

const linkBody = z
  .object({
    fromType: recordType,
    fromId: z.string().uuid('must be a record id'),
    toType: recordType,
    toId: z.string().uuid('must be a record id'),
  })
  .openapi('LinkInput');

const createRouteDef = defineRoute({
  access: 'authenticated',
  method: 'post',
  path: '/api/links',
  tags: ['Links'],
  summary: 'Link two records (read on both, update on at least one)',
  description:
    'A record the caller may not read answers 404 <TYPE>_NOT_FOUND naming body.fromId or body.toId; ' +
    'an existing link (either direction) answers 409 CONFLICT.',
  request: { body: { ...json(linkBody), required: true } },
  responses: {
    201: {
      description: 'Linked',
      ...json(linkBody.extend({ id: z.string().uuid(), createdAt: z.string() }).openapi('Link')),
    },
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const deleteRouteDef = defineRoute({
  access: 'authenticated',
  method: 'delete',
  path: '/api/links/{id}',
  tags: ['Links'],
  summary: 'Remove a link (read on both records, update on at least one)',
  request: {
    params: z.object({
      id: z
        .string()
        .uuid('must be a link id')
        .openapi({ param: { name: 'id', in: 'path' } }),
    }),
  },
  responses: {
    200: { description: 'Removed', ...json(z.object({ ok: z.literal(true) })) },
    ...errorResponses(400, 401, 403, 404),
  },
});

const listRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/links',
  tags: ['Links'],
  summary: 'The records linked to a record, both directions, those the caller may read, with titles',
  request: { query: z.object({ type: recordType, id: z.string().uuid('must be a record id') }) },
  responses: {
    200: {
      description: 'Linked records, oldest link first',
      ...json(
        z.object({
          items: z.array(
            z.object({
              linkId: z.string().uuid(),
              direction: z.enum(['from', 'to']),
              type: recordType,
              id: z.string().uuid(),
              title: z.string(),
              date: z.string().nullable(),
              canUnlink: z.boolean(),
            }),
          ),
          mayLink: z.boolean().openapi({ description: 'Whether the caller may link other records to it' }),
        }),
      ),
    },
    ...errorResponses(400, 404),
  },
});

export function linkRoutes(deps: { db: Db }) {
  const { db } = deps;
  const router = createRouter();
  const writeContext = (c: Parameters<typeof requestContext>[0]) => ({
    ...requestContext(c),
    actor: requireUser(c),
  });
  router.openapi(listRoute, async (c) => {
    c.header('Cache-Control', 'private, no-cache');
    return c.json(await listLinks(db, c.var.actor, c.req.valid('query')), 200);
  });
  router.openapi(createRouteDef, async (c) =>
    c.json(await createLink(db, writeContext(c), c.req.valid('json')), 201),
  );
  router.openapi(deleteRouteDef, async (c) => {
    await deleteLink(db, writeContext(c), c.req.valid('param').id);
    return c.json({ ok: true as const }, 200);
  });
  return router;
}
