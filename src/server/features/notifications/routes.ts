import { z } from '@hono/zod-openapi';
import { notificationKinds } from '../../../domain/notifications/kinds.js';
import type { Db } from '../../db/client.js';
import { createRouter, defineRoute, errorResponses, requireUser } from '../../http.js';
import {
  getPreferences,
  listNotifications,
  markAllRead,
  markRead,
  putPreferences,
  unreadCount,
} from './service.js';

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['Notifications'];

const notificationSchema = z
  .object({
    id: z.string(),
    kind: z.enum(notificationKinds),
    recordType: z.string(),
    recordId: z.string(),
    path: z.string().openapi({ description: 'The UI path of the record' }),
    params: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
    readAt: z.string().nullable(),
    emailedAt: z.string().nullable(),
  })
  .openapi('Notification');

const unreadSchema = z.object({ unread: z.number().int() });
// Every kind is present in an answer: an object of all the kinds (a record keyed by an enum would be
// published with optional keys).
const everyKind = Object.fromEntries(notificationKinds.map((kind) => [kind, z.boolean()])) as Record<
  (typeof notificationKinds)[number],
  z.ZodBoolean
>;
const preferencesSchema = z.object({ email: z.object(everyKind) }).openapi('NotificationPreferences');

const listRoute = defineRoute({
  access: 'authenticated',
  method: 'get',
  path: '/api/notifications',
  tags,
  summary: "The caller's own notifications, newest first",
  request: {
    query: z.object({
      unread: z
        .enum(['true', 'false'])
        .optional()
        .transform((value) => value === 'true'),
      page: z.coerce.number().int().min(1).max(10_000).default(1),
      pageSize: z.coerce.number().int().min(1).max(100).default(20),
    }),
  },
  responses: {
    200: {
      description: 'A page of notifications and the unread count',
      ...json(
        z.object({
          items: z.array(notificationSchema),
          total: z.number().int(),
          page: z.number().int(),
          pageSize: z.number().int(),
          unread: z.number().int(),
        }),
      ),
    },
    ...errorResponses(400, 401),
  },
});

const unreadRoute = defineRoute({
  access: 'authenticated',
  method: 'get',
  path: '/api/notifications/unread-count',
  tags,
  summary: 'How many of the caller’s notifications are unread',
  responses: { 200: { description: 'The count', ...json(unreadSchema) }, ...errorResponses(401) },
});

const readRoute = defineRoute({
  access: 'authenticated',
  method: 'post',
  path: '/api/notifications/{id}/read',
  tags,
  summary: 'Mark one own notification read',
  request: { params: z.object({ id: z.string().uuid('must be a notification id') }) },
  responses: {
    200: { description: 'Marked; the unread count after it', ...json(unreadSchema) },
    ...errorResponses(400, 401, 404),
  },
});

const readAllRoute = defineRoute({
  access: 'authenticated',
  method: 'post',
  path: '/api/notifications/read-all',
  tags,
  summary: 'Mark all own notifications read',
  responses: {
    200: { description: 'Marked', ...json(z.object({ marked: z.number().int(), unread: z.number().int() })) },
    ...errorResponses(401),
  },
});

const getPreferencesRoute = defineRoute({
  access: 'authenticated',
  method: 'get',
  path: '/api/notifications/preferences',
  tags,
  summary: 'Per kind of notification: whether the caller also gets it by e-mail',
  responses: { 200: { description: 'The preferences', ...json(preferencesSchema) }, ...errorResponses(401) },
});

const putPreferencesRoute = defineRoute({
  access: 'authenticated',
  method: 'put',
  path: '/api/notifications/preferences',
  tags,
  summary: 'Change which kinds of notification the caller also gets by e-mail',
  request: {
    body: {
      ...json(z.object({ email: z.partialRecord(z.enum(notificationKinds), z.boolean()) }).strict()),
      required: true,
    },
  },
  responses: {
    200: { description: 'The preferences after the change', ...json(preferencesSchema) },
    ...errorResponses(400, 401),
  },
});

export function notificationRoutes({ db }: { db: Db }) {
  const router = createRouter();
  router.openapi(listRoute, async (c) => {
    const user = requireUser(c);
    return c.json(await listNotifications(db, user.id, c.req.valid('query')), 200);
  });
  router.openapi(unreadRoute, async (c) => c.json({ unread: await unreadCount(db, requireUser(c).id) }, 200));
  router.openapi(readAllRoute, async (c) => {
    const user = requireUser(c);
    const marked = await markAllRead(db, user.id);
    return c.json({ marked, unread: await unreadCount(db, user.id) }, 200);
  });
  router.openapi(getPreferencesRoute, async (c) =>
    c.json({ email: await getPreferences(db, requireUser(c).id) }, 200),
  );
  router.openapi(putPreferencesRoute, async (c) => {
    const user = requireUser(c);
    return c.json({ email: await putPreferences(db, user.id, c.req.valid('json').email) }, 200);
  });
  router.openapi(readRoute, async (c) => {
    const user = requireUser(c);
    await markRead(db, user.id, c.req.valid('param').id);
    return c.json({ unread: await unreadCount(db, user.id) }, 200);
  });
  return router;
}
