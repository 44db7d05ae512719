/**
 * The records around the agreements: work visits, meetings, follow-up actions (tindak lanjut) and
 * funded programs. Each carries the record core's tenancy columns (party_region_codes, published,
 * owner_region_code, version, soft delete) so that one policy check and one SQL scope serve every
 * record type (src/server/auth/record-access.ts).
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { opds, users } from './accounts.js';
import { regions } from './regions.js';
import type { VisitKind } from '../../../domain/records/kinds.js';

const emptyTextArray = sql`'{}'::text[]`;
const emptyJsonArray = sql`'[]'::jsonb`;

/** The record core's columns, the same in every record table. */
function coreColumns() {
  return {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Party regions, denormalised: tenancy and list filters without a join. */
    partyRegionCodes: text('party_region_codes').array().notNull().default(emptyTextArray),
    /** Region that entered the record. */
    ownerRegionCode: text('owner_region_code').references(() => regions.code),
    published: boolean('published').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    updatedBy: uuid('updated_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    deletedBy: uuid('deleted_by').references(() => users.id),
  };
}

/** Kunjungan kerja, studi banding, studi komparasi, studi tiru. */
export const visits = pgTable(
  'visits',
  {
    ...coreColumns(),
    kind: text('kind').$type<VisitKind>().notNull(),
    title: text('title').notNull(),
    hostRegionCode: text('host_region_code')
      .notNull()
      .references(() => regions.code),
    /** Visitors (participantSchema[]), delegates and hosts (personSchema[]), topics (topicSchema[]). */
    visitors: jsonb('visitors').notNull().default(emptyJsonArray),
    delegates: jsonb('delegates').notNull().default(emptyJsonArray),
    hosts: jsonb('hosts').notNull().default(emptyJsonArray),
    topics: jsonb('topics').notNull().default(emptyJsonArray),
    startDate: date('start_date'),
    endDate: date('end_date'),
    place: text('place'),
    sectors: text('sectors').array().notNull().default(emptyTextArray),
    purpose: text('purpose'),
    outcomes: text('outcomes'),
    notes: text('notes'),
  },
  (table) => [
    index('visits_party_regions_idx').using('gin', table.partyRegionCodes),
    index('visits_host_idx').on(table.hostRegionCode),
    index('visits_start_idx').on(table.startDate.desc().nullsLast(), table.id),
    index('visits_sectors_idx').using('gin', table.sectors),
  ],
);

/** A good practice (praktik baik) learned on a visit, recorded on the host region. */
export const goodPractices = pgTable(
  'good_practices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => visits.id, { onDelete: 'cascade' }),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    position: integer('position').notNull().default(0),
    topic: text('topic').notNull(),
    description: text('description'),
    sector: text('sector'),
  },
  (table) => [
    index('good_practices_region_idx').on(table.regionCode),
    index('good_practices_visit_idx').on(table.visitId),
  ],
);

/** Audiensi, rapat koordinasi. */
export const meetings = pgTable(
  'meetings',
  {
    ...coreColumns(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    hostRegionCode: text('host_region_code').references(() => regions.code),
    participants: jsonb('participants').notNull().default(emptyJsonArray),
    persons: jsonb('persons').notNull().default(emptyJsonArray),
    date: date('date'),
    place: text('place'),
    agenda: text('agenda'),
    summary: text('summary'),
    sectors: text('sectors').array().notNull().default(emptyTextArray),
    notes: text('notes'),
  },
  (table) => [
    index('meetings_party_regions_idx').using('gin', table.partyRegionCodes),
    index('meetings_date_idx').on(table.date.desc().nullsLast(), table.id),
  ],
);

/** A decision of a meeting; `actionId` is the action it became. */
export const meetingDecisions = pgTable(
  'meeting_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    text: text('text').notNull(),
  },
  (table) => [index('meeting_decisions_meeting_idx').on(table.meetingId)],
);

/**
 * A follow-up action (tindak lanjut) of an agreement, a visit or a meeting, owned by one OPD of a party
 * region. Its party regions are its parent's; `opd_id` is the responsible OPD of the record core.
 */
