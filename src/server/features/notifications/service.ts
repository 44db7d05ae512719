/**
 * Notifications: the reminder sweep, the e-mail outbox and sending, and a user's own list. The claim
 * of each reminder is the unique key of `notifications` (repo.ts), so sweeps may run as often as
 * wanted, on as many instances as wanted.
 */
import {
  notificationKinds,
  notificationRecordPath,
  notificationText,
  type NotificationKind,
  type NotificationParams,
  type PendingChangeWord,
} from '../../../domain/notifications/kinds.js';
import { regionByCode } from '../../../domain/regions/index.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { Mailer } from './mail.js';
import * as outbox from './email-outbox.repo.js';
import * as repo from './repo.js';

/**
 * Tells the administrators of `regionCodes` that a partner's edit cleared their confirmation of an
 * agreement (called in the edit's transaction, so the notice exists exactly when the edit does).
 */
export async function notifyConfirmationCleared(
  db: Db,
  change: {
    agreementId: string;
    version: number;
    title: string;
    regionCodes: readonly string[];
    byRegionCode: string | null;
  },
): Promise<void> {
  if (change.regionCodes.length === 0) return;
  const byRegion = change.byRegionCode
    ? (regionByCode(change.byRegionCode)?.name ?? change.byRegionCode)
    : '';
  await repo.insertConfirmationCleared(db, {
    agreementId: change.agreementId,
    version: change.version,
    title: change.title,
    regionCodes: change.regionCodes,
    byRegion,
  });
}

/**
 * Tells the administrators of the other regions a new record names (an agreement, a visit, a meeting
 * or a program entered by one region) that it exists; called in the creating transaction. A record
 * entered without a region (a system administrator) is nobody's partner's and tells no one.
 */
export async function notifyPartnerRecord(
  db: Db,
  record: {
    recordType: 'agreement' | 'visit' | 'meeting' | 'program';
    recordId: string;
    title: string;
    regionCodes: readonly string[];
    byRegionCode: string | null;
  },
): Promise<void> {
  if (!record.byRegionCode) return;
  const others = record.regionCodes.filter((code) => code !== record.byRegionCode);
  if (others.length === 0) return;
  await repo.insertPartnerRecord(db, {
    recordType: record.recordType,
    recordId: record.recordId,
    title: record.title,
    regionCodes: others,
    byRegion: regionByCode(record.byRegionCode)?.name ?? record.byRegionCode,
  });
}

/**
 * Tells the administrators of the regions a pending change waits for (all but the proposer's) that
 * their consent is asked.
 */
export async function notifyPendingChange(
  db: Db,
  change: {
    recordType: 'agreement' | 'visit' | 'meeting' | 'program';
    recordId: string;
    changeId: string;
    change: PendingChangeWord;
    title: string;
    awaitingRegionCodes: readonly string[];
    byRegionCode: string | null;
  },
): Promise<void> {
  const regionCodes = change.awaitingRegionCodes.filter((code) => code !== change.byRegionCode);
  if (regionCodes.length === 0) return;
  await repo.insertPendingChange(db, {
    recordType: change.recordType,
    recordId: change.recordId,
    changeId: change.changeId,
    change: change.change,
    title: change.title,
    regionCodes,
    // A system administrator belongs to no region: the words then say "a partner".
    byRegion: change.byRegionCode ? (regionByCode(change.byRegionCode)?.name ?? change.byRegionCode) : null,
  });
}

/** How long the outbox looks back: e-mail switched on later does not send weeks-old notices. */
const outboxMaxAgeHours = 72;

/**
 * Claims waiting e-mails in batches and hands each to `enqueue` (the job runner). A batch that could
 * not be queued is given back to the outbox.
 */
export async function dispatchEmails(
  db: Db,
  enqueue: (notificationIds: string[]) => Promise<void>,
  batchSize = 500,
): Promise<number> {
  let total = 0;
  for (;;) {
    const ids = await outbox.claimEmailOutbox(db, batchSize, outboxMaxAgeHours);
    if (ids.length === 0) return total;
    try {
      await enqueue(ids);
    } catch (error) {
      await outbox.releaseEmailOutbox(db, ids);
      throw error;
    }
    total += ids.length;
    if (ids.length < batchSize) return total;
  }
}

