import { z } from '@hono/zod-openapi';
import { organizationKinds } from '../../../domain/agreements/kinds.js';
// The schema alone (extract/types), not the extractor: it runs in a worker thread (extract-off-thread.ts),
// so the server's own memory need not hold its rules and lexicons.
import { extractionResultSchema } from '../../../extract/types.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import {
  createRouter,
  defineRoute,
  errorResponses,
  orNull,
  requestContext,
  requireUser,
} from '../../http.js';
import { createBody, listItemSchema } from '../agreements/schemas.js';
import { meetingInputSchema, programFieldsSchema, visitInputSchema } from '../../../domain/records/schema.js';
import { extractDraft, ingestDraft, listSources, suggestMatches, type RecordWriters } from './service.js';

/** A party of the matches query: a Kemendagri code or an organisation id. */
const partyKeyPattern = String.raw`(\d{2}(\.\d{2})?|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})`;

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });

const extractRoute = defineRoute({
  access: { permission: 'ingest:extract' },
  method: 'post',
  path: '/api/extract',
  tags: ['Ingest'],
  summary: 'Read a news article or press release (text, HTML or a URL) and propose a draft record',
  request: {
    body: {
      ...json(
        z
          .object({
            text: z
              .string()
              .max(900_000)
              .optional()
              .openapi({ description: 'Plain text or HTML of the article' }),
            url: z.string().url().max(2000).optional(),
            publishedAt: z
              .string()
              .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
              .optional()
              .openapi({ description: 'Publication date, to complete dates without a year' }),
          })
          .refine((body) => Boolean(body.text) !== Boolean(body.url), {
            message: 'give either text or url',
            path: ['text'],
          }),
      ),
      required: true,
    },
  },
  responses: {
    200: {
      description: 'The draft, every field with its evidence (sentence and character span in result.text)',
      ...json(
        z.object({
          source: z.object({
            url: z.string().nullable(),
            finalUrl: z.string().nullable(),
            kind: z.enum(['text', 'html', 'url']),
          }),
          result: extractionResultSchema,
        }),
      ),
    },
    ...errorResponses(400, 401, 403, 413, 422),
  },
});