export const followUpActions = pgTable(
  'follow_up_actions',
  {
    ...coreColumns(),
    parentType: text('parent_type').notNull(),
    parentId: uuid('parent_id').notNull(),
    decisionId: uuid('decision_id').references(() => meetingDecisions.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    description: text('description'),
    opdId: uuid('opd_id')
      .notNull()
      .references(() => opds.id),
    /** The OPD's region, denormalised for lists by region. */
    opdRegionCode: text('opd_region_code')
      .notNull()
      .references(() => regions.code),
    dueDate: date('due_date'),
    status: text('status').notNull().default('direncanakan'),
    progress: integer('progress').notNull().default(0),
    evidenceLinks: jsonb('evidence_links').notNull().default(emptyJsonArray),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (table) => [
    index('follow_up_actions_parent_idx').on(table.parentType, table.parentId),
    index('follow_up_actions_opd_idx').on(table.opdId, table.status),
    index('follow_up_actions_party_regions_idx').using('gin', table.partyRegionCodes),
    // The open actions of a region (the home's overdue count, due this month by OPD and agenda): a
    // region's open actions are about half of its actions, so half the rows to read (migration 0016).
    index('follow_up_actions_open_regions_idx')
      .using('gin', table.partyRegionCodes)
      .where(sql`${table.deletedAt} is null and ${table.status} not in ('selesai', 'batal')`),
    index('follow_up_actions_due_idx').on(table.dueDate, table.id),
    // Lists with a status ("berjalan", "direncanakan" from a date) read that status in due order and
    // stop after their page, instead of walking every action in due order (migration 0019).
    index('follow_up_actions_status_due_idx')
      .on(table.status, table.dueDate, table.id)
      .where(sql`${table.deletedAt} is null`),
    // open_action_regions (migrations 0021, 0024 and 0025, kept by triggers, outside this schema): the open
    // actions of each party region in due order with their status and title, for a region's home
    // (dashboard.repo.ts) and the actions list of one region's open actions (listActionPage).
    // The open actions in due order: overdue lists stop after their page among the open actions only.
    index('follow_up_actions_open_due_idx')
      .on(table.dueDate, table.id)
      .where(sql`${table.deletedAt} is null and ${table.status} not in ('selesai', 'batal')`),
  ],
);

export const actionComments = pgTable(
  'action_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actionId: uuid('action_id')
      .notNull()
      .references(() => followUpActions.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    /** The progress report this comment came with, when it did. */
    status: text('status'),
    progress: integer('progress'),
    authorId: uuid('author_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('action_comments_action_idx').on(table.actionId, table.createdAt)],
);

/** A program (kemitraan, bantuan keuangan): a project carried out under an agreement or a meeting. */
export const programs = pgTable(
  'programs',
  {
    ...coreColumns(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    parentType: text('parent_type'),
    parentId: uuid('parent_id'),
    funderRegionCode: text('funder_region_code').references(() => regions.code),
    funderOrganizationId: uuid('funder_organization_id'),
    recipientRegionCode: text('recipient_region_code').references(() => regions.code),
    recipientOrganizationId: uuid('recipient_organization_id'),
    location: text('location'),
    description: text('description'),
    sectors: text('sectors').array().notNull().default(emptyTextArray),
    status: text('status').notNull().default('rencana'),
    physicalProgress: integer('physical_progress').notNull().default(0),
    evidenceLinks: jsonb('evidence_links').notNull().default(emptyJsonArray),
  },
  (table) => [
    index('programs_party_regions_idx').using('gin', table.partyRegionCodes),
    index('programs_parent_idx').on(table.parentType, table.parentId),
    index('programs_updated_idx').on(table.updatedAt, table.id),
  ],
);

/** A program's budget and realisation per budget year (rupiah). */
export const programBudgets = pgTable(
  'program_budgets',
  {
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    budget: bigint('budget', { mode: 'number' }).notNull(),
    realisation: bigint('realisation', { mode: 'number' }),
    note: text('note'),
  },
  (table) => [uniqueIndex('program_budgets_uq').on(table.programId, table.year)],
);

/**
 * Links between records of any type, both ways: the visit and the KSB it led to (seed 002), a meeting
 * and the agreement it prepared. Stored once; read from either side.
 */
export const recordLinks = pgTable(
  'record_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fromType: text('from_type').notNull(),
    fromId: uuid('from_id').notNull(),
    toType: text('to_type').notNull(),
    toId: uuid('to_id').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('record_links_uq').on(table.fromType, table.fromId, table.toType, table.toId),
    index('record_links_to_idx').on(table.toType, table.toId),
  ],
);

/**
 * A change to a shared record (agreement, visit, meeting, program) that takes effect only once every
 * other party region has consented (decision 009): removing party regions, publishing, or deleting
 * the record. The proposer's region consents by proposing; `requiredRegionCodes` are the others.
 * Applied, rejected and superseded changes stay as history. Migration 0015 moved the agreement rows
 * of `agreement_pending_changes` here (record_type 'agreement').
 */
export const recordPendingChanges = pgTable(
  'record_pending_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recordType: text('record_type', { enum: ['agreement', 'visit', 'meeting', 'program'] }).notNull(),
    /** The record's id in its own table (no foreign key: one column serves every record table). */
    recordId: uuid('record_id').notNull(),
    kind: text('kind', { enum: ['remove_parties', 'publish', 'delete'] }).notNull(),
    /** For remove_parties: the party regions to remove. */
    removeRegionCodes: text('remove_region_codes').array().notNull().default(emptyTextArray),
    /**
     * The whole edit as the record type's update takes it, for record types whose edit waits as a
     * whole (visits, meetings, programs); null for agreements and deletions.
     */
    payload: jsonb('payload'),
    requiredRegionCodes: text('required_region_codes').array().notNull(),
    consentedRegionCodes: text('consented_region_codes').array().notNull().default(emptyTextArray),
    status: text('status', { enum: ['pending', 'applied', 'rejected', 'superseded'] })
      .notNull()
      .default('pending'),
    proposedBy: uuid('proposed_by').references(() => users.id),
    proposedRegionCode: text('proposed_region_code').references(() => regions.code),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedBy: uuid('resolved_by').references(() => users.id),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (table) => [index('record_pending_changes_record_idx').on(table.recordType, table.recordId, table.status)],
);