/** The absolute link to a record: PUBLIC_URL when set, else the local address. */
export function recordLink(
  config: Pick<Config, 'PUBLIC_URL' | 'PORT'>,
  recordType: string,
  recordId: string,
): string {
  const base = (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
  return `${base}${notificationRecordPath(recordType, recordId)}`;
}

/** Seconds a send job holds a notification; a crashed sender's hold runs out after this. */
const sendClaimSeconds = 300;

/**
 * Sends one notification's e-mail, once: claimed first (another job holding it makes this attempt
 * fail, to be retried), marked sent only after the SMTP server accepted it. A refusal rejects, so the
 * job runner retries with backoff and the notification stays unsent.
 */
export async function sendNotificationEmail(
  db: Db,
  mailer: Mailer,
  config: Pick<Config, 'PUBLIC_URL' | 'PORT'>,
  notificationId: string,
): Promise<'sent' | 'already_sent' | 'no_address'> {
  const { row, alreadySent } = await outbox.claimEmailSend(db, notificationId, sendClaimSeconds);
  if (!row) {
    if (alreadySent) return 'already_sent';
    throw new Error(`notification ${notificationId} is being sent by another job`);
  }
  if (!row.email.includes('@')) {
    await outbox.cancelEmail(db, row.id);
    return 'no_address';
  }
  const locale = row.locale === 'en' ? 'en' : 'id';
  const text = notificationText(
    row.kind as NotificationKind,
    row.params as NotificationParams,
    locale,
    row.recordType,
  );
  const link = recordLink(config, row.recordType, row.recordId);
  const footer =
    locale === 'en'
      ? 'You receive this e-mail because of your notification settings in Sinergi (profile page).'
      : 'Anda menerima surel ini sesuai pengaturan notifikasi Anda di Sinergi (halaman profil).';
  try {
    await mailer.send({
      to: row.email,
      subject: text.subject,
      text: `${text.body}\n\n${link}\n\n-- \n${footer}\n`,
    });
  } catch (error) {
    await outbox.releaseEmailSend(db, row.id);
    throw error;
  }
  await outbox.markEmailed(db, row.id);
  return 'sent';
}

export function presentNotification(row: Awaited<ReturnType<typeof repo.listOwn>>['items'][number]) {
  return {
    id: row.id,
    kind: row.kind as NotificationKind,
    recordType: row.recordType,
    recordId: row.recordId,
    path: notificationRecordPath(row.recordType, row.recordId),
    params: row.params as NotificationParams,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
    emailedAt: row.emailedAt?.toISOString() ?? null,
  };
}

export async function listNotifications(
  db: Db,
  userId: string,
  query: { page: number; pageSize: number; unread: boolean },
) {
  const { items, total } = await repo.listOwn(db, userId, query.page, query.pageSize, query.unread);
  return {
    items: items.map(presentNotification),
    total,
    page: query.page,
    pageSize: query.pageSize,
    unread: await repo.countUnread(db, userId),
  };
}

export const unreadCount = repo.countUnread;
export const markAllRead = repo.markAllRead;

export async function markRead(db: Db, userId: string, id: string): Promise<void> {
  if (!(await repo.markRead(db, userId, id)))
    throw new AppError('NOTIFICATION_NOT_FOUND', 'No such notification of yours');
}

/** Per kind: whether the user also wants it by e-mail (absent: yes). */
export async function getPreferences(db: Db, userId: string): Promise<Record<NotificationKind, boolean>> {
  const stored = new Map((await repo.findPreferences(db, userId)).map((row) => [row.kind, row.email]));
  return Object.fromEntries(notificationKinds.map((kind) => [kind, stored.get(kind) ?? true])) as Record<
    NotificationKind,
    boolean
  >;
}

export async function putPreferences(
  db: Db,
  userId: string,
  email: Partial<Record<NotificationKind, boolean>>,
): Promise<Record<NotificationKind, boolean>> {
  await db.transaction(async (tx) => {
    for (const [kind, wanted] of Object.entries(email)) {
      if (typeof wanted === 'boolean') await repo.upsertPreference(tx, userId, kind, wanted);
    }
  });
  return getPreferences(db, userId);
}