const ingestRoute = defineRoute({
  access: { permission: 'ingest:save' },
  method: 'post',
  path: '/api/ingest',
  tags: ['Ingest'],
  summary: 'Save a reviewed draft: create an agreement or attach the article to an existing one',
  description:
    'The source text and URL stay attached to the record as its provenance. Creating applies every agreement rule ' +
    '(422 RULE_VIOLATION, 409 DUPLICATE_SUSPECTED unless force is true).',
  request: {
    body: {
      ...json(
        z.object({
          source: z.object({
            text: z.string().trim().min(1, 'the source text is required').max(900_000),
            url: z.string().url().max(2000).nullable().optional(),
            title: z.string().max(500).nullable().optional(),
            extraction: z
              .unknown()
              .optional()
              .openapi({ description: 'The draft as extracted, kept for provenance' }),
          }),
          target: z.discriminatedUnion('kind', [
            z.object({
              kind: z.literal('new_agreement'),
              agreement: createBody,
              force: z.boolean().default(false),
              newOrganizations: z
                .array(
                  z.object({
                    placeholderId: z
                      .string()
                      .uuid()
                      .openapi({
                        description:
                          'Chosen by the client; the parties and signatories of `agreement` refer to the new ' +
                          'organisation by it, and the save replaces it with the id of the organisation record',
                      }),
                    name: z.string().trim().min(2).max(300),
                    kind: z.enum(organizationKinds),
                  }),
                )
                .max(20)
                .default([])
                .openapi({
                  description:
                    'Organisations named by the article that become parties, recorded in the same save ' +
                    '(needs organization:manage); one already recorded under the same name is used as it is',
                }),
            }),
            z.object({ kind: z.literal('existing_agreement'), agreementId: z.string().uuid() }),
            z.object({ kind: z.literal('new_visit'), visit: visitInputSchema }),
            z.object({
              kind: z.literal('new_meeting'),
              meeting: meetingInputSchema,
              programs: z
                .array(programFieldsSchema)
                .max(20)
                .default([])
                .openapi({ description: 'The projects the meeting is about, recorded as its programs' }),
            }),
            z.object({
              kind: z.literal('existing_record'),
              recordType: z.enum(['visit', 'meeting']),
              recordId: z.string().uuid(),
            }),
          ]),
        }),
      ),
      required: true,
    },
  },
  responses: {
    201: {
      description: 'Saved',
      ...json(
        z.object({
          sourceId: z.string(),
          record: z.object({
            type: z.enum(['agreement', 'visit', 'meeting']),
            id: z.string(),
            created: z.boolean(),
          }),
          programs: z.array(z.object({ id: z.string(), title: z.string() })).optional(),
          organizations: z.array(
            z.object({ placeholderId: z.string(), id: z.string(), name: z.string(), created: z.boolean() }),
          ),
        }),
      ),
    },
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});

/** A candidate agreement: its list row, how many of the article's parties it shares and how far apart the dates are. */
const matchSchema = listItemSchema
  .extend({
    sharedParties: z.number().int(),
    daysApart: orNull(z.number().int()).openapi({ description: 'Days between the signing and the date' }),
  })
  .openapi('IngestMatch');

const matchesRoute = defineRoute({
  access: { permission: 'agreement:read' },
  method: 'get',
  path: '/api/ingest/matches',
  tags: ['Ingest'],
  summary: 'Existing agreements an article may be about (shared parties, signed within 60 days)',
  description:
    'Ranked by the number of the given parties each agreement shares (at least two when two or more are ' +
    'given), then by the distance of its signing to the date.',
  request: {
    query: z.object({
      parties: z
        .string()
        .max(2000)
        .regex(
          new RegExp(`^${partyKeyPattern}(,${partyKeyPattern})*$`, 'i'),
          'must be comma-separated Kemendagri codes or organisation ids',
        )
        .openapi({ example: '32.75,35.73' }),
      date: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
        .optional(),
    }),
  },
  responses: {
    200: { description: 'Candidates, closest first', ...json(z.object({ items: z.array(matchSchema) })) },
    ...errorResponses(400, 401, 403),
  },
});

const sourcesRoute = defineRoute({
  access: { permission: 'agreement:read' },
  method: 'get',
  path: '/api/agreements/{id}/sources',
  tags: ['Ingest'],
  summary: 'The articles and press releases an agreement was drafted from (provenance)',
  request: { params: z.object({ id: z.string().uuid('must be an agreement id') }) },
  responses: {
    200: {
      description: 'Sources',
      ...json(
        z.object({
          items: z.array(
            z.object({
              id: z.string(),
              url: z.string().nullable(),
              title: z.string().nullable(),
              text: z.string(),
              extraction: z.unknown(),
              createdBy: z.string().nullable(),
              createdAt: z.string(),
            }),
          ),
        }),
      ),
    },
    ...errorResponses(401, 404),
  },
});

export function ingestRoutes(deps: { config: Config; db: Db; writers?: RecordWriters }) {
  const router = createRouter();
  router.openapi(extractRoute, async (c) =>
    c.json(await extractDraft(deps.config, c.req.valid('json')), 200),
  );
  router.openapi(ingestRoute, async (c) => {
    const body = c.req.valid('json');
    const result = await ingestDraft(
      deps.db,
      { ...requestContext(c), actor: requireUser(c) },
      body as never,
      deps.writers,
    );
    return c.json(result, 201);
  });
  router.openapi(matchesRoute, async (c) => {
    const query = c.req.valid('query');
    const items = await suggestMatches(deps.db, c.var.actor, {
      parties: query.parties.split(','),
      date: query.date,
    });
    return c.json({ items }, 200);
  });
  router.openapi(sourcesRoute, async (c) =>
    c.json({ items: await listSources(deps.db, c.var.actor, 'agreement', c.req.valid('param').id) }, 200),
  );
  return router;
}
