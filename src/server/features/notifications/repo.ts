/**
 * SQL of notifications: the set-based reminder inserts of the sweep (one statement per kind, so a
 * national sweep is a handful of statements, not a loop over 50,000 agreements), the notices of
 * shared records, and the reads of a user's own list. The e-mail outbox: email-outbox.repo.ts.
 */
import { and, count, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.js';
import { notificationPreferences, notifications } from '../../db/schema/index.js';
import { periodEvaluated } from '../evaluations/count.js';

/** Whether a recipient also gets the notification by e-mail: an address, and not switched off. */
function emailWanted(kind: string): SQL {
  return sql`(position('@' in coalesce(u.email, '')) > 1 and coalesce((
    select p.email from notification_preferences p where p.user_id = u.id and p.kind = ${kind}
  ), true))`;
}

/** The users a record of these party regions notifies: its regions' administrators. */
const regionAdminOf = (regionCodes: SQL) =>
  sql`u.role = 'region_admin' and u.region_code = any(${regionCodes})`;

/** A Postgres array literal of integers, as one parameter (Drizzle would spread a JS array). */
function intArray(values: readonly number[]): string {
  return `{${values.map((value) => Math.trunc(value)).join(',')}}`;
}

/** A Postgres array literal of texts, as one parameter (quotes and backslashes dropped). */
export function textArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, '')}"`).join(',')}}`;
}

/**
 * The administrators of the regions in `regionCodes` (an array expression of the row in scope) as
 * `u`, with their preference for `kind` as `p`: the array is unnested and joined on the region code,
 * so the database hashes the users once instead of testing every user against every row.
 */
function regionAdminsWithPreference(regionCodes: SQL, kind: string): SQL {
  return sql`cross join lateral unnest(${regionCodes}) as r(code)
    join users u on u.role = 'region_admin' and u.region_code = r.code and u.disabled_at is null
    left join notification_preferences p on p.user_id = u.id and p.kind = ${kind}`;
}

/** Whether `u` (joined with its preference `p`) also gets the notification by e-mail. */
const emailWantedJoined = sql`(position('@' in coalesce(u.email, '')) > 1 and coalesce(p.email, true))`;

/** Runs an `insert ... returning id` and answers how many rows it inserted (counted in the database). */
async function insertCount(db: Db, query: SQL): Promise<number> {
  const [row] = await queryRows<{ count: number | string }>(
    db,
    sql`with inserted as (${query}) select count(*) as count from inserted`,
  );
  return Number(row?.count ?? 0);
}

/**
 * Expiry reminders: one per agreement in force (not closed, not deleted), threshold window and party
 * administrator. The due key holds the end date, so an extended agreement is reminded again.
 */
export function insertExpiryReminders(
  db: Db,
  options: { today: string; thresholds: readonly number[]; closingStages: readonly string[] },
): Promise<number> {
  const max = Math.max(-1, ...options.thresholds);
  if (max < 0) return Promise.resolve(0);
  return insertCount(
    db,
    sql`insert into notifications (user_id, kind, record_type, record_id, due_key, params, email_pending)
      select u.id, 'agreement_expiry', 'agreement', a.id, a.valid_until::text || ':' || t.threshold,
        jsonb_build_object('title', a.title, 'daysLeft', a.valid_until - ${options.today}::date,
          'validUntil', a.valid_until::text),
        ${emailWantedJoined}
      from agreements a
      cross join lateral (
        select min(x) as threshold from unnest(${intArray(options.thresholds)}::int[]) x
        where x >= a.valid_until - ${options.today}::date
      ) t
      ${regionAdminsWithPreference(sql`a.party_region_codes`, 'agreement_expiry')}
      where a.deleted_at is null
        and a.valid_until >= ${options.today}::date
        and a.valid_until <= ${options.today}::date + ${max}::int
        and not (a.stage = any(${textArray(options.closingStages)}::text[]))
        and t.threshold is not null
      on conflict do nothing
      returning id`,
  );
}

