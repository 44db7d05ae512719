import { agreementSubject } from './pending-changes.service.js';
import {
  deletionResponses,
  pendingChangeRoutes,
  pendingChangeSchema,
  registerPendingChangeRoutes,
} from '../consent/routes.js';
import { z } from '@hono/zod-openapi';
import { streamCsv } from '../../csv-stream.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import {
  createRouter,
  defineRoute,
  errorResponses,
  orNull,
  requestContext,
  requireUser,
} from '../../http.js';
import {
  actingKinds,
  agreementFieldsSchema,
  agreementRulesSchema,
  contentItemKeys,
  cooperationKinds,
  documentTypes,
  financingSchema,
  isIsoDate,
  offices,
  organizationKinds,
  partySchema,
  stages,
  type AgreementInput,
} from '../../../domain/agreements/index.js';
import { sectorKeys } from '../../../domain/taxonomy/sectors.js';
import { healthStates, type HealthReason } from '../../../domain/monitoring/health.js';
import { documentSchema } from '../documents/routes.js';
import { exportAgreementsCsv, listAgreements } from './list.service.js';
import {
  confirmAgreement,
  createAgreement,
  deleteAgreement,
  findDuplicates,
  getAgreement,
  restoreAgreement,
  transitionAgreement,
  updateAgreement,
  type PatchInput,
} from './service.js';
import { getRules, putRules } from './rules.service.js';

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const idParam = z.object({
  id: z
    .string()
    .uuid('must be an agreement id')
    .openapi({ param: { name: 'id', in: 'path' } }),
});
// Built here rather than reusing the domain's isoDateSchema: `.openapi()` exists only on schemas
// created after @hono/zod-openapi extended zod, and import order must not decide that.
const date = z
  .string()
  .refine(isIsoDate, { message: 'Expected a date written YYYY-MM-DD' })
  .openapi({ type: 'string', format: 'date', example: '2024-08-07' });
const regionCode = z.string().regex(/^\d{2}(\.\d{2})?$/, 'must be a Kemendagri code such as 32 or 32.75');

/**
 * Sector keys are checked by the domain's rules (422 UNKNOWN_SECTOR with the offending index), not by
 * the request schema, so that every rule of an agreement answers the same way.
 */
const sectorsField = z
  .array(z.string().trim().max(100))
  .max(sectorKeys.length)
  .openapi({
    items: { type: 'string', enum: [...sectorKeys] },
    description: 'Keys of taxonomy/sectors.json',
  });

/** The OPD pelaksana: OPD (ids) of the party regions that carry the agreement out. */
const responsibleOpdIdsField = z
  .array(z.string().uuid('must be an OPD id'))
  .max(50)
  .openapi({ description: 'OPD responsible for carrying it out (OPD pelaksana), each of a party region' });

const agreementBody = agreementFieldsSchema
  .extend({
    sectors: sectorsField.default([]).transform((keys) => [...new Set(keys)]),
    published: z.boolean().default(false).openapi({ description: 'Shown on the public portal' }),
    responsibleOpdIds: responsibleOpdIdsField.default([]),
  })
  .openapi('AgreementInput');

export const createBody = agreementBody
  .extend({
    entryStage: z
      .enum(stages)
      .nullable()
      .default(null)
      .openapi({
        description:
          'For agreements made outside Sinergi: the stage they are entered at. Null: the first stage, or ' +
          'for one signed on or before today the stage its data shows (signed, or in force)',
      }),
    entryStageDate: date
      .nullable()
      .default(null)
      .openapi({
        description:
          'The day the entry stage was reached. Null: the date its data implies (the signing date, the ' +
          'start of validity) or today. Earlier steps are dated from the signing date and validity, in order',
      }),
  })
  .openapi('AgreementCreate');

/** PATCH: any subset of the fields (no defaults, so absent fields keep their stored value) and the version. */
const patchBody = z
  .object({
    ...Object.fromEntries(
      Object.entries(agreementFieldsSchema.shape).map(([key, schema]) => [
        key,
        (schema instanceof z.ZodDefault ? schema.removeDefault() : schema).optional(),
      ]),
    ),
    sectors: sectorsField.optional(),
    published: z.boolean().optional(),
    responsibleOpdIds: responsibleOpdIdsField.optional(),
    stage: z
      .enum(stages)
      .optional()
      .openapi({
        description:
          'The stage the agreement is at. Forward: the steps are added to the history; otherwise the ' +
          'recorded stage is corrected and the history rewritten back-dated (the audit trail keeps the old one)',
      }),
    stageDate: date.nullable().optional().openapi({ description: 'The day that stage was reached' }),
    version: z
      .number()
      .int()
      .min(1)
      .optional()
      .openapi({ description: 'The version you edited (or send If-Match); a stale one answers 409' }),
  })
  .openapi('AgreementPatch');

