/**
 * HTTP contract of work visits (kunjungan kerja) and of the good practices of a region. Bodies are the
 * domain's visit schema (shared with the UI form); the domain rules (HOST_ONLY_VISITOR, END_BEFORE_START,
 * UNKNOWN_REGION ...) answer 422 RULE_VIOLATION with the issues in details, like agreements.
 */
import { z } from '@hono/zod-openapi';
import { stream } from 'hono/streaming';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { createRouter, defineRoute, errorResponses, requestContext, requireUser } from '../../http.js';
import { institutionKinds, visitKinds } from '../../../domain/records/kinds.js';
import { visitFieldsSchema, type VisitInput } from '../../../domain/records/schema.js';
import { isIsoDate } from '../../../domain/agreements/index.js';
import {
  deletionResponses,
  pendingChangeRoutes,
  pendingChangeSchema,
  registerPendingChangeRoutes,
} from '../consent/routes.js';
import { sectorKeys } from '../../../domain/taxonomy/sectors.js';
import { exportVisitsCsv, listGoodPractices, listVisits } from './list.service.js';
import { createVisit, deleteVisit, getVisit, updateVisit, visitSubject, type VisitSave } from './service.js';

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const idParam = z.object({
  id: z
    .string()
    .uuid('must be a visit id')
    .openapi({ param: { name: 'id', in: 'path' } }),
});
const date = z
  .string()
  .refine(isIsoDate, { message: 'Expected a date written YYYY-MM-DD' })
  .openapi({ type: 'string', format: 'date', example: '2025-01-16' });
const regionCode = z.string().regex(/^\d{2}(\.\d{2})?$/, 'must be a Kemendagri code such as 32 or 32.75');

const visitBody = visitFieldsSchema
  .extend({ published: z.boolean().default(false).openapi({ description: 'Shown on the public portal' }) })
  .openapi('VisitInput');

/** PATCH: any subset of the fields (absent ones keep their stored value) and the version edited. */
const patchBody = z
  .object({
    ...Object.fromEntries(
      Object.entries(visitFieldsSchema.shape).map(([key, schema]) => [
        key,
        (schema instanceof z.ZodDefault ? schema.removeDefault() : schema).optional(),
      ]),
    ),
    published: z.boolean().optional(),
    version: z
      .number()
      .int()
      .min(1)
      .openapi({ description: 'The version you edited; a stale one answers 409 VERSION_CONFLICT' }),
  })
  .openapi('VisitPatch');

const participantOut = z.object({
  regionCode: z.string().nullable(),
  institution: z.enum(institutionKinds),
  organizationId: z.string().nullable(),
  opdId: z.string().nullable(),
  name: z.string().nullable(),
});
const personOut = z.object({
  name: z.string(),
  post: z.string().nullable(),
  regionCode: z.string().nullable(),
  institution: z.enum(institutionKinds),
});

