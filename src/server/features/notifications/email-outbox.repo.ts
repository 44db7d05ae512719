/**
 * SQL of the e-mail outbox of notifications: dispatchers claim waiting e-mails in batches (`for update
 * skip locked`), a send job claims one for a while, and it ends marked sent, released or cancelled.
 */
import { eq, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.js';
import { notifications } from '../../db/schema/index.js';
import { textArray } from './repo.js';

/**
 * Claims up to `limit` notifications waiting for their e-mail (created within `maxAgeHours`) for this
 * dispatcher: `for update skip locked` lets two instances dispatch at once without handing one
 * notification to the job runner twice.
 */
export async function claimEmailOutbox(db: Db, limit: number, maxAgeHours: number): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`update notifications set email_queued_at = now()
      where id in (
        select id from notifications
        where email_pending and email_queued_at is null and emailed_at is null
          and created_at > now() - make_interval(hours => ${maxAgeHours}::int)
        order by created_at
        limit ${limit}
        for update skip locked
      )
      returning id`,
  );
  return rows.map((row) => row.id);
}

/** Gives back outbox claims whose jobs could not be queued, so the next dispatch picks them up. */
export async function releaseEmailOutbox(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.execute(
    sql`update notifications set email_queued_at = null where id = any(${textArray(ids)}::uuid[])`,
  );
}

export type EmailNotificationRow = {
  id: string;
  kind: string;
  recordType: string;
  recordId: string;
  params: Record<string, unknown>;
  email: string;
  locale: 'id' | 'en';
};

/**
 * Claims one notification for sending for `seconds`: answers it while nobody sent it and no other
 * job holds it, else null (with whether it was already sent).
 */
export async function claimEmailSend(
  db: Db,
  id: string,
  seconds: number,
): Promise<{ row: EmailNotificationRow | null; alreadySent: boolean }> {
  const rows = await queryRows<EmailNotificationRow>(
    db,
    sql`update notifications n set email_claimed_until = now() + make_interval(secs => ${seconds}::int)
      from users u
      where n.id = ${id}::uuid and u.id = n.user_id and n.email_pending and n.emailed_at is null
        and (n.email_claimed_until is null or n.email_claimed_until < now())
      returning n.id, n.kind, n.record_type as "recordType", n.record_id as "recordId", n.params,
        u.email, u.locale`,
  );
  if (rows[0]) return { row: rows[0], alreadySent: false };
  const [state] = await db
    .select({ emailedAt: notifications.emailedAt, emailPending: notifications.emailPending })
    .from(notifications)
    .where(eq(notifications.id, id));
  return { row: null, alreadySent: !state || state.emailedAt !== null || !state.emailPending };
}

export async function markEmailed(db: Db, id: string): Promise<void> {
  await db
    .update(notifications)
    .set({ emailedAt: sql`now()`, emailClaimedUntil: null })
    .where(eq(notifications.id, id));
}

export async function releaseEmailSend(db: Db, id: string): Promise<void> {
  await db.update(notifications).set({ emailClaimedUntil: null }).where(eq(notifications.id, id));
}

/** Stops e-mail of a notification whose recipient has no address any more. */
export async function cancelEmail(db: Db, id: string): Promise<void> {
  await db
    .update(notifications)
    .set({ emailPending: false, emailClaimedUntil: null })
    .where(eq(notifications.id, id));
}
