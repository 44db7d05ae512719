/**
 * The HTTP contract of agreements: the request bodies (create, patch) and the answers (the detail, a
 * saved record with its warnings, a list item) that the routes send and the OpenAPI document publishes.
 */
import { z } from '@hono/zod-openapi';
import { orNull } from '../../http.js';
import {
  actingKinds,
  agreementFieldsSchema,
  contentItemKeys,
  cooperationKinds,
  documentTypes,
  financingSchema,
  isIsoDate,
  offices,
  organizationKinds,
  stages,
} from '../../../domain/agreements/index.js';
import { sectorKeys } from '../../../domain/taxonomy/sectors.js';
import { healthStates, type HealthReason } from '../../../domain/monitoring/health.js';
import { pendingChangeSchema } from '../consent/routes.js';
import { documentSchema } from '../documents/routes.js';

export const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
export const idParam = z.object({
  id: z
    .string()
    .uuid('must be an agreement id')
    .openapi({ param: { name: 'id', in: 'path' } }),
});
// Built here rather than reusing the domain's isoDateSchema: `.openapi()` exists only on schemas
// created after @hono/zod-openapi extended zod, and import order must not decide that.
export const date = z
  .string()
  .refine(isIsoDate, { message: 'Expected a date written YYYY-MM-DD' })
  .openapi({ type: 'string', format: 'date', example: '2024-08-07' });
export const regionCode = z
  .string()
  .regex(/^\d{2}(\.\d{2})?$/, 'must be a Kemendagri code such as 32 or 32.75');

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
export const patchBody = z
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

export const confirmationsSchema = z
  .object({ confirmed: z.number().int(), total: z.number().int() })
  .openapi('Confirmations', { description: '"dikonfirmasi 1 dari 2 pihak": region parties that confirmed' });

export const detailPartySchema = z.object({
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

export const detailSchema = z
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

export const savedSchema = detailSchema.extend({ warnings: z.array(issueSchema) }).openapi('AgreementSaved');

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

export const booleanQuery = z
  .enum(['true', 'false'])
  .transform((value) => value === 'true')
  .optional();
