/**
 * HTTP contract of follow-up actions (tindak lanjut): /api/actions and its sub-resources. Bodies reuse
 * the domain's schemas (domain/records/schema.ts), except that progress is any whole number here: a
 * value outside 0 to 100 is a broken rule (422 PROGRESS_OUT_OF_RANGE), reported like the other rules.
 */
import { z } from '@hono/zod-openapi';
import { stream } from 'hono/streaming';
import type { Db } from '../../db/client.js';
import { createRouter, defineRoute, errorResponses, requestContext, requireUser } from '../../http.js';
import { isIsoDate } from '../../../domain/agreements/index.js';
import { actionParentTypes, actionStatuses } from '../../../domain/records/kinds.js';
import { actionFieldsSchema, commentSchema, linkSchema } from '../../../domain/records/schema.js';
import {
  actionCommentDtoSchema,
  actionDetailSchema,
  actionDtoSchema,
  actionSummarySchema,
} from '../../../domain/records/action-dto.js';
import {
  exportActionsCsv,
  getAction,
  listActionComments,
  listActions,
  summarizeActionsFor,
} from './read.service.js';
import { addComment, createAction, deleteAction, reportProgress, updateAction } from './service.js';

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const idParam = z.object({
  id: z
    .string()
    .uuid('must be an action id')
    .openapi({ param: { name: 'id', in: 'path' } }),
});
const date = z
  .string()
  .refine(isIsoDate, { message: 'Expected a date written YYYY-MM-DD' })
  .openapi({ type: 'string', format: 'date', example: '2025-06-30' });
const progressField = z
  .number()
  .int()
  .openapi({ description: 'Whole percentage, 0 to 100 (else 422 PROGRESS_OUT_OF_RANGE)', example: 40 });
const linkField = linkSchema.extend({}).openapi('EvidenceLink');

const createBody = actionFieldsSchema
  .extend({
    progress: progressField.default(0),
    dueDate: date.nullable().default(null),
    evidenceLinks: z.array(linkField).max(50).default([]),
  })
  .openapi('ActionInput');

const patchBody = z
  .object({
    decisionId: z.string().uuid().nullable().optional(),
    title: z.string().trim().min(3).max(500).optional(),
    description: z.string().trim().max(5000).nullable().optional(),
    opdId: z.string().uuid().optional(),
    dueDate: date.nullable().optional(),
    status: z.enum(actionStatuses).optional(),
    progress: progressField.optional(),
    evidenceLinks: z.array(linkField).max(50).optional(),
    version: z
      .number()
      .int()
      .min(1)
      .openapi({ description: 'The version you edited; a stale one answers 409' }),
  })
  .openapi('ActionPatch');

const progressBody = z
  .object({
    status: z.enum(actionStatuses),
    progress: progressField,
    evidenceLinks: z.array(linkField).max(50).optional(),
    note: z
      .string()
      .trim()
      .max(5000)
      .nullable()
      .default(null)
      .transform((value) => (value === '' ? null : value))
      .openapi({ description: 'What was done; kept as a comment with the status and progress' }),
    version: z.number().int().min(1),
  })
  .openapi('ActionProgress');

// The response contracts live in the domain (shared with the UI); `.extend({})` makes them OpenAPI schemas.
const actionSchema = actionDtoSchema.extend({}).openapi('ActionListItem');
const detailSchema = actionDetailSchema.extend({}).openapi('Action');
const commentOut = actionCommentDtoSchema.extend({}).openapi('ActionComment');
const summarySchema = actionSummarySchema.extend({}).openapi('ActionSummary');

const booleanQuery = z
  .enum(['true', 'false'])
  .transform((value) => value === 'true')
  .optional();
const filterQuery = {
  parentType: z.enum(actionParentTypes).optional(),
  parentId: z.string().uuid().optional(),
  opdId: z.string().uuid().optional().openapi({ description: 'The owning OPD ("Tugas OPD saya")' }),
  region: z
    .string()
    .regex(/^\d{2}(\.\d{2})?$/, 'must be a Kemendagri code such as 32 or 32.75')
    .optional()
    .openapi({ description: 'A party region of the parent' }),
  status: z.enum(actionStatuses).optional(),
  dueBefore: date.optional().openapi({ description: 'Due on or before this day' }),
  dueAfter: date.optional().openapi({ description: 'Due on or after this day' }),
  overdue: booleanQuery.openapi({ type: 'boolean', description: 'Due before today and still open' }),
  q: z.string().trim().max(200).optional().openapi({ description: 'Words of the title or description' }),
};

const tags = ['Follow-up actions'];

const listRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/actions',
  tags,
  summary: 'Follow-up actions (scoped: own regions, jurisdiction, or published), soonest due first',
  request: {
    query: z.object({
      ...filterQuery,
      page: z.coerce.number().int().min(1).max(10_000).default(1),
      pageSize: z.coerce.number().int().min(1).max(200).default(20),
    }),
  },
  responses: {
    200: {
      description: 'A page of actions',
      ...json(
        z.object({
          items: z.array(actionSchema),
          total: z.number().int(),
          page: z.number().int(),
          pageSize: z.number().int(),
        }),
      ),
    },
    ...errorResponses(400),
  },
});

const exportRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/actions.csv',
  tags,
  summary: 'The actions matching the filters as CSV (UTF-8 with BOM for Excel)',
  request: { query: z.object(filterQuery) },
  responses: {
    200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
    ...errorResponses(400),
  },
});

const summaryRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/actions/summary',
  tags,
  summary: "A parent's actions rolled up: count per status, overdue, average progress",
  request: {
    query: z.object({ parentType: z.enum(actionParentTypes), parentId: z.string().uuid() }),
  },
  responses: {
    200: {
      description: 'The roll-up of the actions the caller sees',
      ...json(summarySchema),
    },
    ...errorResponses(400),
  },
});

