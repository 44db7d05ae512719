import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { opds, users } from './accounts.js';
import { regions } from './regions.js';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Third parties (pihak ketiga): companies, universities, NGOs, vertical agencies, foreign bodies. */
export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    /** Identifiers such as NPWP, NIB, a university's PDDikti code: {"npwp": "..."}. */
    identifiers: jsonb('identifiers')
      .notNull()
      .default(sql`'{}'::jsonb`),
    country: text('country').notNull().default('ID'),
    regionCode: text('region_code').references(() => regions.code),
    /**
     * The region whose administrators may change the entry (the region of who recorded it); null: only
     * a system administrator may (entries recorded by one, or by the CLI). See `canManageDirectoryEntry`.
     */
    ownerRegionCode: text('owner_region_code').references(() => regions.code),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('organizations_name_trgm_idx').using('gin', sql`lower(${table.name}) gin_trgm_ops`)],
);

/** Heads and deputies of regions (and their acting replacements) holding a post for a term. */
export const officialTerms = pgTable(
  'official_terms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personName: text('person_name').notNull(),
    office: text('office').notNull(),
    actingKind: text('acting_kind').notNull().default('definitif'),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('official_terms_region_office_idx').on(table.regionCode, table.office, table.startDate)],
);

/**
 * One cooperation document (KSB, PKS, addendum ...) as the record all its parties share.
 * `version` guards against lost updates; `deletedAt` is a soft delete an admin can restore.
 */
export const agreements = pgTable(
  'agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    ksddNature: text('ksdd_nature'),
    documentType: text('document_type').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => agreements.id),
    title: text('title').notNull(),
    signingDate: date('signing_date'),
    signingPlace: text('signing_place'),
    validFrom: date('valid_from'),
    validUntil: date('valid_until'),
    sectors: text('sectors')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    purpose: text('purpose'),
    objectScope: text('object_scope'),
    /** Structured content beyond the columns: checklist flags, clauses, follow-up plan. */
    content: jsonb('content')
      .notNull()
      .default(sql`'{}'::jsonb`),
    notes: text('notes'),
    stage: text('stage').notNull(),
    stageDate: date('stage_date'),
    burdensCommunity: boolean('burdens_community').notNull().default(false),
    fundingNotInCurrentApbd: boolean('funding_not_in_current_apbd').notNull().default(false),
    /** Denormalised for list filters: any signatory was acting (Pj./Plt./Plh.). */
    actingSignatory: boolean('acting_signatory').notNull().default(false),
    /** Denormalised party region codes, for tenancy and list filters without a join. */
    partyRegionCodes: text('party_region_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** The provinces of the party regions, each once, kept by the database (migration 0016): oversight counts. */
    partyProvinceCodes: text('party_province_codes')
      .array()
      .notNull()
      .generatedAlwaysAs(sql`province_codes_of(party_region_codes)`),
    /** Region that entered the record. */
    ownerRegionCode: text('owner_region_code').references(() => regions.code),
    /** Published on the public portal (anonymous visitors see only these). */
    published: boolean('published').notNull().default(false),
    searchVector: tsvector('search_vector'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    updatedBy: uuid('updated_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    deletedBy: uuid('deleted_by').references(() => users.id),
  },
  (table) => [
    index('agreements_party_regions_idx').using('gin', table.partyRegionCodes),
    index('agreements_sectors_idx').using('gin', table.sectors),
    index('agreements_search_idx').using('gin', table.searchVector),
    index('agreements_parent_idx').on(table.parentId),
    // Matches the default list order (newest first, undated last) so a page stops after 20 rows.
    index('agreements_signing_date_idx').on(table.signingDate.desc().nullsLast(), table.id),
    index('agreements_title_idx').on(table.title, table.id),
    index('agreements_updated_idx').on(table.updatedAt, table.id),
    index('agreements_valid_until_idx').on(table.validUntil),
    index('agreements_stage_idx').on(table.stage),
    // agreements_oversight_idx (id) INCLUDE (party_province_codes, sectors, stage) WHERE not deleted is
    // created in SQL (migrations 0016, 0022): Drizzle cannot declare INCLUDE columns.
  ],
);

/**
 * The health of each agreement (src/domain/monitoring/health.ts), recomputed on its writes and by
 * recomputeAllHealth; a narrow table of its own (migration 0022) so that the full recompute rewrites
 * narrow rows instead of the wide agreements rows. Every agreement, deleted ones too, has exactly one
 * row: triggers on agreements insert and delete it, and its own triggers keep the oversight counters'
 * health (migrations 0020, 0022). The foreign key to agreements is declared in SQL, checked at commit
 * (DEFERRABLE INITIALLY DEFERRED): the delete trigger reads the row before it removes it.
 */
export const agreementHealth = pgTable(
  'agreement_health',
  {
    agreementId: uuid('agreement_id').primaryKey(),
    health: text('health').notNull().default('aktif'),
    /** The reasons of the health: [{code, params}]. */
    reasons: jsonb('reasons')
      .notNull()
      .default(sql`'[]'::jsonb`),
  },
  (table) => [index('agreement_health_health_idx').on(table.health, table.agreementId)],
);

/**
 * The vocabulary of agreement texts (normalised words), for typo-tolerant search: a misspelt query
 * word is matched to its nearest words here by trigram similarity, then searched with full text.
 * Much cheaper than comparing the query with every agreement's text.
 */
export const searchWords = pgTable('search_words', { word: text('word').primaryKey() }, (table) => [
  index('search_words_trgm_idx').using('gin', sql`${table.word} gin_trgm_ops`),
]);

/** The parties of an agreement: regions or organisations, one document number each. */
export const agreementParties = pgTable(
  'agreement_parties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    partyKind: text('party_kind', { enum: ['region', 'organization'] }).notNull(),
    regionCode: text('region_code').references(() => regions.code),
    organizationId: uuid('organization_id').references(() => organizations.id),
    documentNumber: text('document_number'),
    role: text('role'),
    rights: text('rights')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    obligations: text('obligations')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    financing: jsonb('financing'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    confirmedBy: uuid('confirmed_by').references(() => users.id),
  },
  (table) => [
    index('agreement_parties_agreement_idx').on(table.agreementId),
    index('agreement_parties_region_idx').on(table.regionCode),
    index('agreement_parties_org_idx').on(table.organizationId),
  ],
);

/**
 * The OPD responsible for carrying out an agreement (OPD pelaksana), each an OPD of one of its party
 * regions. An OPD officer may change only the agreements their OPD is responsible for.
 */
export const agreementResponsibleOpds = pgTable(
  'agreement_responsible_opds',
  {
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    opdId: uuid('opd_id')
      .notNull()
      .references(() => opds.id),
  },
  (table) => [
    primaryKey({ columns: [table.agreementId, table.opdId] }),
    index('agreement_responsible_opds_opd_idx').on(table.opdId),
  ],
);

/** Who signed for each party, with office, acting flag and mandate (surat kuasa). */
export const agreementSignatories = pgTable(
  'agreement_signatories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    partyId: uuid('party_id')
      .notNull()
      .references(() => agreementParties.id, { onDelete: 'cascade' }),
    /** Order as entered (ids are random, so they cannot keep it). */
    position: integer('position').notNull().default(0),
    name: text('name').notNull(),
    office: text('office').notNull(),
    officeTitle: text('office_title'),
    actingKind: text('acting_kind').notNull().default('definitif'),
    officialTermId: uuid('official_term_id').references(() => officialTerms.id),
    mandate: jsonb('mandate'),
  },
  (table) => [index('agreement_signatories_agreement_idx').on(table.agreementId)],
);

