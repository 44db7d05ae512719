/**
 * What a notification can be about, and its words in Indonesian and English. One wording for the
 * in-app list and the e-mail, so both say the same.
 */
import { z } from 'zod';

export const notificationKinds = [
  'agreement_expiry',
  'ksb_without_pks',
  'action_due',
  'action_overdue',
  'confirmation_cleared',
  'evaluation_due',
  'partner_record',
  'pending_change',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];
export const notificationKindSchema = z.enum(notificationKinds);

/** Record types a notification points at, with the UI path of each. */
export const notificationRecordPaths = {
  agreement: '/kerja-sama',
  action: '/tindak-lanjut',
  visit: '/kunjungan',
  meeting: '/pertemuan',
  program: '/program',
} as const;
export type NotificationRecordType = keyof typeof notificationRecordPaths;

export type NotificationLocale = 'id' | 'en';

/** The values a message may use; each kind fills the ones it needs. */
export type NotificationParams = {
  title?: string;
  daysLeft?: number;
  validUntil?: string;
  dueDate?: string;
  deadline?: string;
  byRegion?: string;
  /** An evaluation period's key ("2026-S1"). */
  period?: string;
  /** What a pending change of a shared record does. */
  change?: PendingChangeWord;
};

/** The changes of a shared record that wait for every party's consent (decision 009). */
export type PendingChangeWord = 'delete' | 'publish' | 'remove_parties';

/** What a pending change does, as a verb phrase in each language. */
const changeWords: Record<PendingChangeWord, Record<NotificationLocale, string>> = {
  delete: { id: 'menghapus', en: 'delete' },
  publish: { id: 'memublikasikan', en: 'publish' },
  remove_parties: { id: 'mengeluarkan pihak dari', en: 'remove parties from' },
};

/** What a partner's new record is, in each language (by its record type). */
const recordKindWords: Record<string, Record<NotificationLocale, string>> = {
  agreement: { id: 'perjanjian kerja sama', en: 'agreement' },
  visit: { id: 'kunjungan kerja', en: 'work visit' },
  meeting: { id: 'pertemuan', en: 'meeting' },
  program: { id: 'program', en: 'program' },
};

type Words = {
  subject: (p: NotificationParams, recordType: string) => string;
  body: (p: NotificationParams, recordType: string) => string;
};

const quoted = (title: string | undefined) => `"${title ?? ''}"`;

