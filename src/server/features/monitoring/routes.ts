import { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import { createRouter, defineRoute, errorResponses } from '../../http.js';
import { healthStates } from '../../../domain/monitoring/health.js';
import { getDashboard } from './dashboard.service.js';
import { getOversight } from './oversight.service.js';

const byHealthSchema = z.object(
  Object.fromEntries(healthStates.map((state) => [state, z.number().int()])) as Record<
    (typeof healthStates)[number],
    z.ZodNumber
  >,
);
const datedItemSchema = z.object({
  id: z.string().uuid(),
  title: z.string(),
  kind: z.string(),
  date: z.string().nullable(),
});

const dashboardSchema = z
  .object({
    today: z.string(),
    scope: z.object({
      kind: z.enum(['public', 'opd', 'jurisdiction', 'region', 'national']),
      regionCode: z.string().nullable(),
      opdId: z.string().nullable(),
    }),
    agreements: z.object({
      byHealth: byHealthSchema,
      awaitingMyConfirmation: z
        .number()
        .int()
        .nullable()
        .openapi({ description: 'null: the reader confirms for no party region' }),
      expiringWithin30: z.number().int(),
      expiringWithin90: z.number().int(),
      ksbWithoutPks: z.number().int(),
    }),
    actions: z.object({
      dueThisMonth: z.object({
        from: z.string(),
        to: z.string(),
        byOpd: z.array(
          z.object({
            opdId: z.string(),
            opdName: z.string(),
            regionCode: z.string(),
            count: z.number().int(),
          }),
        ),
      }),
      overdue: z.number().int(),
    }),
    evaluationsDue: z
      .object({ year: z.number().int(), required: z.number().int(), agreements: z.number().int() })
      .nullable()
      .openapi({ description: 'null while this installation records no evaluations' }),
    tasks: z
      .array(
        z.object({
          id: z.string().uuid(),
          title: z.string(),
          parentType: z.string(),
          parentId: z.string(),
          dueDate: z.string().nullable(),
          status: z.string(),
          progress: z.number().int(),
        }),
      )
      .nullable()
      .openapi({ description: "An OPD officer's task list: their OPD's follow-up actions" }),
    latestVisits: z.array(datedItemSchema),
    latestMeetings: z.array(datedItemSchema),
    agenda: z.array(
      z.object({
        month: z.string().openapi({ example: '2026-12' }),
        items: z.array(
          z.object({
            kind: z.enum(['agreement_expires', 'action_due']),
            id: z.string().uuid(),
            title: z.string(),
            date: z.string(),
          }),
        ),
      }),
    ),
  })
  .openapi('Dashboard');

const oversightSchema = z
  .object({
    province: z.string().nullable().openapi({ description: 'null: the national view (rows are provinces)' }),
    year: z.number().int(),
    evaluationsRecorded: z.boolean(),
    rows: z.array(
      z.object({
        regionCode: z.string(),
        name: z.string(),
        total: z.number().int(),
        byHealth: byHealthSchema,
        dormantShare: z.number(),
        sectors: z.array(z.object({ sector: z.string(), count: z.number().int() })),
        notEvaluatedThisYear: z.number().int().nullable().openapi({
          description: 'Agreements in force without an evaluation this year; null if not recorded',
        }),
      }),
    ),
  })
  .openapi('Oversight');

const dashboardRoute = defineRoute({
  access: 'authenticated',
  method: 'get',
  path: '/api/dashboard',
  tags: ['Monitoring'],
  summary: "The officer's home: the reader's region or jurisdiction at a glance",
  responses: {
    200: {
      description: 'Numbers, task list and agenda',
      content: { 'application/json': { schema: dashboardSchema } },
    },
    ...errorResponses(401),
  },
});

const oversightRoute = defineRoute({
  access: { permission: 'report:read' },
  method: 'get',
  path: '/api/oversight',
  tags: ['Monitoring'],
  summary: "A province's kabupaten/kota side by side, or the country's provinces",
  request: {
    query: z.object({
      province: z
        .string()
        .regex(/^\d{2}$/, 'must be a two-digit province code')
        .optional()
        .openapi({
          example: '35',
          description: "Default: a province's oversight its own, else the national view",
        }),
    }),
  },
  responses: {
    200: { description: 'One row per region', content: { 'application/json': { schema: oversightSchema } } },
    ...errorResponses(400, 401, 403),
  },
});

export function monitoringRoutes(deps: { db: Db }) {
  const router = createRouter();
  router.openapi(dashboardRoute, async (c) => c.json(await getDashboard(deps.db, c.var.actor), 200));
  router.openapi(oversightRoute, async (c) =>
    c.json(await getOversight(deps.db, c.var.actor, c.req.valid('query')), 200),
  );
  return router;
}