/** The lifecycle history: each stage change with its date, actor and note. */
export const agreementTransitions = pgTable(
  'agreement_transitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    fromStage: text('from_stage'),
    toStage: text('to_stage').notNull(),
    stageDate: date('stage_date').notNull(),
    note: text('note'),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('agreement_transitions_agreement_idx').on(table.agreementId, table.createdAt)],
);

/** Stored files (content lives in the storage provider under `storageKey`). */
export const files = pgTable(
  'files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    storageKey: text('storage_key').notNull(),
    sha256: text('sha256').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    contentType: text('content_type').notNull(),
    originalName: text('original_name').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('files_sha256_idx').on(table.sha256)],
);

/**
 * A document of a record (an agreement's signed scan or draft, a visit's report, an action's evidence
 * ...) with its versions. It hangs on (record_type, record_id) like sources, links and pending changes;
 * the record's tenancy decides who reads it (features/documents). No foreign key reaches the record:
 * records are soft-deleted, and each type lives in its own table.
 */
export const recordDocuments = pgTable(
  'record_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** RecordType: agreement, visit, meeting, action or program. */
    recordType: text('record_type').notNull(),
    recordId: uuid('record_id').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    /**
     * The party region whose user added the document (null when a system administrator did): while
     * that region is a party, only its users delete the document (decision 009).
     */
    ownerRegionCode: text('owner_region_code'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('record_documents_record_idx').on(table.recordType, table.recordId),
    check(
      'record_documents_record_type_check',
      sql`${table.recordType} in ('agreement', 'visit', 'meeting', 'action', 'program')`,
    ),
  ],
);

export const recordDocumentVersions = pgTable(
  'record_document_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => recordDocuments.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
    /** Text extracted from the file (PDF), feeding search. */
    extractedText: text('extracted_text'),
    /** What became of the text extraction (DocumentTextStatus): read, none, or why it was not read. */
    textStatus: text('text_status').notNull().default('unsupported'),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('record_document_versions_uq').on(table.documentId, table.version)],
);

/**
 * Provenance: the article or press release a record was drafted from (text, URL, the extraction).
 * Records of any kind (agreements now; visits and meetings later) link to sources.
 */
export const sources = pgTable('sources', {
  id: uuid('id').primaryKey().defaultRandom(),
  url: text('url'),
  title: text('title'),
  text: text('text').notNull(),
  extraction: jsonb('extraction'),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const recordSources = pgTable(
  'record_sources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sourceId: uuid('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'cascade' }),
    recordType: text('record_type').notNull(),
    recordId: uuid('record_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('record_sources_record_idx').on(table.recordType, table.recordId),
    uniqueIndex('record_sources_uq').on(table.sourceId, table.recordType, table.recordId),
  ],
);
