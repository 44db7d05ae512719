import { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import { createRouter, defineRoute, errorResponses, requestContext, requireUser } from '../../http.js';
import { evaluationAspects, evaluatorRoles } from '../../../domain/monitoring/evaluation.js';
import {
  createEvaluation,
  deleteEvaluation,
  evaluationStatus,
  getEvaluation,
  listEvaluations,
  updateEvaluation,
} from './service.js';

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const uuidParam = (what: string) =>
  z.object({
    id: z
      .string()
      .uuid(`must be an ${what} id`)
      .openapi({ param: { name: 'id', in: 'path' } }),
  });

const indicatorSchema = z.object({
  name: z.string(),
  unit: z.string(),
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  actual: z.number().nullable(),
});
const evaluationSchema = z
  .object({
    id: z.string(),
    agreementId: z.string(),
    period: z.string().openapi({ example: '2026-S1' }),
    periodStart: z.string(),
    periodEnd: z.string(),
    evaluatorRole: z.enum(evaluatorRoles),
    evaluatorRegionCode: z.string().nullable(),
    indicators: z.array(indicatorSchema),
    ratings: z.record(z.string(), z.number()),
    narrative: z.string().nullable(),
    problems: z.string().nullable(),
    followUp: z.string().nullable(),
    evidenceLinks: z.array(z.object({ url: z.string(), label: z.string().nullable() })),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Evaluation');

/**
 * The body is checked by the domain's schema (domain/monitoring/evaluation.ts) in the service, so that
 * every bad input answers 422 RULE_VIOLATION with its stable issue code and field path
 * (EVALUATION_PERIOD_INVALID, INDICATOR_UNIT_REQUIRED, INDICATOR_VALUE_NOT_NUMBER, RATING_OUT_OF_RANGE).
 */
const evaluationBody = z.record(z.string(), z.unknown()).openapi('EvaluationInput', {
  description:
    `{ period: "2026-S1" (periods follow the rule minEvaluationsPerBudgetYear), evaluatorRole: ` +
    `${evaluatorRoles.join(' | ')}, indicators: [{ name, unit, baseline, target, actual }] (numbers), ` +
    `ratings: { ${evaluationAspects.join(', ')}: 1..5 }, narrative, problems, followUp, ` +
    `evidenceLinks: [{ url, label }] }. PATCH: the same fields but evaluatorRole, with version.`,
});

const forms = z.array(z.enum(evaluatorRoles)).openapi({ description: 'The evaluation forms you may write' });

const listRoute = defineRoute({
  access: { permission: 'agreement:read' },
  method: 'get',
  path: '/api/agreements/{id}/evaluations',
  tags: ['Evaluations'],
  summary: 'The evaluations of an agreement, newest period first',
  request: { params: uuidParam('agreement') },
  responses: {
    200: { description: 'Evaluations', ...json(z.object({ items: z.array(evaluationSchema), forms })) },
    ...errorResponses(400, 401, 404),
  },
});

const createRouteDef = defineRoute({
  access: { permission: 'evaluation:write' },
  method: 'post',
  path: '/api/agreements/{id}/evaluations',
  tags: ['Evaluations'],
  summary: 'Record an evaluation of a period (the form of your role)',
  request: { params: uuidParam('agreement'), body: { ...json(evaluationBody), required: true } },
  responses: {
    201: { description: 'Recorded', ...json(evaluationSchema) },
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});

const periodStatusSchema = z.object({
  key: z.string(),
  year: z.number(),
  start: z.string(),
  end: z.string(),
  dueDate: z.string(),
  status: z.enum(['done', 'berjalan', 'jatuh_tempo', 'terlambat']),
  evaluatorRoles: z.array(z.enum(evaluatorRoles)),
});
const statusRoute = defineRoute({
  access: { permission: 'agreement:read' },
  method: 'get',
  path: '/api/agreements/{id}/evaluations/status',
  tags: ['Evaluations'],
  summary: 'Evaluation periods of an agreement: done, due, and the next deadlines',
  request: { params: uuidParam('agreement') },
  responses: {
    200: {
      description: 'Status',
      ...json(
        z
          .object({
            asOf: z.string(),
            periods: z.array(periodStatusSchema),
            progress: z.object({
              year: z.number(),
              done: z.number(),
              required: z.number(),
              missing: z.number(),
            }),
            due: z.array(z.string()),
            nextDueDate: z.string().nullable(),
            overdueSince: z.string().nullable(),
            nextReport: z.object({ start: z.string(), end: z.string(), dueDate: z.string() }),
            hasEvaluationThisYear: z.boolean(),
            forms,
          })
          .openapi('EvaluationStatus'),
      ),
    },
    ...errorResponses(400, 401, 404),
  },
});

const getRoute = defineRoute({
  access: { permission: 'agreement:read' },
  method: 'get',
  path: '/api/evaluations/{id}',
  tags: ['Evaluations'],
  summary: 'One evaluation',
  request: { params: uuidParam('evaluation') },
  responses: {
    200: {
      description: 'Evaluation',
      ...json(
        evaluationSchema.extend({ agreementTitle: z.string(), access: z.object({ update: z.boolean() }) }),
      ),
    },
    ...errorResponses(400, 401, 404),
  },
});

const patchRoute = defineRoute({
  access: { permission: 'evaluation:write' },
  method: 'patch',
  path: '/api/evaluations/{id}',
  tags: ['Evaluations'],
  summary: 'Change an evaluation (send the version you edited)',
  request: { params: uuidParam('evaluation'), body: { ...json(evaluationBody), required: true } },
  responses: {
    200: { description: 'Changed', ...json(evaluationSchema) },
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});

const deleteRoute = defineRoute({
  access: { permission: 'evaluation:write' },
  method: 'delete',
  path: '/api/evaluations/{id}',
  tags: ['Evaluations'],
  summary: 'Delete an evaluation (with ?version=, only if unchanged since)',
  request: {
    params: uuidParam('evaluation'),
    query: z.object({ version: z.coerce.number().int().min(1).optional() }),
  },
  responses: {
    200: { description: 'Deleted', ...json(z.object({ ok: z.literal(true) })) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

export function evaluationRoutes(deps: { db: Db }) {
  const { db } = deps;
  const router = createRouter();
  router.openapi(listRoute, async (c) =>
    c.json(await listEvaluations(db, c.var.actor, c.req.valid('param').id), 200),
  );
  router.openapi(statusRoute, async (c) =>
    c.json(await evaluationStatus(db, c.var.actor, c.req.valid('param').id), 200),
  );
  router.openapi(createRouteDef, async (c) => {
    const actor = requireUser(c);
    const created = await createEvaluation(
      db,
      { ...requestContext(c), actor },
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(created, 201);
  });
  router.openapi(getRoute, async (c) =>
    c.json(await getEvaluation(db, c.var.actor, c.req.valid('param').id), 200),
  );
  router.openapi(patchRoute, async (c) => {
    const actor = requireUser(c);
    return c.json(
      await updateEvaluation(
        db,
        { ...requestContext(c), actor },
        c.req.valid('param').id,
        c.req.valid('json'),
      ),
      200,
    );
  });
  router.openapi(deleteRoute, async (c) => {
    const actor = requireUser(c);
    return c.json(
      await deleteEvaluation(
        db,
        { ...requestContext(c), actor },
        c.req.valid('param').id,
        c.req.valid('query').version,
      ),
      200,
    );
  });
  return router;
}
