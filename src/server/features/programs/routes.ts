/**
 * Programs (kemitraan, bantuan keuangan) over HTTP: list, CSV export, create, read, change with
 * optimistic locking, soft delete. The request bodies are the domain's program fields; the rules
 * that span fields (budget years, realisation over budget, funder = recipient) and those needing
 * stored data (the parent visible to the caller) are checked by the service and answer 422
 * RULE_VIOLATION with every issue and its field path in `details`.
 */
import { z } from '@hono/zod-openapi';
import { stream } from 'hono/streaming';
import { programDetailSchema, programPageSchema } from '../../../domain/records/program-api.js';
import { budgetLineSchema, programFieldsSchema } from '../../../domain/records/schema.js';
import {
  programKinds,
  programParentTypes,
  programStatuses,
  budgetYearRange,
} from '../../../domain/records/kinds.js';
import { sectorKeys } from '../../../domain/taxonomy/sectors.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { createRouter, defineRoute, errorResponses, requestContext, requireUser } from '../../http.js';
import { exportProgramsCsv, listPrograms } from './list.js';
import { createProgram, deleteProgram, getProgram, programSubject, updateProgram } from './service.js';
import { deletionResponses, pendingChangeRoutes, registerPendingChangeRoutes } from '../consent/routes.js';

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const idParam = z.object({
  id: z
    .string()
    .uuid('must be a program id')
    .openapi({ param: { name: 'id', in: 'path' } }),
});

/**
 * The fields as sent. The year and progress ranges are the domain's rules, checked by the service
 * with their issue codes (BUDGET_YEAR_OUT_OF_RANGE, PROGRESS_OUT_OF_RANGE), not refused here as
 * anonymous malformed input.
 */
const looseFields = {
  budgets: z
    .array(
      budgetLineSchema.extend({
        year: z.int().openapi({ minimum: budgetYearRange.min, maximum: budgetYearRange.max }),
      }),
    )
    .max(100),
  physicalProgress: z.int().openapi({ minimum: 0, maximum: 100, description: 'Physical progress, percent' }),
  published: z.boolean().openapi({ description: 'Shown on the public portal' }),
};

const createBody = programFieldsSchema
  .extend({
    budgets: looseFields.budgets.default([]),
    physicalProgress: looseFields.physicalProgress.default(0),
    published: looseFields.published.default(false),
  })
  .openapi('ProgramInput');

const patchBody = z
  .object({
    ...Object.fromEntries(
      Object.entries(programFieldsSchema.shape).map(([key, schema]) => [
        key,
        (schema instanceof z.ZodDefault ? schema.removeDefault() : schema).optional(),
      ]),
    ),
    budgets: looseFields.budgets.optional().openapi({ description: 'Replaces every budget line' }),
    physicalProgress: looseFields.physicalProgress.optional(),
    published: looseFields.published.optional(),
    version: z
      .number()
      .int()
      .min(1)
      .openapi({ description: 'The version you edited; a stale one answers 409 VERSION_CONFLICT' }),
  })
  .openapi('ProgramPatch');

const filterQuery = {
  region: z
    .string()
    .regex(/^\d{2}(\.\d{2})?$/, 'must be a Kemendagri code such as 32 or 32.75')
    .optional()
    .openapi({ description: 'A region as funder or recipient (see role)' }),
  role: z.enum(['funder', 'recipient']).optional().openapi({ description: "The region's side" }),
  kind: z.enum(programKinds).optional(),
  status: z.enum(programStatuses).optional(),
  sector: z.enum(sectorKeys).optional(),
  year: z.coerce
    .number()
    .int()
    .min(budgetYearRange.min)
    .max(budgetYearRange.max)
    .optional()
    .openapi({ description: 'Programs with a budget line in this budget year' }),
  parentType: z.enum(programParentTypes).optional(),
  parentId: z.string().uuid().optional(),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .openapi({ description: 'Words of the title, location or description' }),
};

const listRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/programs',
  tags: ['Programs'],
  summary: 'Programs and funding, filtered (scoped: own regions, jurisdiction, or published)',
  request: {
    query: z.object({
      ...filterQuery,
      page: z.coerce.number().int().min(1).max(10_000).default(1),
      pageSize: z.coerce.number().int().min(1).max(200).default(20),
    }),
  },
  responses: {
    200: { description: 'A page of programs with their budget totals', ...json(programPageSchema) },
    ...errorResponses(400),
  },
});

const exportRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/programs.csv',
  tags: ['Programs'],
  summary: 'The programs matching the filters as CSV (UTF-8 with BOM for Excel)',
  description:
    'rows=programs (default): one line per program with its total budget and realisation; ' +
    'rows=budgets: one line per budget year of each program.',
  request: {
    query: z.object({ ...filterQuery, rows: z.enum(['programs', 'budgets']).optional() }),
  },
  responses: {
    200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
    ...errorResponses(400),
  },
});