const issueSchema = z
  .object({
    code: z.string().openapi({ example: 'ACTING_SIGNATORY' }),
    severity: z.enum(['error', 'warning']),
    field: z.string().nullable(),
    message: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  })
  .openapi('Issue');

const requirementSchema = z
  .object({
    code: z.string(),
    kind: z.enum(['role', 'condition', 'data', 'document']),
    field: z.string().nullable(),
    message: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  })
  .openapi('Requirement');

const effectiveStatusSchema = z.enum([...stages, 'kedaluwarsa']);
const labelSchema = z.object({ id: z.string(), en: z.string() });

const summarySchema = z
  .object({
    id: z.string().uuid(),
    title: z.string(),
    kind: z.string(),
    documentType: z.enum(documentTypes),
    signingDate: z.string().nullable(),
    validFrom: z.string().nullable(),
    validUntil: z.string().nullable(),
    stage: z.enum(stages),
    effectiveStatus: effectiveStatusSchema,
  })
  .openapi('AgreementSummary');

const confirmationsSchema = z
  .object({ confirmed: z.number().int(), total: z.number().int() })
  .openapi('Confirmations', { description: '"dikonfirmasi 1 dari 2 pihak": region parties that confirmed' });

const detailPartySchema = z.object({
  id: z.string().uuid(),
  key: z.string().openapi({ description: 'Region code or organisation id (signatories point at it)' }),
  kind: z.enum(['region', 'organization']),
  regionCode: z.string().nullable(),
  organizationId: z.string().nullable(),
  name: z.string().openapi({ example: 'Kota Malang' }),
  regionLevel: z.enum(['provinsi', 'kabupaten', 'kota']).nullable(),
  organizationKind: z.enum(organizationKinds).nullable(),
  documentNumber: z.string().nullable(),
  role: z.string().nullable(),
  rights: z.array(z.string()),
  obligations: z.array(z.string()),
  financing: orNull(financingSchema),
  confirmedAt: z.string().nullable(),
  confirmedBy: z.string().nullable(),
});

/** One reason of an agreement's health: a stable code and the numbers its words need. */
const reasonParams = <Params extends z.ZodRawShape>(code: HealthReason['code'], params: Params) =>
  z.object({ code: z.literal(code), params: z.object(params) });
/** A reason of an agreement's health, with the figures its sentence needs (domain/monitoring/health). */
export const healthReasonSchema = z
  .discriminatedUnion('code', [
    reasonParams('ENDED', { stage: z.enum(stages) }),
    reasonParams('EXPIRED', { date: z.string() }),
    reasonParams('KSB_WITHOUT_PKS', { months: z.number() }),
    reasonParams('NO_ACTIVITY', { months: z.number() }),
    reasonParams('ACTIONS_OVERDUE', { count: z.number() }),
    reasonParams('NO_EVALUATION_THIS_YEAR', { year: z.number() }),
    reasonParams('EXPIRES_SOON', { days: z.number() }),
  ])
  .openapi('AgreementHealthReason');

