import { z } from '@hono/zod-openapi';
import { queryAudit } from '../../audit.js';
import type { UserActor } from '../../auth/policy.js';
import type { Db } from '../../db/client.js';
import { createRouter, defineRoute, errorResponses, requireUser } from '../../http.js';
import { childrenOf } from '../../../domain/regions/index.js';

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

const entrySchema = z
  .object({
    id: z.number(),
    at: z.string(),
    actorUserId: z.string().nullable(),
    actorName: z.string().nullable(),
    actorIp: z.string().nullable(),
    requestId: z.string().nullable(),
    clientRequestId: z
      .string()
      .nullable()
      .openapi({ description: 'The X-Request-Id the client sent (untrusted); requestId is the server id' }),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    regionCodes: z.array(z.string()),
    changes: z.unknown(),
    note: z.string().nullable(),
    /** The record's current title or name, to show instead of its id; null when it has none. */
    entityTitle: z.string().nullable(),
    /** Names of the records the changes refer to by id (OPDs), keyed by id, to show instead of the ids. */
    referenceNames: z.record(z.string(), z.string()),
  })
  .openapi('AuditEntry');

const listRoute = defineRoute({
  access: { permission: 'audit:read' },
  method: 'get',
  path: '/api/audit',
  tags: ['Audit'],
  summary: "The audit trail: a record's history, a user's activity, filtered by date and action",
  request: {
    query: z.object({
      entityType: z.string().max(50).optional(),
      entityId: z.string().max(100).optional(),
      userId: z.string().uuid().optional(),
      action: z.string().max(100).optional(),
      from: date.optional(),
      to: date.optional(),
      page: z.coerce.number().int().min(1).max(10_000).default(1),
      pageSize: z.coerce.number().int().min(1).max(200).default(50),
    }),
  },
  responses: {
    200: {
      description: 'Entries, newest first',
      ...json(
        z.object({ items: z.array(entrySchema), total: z.number(), page: z.number(), pageSize: z.number() }),
      ),
    },
    ...errorResponses(400, 401, 403),
  },
});

/** Regions whose audit entries the actor sees: all (null), their region, or their jurisdiction. */
function auditScope(actor: UserActor): string[] | null {
  if (actor.role === 'system_admin') return null;
  if (actor.role === 'oversight') {
    if (actor.oversightScope === 'national') return null;
    return actor.regionCode ? [actor.regionCode, ...childrenOf(actor.regionCode).map((r) => r.code)] : [];
  }
  return actor.regionCode ? [actor.regionCode] : [];
}

export function auditRoutes(deps: { db: Db }) {
  const router = createRouter();
  router.openapi(listRoute, async (c) => {
    const actor = requireUser(c);
    const query = c.req.valid('query');
    const result = await queryAudit(deps.db, {
      entityType: query.entityType,
      entityId: query.entityId,
      actorUserId: query.userId,
      action: query.action,
      from: query.from,
      to: query.to,
      regionCodes: auditScope(actor),
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    return c.json({ ...result, page: query.page, pageSize: query.pageSize }, 200);
  });
  return router;
}
