/**
 * Reminders and notifications end to end: the sweep job creates them once, the e-mail job sends them
 * through a real SMTP server in this process (smtp-server), and each user reads their own in the app.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/agreements/dates.js';
import { loadConfig } from '../../src/server/config.js';
import { openPostgres, type Database } from '../../src/server/db/client.js';
import {
  agreementEvaluations,
  agreements,
  followUpActions,
  notifications,
  opds,
  users,
} from '../../src/server/db/schema/index.js';
import { sweepRemindersJob } from '../../src/server/jobs/definitions.js';
import { createJobRunner, type JobRunner } from '../../src/server/jobs/runner.js';
import { createLogger } from '../../src/server/logger.js';
import { createTestApp, databaseKinds, type TestApp } from './support/app.js';
import {
  createTestUser,
  login,
  loginAs,
  malangPasuruanKsb,
  send,
  type TestUser,
} from './support/factories.js';
import { freePort, startSmtp, type TestSmtp } from './support/smtp.js';

const kotaPasuruan = '35.75';
const kabPasuruan = '35.14';
const malang = '35.73';
const today = '2026-12-07';
const publicUrl = 'https://sinergi.example.go.id';

const jobEnv = (smtpUrl: string, extra: Record<string, string> = {}) => ({
  SMTP_URL: smtpUrl,
  PUBLIC_URL: publicUrl,
  JOB_POLL_SECONDS: '0.5',
  JOB_RETRY_DELAY_SECONDS: '1',
  JOB_RETRY_LIMIT: '5',
  ...extra,
});

async function startRunner(t: TestApp, env: Record<string, string>): Promise<JobRunner> {
  const config = loadConfig({ DATA_DIR: '/tmp/unused', LOG_LEVEL: 'silent', NODE_ENV: 'test', ...env });
  const runner = createJobRunner({ database: t.database, config, logger: createLogger(config) });
  await runner.start({ work: true });
  return runner;
}

async function insertAgreement(
  t: TestApp,
  values: Partial<typeof agreements.$inferInsert> & { title: string },
): Promise<string> {
  const [row] = await t.database.db
    .insert(agreements)
    .values({
      kind: 'ksdd',
      documentType: 'perjanjian_kerja_sama',
      stage: 'pelaksanaan',
      partyRegionCodes: [kotaPasuruan, kabPasuruan],
      ...values,
    })
    .returning({ id: agreements.id });
  return row!.id;
}

async function until(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function notificationsOf(t: TestApp, userId: string) {
  return t.database.db.select().from(notifications).where(eq(notifications.userId, userId));
}

describe.each(databaseKinds)('reminders and notifications, on %s', (kind) => {
  let t: TestApp;
  let smtp: TestSmtp;
  let runner: JobRunner;
  let kotaAdmin: TestUser;
  let kabAdmin: TestUser;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp(kind, jobEnv(smtp.url));
    runner = await startRunner(t, jobEnv(smtp.url));
    kotaAdmin = await loginAs(t, { role: 'region_admin', regionCode: kotaPasuruan });
    const kab = await createTestUser(t, { role: 'region_admin', regionCode: kabPasuruan });
    await t.database.db.update(users).set({ locale: 'en' }).where(eq(users.id, kab.userId));
    kabAdmin = await login(t, kab.email);
  });
  afterAll(async () => {
    await runner?.stop();
    await t?.close();
    await smtp?.close();
  });

  it('sends an expiry reminder once per threshold, in each user’s language, with a link', async () => {
    const validUntil = addDays(today, 9);
    const id = await insertAgreement(t, { title: 'PKS Air Bersih Pasuruan', validUntil });
    const before = smtp.messages.length;
    await runner.send(sweepRemindersJob, { today });
    await smtp.waitFor(before + 2);
    const received = smtp.messages.slice(before);
    const toKota = received.find((mail) => mail.to.includes(kotaAdmin.email));
    const toKab = received.find((mail) => mail.to.includes(kabAdmin.email));
    expect(toKota?.subject).toBe('Perjanjian berakhir dalam 9 hari: PKS Air Bersih Pasuruan');
    expect(toKab?.subject).toBe('Agreement ends in 9 days: PKS Air Bersih Pasuruan');
    expect(toKota?.text).toContain(`${publicUrl}/kerja-sama/${id}`);

    // The same day again, and two days later (still the 30-day window): nothing new.
    await runner.send(sweepRemindersJob, { today });
    await runner.run(sweepRemindersJob, { today: addDays(today, 1) });
    await pause(2_000);
    expect(smtp.messages.length).toBe(before + 2);

    // The 7-day threshold is a new reminder; then the last day.
    await runner.send(sweepRemindersJob, { today: addDays(today, 2) });
    await smtp.waitFor(before + 4);
    await runner.send(sweepRemindersJob, { today: validUntil });
    await smtp.waitFor(before + 6);
    await pause(1_500);
    const mine = smtp.messages.slice(before).filter((mail) => mail.to.includes(kotaAdmin.email));
    expect(mine.map((mail) => mail.subject)).toEqual([
      'Perjanjian berakhir dalam 9 hari: PKS Air Bersih Pasuruan',
      'Perjanjian berakhir dalam 7 hari: PKS Air Bersih Pasuruan',
      'Perjanjian berakhir hari ini: PKS Air Bersih Pasuruan',
    ]);
    const rows = await notificationsOf(t, kotaAdmin.userId);
    expect(rows.filter((row) => row.recordId === id).every((row) => row.emailedAt !== null)).toBe(true);
  });

  it('lists one’s own notifications with an unread count, marks read and all read', async () => {
    const list = await send(t, kotaAdmin, 'GET', '/api/notifications?pageSize=2');
    expect(list.status).toBe(200);
    const body = list.body as {
      items: Array<{ id: string; path: string; kind: string }>;
      total: number;
      unread: number;
    };
    expect(body.total).toBeGreaterThanOrEqual(3);
    expect(body.items).toHaveLength(2);
    expect(body.items[0]!.path).toMatch(/^\/kerja-sama\//);
    expect(body.unread).toBe(body.total);
    const read = await send(t, kotaAdmin, 'POST', `/api/notifications/${body.items[0]!.id}/read`);
    expect(read.body).toEqual({ unread: body.total - 1 });
    // Another user's notification is not found for this one.
    expect((await send(t, kabAdmin, 'POST', `/api/notifications/${body.items[0]!.id}/read`)).status).toBe(
      404,
    );
    const all = await send(t, kotaAdmin, 'POST', '/api/notifications/read-all');
    expect(all.body).toEqual({ marked: body.total - 1, unread: 0 });
    expect((await send(t, kotaAdmin, 'GET', '/api/notifications/unread-count')).body).toEqual({ unread: 0 });
    expect((await send(t, null, 'GET', '/api/notifications')).status).toBe(401);
  });

  it('keeps in-app only for a user without an address or who switched e-mail off for the kind', async () => {
    const noAddress = await createTestUser(t, { role: 'region_admin', regionCode: malang });
    await t.database.db.update(users).set({ email: '' }).where(eq(users.id, noAddress.userId));
    const quiet = await loginAs(t, { role: 'region_admin', regionCode: malang });
    const put = await send(t, quiet, 'PUT', '/api/notifications/preferences', {
      email: { agreement_expiry: false },
    });
    expect(put.status).toBe(200);
    expect((put.body as { email: Record<string, boolean> }).email).toMatchObject({
      agreement_expiry: false,
      action_due: true,
    });
    await insertAgreement(t, {
      title: 'KSB Malang tanpa surel',
      validUntil: addDays(today, 30),
      partyRegionCodes: [malang],
    });
    const before = smtp.messages.length;
    await runner.run(sweepRemindersJob, { today });
    await pause(2_000);
    expect(smtp.messages.length).toBe(before);
    for (const userId of [noAddress.userId, quiet.userId]) {
      const rows = await notificationsOf(t, userId);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ kind: 'agreement_expiry', emailPending: false, emailedAt: null });
    }
  });

  it('reminds of a KSB without its PKS and of follow-up actions due and overdue', async () => {
    const ksb = await insertAgreement(t, {
      title: 'KSB Pasuruan Raya',
      documentType: 'kesepakatan_bersama',
      stage: 'ksb',
      signingDate: '2024-06-01',
      validUntil: '2029-06-01',
    });
    const [opd] = await t.database.db
      .insert(opds)
      .values({ regionCode: kotaPasuruan, name: 'Dinas Lingkungan Hidup' })
      .returning({ id: opds.id });
    const officer = await loginAs(t, { role: 'opd_officer', regionCode: kotaPasuruan, opdId: opd!.id });
    const otherOpd = await createTestUser(t, { role: 'opd_officer', regionCode: kotaPasuruan });
    const action = (title: string, dueDate: string, status = 'berjalan') => ({
      parentType: 'agreement',
      parentId: ksb,
      title,
      opdId: opd!.id,
      opdRegionCode: kotaPasuruan,
      partyRegionCodes: [kotaPasuruan],
      dueDate,
      status,
    });
    await t.database.db
      .insert(followUpActions)
      .values([
        action('Rapat teknis', addDays(today, 5)),
        action('Laporan bulanan', addDays(today, -3)),
        action('Sudah selesai', addDays(today, -3), 'selesai'),
        action('Masih lama', addDays(today, 40)),
      ]);
    await runner.run(sweepRemindersJob, { today });
    const officerKinds = (await notificationsOf(t, officer.userId)).map((row) => [row.kind, row.params]);
    expect(officerKinds).toEqual(
      expect.arrayContaining([
        ['action_due', { title: 'Rapat teknis', dueDate: addDays(today, 5) }],
        ['action_overdue', { title: 'Laporan bulanan', dueDate: addDays(today, -3) }],
      ]),
    );
    expect(officerKinds).toHaveLength(2);
    expect(await notificationsOf(t, otherOpd.userId)).toHaveLength(0);
    const adminRows = await notificationsOf(t, kotaAdmin.userId);
    expect(adminRows.filter((row) => row.kind === 'ksb_without_pks')).toMatchObject([
      { recordId: ksb, params: { title: 'KSB Pasuruan Raya', deadline: '2025-06-01' } },
    ]);
    expect(adminRows.filter((row) => row.kind.startsWith('action_'))).toHaveLength(2);
  });

  it('tells a party whose confirmation a partner’s change cleared', async () => {
    const malangAdmin = await loginAs(t, { role: 'region_admin', regionCode: malang });
    const pasuruanAdmin = await loginAs(t, { role: 'region_admin', regionCode: kabPasuruan });
    const created = await send(t, malangAdmin, 'POST', '/api/agreements?force=true', malangPasuruanKsb());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const record = created.body as { id: string; version: number };
    const confirmed = await send(t, pasuruanAdmin, 'POST', `/api/agreements/${record.id}/confirm`, {
      version: record.version,
    });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    const { version } = (await send(t, malangAdmin, 'GET', `/api/agreements/${record.id}`)).body as {
      version: number;
    };
    const patch = await send(t, malangAdmin, 'PATCH', `/api/agreements/${record.id}`, {
      version,
      purpose: 'Tujuan yang diubah oleh Kota Malang',
    });
    expect(patch.status, JSON.stringify(patch.body)).toBe(200);
    const rows = (await notificationsOf(t, pasuruanAdmin.userId)).filter(
      (row) => row.kind === 'confirmation_cleared',
    );
    expect(rows).toMatchObject([{ recordId: record.id, params: { byRegion: 'Kota Malang' } }]);
    // The editor's own region is not told.
    const own = await notificationsOf(t, malangAdmin.userId);
    expect(own.filter((row) => row.kind === 'confirmation_cleared')).toHaveLength(0);
  });

  it('reminds once of the evaluation of the period that ended, unless it was evaluated', async () => {
    // today 2026-12-07: the last ended period is 2026-S1 (January to June), due 30 days after it.
    const inForce = { stage: 'pelaksanaan' as const, signingDate: '2025-03-01', validUntil: '2029-03-01' };
    const evaluated = await insertAgreement(t, { title: 'PKS Evaluasi Sudah', ...inForce });
    const missing = await insertAgreement(t, { title: 'PKS Evaluasi Belum', ...inForce });
    const deletedOnly = await insertAgreement(t, { title: 'PKS Evaluasi Dihapus', ...inForce });
    const signedLater = await insertAgreement(t, {
      title: 'PKS Baru Ditandatangani',
      ...inForce,
      signingDate: '2026-08-01',
    });
    const evaluation = (agreementId: string, deleted: boolean) => ({
      agreementId,
      period: '2026-S1',
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
      evaluatorRole: 'opd_pelaksana',
      evaluatorRegionCode: kotaPasuruan,
      deletedAt: deleted ? new Date() : null,
    });
    await t.database.db
      .insert(agreementEvaluations)
      .values([evaluation(evaluated, false), evaluation(deletedOnly, true)]);
    const before = smtp.messages.length;
    await runner.run(sweepRemindersJob, { today });
    await runner.run(sweepRemindersJob, { today: addDays(today, 1) });
    const due = (await notificationsOf(t, kotaAdmin.userId)).filter((row) => row.kind === 'evaluation_due');
    expect(due.map((row) => row.recordId).sort()).toEqual([missing, deletedOnly].sort());
    expect(due.find((row) => row.recordId === missing)?.params).toEqual({
      title: 'PKS Evaluasi Belum',
      period: '2026-S1',
      dueDate: '2026-07-30',
    });
    expect(due.some((row) => [evaluated, signedLater].includes(row.recordId))).toBe(false);
    // To the two administrators of this file (other tests added more to these regions).
    const evaluationMails = () =>
      smtp.messages
        .slice(before)
        .filter(
          (mail) =>
            mail.subject.includes('PKS Evaluasi') &&
            (mail.to.includes(kotaAdmin.email) || mail.to.includes(kabAdmin.email)),
        );
    await until(async () => evaluationMails().length >= 4);
    await pause(1_500);
    const mails = evaluationMails();
    expect(mails).toHaveLength(4);
    expect(
      mails.find((mail) => mail.to.includes(kotaAdmin.email) && mail.subject.includes('Belum'))?.subject,
    ).toBe('Evaluasi periode 2026-S1 jatuh tempo 2026-07-30: PKS Evaluasi Belum');
    expect(
      mails.find((mail) => mail.to.includes(kabAdmin.email) && mail.subject.includes('Belum'))?.subject,
    ).toBe('Evaluation of period 2026-S1 due 2026-07-30: PKS Evaluasi Belum');
  });

  it('tells a region once of a partner’s new agreement, visit, meeting or program that names it', async () => {
    const malangAdmin = await loginAs(t, { role: 'region_admin', regionCode: malang });
    const created = await send(t, malangAdmin, 'POST', '/api/agreements?force=true', malangPasuruanKsb());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const agreementId = (created.body as { id: string }).id;
    const visit = await send(t, malangAdmin, 'POST', '/api/visits', {
      title: 'Kunjungan kerja Kota Malang ke Kabupaten Pasuruan',
      kind: 'studi_banding',
      hostRegionCode: kabPasuruan,
      visitors: [{ regionCode: malang, institution: 'pemda' }],
      startDate: '2026-11-20',
      endDate: '2026-11-20',
      topics: [{ sector: 'pariwisata', text: 'wisata Bromo' }],
    });
    expect(visit.status, JSON.stringify(visit.body)).toBe(201);
    const visitId = (visit.body as { id: string }).id;
    // (The agreement of the test before, also Kota Malang's, told them too.)
    const told = (await notificationsOf(t, kabAdmin.userId)).filter(
      (row) => row.kind === 'partner_record' && [agreementId, visitId].includes(row.recordId),
    );
    expect(told.map((row) => [row.recordType, row.recordId]).sort()).toEqual(
      [
        ['agreement', agreementId],
        ['visit', visitId],
      ].sort(),
    );
    expect(told.every((row) => (row.params as { byRegion: string }).byRegion === 'Kota Malang')).toBe(true);
    expect((await notificationsOf(t, malangAdmin.userId)).some((row) => row.kind === 'partner_record')).toBe(
      false,
    );
    // By e-mail, in the recipient's language, with a link to the visit.
    await runner.run(sweepRemindersJob, { today });
    const visitMail = () =>
      smtp.messages.find(
        (message) =>
          message.to.includes(kabAdmin.email) && message.subject.includes('Kunjungan kerja Kota Malang'),
      );
    await until(async () => visitMail() !== undefined);
    const mail = visitMail();
    expect(mail?.subject).toBe(
      'Kota Malang recorded a new work visit naming your region: Kunjungan kerja Kota Malang ke Kabupaten Pasuruan',
    );
    expect(mail?.text).toContain(`${publicUrl}/kunjungan/${visitId}`);
  });
});

describe.each(databaseKinds)('an SMTP server that is down, on %s', (kind) => {
  let t: TestApp;
  let smtp: TestSmtp | undefined;
  let runner: JobRunner | undefined;
  afterAll(async () => {
    await runner?.stop();
    await t?.close();
    await smtp?.close();
  });

  it('retries with backoff, marks nothing sent while down, and sends once when it is up', async () => {
    const port = await freePort();
    const env = jobEnv(`smtp://127.0.0.1:${port}`);
    t = await createTestApp(kind, env);
    runner = await startRunner(t, env);
    const admin = await createTestUser(t, { role: 'region_admin', regionCode: kotaPasuruan });
    await insertAgreement(t, { title: 'PKS Retry', validUntil: addDays(today, 7) });
    await runner.send(sweepRemindersJob, { today });
    // Wait for at least one failed attempt.
    await until(async () => {
      const rows = await t.database.db.execute(
        sql`select count(*)::int as n from pgboss.job where name = 'notifications-email' and retry_count > 0`,
      );
      return Number((rows as unknown as { rows: Array<{ n: number }> }).rows[0]?.n ?? 0) > 0;
    });
    const [pending] = await notificationsOf(t, admin.userId);
    expect(pending).toMatchObject({ emailPending: true, emailedAt: null });
    smtp = await startSmtp(port);
    await smtp.waitFor(1, 30_000);
    await pause(2_000);
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]!.to).toEqual([admin.email]);
    await until(async () => (await notificationsOf(t, admin.userId))[0]!.emailedAt !== null);
  });
});

describe.each(databaseKinds)('a job that failed for good, on %s', (kind) => {
  let t: TestApp;
  let smtp: TestSmtp | undefined;
  let runner: JobRunner | undefined;
  afterAll(async () => {
    await runner?.stop();
    await t?.close();
    await smtp?.close();
  });

  it('is listed for system administrators with its error, and runs again on retry', async () => {
    const port = await freePort();
    const env = jobEnv(`smtp://127.0.0.1:${port}`, { JOB_RETRY_LIMIT: '0' });
    t = await createTestApp(kind, env);
    runner = await startRunner(t, env);
    const admin = await createTestUser(t, { role: 'region_admin', regionCode: kotaPasuruan });
    const systemAdmin = await loginAs(t, { role: 'system_admin' });
    const regionAdmin = await login(t, admin.email);
    await insertAgreement(t, { title: 'PKS Gagal', validUntil: addDays(today, 0) });
    await runner.send(sweepRemindersJob, { today });
    type Failed = {
      items: Array<{ id: string; name: string; error: string; attempts: number }>;
      total: number;
    };
    let failed: Failed = { items: [], total: 0 };
    await until(async () => {
      failed = (await send(t, systemAdmin, 'GET', '/api/admin/jobs/failed')).body as Failed;
      return failed.total > 0;
    });
    expect(failed.items[0]).toMatchObject({ name: 'notifications-email', attempts: 1 });
    expect(failed.items[0]!.error).toMatch(/ECONNREFUSED|connect/i);
    expect((await send(t, regionAdmin, 'GET', '/api/admin/jobs/failed')).status).toBe(403);
    const [unsent] = await notificationsOf(t, admin.userId);
    expect(unsent!.emailedAt).toBeNull();

    smtp = await startSmtp(port);
    const retried = await send(t, systemAdmin, 'POST', `/api/admin/jobs/${failed.items[0]!.id}/retry`);
    expect(retried.status, JSON.stringify(retried.body)).toBe(200);
    await smtp.waitFor(1);
    expect(smtp.messages[0]!.subject).toBe('Perjanjian berakhir hari ini: PKS Gagal');
    expect((await send(t, systemAdmin, 'GET', '/api/admin/jobs/failed')).body).toMatchObject({ total: 0 });
    const again = await send(t, systemAdmin, 'POST', `/api/admin/jobs/${failed.items[0]!.id}/retry`);
    expect(again.status).toBe(404);
    expect((again.body as { error: { code: string } }).error.code).toBe('JOB_NOT_FOUND');
    // Marked sent once the SMTP server accepted it (just after the message arrived).
    await until(async () => (await notificationsOf(t, admin.userId))[0]!.emailedAt !== null);
    expect(smtp.messages).toHaveLength(1);
  });
});

/**
 * Two app instances on one PostgreSQL database sweep and send 1,000 due reminders at once. PGlite is
 * one process's embedded database, so a second instance cannot open it: PostgreSQL only.
 */