const detailSchema = z
  .object({
    id: z.string().uuid(),
    title: z.string(),
    kind: z.enum(cooperationKinds),
    ksddNature: z.enum(['wajib', 'sukarela']).nullable(),
    documentType: z.enum(documentTypes),
    parentId: z.string().nullable(),
    signingDate: z.string().nullable(),
    signingPlace: z.string().nullable(),
    validFrom: z.string().nullable(),
    validUntil: z.string().nullable(),
    sectors: z.array(z.string()),
    purpose: z.string().nullable(),
    objectScope: z.string().nullable(),
    content: z.record(z.string(), z.boolean()),
    burdensCommunity: z.boolean(),
    fundingNotInCurrentApbd: z.boolean(),
    notes: z.string().nullable(),
    stage: z.enum(stages),
    stageDate: z.string().nullable(),
    effectiveStatus: effectiveStatusSchema.openapi({ description: 'kedaluwarsa when past validUntil' }),
    daysUntilExpiry: z.number().int().nullable(),
    followUpStatus: z.enum(['not_applicable', 'followed_up', 'pending', 'overdue']),
    actingSignatory: z.boolean(),
    published: z.boolean(),
    health: z.enum(healthStates),
    healthReasons: z.array(healthReasonSchema),
    responsibleOpds: z
      .array(
        z.object({
          id: z.string().uuid(),
          regionCode: z.string(),
          name: z.string(),
          abbreviation: z.string().nullable(),
        }),
      )
      .openapi({ description: 'OPD pelaksana: the OPD that carry the agreement out' }),
    access: z
      .object({ update: z.boolean(), uploadDocuments: z.boolean(), publish: z.boolean() })
      .openapi({ description: 'What the caller may do on this record (the policy answers)' }),
    ownerRegionCode: z.string().nullable(),
    partyRegionCodes: z.array(z.string()),
    parties: z.array(detailPartySchema),
    signatories: z.array(
      z.object({
        id: z.string().uuid(),
        partyId: z.string().uuid(),
        partyKey: z.string(),
        name: z.string(),
        office: z.string().openapi({ enum: [...offices] }),
        position: z.string().nullable(),
        actingKind: z.string().openapi({ enum: [...actingKinds] }),
        officialId: z.string().nullable(),
        mandate: z.object({ number: z.string(), date: z.string() }).nullable(),
      }),
    ),
    parent: orNull(summarySchema),
    children: z
      .array(summarySchema)
      .openapi({ description: 'PKS of a KSB, addenda, extension, termination' }),
    transitions: z.array(
      z.object({
        id: z.string().uuid(),
        fromStage: z.enum(stages).nullable(),
        toStage: z.enum(stages),
        date: z.string(),
        note: z.string().nullable(),
        actorUserId: z.string().nullable(),
        createdAt: z.string(),
      }),
    ),
    documents: z.array(documentSchema),
    confirmations: confirmationsSchema,
    pendingConfirmations: z.array(z.string()).openapi({ description: 'Region codes yet to confirm' }),
    pendingChanges: z.array(pendingChangeSchema).openapi({
      description: 'Changes waiting for the other parties (removing a party, publishing); shown to parties',
    }),
    checklist: z.array(z.object({ key: z.enum(contentItemKeys), label: labelSchema, present: z.boolean() })),
    issues: z.array(issueSchema).openapi({ description: 'Warnings of the rules (errors block saves)' }),
    nextSteps: z.array(
      z.object({ stage: z.enum(stages), allowed: z.boolean(), missing: z.array(requirementSchema) }),
    ),
    version: z.number().int(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    updatedBy: z.string().nullable(),
    updatedAt: z.string(),
    auditUrl: z.string().openapi({ description: 'The audit history of this record' }),
  })
  .openapi('Agreement');

const savedSchema = detailSchema.extend({ warnings: z.array(issueSchema) }).openapi('AgreementSaved');

export const listItemSchema = z
  .object({
    id: z.string().uuid(),
    kind: z.enum(cooperationKinds),
    ksddNature: z.string().nullable(),
    documentType: z.enum(documentTypes),
    parentId: z.string().nullable(),
    title: z.string(),
    signingDate: z.string().nullable(),
    signingPlace: z.string().nullable(),
    validFrom: z.string().nullable(),
    validUntil: z.string().nullable(),
    sectors: z.array(z.string()),
    stage: z.enum(stages),
    stageDate: z.string().nullable(),
    effectiveStatus: effectiveStatusSchema,
    actingSignatory: z.boolean(),
    published: z.boolean(),
    health: z.enum(healthStates),
    healthReasons: z.array(healthReasonSchema),
    parties: z.array(
      z.object({
        kind: z.enum(['region', 'organization']),
        regionCode: z.string().nullable(),
        organizationId: z.string().nullable(),
        name: z.string(),
        documentNumber: z.string().nullable(),
        confirmed: z.boolean(),
      }),
    ),
    confirmations: confirmationsSchema,
    version: z.number().int(),
    updatedAt: z.string(),
    deletedAt: z.string().nullable(),
  })
  .openapi('AgreementListItem');

const booleanQuery = z
  .enum(['true', 'false'])
  .transform((value) => value === 'true')
  .optional();
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

const createRouteDef = defineRoute({
  access: { permission: 'agreement:create' },
  method: 'post',
  path: '/api/agreements',
  tags: ['Agreements'],
  summary: 'Enter an agreement (your region must be a party)',
  description:
    'Rules are checked on save: errors answer 422 RULE_VIOLATION with details: Issue[]; warnings come back ' +
    'in `warnings`. A suspected duplicate answers 409 DUPLICATE_SUSPECTED with details.candidates unless ?force=true.',
  request: {
    query: z.object({ force: booleanQuery.openapi({ type: 'boolean' }) }),
    body: { ...json(createBody), required: true },
  },
  responses: {
    201: { description: 'Created', ...json(savedSchema) },
    ...errorResponses(400, 401, 403, 409, 422),
  },
});

const detailRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/agreements/{id}',
  tags: ['Agreements'],
  summary: 'One agreement with parties, family, timeline, documents, checklist, warnings and next steps',
  request: { params: idParam },
  responses: {
    200: { description: 'The agreement (ETag: its version)', ...json(detailSchema) },
    ...errorResponses(400, 404),
  },
});