/** A signed KSB past its deadline for a PKS without one: one reminder per deadline and administrator. */
export function insertKsbWithoutPksReminders(
  db: Db,
  options: { today: string; pksDeadlineMonths: number; closingStages: readonly string[] },
): Promise<number> {
  return insertCount(
    db,
    sql`insert into notifications (user_id, kind, record_type, record_id, due_key, params, email_pending)
      select u.id, 'ksb_without_pks', 'agreement', a.id, d.deadline::text,
        jsonb_build_object('title', a.title, 'deadline', d.deadline::text),
        ${emailWantedJoined}
      from agreements a
      cross join lateral (
        select (a.signing_date + make_interval(months => ${options.pksDeadlineMonths}::int))::date as deadline
      ) d
      ${regionAdminsWithPreference(sql`a.party_region_codes`, 'ksb_without_pks')}
      where a.deleted_at is null
        and a.document_type = 'kesepakatan_bersama'
        and a.signing_date is not null
        and d.deadline < ${options.today}::date
        and not (a.stage = any(${textArray(options.closingStages)}::text[]))
        and not exists (
          select 1 from agreements c
          where c.parent_id = a.id and c.document_type = 'perjanjian_kerja_sama' and c.deleted_at is null
        )
      on conflict do nothing
      returning id`,
  );
}

/**
 * Follow-up actions not done nor cancelled: `action_due` from `dueDays` before the due date,
 * `action_overdue` after it. Recipients: the responsible OPD's officers and the party administrators.
 */
export function insertActionReminders(
  db: Db,
  options: { today: string; dueDays: number; kind: 'action_due' | 'action_overdue' },
): Promise<number> {
  const window =
    options.kind === 'action_overdue'
      ? sql`f.due_date < ${options.today}::date`
      : sql`f.due_date >= ${options.today}::date and f.due_date <= ${options.today}::date + ${options.dueDays}::int`;
  const due = sql`f.deleted_at is null and f.due_date is not null
    and f.status in ('direncanakan', 'berjalan') and ${window}`;
  return insertCount(
    db,
    sql`insert into notifications (user_id, kind, record_type, record_id, due_key, params, email_pending)
      select x.user_id, ${options.kind}, 'action', x.id, x.due_date::text,
        jsonb_build_object('title', x.title, 'dueDate', x.due_date::text),
        (position('@' in coalesce(x.email, '')) > 1 and coalesce(p.email, true))
      from (
        select f.id, f.title, f.due_date, u.id as user_id, u.email from follow_up_actions f
        join users u on u.role = 'opd_officer' and u.opd_id = f.opd_id and u.disabled_at is null
        where ${due}
        union all
        select f.id, f.title, f.due_date, u.id, u.email from follow_up_actions f
        cross join lateral unnest(f.party_region_codes) as r(code)
        join users u on u.role = 'region_admin' and u.region_code = r.code and u.disabled_at is null
        where ${due}
      ) x
      left join notification_preferences p on p.user_id = x.user_id and p.kind = ${options.kind}
      -- Reminders claimed before are left out before their words are built (most, on an hourly sweep).
      where not exists (select 1 from notifications n
        where n.kind = ${options.kind} and n.record_type = 'action' and n.record_id = x.id
          and n.due_key = x.due_date::text and n.user_id = x.user_id)
      on conflict do nothing
      returning id`,
  );
}

/**
 * Evaluations due: one reminder per agreement in force during an ended evaluation period without an
 * evaluation of that period, period and party administrator (the due key is the period's key).
 */
export function insertEvaluationDueReminders(
  db: Db,
  options: {
    periods: ReadonlyArray<{ key: string; start: string; end: string; dueDate: string }>;
    inForceStages: readonly string[];
  },
): Promise<number> {
  if (options.periods.length === 0) return Promise.resolve(0);
  const column = (pick: (period: (typeof options.periods)[number]) => string) =>
    textArray(options.periods.map(pick));
  return insertCount(
    db,
    sql`insert into notifications (user_id, kind, record_type, record_id, due_key, params, email_pending)
      select u.id, 'evaluation_due', 'agreement', a.id, ep.key,
        jsonb_build_object('title', a.title, 'period', ep.key, 'dueDate', ep.due),
        ${emailWantedJoined}
      from unnest(${column((period) => period.key)}::text[], ${column((period) => period.start)}::date[],
                  ${column((period) => period.end)}::date[], ${column((period) => period.dueDate)}::text[])
        as ep(key, start_date, end_date, due)
      join agreements a on a.deleted_at is null
        and a.stage = any(${textArray(options.inForceStages)}::text[])
        and coalesce(a.valid_from, a.signing_date) <= ep.end_date
        and (a.valid_until is null or a.valid_until >= ep.start_date)
      ${regionAdminsWithPreference(sql`a.party_region_codes`, 'evaluation_due')}
      where not ${periodEvaluated(sql`a.id`, sql`ep.key`)}
      on conflict do nothing
      returning id`,
  );
}

