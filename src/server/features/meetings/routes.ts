/**
 * HTTP contract of meetings (pertemuan): list with filters and paging, CSV export with the same
 * filters, create, read, update (optimistic `version`) and soft delete.
 */
import { z } from '@hono/zod-openapi';
import { streamCsv } from '../../csv-stream.js';
import type { Db } from '../../db/client.js';
import { createRouter, defineRoute, errorResponses, requestContext, requireUser } from '../../http.js';
import { isIsoDate } from '../../../domain/agreements/dates.js';
import { meetingKinds } from '../../../domain/records/kinds.js';
import { meetingDetailSchema, meetingListSchema } from '../../../domain/records/meeting-contract.js';
import { meetingFieldsSchema } from '../../../domain/records/schema.js';
import { sectorKeys } from '../../../domain/taxonomy/sectors.js';
import { exportMeetingsCsv } from './csv.js';
import {
  createMeeting,
  deleteMeeting,
  getMeeting,
  listMeetings,
  meetingSubject,
  updateMeeting,
} from './service.js';
import { deletionResponses, pendingChangeRoutes, registerPendingChangeRoutes } from '../consent/routes.js';

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const idParam = z.object({
  id: z
    .string()
    .uuid('must be a meeting id')
    .openapi({ param: { name: 'id', in: 'path' } }),
});
const date = z
  .string()
  .refine(isIsoDate, { message: 'Expected a date written YYYY-MM-DD' })
  .openapi({ type: 'string', format: 'date', example: '2024-08-07' });

const filterQuery = {
  region: z
    .string()
    .regex(/^\d{2}(\.\d{2})?$/, 'must be a Kemendagri code such as 32 or 32.75')
    .optional()
    .openapi({ description: 'A region taking part (host or participant)', example: '32.75' }),
  kind: z.enum(meetingKinds).optional(),
  sector: z.enum(sectorKeys).optional(),
  from: date.optional().openapi({ description: 'Meetings on or after this day' }),
  to: date.optional().openapi({ description: 'Meetings on or before this day' }),
  year: z.coerce.number().int().min(1900).max(2100).optional(),
  q: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: 'Words of the title, place, agenda, summary or a decision' }),
};

const meetingBody = meetingFieldsSchema
  .extend({ published: z.boolean().default(false).openapi({ description: 'Shown on the public portal' }) })
  .openapi('MeetingInput');
const meetingUpdateBody = meetingBody
  .extend({
    version: z
      .number()
      .int()
      .min(1)
      .openapi({ description: 'The version you edited; a stale one answers 409' }),
  })
  .openapi('MeetingUpdate');

const meetingDetail = meetingDetailSchema.openapi('Meeting');
const rulesNote =
  'Rules are checked on save: a broken one answers 422 RULE_VIOLATION with details: Issue[] ' +
  '(REGION_PARTY_REQUIRED, PARTICIPANT_EMPTY, UNKNOWN_REGION, OPD_NOT_OF_PARTY), naming the field.';

const listRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/meetings',
  tags: ['Meetings'],
  summary: 'Search and filter meetings (scoped: own region, jurisdiction, or published)',
  request: {
    query: z.object({
      ...filterQuery,
      page: z.coerce.number().int().min(1).max(10_000).default(1),
      pageSize: z.coerce.number().int().min(1).max(200).default(20),
    }),
  },
  responses: {
    200: {
      description: 'A page of meetings, newest first',
      ...json(meetingListSchema.openapi('MeetingList')),
    },
    ...errorResponses(400),
  },
});

const exportRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/meetings.csv',
  tags: ['Meetings'],
  summary: 'The meetings matching the filters as CSV (UTF-8 with BOM for Excel)',
  request: { query: z.object(filterQuery) },
  responses: {
    200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
    ...errorResponses(400),
  },
});

const createRouteDef = defineRoute({
  access: { permission: 'record:create' },
  method: 'post',
  path: '/api/meetings',
  tags: ['Meetings'],
  summary: 'Enter a meeting (your region must take part)',
  description: rulesNote,
  request: { body: { ...json(meetingBody), required: true } },
  responses: {
    201: { description: 'Created', ...json(meetingDetail) },
    ...errorResponses(400, 401, 403, 422),
  },
});

const detailRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/meetings/{id}',
  tags: ['Meetings'],
  summary: 'One meeting with its participants and decisions (each with the actions made from it)',
  request: { params: idParam },
  responses: {
    200: { description: 'The meeting (ETag: its version)', ...json(meetingDetail) },
    ...errorResponses(400, 404),
  },
});

const updateRouteDef = defineRoute({
  access: { permission: 'record:update' },
  method: 'put',
  path: '/api/meetings/{id}',
  tags: ['Meetings'],
  summary: 'Save a meeting as edited (optimistic locking: the version you edited)',
  description:
    `${rulesNote} A stale version answers 409 VERSION_CONFLICT with details.currentVersion. Decisions ` +
    'keep their id when the entry names it or their text is unchanged, so actions made from them stay linked. ' +
    'An edit that removes a party region or publishes a meeting shared with other regions waits for their ' +
    'consent (202: the meeting unchanged, with the pending change; decision 009).',
  request: { params: idParam, body: { ...json(meetingUpdateBody), required: true } },
  responses: {
    200: { description: 'Saved', ...json(meetingDetail) },
    202: { description: 'Waiting for the other parties', ...json(meetingDetail) },
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});

const deleteRouteDef = defineRoute({
  access: { permission: 'record:delete' },
  method: 'delete',
  path: '/api/meetings/{id}',
  tags: ['Meetings'],
  summary: 'Soft-delete a meeting (the audit trail keeps it)',
  description: 'A meeting with party regions besides yours waits for their consent (202, decision 009).',
  request: { params: idParam },
  responses: {
    200: deletionResponses[200],
    202: deletionResponses[202],
    ...errorResponses(400, 401, 403, 404),
  },
});

const changeRoutes = pendingChangeRoutes({
  basePath: '/api/meetings',
  label: 'meeting',
  tag: 'Meetings',
  permission: 'record:update',
  detailSchema: meetingDetail,
});

export function meetingRoutes(deps: { db: Db }) {
  const { db } = deps;
  const router = createRouter();
  const writeContext = (c: Parameters<typeof requestContext>[0]) => ({
    ...requestContext(c),
    actor: requireUser(c),
  });

  router.openapi(listRoute, async (c) => {
    const { page, pageSize, ...filters } = c.req.valid('query');
    return c.json(await listMeetings(db, c.var.actor, filters, { page, pageSize }), 200);
  });

  router.openapi(
    exportRoute,
    async (c) => streamCsv(c, 'pertemuan', exportMeetingsCsv(db, c.var.actor, c.req.valid('query'))) as never,
  );

  router.openapi(createRouteDef, async (c) => {
    const result = await createMeeting(db, writeContext(c), c.req.valid('json'));
    c.header('ETag', `"${result.version}"`);
    c.header('Location', `/api/meetings/${result.id}`);
    return c.json(result, 201);
  });

  router.openapi(detailRoute, async (c) => {
    const detail = await getMeeting(db, c.var.actor, c.req.valid('param').id);
    c.header('ETag', `"${detail.version}"`);
    c.header('Cache-Control', 'private, no-cache');
    return c.json(detail, 200);
  });

  router.openapi(updateRouteDef, async (c) => {
    const { version, ...input } = c.req.valid('json');
    const { pending, meeting } = await updateMeeting(
      db,
      writeContext(c),
      c.req.valid('param').id,
      input,
      version,
    );
    c.header('ETag', `"${meeting.version}"`);
    return c.json(meeting as never, pending ? 202 : 200);
  });

  router.openapi(deleteRouteDef, async (c) => {
    const result = await deleteMeeting(db, writeContext(c), c.req.valid('param').id);
    return c.json(result as never, result.ok ? 200 : 202);
  });

  registerPendingChangeRoutes(router, db, changeRoutes, meetingSubject, getMeeting);

  return router;
}