describe.skipIf(!databaseKinds.includes('postgresql'))(
  'two instances on one PostgreSQL database (skipped on PGlite: an embedded database has one instance)',
  () => {
    let t: TestApp;
    let smtp: TestSmtp;
    let second: Database | undefined;
    const runners: JobRunner[] = [];
    afterAll(async () => {
      for (const runner of runners) await runner.stop();
      await second?.close();
      await t?.close();
      await smtp?.close();
    });

    it('send each of 1,000 due reminders exactly once', async () => {
      smtp = await startSmtp();
      const env = jobEnv(smtp.url);
      t = await createTestApp('postgresql', env);
      second = await openPostgres(t.databaseUrl!, { max: 4 });
      runners.push(await startRunner(t, env));
      runners.push(await startRunner({ ...t, database: second }, env));
      const regions = ['35.75', '35.14', '35.73', '35.07'];
      const admins = await Promise.all(
        regions.map((regionCode) => createTestUser(t, { role: 'region_admin', regionCode })),
      );
      // 250 agreements of the four regions, each with four administrators to remind: 1,000 reminders.
      await t.database.db.insert(agreements).values(
        Array.from({ length: 250 }, (_, index) => ({
          kind: 'ksdd',
          documentType: 'perjanjian_kerja_sama',
          stage: 'pelaksanaan',
          title: `PKS ${index}`,
          partyRegionCodes: regions,
          validUntil: addDays(today, 30),
        })),
      );
      await Promise.all(runners.map((runner) => runner.run(sweepRemindersJob, { today })));
      await Promise.all(runners.map((runner) => runner.run(sweepRemindersJob, { today })));
      await smtp.waitFor(1_000, 150_000);
      await pause(3_000);
      const keys = smtp.messages.map((mail) => `${mail.to.join()}|${mail.subject}`);
      expect(smtp.messages).toHaveLength(1_000);
      expect(new Set(keys).size).toBe(1_000);
      for (const admin of admins)
        expect(smtp.messages.filter((mail) => mail.to.includes(admin.email))).toHaveLength(250);
      const [unsent] = (
        (await t.database.db.execute(
          sql`select count(*)::int as n from notifications where emailed_at is null`,
        )) as unknown as { rows: Array<{ n: number }> }
      ).rows;
      expect(unsent!.n).toBe(0);
    }, 240_000);
  },
);
