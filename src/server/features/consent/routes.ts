/**
 * HTTP contract of pending changes (decision 009), the same for every shared record type: the DTO a
 * record's detail lists, the answer of a write that waits for the other parties (202), and the
 * confirm/reject routes under each record's path.
 */
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Permission } from '../../auth/policy.js';
import type { Db } from '../../db/client.js';
import { defineRoute, errorResponses, orNull, requestContext, requireUser, type AppEnv } from '../../http.js';
import type { Actor } from '../../auth/policy.js';
import { pendingChangeSchema } from '../../../domain/records/pending-change.js';
import { confirmPendingChange, rejectPendingChange, type ConsentSubject } from './service.js';

export { pendingChangeSchema };

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });

/** The 202 answer of a deletion that waits for the other parties. */
export const deletionPendingSchema = z
  .object({ ok: z.literal(false), pendingChange: pendingChangeSchema })
  .openapi('DeletionPending');

/** Responses of DELETE on a shared record: deleted now (200), or waiting for the partners (202). */
export const deletionResponses = {
  200: { description: 'Deleted', ...json(z.object({ ok: z.literal(true) })) },
  202: {
    description: 'The record has other party regions: the deletion waits for their consent',
    ...json(deletionPendingSchema),
  },
};

const paramsSchema = (label: string) =>
  z.object({
    id: z
      .string()
      .uuid(`must be a ${label} id`)
      .openapi({ param: { name: 'id', in: 'path' } }),
    changeId: z
      .string()
      .uuid('must be a pending change id')
      .openapi({ param: { name: 'changeId', in: 'path' } }),
  });

/**
 * The confirm and reject routes of one record type, at
 * `<basePath>/{id}/pending-changes/{changeId}/confirm|reject`.
 */
export function pendingChangeRoutes<D extends z.ZodType>(options: {
  basePath: string;
  label: string;
  tag: string;
  permission: Permission;
  detailSchema: D;
}) {
  const route = (action: 'confirm' | 'reject') =>
    defineRoute({
      access: { permission: options.permission },
      method: 'post',
      path: `${options.basePath}/{id}/pending-changes/{changeId}/${action}`,
      tags: [options.tag],
      summary:
        action === 'confirm'
          ? `Consent to a pending change of a ${options.label} for your region; the last consent applies it`
          : `Reject (or, as its proposer, withdraw) a pending change of a ${options.label}`,
      request: { params: paramsSchema(options.label) },
      responses: {
        200: {
          description:
            "The change's status and the record after the decision (null: deleted, or your region removed)",
          ...json(
            z.object({
              status: z.enum(['pending', 'applied', 'rejected']),
              record: orNull(options.detailSchema),
            }),
          ),
        },
        ...errorResponses(400, 401, 403, 404, 409, 422),
      },
    });
  return { confirm: route('confirm'), reject: route('reject') };
}

/** Registers a record type's confirm and reject routes on its router. */
export function registerPendingChangeRoutes(
  router: OpenAPIHono<AppEnv>,
  db: Db,
  routes: ReturnType<typeof pendingChangeRoutes>,
  subject: ConsentSubject,
  detail: (db: Db, actor: Actor, id: string) => Promise<unknown>,
) {
  for (const [route, decide] of [
    [routes.confirm, confirmPendingChange],
    [routes.reject, rejectPendingChange],
  ] as const) {
    router.openapi(route, async (c) => {
      const { id, changeId } = c.req.valid('param');
      const ctx = { ...requestContext(c), actor: requireUser(c) };
      const { status, readable } = await decide(db, ctx, subject, id, changeId);
      return c.json({ status, record: readable ? await detail(db, ctx.actor, id) : null } as never, 200);
    });
  }
}