const createRouteDef = defineRoute({
  access: { permission: 'record:create' },
  method: 'post',
  path: '/api/programs',
  tags: ['Programs'],
  summary: 'Record a program with its budget lines',
  request: { body: { ...json(createBody), required: true } },
  responses: {
    201: { description: 'Saved', ...json(programDetailSchema) },
    ...errorResponses(400, 401, 403, 422),
  },
});

const detailRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/programs/{id}',
  tags: ['Programs'],
  summary: 'One program with its budget lines and totals per year and overall',
  request: { params: idParam },
  responses: {
    200: { description: 'The program (ETag: its version)', ...json(programDetailSchema) },
    ...errorResponses(400, 404),
  },
});

const patchRoute = defineRoute({
  access: { permission: 'record:update' },
  method: 'patch',
  path: '/api/programs/{id}',
  tags: ['Programs'],
  summary: 'Change a program (optimistic locking: version); budgets, when sent, replace all lines',
  description:
    'A change that removes a party region or publishes a program shared with other regions waits for their ' +
    'consent (202: the program unchanged, with the pending change; decision 009).',
  request: { params: idParam, body: { ...json(patchBody), required: true } },
  responses: {
    200: { description: 'Saved', ...json(programDetailSchema) },
    202: { description: 'Waiting for the other parties', ...json(programDetailSchema) },
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});

const deleteRoute = defineRoute({
  access: { permission: 'record:delete' },
  method: 'delete',
  path: '/api/programs/{id}',
  tags: ['Programs'],
  summary: 'Soft-delete a program',
  description: 'A program with party regions besides yours waits for their consent (202, decision 009).',
  request: { params: idParam },
  responses: {
    200: deletionResponses[200],
    202: deletionResponses[202],
    ...errorResponses(400, 401, 403, 404),
  },
});

const changeRoutes = pendingChangeRoutes({
  basePath: '/api/programs',
  label: 'program',
  tag: 'Programs',
  permission: 'record:update',
  detailSchema: programDetailSchema,
});

export function programRoutes(deps: { db: Db }) {
  const { db } = deps;
  const router = createRouter();
  const writeContext = (c: Parameters<typeof requestContext>[0]) => ({
    ...requestContext(c),
    actor: requireUser(c),
  });

  router.openapi(listRoute, async (c) =>
    c.json(await listPrograms(db, c.var.actor, c.req.valid('query')), 200),
  );

  router.openapi(exportRoute, async (c) => {
    const query = c.req.valid('query');
    c.header('Content-Type', 'text/csv; charset=utf-8');
    const name = query.rows === 'budgets' ? 'anggaran-program' : 'program';
    c.header(
      'Content-Disposition',
      `attachment; filename="${name}-${new Date().toISOString().slice(0, 10)}.csv"`,
    );
    c.header('Cache-Control', 'no-store');
    const chunks = exportProgramsCsv(db, c.var.actor, query);
    const first = await chunks.next();
    return stream(c, async (out) => {
      if (!first.done) await out.write(first.value);
      for await (const chunk of chunks) await out.write(chunk);
    }) as never;
  });

  router.openapi(createRouteDef, async (c) => {
    const result = await createProgram(db, writeContext(c), c.req.valid('json'));
    c.header('ETag', `"${result.version}"`);
    c.header('Location', `/api/programs/${result.id}`);
    return c.json(result, 201);
  });

  router.openapi(detailRoute, async (c) => {
    const detail = await getProgram(db, c.var.actor, c.req.valid('param').id);
    c.header('ETag', `"${detail.version}"`);
    c.header('Cache-Control', 'private, no-cache');
    return c.json(detail, 200);
  });

  router.openapi(patchRoute, async (c) => {
    const { version, ...patch } = c.req.valid('json');
    if (version === undefined)
      throw new AppError('VALIDATION_FAILED', 'Send the version you edited', 'body.version');
    const { pending, program } = await updateProgram(
      db,
      writeContext(c),
      c.req.valid('param').id,
      patch,
      version,
    );
    c.header('ETag', `"${program.version}"`);
    return c.json(program as never, pending ? 202 : 200);
  });

  router.openapi(deleteRoute, async (c) => {
    const result = await deleteProgram(db, writeContext(c), c.req.valid('param').id);
    return c.json(result as never, result.ok ? 200 : 202);
  });

  registerPendingChangeRoutes(router, db, changeRoutes, programSubject, getProgram);

  return router;
}
