/**
 * Monitoring and evaluation of agreements (issue 12): one row per evaluation of a period by one
 * evaluator (the implementing OPD, the Bagian Kerja Sama or the partner) of one party region. Tenancy is
 * the parent agreement's (record-access.ts), read through `agreement_id`.
 */
import { sql } from 'drizzle-orm';
import {
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
import { users } from './accounts.js';
import { agreements } from './agreements.js';
import { regions } from './regions.js';

const emptyJsonArray = sql`'[]'::jsonb`;

export const agreementEvaluations = pgTable(
  'agreement_evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id),
    /** The period key ("2026-S1") and its first and last day, for queries by year. */
    period: text('period').notNull(),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    evaluatorRole: text('evaluator_role').notNull(),
    /** The party region the evaluator speaks for (null: entered by a system administrator). */
    evaluatorRegionCode: text('evaluator_region_code').references(() => regions.code),
    /** Indicators (name, unit, baseline, target, actual) as domain/monitoring's indicatorSchema. */
    indicators: jsonb('indicators').notNull().default(emptyJsonArray),
    /** Ratings 1-5 per aspect. */
    ratings: jsonb('ratings')
      .notNull()
      .default(sql`'{}'::jsonb`),
    narrative: text('narrative'),
    problems: text('problems'),
    followUp: text('follow_up'),
    evidenceLinks: jsonb('evidence_links').notNull().default(emptyJsonArray),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    updatedBy: uuid('updated_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    deletedBy: uuid('deleted_by').references(() => users.id),
  },
  (table) => [
    index('agreement_evaluations_agreement_idx').on(table.agreementId, table.periodStart),
    // One evaluation of a period per evaluator of a region (a deleted one does not count).
    uniqueIndex('agreement_evaluations_uq')
      .on(
        table.agreementId,
        table.period,
        table.evaluatorRole,
        sql`coalesce(${table.evaluatorRegionCode}, '')`,
      )
      .where(sql`${table.deletedAt} is null`),
  ],
);
