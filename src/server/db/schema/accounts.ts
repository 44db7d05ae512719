import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { regions } from './regions.js';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** Perangkat daerah (OPD): the agencies of a pemda. Records of their region. */
export const opds = pgTable(
  'opds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    name: text('name').notNull(),
    abbreviation: text('abbreviation'),
    sectorKeys: text('sector_keys')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    ...timestamps,
  },
  (table) => [
    index('opds_region_idx').on(table.regionCode),
    uniqueIndex('opds_region_name_uq')
      .on(table.regionCode, sql`lower(${table.name})`)
      .where(sql`${table.deletedAt} is null`),
  ],
);

/**
 * A person who uses Sinergi. Tenancy: `regionCode` is the pemda the user works for (for an oversight
 * user of a province, the province; null for ministry oversight and system administrators).
 */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    role: text('role', {
      enum: ['system_admin', 'region_admin', 'reviewer', 'opd_officer', 'oversight', 'viewer'],
    }).notNull(),
    regionCode: text('region_code').references(() => regions.code),
    opdId: uuid('opd_id').references(() => opds.id),
    /** Oversight users: `province` (the kabupaten/kota of `regionCode`) or `national` (all). */
    oversightScope: text('oversight_scope', { enum: ['province', 'national'] }),
    locale: text('locale', { enum: ['id', 'en'] })
      .notNull()
      .default('id'),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    ...timestamps,
  },
  (table) => [
    uniqueIndex('users_email_uq').on(sql`lower(${table.email})`),
    index('users_region_idx').on(table.regionCode),
    check(
      'users_role_check',
      sql`${table.role} in ('system_admin','region_admin','reviewer','opd_officer','oversight','viewer')`,
    ),
  ],
);

/**
 * Server-side sessions (so several app instances share them). The cookie carries a random token;
 * only its SHA-256 is stored, so a database leak does not leak live sessions.
 */
export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    /** Absolute expiry; the idle expiry is computed from lastSeenAt. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);

/** API tokens for integrations: shown once, stored hashed, scoped to the owner's permissions or fewer. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    /** Token prefix shown in lists to recognise a token ("snrg_ab12..."). */
    prefix: text('prefix').notNull(),
    /** Permissions granted; null means all of the owner's. */
    permissions: text('permissions').array(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('api_tokens_hash_uq').on(table.tokenHash),
    index('api_tokens_user_idx').on(table.userId),
  ],
);

/** Every login attempt, for throttling per account and per address across instances. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    succeeded: boolean('succeeded').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('login_attempts_email_at_idx').on(sql`lower(${table.email})`, table.at),
    index('login_attempts_ip_at_idx').on(table.ip, table.at),
  ],
);

/** One-time links: the first-run setup link and password reset links. Stored hashed. */
export const oneTimeTokens = pgTable('one_time_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  purpose: text('purpose', { enum: ['setup', 'password_reset'] }).notNull(),
  userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
  createdBy: uuid('created_by').references(() => users.id),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Append-only audit trail: who changed what, when, from where, with the before/after difference.
 * The code has no update or delete path; on PostgreSQL the app role can be denied both.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name'),
    actorIp: text('actor_ip'),
    /** The server's id of the request (also in its log lines and its X-Request-Id answer). */
    requestId: text('request_id'),
    /** The X-Request-Id the client sent, if any: untrusted, kept only to match a client's own logs. */
    clientRequestId: text('client_request_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    /** Regions whose administrators may see this entry (the record's parties or owner region). */
    regionCodes: text('region_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    before: jsonb('before'),
    after: jsonb('after'),
    changes: jsonb('changes'),
    note: text('note'),
    version: integer('version'),
  },
  (table) => [
    index('audit_entity_idx').on(table.entityType, table.entityId, table.at),
    index('audit_actor_idx').on(table.actorUserId, table.at),
    index('audit_at_idx').on(table.at),
    index('audit_regions_idx').using('gin', table.regionCodes),
  ],
);

/** Administrator-editable settings (rule tables such as lifecycle durations), as JSON by key. */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