const createRouteDef = defineRoute({
  access: { permission: 'record:create' },
  method: 'post',
  path: '/api/actions',
  tags,
  summary: 'Add a follow-up action to an agreement, a visit or a meeting',
  description:
    'The parent must be visible (else 404 PARENT_NOT_VISIBLE) and yours to change (else 403). Rules answer ' +
    '422 RULE_VIOLATION with details: Issue[] (OPD_NOT_OF_PARTY, DUE_BEFORE_PARENT_START, PROGRESS_OUT_OF_RANGE, ' +
    'DONE_WITHOUT_FULL_PROGRESS, DECISION_NOT_OF_MEETING, UNKNOWN_OPD).',
  request: { body: { ...json(createBody), required: true } },
  responses: {
    201: { description: 'Created', ...json(detailSchema) },
    ...errorResponses(400, 401, 403, 404, 422),
  },
});

const detailRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/actions/{id}',
  tags,
  summary: 'One follow-up action with its parent and what you may do on it',
  request: { params: idParam },
  responses: {
    200: { description: 'The action', ...json(detailSchema) },
    ...errorResponses(400, 404),
  },
});

const patchRoute = defineRoute({
  access: { permission: 'record:update' },
  method: 'patch',
  path: '/api/actions/{id}',
  tags,
  summary: 'Change an action (optimistic locking: version)',
  request: { params: idParam, body: { ...json(patchBody), required: true } },
  responses: {
    200: { description: 'Saved', ...json(detailSchema) },
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});

const deleteRoute = defineRoute({
  access: { permission: 'record:delete' },
  method: 'delete',
  path: '/api/actions/{id}',
  tags,
  summary: 'Delete an action (soft delete, audited)',
  request: { params: idParam },
  responses: {
    200: { description: 'Deleted', ...json(z.object({ ok: z.literal(true) })) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const progressRoute = defineRoute({
  access: { permission: 'action:report' },
  method: 'post',
  path: '/api/actions/{id}/progress',
  tags,
  summary: "Report status and progress (the owning OPD's officers, administrators of a party region)",
  request: { params: idParam, body: { ...json(progressBody), required: true } },
  responses: {
    200: { description: 'Saved', ...json(detailSchema) },
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});

const commentsRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/actions/{id}/comments',
  tags,
  summary: 'Comments and progress notes of an action, oldest first',
  request: { params: idParam },
  responses: {
    200: { description: 'Comments', ...json(z.object({ items: z.array(commentOut) })) },
    ...errorResponses(400, 404),
  },
});

const addCommentRoute = defineRoute({
  access: { permission: 'action:report' },
  method: 'post',
  path: '/api/actions/{id}/comments',
  tags,
  summary: 'Comment on an action (who may report on it)',
  request: {
    params: idParam,
    body: { ...json(commentSchema.extend({}).openapi('ActionCommentInput')), required: true },
  },
  responses: {
    201: { description: 'Added', ...json(commentOut) },
    ...errorResponses(400, 401, 403, 404),
  },
});

export function actionRoutes(deps: { db: Db }) {
  const { db } = deps;
  const router = createRouter();
  const writeContext = (c: Parameters<typeof requestContext>[0]) => ({
    ...requestContext(c),
    actor: requireUser(c),
  });

  router.openapi(listRoute, async (c) =>
    c.json((await listActions(db, c.var.actor, c.req.valid('query'))) as never, 200),
  );

  router.openapi(exportRoute, async (c) => {
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header(
      'Content-Disposition',
      `attachment; filename="tindak-lanjut-${new Date().toISOString().slice(0, 10)}.csv"`,
    );
    c.header('Cache-Control', 'no-store');
    const chunks = exportActionsCsv(db, c.var.actor, c.req.valid('query'));
    const first = await chunks.next();
    return stream(c, async (out) => {
      if (!first.done) await out.write(first.value);
      for await (const chunk of chunks) await out.write(chunk);
    }) as never;
  });

  // Before /api/actions/{id}, which would otherwise take "summary" for an id.
  router.openapi(summaryRoute, async (c) =>
    c.json((await summarizeActionsFor(db, c.var.actor, c.req.valid('query'))) as never, 200),
  );

  router.openapi(createRouteDef, async (c) => {
    const result = await createAction(db, writeContext(c), c.req.valid('json'));
    c.header('Location', `/api/actions/${result.id}`);
    return c.json(result as never, 201);
  });

  router.openapi(detailRoute, async (c) => {
    const detail = await getAction(db, c.var.actor, c.req.valid('param').id);
    c.header('Cache-Control', 'private, no-cache');
    return c.json(detail as never, 200);
  });

  router.openapi(patchRoute, async (c) =>
    c.json(
      (await updateAction(db, writeContext(c), c.req.valid('param').id, c.req.valid('json'))) as never,
      200,
    ),
  );

  router.openapi(deleteRoute, async (c) => {
    await deleteAction(db, writeContext(c), c.req.valid('param').id);
    return c.json({ ok: true as const }, 200);
  });

  router.openapi(progressRoute, async (c) =>
    c.json(
      (await reportProgress(db, writeContext(c), c.req.valid('param').id, c.req.valid('json'))) as never,
      200,
    ),
  );

  router.openapi(commentsRoute, async (c) =>
    c.json((await listActionComments(db, c.var.actor, c.req.valid('param').id)) as never, 200),
  );

  router.openapi(addCommentRoute, async (c) =>
    c.json(
      (await addComment(db, writeContext(c), c.req.valid('param').id, c.req.valid('json').body)) as never,
      201,
    ),
  );

  return router;
}