const patchRoute = defineRoute({
  access: { permission: 'agreement:update' },
  method: 'patch',
  path: '/api/agreements/{id}',
  tags: ['Agreements'],
  summary: 'Change an agreement (optimistic locking: version in the body or If-Match)',
  description:
    'Fields absent from the body keep their stored value. A stale version answers 409 VERSION_CONFLICT with ' +
    'details {currentVersion, current, changedFields, changes}: changes lists each field changed since the ' +
    "client's version with its value then (from) and now (to).",
  request: {
    params: idParam,
    headers: z.object({ 'if-match': z.string().max(40).optional() }),
    body: { ...json(patchBody), required: true },
  },
  responses: {
    200: { description: 'Saved', ...json(savedSchema) },
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});

const deleteRoute = defineRoute({
  access: { permission: 'agreement:delete' },
  method: 'delete',
  path: '/api/agreements/{id}',
  tags: ['Agreements'],
  summary: 'Soft-delete an agreement (an administrator can restore it)',
  description:
    'An agreement with party regions besides yours is not deleted at once: the deletion becomes a pending ' +
    'change (202) that every other party region confirms or rejects (decision 009).',
  request: { params: idParam },
  responses: {
    200: deletionResponses[200],
    202: deletionResponses[202],
    ...errorResponses(400, 401, 403, 404),
  },
});

const restoreRoute = defineRoute({
  access: { permission: 'agreement:restore' },
  method: 'post',
  path: '/api/agreements/{id}/restore',
  tags: ['Agreements'],
  summary: 'Restore a deleted agreement',
  request: { params: idParam },
  responses: {
    200: { description: 'Restored', ...json(detailSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
});

const transitionRoute = defineRoute({
  access: { permission: 'agreement:transition' },
  method: 'post',
  path: '/api/agreements/{id}/transitions',
  tags: ['Agreements'],
  summary: 'Move an agreement to the next stage of its lifecycle',
  description:
    'The guard (role, data, documents) is the domain lifecycle; unmet requirements answer 422 ' +
    'TRANSITION_NOT_ALLOWED with details: Requirement[].',
  request: {
    params: idParam,
    body: {
      ...json(
        z.object({
          toStage: z.enum(stages),
          date,
          note: z.string().trim().max(2000).nullable().optional(),
          reason: z.string().trim().max(2000).nullable().optional().openapi({ description: 'For diakhiri' }),
          version: z.number().int().min(1).optional(),
        }),
      ),
      required: true,
    },
  },
  responses: {
    200: { description: 'Moved', ...json(detailSchema) },
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});

const confirmRoute = defineRoute({
  access: { permission: 'agreement:confirm' },
  method: 'post',
  path: '/api/agreements/{id}/confirm',
  tags: ['Agreements'],
  summary: "Confirm your region's side of a shared agreement (also: join a partner's record)",
  request: { params: idParam },
  responses: {
    200: {
      description: 'Confirmations',
      ...json(
        z.object({
          confirmations: confirmationsSchema,
          pendingConfirmations: z.array(z.string()),
          parties: z.array(detailPartySchema),
        }),
      ),
    },
    ...errorResponses(400, 401, 403, 404),
  },
});

const changeRoutes = pendingChangeRoutes({
  basePath: '/api/agreements',
  label: 'agreement',
  tag: 'Agreements',
  permission: 'agreement:confirm',
  detailSchema,
});

const rulesResponse = z
  .object({
    rules: agreementRulesSchema.describe('The rule set in force (defaults with overrides)'),
    overrides: z.record(z.string(), z.unknown()),
    defaults: agreementRulesSchema,
    updatedAt: z.string().nullable(),
  })
  .openapi('AgreementRules');

const getRulesRoute = defineRoute({
  access: 'authenticated',
  method: 'get',
  path: '/api/settings/agreement-rules',
  tags: ['Settings'],
  summary: 'The agreement rules (durations, DPRD conditions, checklists, required documents)',
  responses: { 200: { description: 'Rules', ...json(rulesResponse) }, ...errorResponses(401) },
});

const putRulesRoute = defineRoute({
  access: { permission: 'settings:manage' },
  method: 'put',
  path: '/api/settings/agreement-rules',
  tags: ['Settings'],
  summary: 'Replace the overrides of the agreement rules (any subset of the rule set)',
  request: {
    body: {
      ...json(
        z.record(z.string(), z.unknown()).openapi({ description: 'Keys of the rule set (see defaults)' }),
      ),
      required: true,
    },
  },
  responses: { 200: { description: 'Rules', ...json(rulesResponse) }, ...errorResponses(400, 401, 403) },
});

/** Parses If-Match: `"3"`, `W/"3"` or `3`. */
function versionFromIfMatch(header: string | undefined): number | undefined {
  if (!header) return undefined;
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
  if (!match)
    throw new AppError('VALIDATION_FAILED', 'If-Match must carry the version, e.g. "3"', 'if-match');
  return Number(match[1]);
}

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

/** Agreements and the agreement rule settings (their documents: features/documents). */
export function agreementRoutes(deps: {
  db: Db;
  /** Called once new rules are saved (the app queues the recompute of every agreement's health). */
  onRulesChanged?: () => Promise<void>;
}) {
  const { db } = deps;
  const router = createRouter();
  const writeContext = (c: Parameters<typeof requestContext>[0]) => ({
    ...requestContext(c),
    actor: requireUser(c),
  });

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

  router.openapi(createRouteDef, async (c) => {
    const body = c.req.valid('json');
    const result = await createAgreement(db, writeContext(c), body as never, {
      force: c.req.valid('query').force === true,
    });
    c.header('ETag', `"${result.version}"`);
    c.header('Location', `/api/agreements/${result.id}`);
    return c.json(result as never, 201);
  });

  router.openapi(detailRoute, async (c) => {
    const detail = await getAgreement(db, c.var.actor, c.req.valid('param').id);
    c.header('ETag', `"${detail.version}"`);
    c.header('Cache-Control', 'private, no-cache');
    return c.json(detail as never, 200);
  });

  router.openapi(patchRoute, async (c) => {
    const { version: bodyVersion, ...patch } = c.req.valid('json');
    const version = bodyVersion ?? versionFromIfMatch(c.req.valid('header')['if-match']);
    if (version === undefined) {
      throw new AppError(
        'VALIDATION_FAILED',
        'Send the version you edited (body.version or If-Match)',
        'body.version',
      );
    }
    const result = await updateAgreement(
      db,
      writeContext(c),
      c.req.valid('param').id,
      patch as PatchInput,
      version,
    );
    c.header('ETag', `"${result.version}"`);
    return c.json(result as never, 200);
  });

  router.openapi(deleteRoute, async (c) => {
    const result = await deleteAgreement(db, writeContext(c), c.req.valid('param').id);
    return result.ok ? c.json(result, 200) : c.json(result, 202);
  });

  router.openapi(restoreRoute, async (c) =>
    c.json((await restoreAgreement(db, writeContext(c), c.req.valid('param').id)) as never, 200),
  );

  router.openapi(transitionRoute, async (c) =>
    c.json(
      (await transitionAgreement(db, writeContext(c), c.req.valid('param').id, c.req.valid('json'))) as never,
      200,
    ),
  );

  router.openapi(confirmRoute, async (c) =>
    c.json((await confirmAgreement(db, writeContext(c), c.req.valid('param').id)) as never, 200),
  );

  registerPendingChangeRoutes(router, db, changeRoutes, agreementSubject, getAgreement);

  router.openapi(getRulesRoute, async (c) => c.json(await getRules(db), 200));
  router.openapi(putRulesRoute, async (c) => {
    const rules = await putRules(db, writeContext(c), c.req.valid('json'));
    await deps.onRulesChanged?.();
    return c.json(rules, 200);
  });

  return router;
}