/**
 * A partner's new record (agreement, visit, meeting, program) names these regions: their
 * administrators are told once per record.
 */
export function insertPartnerRecord(
  db: Db,
  options: {
    recordType: string;
    recordId: string;
    title: string;
    regionCodes: readonly string[];
    byRegion: string;
  },
): Promise<number> {
  return insertCount(
    db,
    sql`insert into notifications (user_id, kind, record_type, record_id, due_key, params, email_pending)
      select u.id, 'partner_record', ${options.recordType}, ${options.recordId}::uuid, 'created',
        jsonb_build_object('title', ${options.title}::text, 'byRegion', ${options.byRegion}::text),
        ${emailWanted('partner_record')}
      from users u
      where u.disabled_at is null and ${regionAdminOf(sql`${textArray(options.regionCodes)}::text[]`)}
      on conflict do nothing
      returning id`,
  );
}

/**
 * A partner proposed a change of a shared record that waits for these regions' consent: their
 * administrators are told once per proposal.
 */
export function insertPendingChange(
  db: Db,
  options: {
    recordType: string;
    recordId: string;
    changeId: string;
    change: string;
    title: string;
    regionCodes: readonly string[];
    byRegion: string | null;
  },
): Promise<number> {
  return insertCount(
    db,
    sql`insert into notifications (user_id, kind, record_type, record_id, due_key, params, email_pending)
      select u.id, 'pending_change', ${options.recordType}, ${options.recordId}::uuid, ${options.changeId},
        jsonb_strip_nulls(jsonb_build_object('title', ${options.title}::text,
          'byRegion', ${options.byRegion}::text, 'change', ${options.change}::text)),
        ${emailWanted('pending_change')}
      from users u
      where u.disabled_at is null and ${regionAdminOf(sql`${textArray(options.regionCodes)}::text[]`)}
      on conflict do nothing
      returning id`,
  );
}

/** A partner's edit cleared these regions' confirmation: their administrators are told, once per version. */
export function insertConfirmationCleared(
  db: Db,
  options: {
    agreementId: string;
    version: number;
    title: string;
    regionCodes: readonly string[];
    byRegion: string;
  },
): Promise<number> {
  return insertCount(
    db,
    sql`insert into notifications (user_id, kind, record_type, record_id, due_key, params, email_pending)
      select u.id, 'confirmation_cleared', 'agreement', ${options.agreementId}::uuid, ${String(options.version)},
        jsonb_build_object('title', ${options.title}::text, 'byRegion', ${options.byRegion}::text),
        ${emailWanted('confirmation_cleared')}
      from users u
      where u.disabled_at is null and ${regionAdminOf(sql`${textArray(options.regionCodes)}::text[]`)}
      on conflict do nothing
      returning id`,
  );
}

export async function listOwn(db: Db, userId: string, page: number, pageSize: number, unreadOnly: boolean) {
  const where = unreadOnly
    ? and(eq(notifications.userId, userId), isNull(notifications.readAt))
    : eq(notifications.userId, userId);
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ value: count() }).from(notifications).where(where),
  ]);
  return { items, total: Number(total?.value ?? 0) };
}

export async function countUnread(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(row?.value ?? 0);
}

/** Marks one own notification read; false when it is not the user's. */
export async function markRead(db: Db, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning({ id: notifications.id });
  return rows.length > 0;
}

export async function markAllRead(db: Db, userId: string): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

export async function findPreferences(db: Db, userId: string) {
  return db
    .select({ kind: notificationPreferences.kind, email: notificationPreferences.email })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
}

export async function upsertPreference(db: Db, userId: string, kind: string, email: boolean): Promise<void> {
  await db
    .insert(notificationPreferences)
    .values({ userId, kind, email })
    .onConflictDoUpdate({
      target: [notificationPreferences.userId, notificationPreferences.kind],
      set: { email, updatedAt: sql`now()` },
    });
}
