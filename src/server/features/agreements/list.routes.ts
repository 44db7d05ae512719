/**
 * Finding agreements: the filtered, searched list, its CSV export and the duplicate check offered
 * before an agreement is entered.
 */
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { streamCsv } from '../../csv-stream.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { defineRoute, errorResponses, type AppEnv } from '../../http.js';
import {
  cooperationKinds,
  documentTypes,
  partySchema,
  stages,
  type AgreementInput,
} from '../../../domain/agreements/index.js';
import { sectorKeys } from '../../../domain/taxonomy/sectors.js';
import { healthStates } from '../../../domain/monitoring/health.js';
import { findDuplicates } from './duplicates.service.js';
import { exportAgreementsCsv, listAgreements } from './list.service.js';
import { booleanQuery, date, json, listItemSchema, regionCode } from './schemas.js';

const filterQuery = {
  party: regionCode.optional().openapi({ description: 'A party region (Kemendagri code)' }),
  partner: z
    .string()
    .max(40)
    .optional()
    .openapi({
      description:
        "A partner (region code or organisation id): agreements in which it is a party together with the caller's " +
        'own region. For callers without a party region (system administrators, oversight, anonymous) it is ' +
        'just a party, like `party`, which never involves the caller.',
    }),
  kind: z.enum(cooperationKinds).optional(),
  documentType: z.enum(documentTypes).optional(),
  sector: z.enum(sectorKeys).optional(),
  stage: z.enum(stages).optional(),
  year: z.coerce.number().int().min(1945).max(2100).optional().openapi({ description: 'Signing year' }),
  expiringWithinDays: z.coerce.number().int().min(0).max(3650).optional(),
  acting: booleanQuery.openapi({ type: 'boolean', description: 'Signed by a Pj./Plt./Plh. head of region' }),
  expired: booleanQuery.openapi({
    type: 'boolean',
    description:
      'true: only agreements shown as kedaluwarsa (past validUntil, stage never closed); false: none of them',
  }),
  parentId: z.string().uuid().optional(),
  health: z.enum(healthStates).optional().openapi({ description: 'Health (see AgreementHealthReason)' }),
  ksbWithoutPks: booleanQuery.openapi({
    type: 'boolean',
    description: 'true: signed KSB, still open, that no PKS follows',
  }),
  own: booleanQuery.openapi({
    type: 'boolean',
    description:
      "true: only the caller's own region or jurisdiction, without other regions' published records",
  }),
  awaitingMyConfirmation: booleanQuery.openapi({
    type: 'boolean',
    description: "true: agreements in which the caller's region is a party that has not confirmed the record",
  }),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .openapi({ description: 'Full text (title, scope, purpose, parties, documents), typo tolerant' }),
  sort: z
    .enum([
      'relevance',
      'signingDate',
      '-signingDate',
      'title',
      '-title',
      'updatedAt',
      '-updatedAt',
      'health',
      '-health',
    ])
    .optional()
    .openapi({ description: 'Default: relevance with q, else -signingDate' }),
  deleted: booleanQuery.openapi({ type: 'boolean', description: 'Deleted records (administrators)' }),
};

const listRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/agreements',
  tags: ['Agreements'],
  summary: 'Search and filter agreements (scoped: own regions, jurisdiction, or published)',
  request: {
    query: z.object({
      ...filterQuery,
      page: z.coerce.number().int().min(1).max(10_000).default(1),
      pageSize: z.coerce.number().int().min(1).max(200).default(20),
    }),
  },
  responses: {
    200: {
      description: 'A page of agreements',
      ...json(
        z.object({
          items: z.array(listItemSchema),
          total: z.number().int().openapi({ description: 'Matches; a lower bound when totalExact is false' }),
          totalExact: z.boolean().openapi({
            description: 'False above 1,000 matches: show "1,000+" (counting all costs a full scan)',
          }),
          page: z.number().int(),
          pageSize: z.number().int(),
        }),
      ),
    },
    ...errorResponses(400, 403),
  },
});

const exportRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/agreements/export.csv',
  tags: ['Agreements'],
  summary: 'The agreements matching the filters as CSV (UTF-8 with BOM for Excel)',
  request: { query: z.object(filterQuery) },
  responses: {
    200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
    ...errorResponses(400, 403),
  },
});

const duplicatesQuery = z.object({
  kind: z.enum(cooperationKinds),
  documentType: z.enum(documentTypes),
  parties: z
    .string()
    .max(2000)
    .openapi({ description: 'Comma-separated region codes and organisation ids', example: '35.73,35.14' }),
  signingDate: date.optional(),
  title: z.string().trim().min(1).max(500),
});
const duplicateSchema = z
  .object({
    id: z.string().uuid(),
    title: z.string(),
    kind: z.string(),
    documentType: z.string(),
    signingDate: z.string().nullable(),
    ownerRegionCode: z.string().nullable(),
    score: z.number(),
    parties: z.array(
      z.object({
        kind: z.enum(['region', 'organization']),
        regionCode: z.string().nullable(),
        organizationId: z.string().nullable(),
        name: z.string(),
        confirmed: z.boolean(),
      }),
    ),
  })
  .openapi('DuplicateCandidate');

const duplicatesRoute = defineRoute({
  access: { permission: 'agreement:create' },
  method: 'get',
  path: '/api/agreements/duplicates',
  tags: ['Agreements'],
  summary: 'Agreements that look like the one about to be entered (offer to join = confirm instead)',
  request: { query: duplicatesQuery },
  responses: {
    200: {
      description: 'Candidates, best first',
      ...json(z.object({ candidates: z.array(duplicateSchema) })),
    },
    ...errorResponses(400, 401, 403),
  },
});

function partiesFromList(list: string): AgreementInput['parties'] {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  return list
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean)
    .map((value) =>
      partySchema.parse(
        uuid.test(value)
          ? { kind: 'organization', organizationId: value }
          : { kind: 'region', regionCode: value },
      ),
    );
}

/** Registers the list, the CSV export and the duplicate check (in this order: the OpenAPI document keeps it). */
export function registerListRoutes(router: OpenAPIHono<AppEnv>, db: Db) {
  router.openapi(listRoute, async (c) =>
    c.json(await listAgreements(db, c.var.actor, c.req.valid('query')), 200),
  );

  router.openapi(
    exportRoute,
    async (c) =>
      streamCsv(c, 'kerja-sama', exportAgreementsCsv(db, c.var.actor, c.req.valid('query'))) as never,
  );

  router.openapi(duplicatesRoute, async (c) => {
    const query = c.req.valid('query');
    let parties: AgreementInput['parties'];
    try {
      parties = partiesFromList(query.parties);
    } catch {
      throw new AppError(
        'VALIDATION_FAILED',
        'parties: expected region codes or organisation ids',
        'parties',
      );
    }
    const candidates = await findDuplicates(db, c.var.actor, {
      title: query.title,
      kind: query.kind,
      documentType: query.documentType,
      parties,
      signingDate: query.signingDate ?? null,
    });
    return c.json({ candidates }, 200);
  });
}