const summarySchema = z
  .object({
    id: z.string().uuid(),
    title: z.string(),
    kind: z.enum(visitKinds),
    hostRegionCode: z.string(),
    hostRegionName: z.string(),
    visitors: z.array(participantOut),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    place: z.string().nullable(),
    sectors: z.array(z.string()),
    partyRegionCodes: z.array(z.string()),
    published: z.boolean(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .openapi('VisitListItem');

const detailSchema = summarySchema
  .extend({
    delegates: z.array(personOut),
    hosts: z.array(personOut),
    topics: z.array(z.object({ sector: z.string().nullable(), text: z.string() })),
    purpose: z.string().nullable(),
    outcomes: z.string().nullable(),
    notes: z.string().nullable(),
    goodPractices: z.array(
      z.object({
        id: z.string().uuid(),
        topic: z.string(),
        description: z.string().nullable(),
        sector: z.string().nullable(),
      }),
    ),
    ownerRegionCode: z.string().nullable(),
    createdAt: z.string(),
    access: z.object({
      update: z.boolean(),
      delete: z.boolean(),
      publish: z.boolean(),
      report: z.boolean(),
    }),
    pendingChanges: z.array(pendingChangeSchema).openapi({
      description: 'Changes waiting for the other parties (decision 009); only for its parties',
    }),
  })
  .openapi('Visit');

const filterQuery = {
  region: regionCode.optional().openapi({ description: 'A region taking part, as host or visitor' }),
  direction: z
    .enum(['made', 'received'])
    .optional()
    .openapi({ description: 'With region: visits it made (as visitor) or received (as host)' }),
  kind: z.enum(visitKinds).optional(),
  sector: z.enum(sectorKeys).optional(),
  year: z.coerce
    .number()
    .int()
    .min(1945)
    .max(2100)
    .optional()
    .openapi({ description: 'Year of the start date' }),
  from: date.optional().openapi({ description: 'Visits ending on or after this day' }),
  to: date.optional().openapi({ description: 'Visits starting on or before this day' }),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .openapi({ description: 'Words of the title, place, purpose, outcomes, visitors, delegates, topics' }),
};

const listRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/visits',
  tags: ['Visits'],
  summary: 'Work visits (scoped: own regions, jurisdiction, or published), newest first',
  request: {
    query: z.object({
      ...filterQuery,
      page: z.coerce.number().int().min(1).max(10_000).default(1),
      pageSize: z.coerce.number().int().min(1).max(200).default(20),
    }),
  },
  responses: {
    200: {
      description: 'A page of visits',
      ...json(
        z.object({
          items: z.array(summarySchema),
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
  path: '/api/visits.csv',
  tags: ['Visits'],
  summary: 'The visits matching the filters as CSV (UTF-8 with BOM for Excel)',
  request: { query: z.object(filterQuery) },
  responses: {
    200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
    ...errorResponses(400),
  },
});

const createRouteDef = defineRoute({
  access: { permission: 'record:create' },
  method: 'post',
  path: '/api/visits',
  tags: ['Visits'],
  summary: 'Enter a work visit (your region must be the host or a visitor)',
  description:
    'A broken rule answers 422 RULE_VIOLATION with details: Issue[] (HOST_ONLY_VISITOR, END_BEFORE_START, ' +
    'UNKNOWN_REGION, PARTICIPANT_EMPTY). Good practices are recorded on the host region.',
  request: { body: { ...json(visitBody), required: true } },
  responses: {
    201: { description: 'Created', ...json(detailSchema) },
    ...errorResponses(400, 401, 403, 422),
  },
});

const detailRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/visits/{id}',
  tags: ['Visits'],
  summary: 'One work visit with its delegation, topics, outcomes and good practices',
  request: { params: idParam },
  responses: {
    200: { description: 'The visit (ETag: its version)', ...json(detailSchema) },
    ...errorResponses(400, 404),
  },
});

const patchRoute = defineRoute({
  access: { permission: 'record:update' },
  method: 'patch',
  path: '/api/visits/{id}',
  tags: ['Visits'],
  summary: 'Change a work visit (optimistic locking: the version edited)',
  description:
    'Fields absent from the body keep their stored value. A stale version answers 409 VERSION_CONFLICT with ' +
    'details {currentVersion, current}. An edit that removes a party region or publishes a visit shared ' +
    'with other regions waits for their consent (202: the visit unchanged, with the pending change).',
  request: { params: idParam, body: { ...json(patchBody), required: true } },
  responses: {
    200: { description: 'Saved', ...json(detailSchema) },
    202: { description: 'Waiting for the other parties', ...json(detailSchema) },
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});

const deleteRoute = defineRoute({
  access: { permission: 'record:delete' },
  method: 'delete',
  path: '/api/visits/{id}',
  tags: ['Visits'],
  summary: 'Delete a work visit (soft delete: kept in the database and the audit trail)',
  description: 'A visit with party regions besides yours waits for their consent (202, decision 009).',
  request: { params: idParam },
  responses: {
    200: deletionResponses[200],
    202: deletionResponses[202],
    ...errorResponses(400, 401, 403, 404),
  },
});

const goodPracticesRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/regions/{code}/good-practices',
  tags: ['Visits'],
  summary: "A region's good practices (praktik baik), learned by its visitors; those of visits you may read",
  request: {
    params: z.object({ code: regionCode.openapi({ param: { name: 'code', in: 'path' } }) }),
  },
  responses: {
    200: {
      description: 'Good practices, newest visit first',
      ...json(
        z.object({
          items: z.array(
            z.object({
              id: z.string().uuid(),
              topic: z.string(),
              description: z.string().nullable(),
              sector: z.string().nullable(),
              visit: z.object({
                id: z.string().uuid(),
                title: z.string(),
                startDate: z.string().nullable(),
                visitorNames: z.array(z.string()),
              }),
            }),
          ),
        }),
      ),
    },
    ...errorResponses(400, 404),
  },
});

const changeRoutes = pendingChangeRoutes({
  basePath: '/api/visits',
  label: 'visit',
  tag: 'Visits',
  permission: 'record:update',
  detailSchema,
});

/** The stored visit as input, for a PATCH that sends only some fields. */
function storedInput(detail: Awaited<ReturnType<typeof getVisit>>): VisitSave {
  return {
    title: detail.title,
    kind: detail.kind as VisitInput['kind'],
    hostRegionCode: detail.hostRegionCode,
    visitors: detail.visitors as VisitInput['visitors'],
    delegates: detail.delegates as VisitInput['delegates'],
    hosts: detail.hosts as VisitInput['hosts'],
    startDate: detail.startDate,
    endDate: detail.endDate,
    place: detail.place,
    topics: detail.topics as VisitInput['topics'],
    sectors: detail.sectors as VisitInput['sectors'],
    purpose: detail.purpose,
    outcomes: detail.outcomes,
    goodPractices: detail.goodPractices.map(({ topic, description, sector }) => ({
      topic,
      description,
      sector: sector as VisitInput['goodPractices'][number]['sector'],
    })),
    notes: detail.notes,
    published: detail.published,
  };
}

export function visitRoutes(deps: { db: Db }) {
  const { db } = deps;
  const router = createRouter();
  const writeContext = (c: Parameters<typeof requestContext>[0]) => ({
    ...requestContext(c),
    actor: requireUser(c),
  });

  router.openapi(listRoute, async (c) =>
    c.json(await listVisits(db, c.var.actor, c.req.valid('query')), 200),
  );

  router.openapi(exportRoute, async (c) => {
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header(
      'Content-Disposition',
      `attachment; filename="kunjungan-${new Date().toISOString().slice(0, 10)}.csv"`,
    );
    c.header('Cache-Control', 'no-store');
    const chunks = exportVisitsCsv(db, c.var.actor, c.req.valid('query'));
    const first = await chunks.next();
    return stream(c, async (out) => {
      if (!first.done) await out.write(first.value);
      for await (const chunk of chunks) await out.write(chunk);
    }) as never;
  });

  router.openapi(createRouteDef, async (c) => {
    const created = await createVisit(db, writeContext(c), c.req.valid('json') as VisitSave);
    c.header('ETag', `"${created.version}"`);
    c.header('Location', `/api/visits/${created.id}`);
    return c.json(created as never, 201);
  });

  router.openapi(detailRoute, async (c) => {
    const detail = await getVisit(db, c.var.actor, c.req.valid('param').id);
    c.header('ETag', `"${detail.version}"`);
    c.header('Cache-Control', 'private, no-cache');
    return c.json(detail as never, 200);
  });

  router.openapi(patchRoute, async (c) => {
    const ctx = writeContext(c);
    const { id } = c.req.valid('param');
    const { version, ...patch } = c.req.valid('json') as Partial<VisitSave> & { version: number };
    const stored = storedInput(await getVisit(db, ctx.actor, id));
    const merged = visitFieldsSchema.safeParse({ ...stored, ...patch });
    if (!merged.success) throw new AppError('VALIDATION_FAILED', merged.error.message, 'body');
    const { pending, visit } = await updateVisit(
      db,
      ctx,
      id,
      { ...merged.data, published: patch.published ?? stored.published },
      version,
    );
    c.header('ETag', `"${visit.version}"`);
    return c.json(visit as never, pending ? 202 : 200);
  });

  router.openapi(deleteRoute, async (c) => {
    const result = await deleteVisit(db, writeContext(c), c.req.valid('param').id);
    return c.json(result as never, result.ok ? 200 : 202);
  });

  registerPendingChangeRoutes(router, db, changeRoutes, visitSubject, getVisit);

  router.openapi(goodPracticesRoute, async (c) => {
    c.header('Cache-Control', 'private, no-cache');
    return c.json(await listGoodPractices(db, c.var.actor, c.req.valid('param').code), 200);
  });

  return router;
}
