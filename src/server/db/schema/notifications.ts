/**
 * In-app notifications and their e-mail state. The unique key (kind, record, due key, user) is the
 * reminder claim: whoever inserts the row first (one app instance of several, one sweep of many)
 * owns the reminder, every other insert is `on conflict do nothing`, so a reminder goes out once.
 */
import { sql } from 'drizzle-orm';
import { boolean, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';

export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** What happened (src/domain/notifications/kinds.ts). */
    kind: text('kind').notNull(),
    recordType: text('record_type').notNull(),
    recordId: uuid('record_id').notNull(),
    /** Which occurrence: an expiry threshold, a due date, a record version. Part of the claim. */
    dueKey: text('due_key').notNull(),
    /** Values for the message (title, days left, due date ...). */
    params: jsonb('params')
      .notNull()
      .default(sql`'{}'::jsonb`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    /** The user also wants it by e-mail, has an address, and e-mail is on (SMTP_URL). */
    emailPending: boolean('email_pending').notNull().default(false),
    /** Handed to the job runner (claimed by one instance's dispatcher). */
    emailQueuedAt: timestamp('email_queued_at', { withTimezone: true }),
    /** A send job holds the message until then (two jobs never send one notification twice). */
    emailClaimedUntil: timestamp('email_claimed_until', { withTimezone: true }),
    /** The SMTP server accepted the message. */
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('notifications_claim_uq').on(
      table.kind,
      table.recordType,
      table.recordId,
      table.dueKey,
      table.userId,
    ),
    index('notifications_user_idx').on(table.userId, table.createdAt.desc()),
    index('notifications_unread_idx')
      .on(table.userId)
      .where(sql`${table.readAt} is null`),
    index('notifications_email_outbox_idx')
      .on(table.createdAt)
      .where(sql`${table.emailPending} and ${table.emailQueuedAt} is null`),
  ],
);

/** Per user, per notification kind: also by e-mail (absent: yes). */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    email: boolean('email').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('notification_preferences_pk').on(table.userId, table.kind)],
);