const words: Record<NotificationKind, Record<NotificationLocale, Words>> = {
  agreement_expiry: {
    id: {
      subject: (p) =>
        p.daysLeft === 0
          ? `Perjanjian berakhir hari ini: ${p.title}`
          : `Perjanjian berakhir dalam ${p.daysLeft} hari: ${p.title}`,
      body: (p) =>
        p.daysLeft === 0
          ? `Masa berlaku ${quoted(p.title)} berakhir hari ini (${p.validUntil}).`
          : `Masa berlaku ${quoted(p.title)} berakhir dalam ${p.daysLeft} hari, pada ${p.validUntil}.`,
    },
    en: {
      subject: (p) =>
        p.daysLeft === 0
          ? `Agreement ends today: ${p.title}`
          : `Agreement ends in ${p.daysLeft} days: ${p.title}`,
      body: (p) =>
        p.daysLeft === 0
          ? `${quoted(p.title)} is valid until today (${p.validUntil}).`
          : `${quoted(p.title)} ends in ${p.daysLeft} days, on ${p.validUntil}.`,
    },
  },
  ksb_without_pks: {
    id: {
      subject: (p) => `KSB belum diikuti PKS: ${p.title}`,
      body: (p) =>
        `${quoted(p.title)} belum diikuti perjanjian kerja sama (PKS); batas waktu PKS-nya ${p.deadline} telah lewat.`,
    },
    en: {
      subject: (p) => `KSB without a PKS: ${p.title}`,
      body: (p) =>
        `${quoted(p.title)} has not been followed by a cooperation agreement (PKS); the deadline for its PKS, ${p.deadline}, has passed.`,
    },
  },
  action_due: {
    id: {
      subject: (p) => `Tindak lanjut jatuh tempo ${p.dueDate}: ${p.title}`,
      body: (p) => `Tindak lanjut ${quoted(p.title)} jatuh tempo pada ${p.dueDate}.`,
    },
    en: {
      subject: (p) => `Follow-up action due ${p.dueDate}: ${p.title}`,
      body: (p) => `The follow-up action ${quoted(p.title)} is due on ${p.dueDate}.`,
    },
  },
  action_overdue: {
    id: {
      subject: (p) => `Tindak lanjut terlambat: ${p.title}`,
      body: (p) => `Tindak lanjut ${quoted(p.title)} melewati tenggatnya (${p.dueDate}) dan belum selesai.`,
    },
    en: {
      subject: (p) => `Follow-up action overdue: ${p.title}`,
      body: (p) =>
        `The follow-up action ${quoted(p.title)} passed its due date (${p.dueDate}) and is not done.`,
    },
  },
  confirmation_cleared: {
    id: {
      subject: (p) => `Konfirmasi Anda dihapus karena perubahan mitra: ${p.title}`,
      body: (p) =>
        `${p.byRegion ?? 'Pihak mitra'} mengubah ${quoted(p.title)}; konfirmasi wilayah Anda dihapus. Periksa perubahannya dan konfirmasi lagi.`,
    },
    en: {
      subject: (p) => `Your confirmation was cleared by a partner's change: ${p.title}`,
      body: (p) =>
        `${p.byRegion ?? 'A partner'} changed ${quoted(p.title)}; your region's confirmation was cleared. Review the change and confirm again.`,
    },
  },
  evaluation_due: {
    id: {
      subject: (p) => `Evaluasi periode ${p.period} jatuh tempo ${p.dueDate}: ${p.title}`,
      body: (p) =>
        `Periode ${p.period} dari ${quoted(p.title)} telah berakhir tanpa evaluasi. Isi evaluasinya paling lambat ${p.dueDate}.`,
    },
    en: {
      subject: (p) => `Evaluation of period ${p.period} due ${p.dueDate}: ${p.title}`,
      body: (p) =>
        `Period ${p.period} of ${quoted(p.title)} has ended without an evaluation. Record it by ${p.dueDate}.`,
    },
  },
  partner_record: {
    id: {
      subject: (p, type) =>
        `${p.byRegion ?? 'Mitra'} mencatat ${recordKindWords[type]?.id ?? 'catatan'} baru dengan wilayah Anda: ${p.title}`,
      body: (p, type) =>
        `${p.byRegion ?? 'Pihak mitra'} mencatat ${recordKindWords[type]?.id ?? 'catatan'} baru ${quoted(p.title)} yang menyebut wilayah Anda. Periksa isinya.`,
    },
    en: {
      subject: (p, type) =>
        `${p.byRegion ?? 'A partner'} recorded a new ${recordKindWords[type]?.en ?? 'record'} naming your region: ${p.title}`,
      body: (p, type) =>
        `${p.byRegion ?? 'A partner'} recorded a new ${recordKindWords[type]?.en ?? 'record'} ${quoted(p.title)} that names your region. Review it.`,
    },
  },
  pending_change: {
    id: {
      subject: (p, type) =>
        `Menunggu persetujuan Anda: ${p.byRegion ?? 'Mitra'} ingin ${changeWords[p.change ?? 'publish'].id} ${recordKindWords[type]?.id ?? 'catatan'} ${p.title}`,
      body: (p, type) =>
        `${p.byRegion ?? 'Pihak mitra'} mengusulkan ${changeWords[p.change ?? 'publish'].id} ${recordKindWords[type]?.id ?? 'catatan'} ${quoted(p.title)}. Usulan itu baru berlaku setelah semua pihak menyetujuinya. Buka catatannya untuk menyetujui atau menolak.`,
    },
    en: {
      subject: (p, type) =>
        `Awaiting your consent: ${p.byRegion ?? 'A partner'} wants to ${changeWords[p.change ?? 'publish'].en} the ${recordKindWords[type]?.en ?? 'record'} ${p.title}`,
      body: (p, type) =>
        `${p.byRegion ?? 'A partner'} proposes to ${changeWords[p.change ?? 'publish'].en} the ${recordKindWords[type]?.en ?? 'record'} ${quoted(p.title)}. It takes effect only once every party consents. Open the record to consent or reject.`,
    },
  },
};

/** Subject and text of a notification in a language. */
export function notificationText(
  kind: NotificationKind,
  params: NotificationParams,
  locale: NotificationLocale,
  recordType = 'agreement',
): { subject: string; body: string } {
  const entry = words[kind][locale];
  return { subject: entry.subject(params, recordType), body: entry.body(params, recordType) };
}

/** The UI path of the record a notification points at. */
export function notificationRecordPath(recordType: string, recordId: string): string {
  const base = notificationRecordPaths[recordType as NotificationRecordType];
  return base ? `${base}/${recordId}` : '/';
}

/**
 * The reminder threshold an agreement with `daysLeft` days of validity is in: the smallest
 * configured threshold at or above it (with 180, 90, 30, 7, 0 and 25 days left: 30), or null when
 * it already ended or lies beyond every threshold. A sweep that missed a day still sends the
 * reminder of the window it is in, once.
 */
export function expiryThreshold(daysLeft: number, thresholds: readonly number[]): number | null {
  if (daysLeft < 0) return null;
  const within = thresholds.filter((threshold) => threshold >= daysLeft);
  return within.length === 0 ? null : Math.min(...within);
}
