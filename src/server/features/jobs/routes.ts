import { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import { createRouter, defineRoute, errorResponses } from '../../http.js';
import type { JobRunner } from '../../jobs/runner.js';
import { listFailedJobs, retryFailedJob } from './service.js';

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['Administration'];

const failedJobSchema = z
  .object({
    id: z.string(),
    name: z
      .string()
      .openapi({ description: 'The job: reminders-sweep, notifications-dispatch, notifications-email' }),
    data: z.unknown(),
    error: z.string().openapi({ description: 'The error of its last attempt' }),
    attempts: z.number().int(),
    createdAt: z.string(),
    failedAt: z.string().nullable(),
  })
  .openapi('FailedJob');

const listRoute = defineRoute({
  access: { permission: 'job:manage' },
  method: 'get',
  path: '/api/admin/jobs/failed',
  tags,
  summary: 'Background jobs that failed after every retry, newest first',
  request: { query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }) },
  responses: {
    200: {
      description: 'The failed jobs',
      ...json(z.object({ items: z.array(failedJobSchema), total: z.number().int() })),
    },
    ...errorResponses(400, 401, 403),
  },
});

const retryRoute = defineRoute({
  access: { permission: 'job:manage' },
  method: 'post',
  path: '/api/admin/jobs/{id}/retry',
  tags,
  summary: 'Run a failed job again',
  request: { params: z.object({ id: z.string().uuid('must be a job id') }) },
  responses: {
    200: { description: 'Queued again', ...json(z.object({ id: z.string(), queued: z.literal(true) })) },
    ...errorResponses(400, 401, 403, 404),
  },
});

export function jobRoutes({ db, jobs }: { db: Db; jobs: JobRunner }) {
  const router = createRouter();
  router.openapi(listRoute, async (c) => c.json(await listFailedJobs(db, c.req.valid('query').limit), 200));
  router.openapi(retryRoute, async (c) => {
    const { id } = c.req.valid('param');
    await retryFailedJob(db, jobs, id);
    return c.json({ id, queued: true as const }, 200);
  });
  return router;
}
