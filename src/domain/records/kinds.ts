/**
 * The records around the agreements (domain.md, "Around the agreements"): work visits, meetings,
 * follow-up actions (tindak lanjut) and funded programs. They share one record core with agreements:
 * party regions, responsible OPD and publication drive who sees and changes them (record-access.ts).
 */
import { z } from 'zod';
import type { Label } from '../agreements/kinds';

/** Every record type of Sinergi, as stored in `record_type` columns (sources, links, documents). */
export const recordTypes = ['agreement', 'visit', 'meeting', 'action', 'program'] as const;
export type RecordType = (typeof recordTypes)[number];
export const recordTypeSchema = z.enum(recordTypes);

/** Kunjungan kerja and its named forms. */
export const visitKinds = ['kunjungan_kerja', 'studi_banding', 'studi_komparasi', 'studi_tiru'] as const;
export type VisitKind = (typeof visitKinds)[number];
export const visitKindSchema = z.enum(visitKinds);

/** Pertemuan: an audience (audiensi) or a coordination meeting (rapat koordinasi). */
export const meetingKinds = ['audiensi', 'rapat_koordinasi', 'pertemuan_lain'] as const;
export type MeetingKind = (typeof meetingKinds)[number];
export const meetingKindSchema = z.enum(meetingKinds);

/**
 * Which body of a region takes part: its government (pemda, with its OPD) or its DPRD. A DPRD joins
 * visits often (seed 004: Kabupaten Bekasi with its DPRD to Kota Malang).
 */
export const institutionKinds = ['pemda', 'dprd', 'opd', 'lainnya'] as const;
export type InstitutionKind = (typeof institutionKinds)[number];
export const institutionKindSchema = z.enum(institutionKinds);

/** The status of a follow-up action (tindak lanjut). */
export const actionStatuses = ['direncanakan', 'berjalan', 'selesai', 'batal'] as const;
export type ActionStatus = (typeof actionStatuses)[number];
export const actionStatusSchema = z.enum(actionStatuses);

/** What an action follows up: an agreement, a visit or a meeting. */
export const actionParentTypes = ['agreement', 'visit', 'meeting'] as const;
export type ActionParentType = (typeof actionParentTypes)[number];
export const actionParentTypeSchema = z.enum(actionParentTypes);

/** Kemitraan (partnership project) or bantuan keuangan (financial aid from one region to another). */
export const programKinds = ['kemitraan', 'bantuan_keuangan', 'hibah', 'program_lain'] as const;
export type ProgramKind = (typeof programKinds)[number];
export const programKindSchema = z.enum(programKinds);

export const programStatuses = ['rencana', 'berjalan', 'selesai', 'outstanding', 'batal'] as const;
export type ProgramStatus = (typeof programStatuses)[number];
export const programStatusSchema = z.enum(programStatuses);

/** What a program is carried out under: an agreement or a meeting (or nothing recorded yet). */
export const programParentTypes = ['agreement', 'meeting'] as const;
export type ProgramParentType = (typeof programParentTypes)[number];
export const programParentTypeSchema = z.enum(programParentTypes);

/** Budget years a program may be planned in (APBD years). */
export const budgetYearRange = { min: 2000, max: 2100 } as const;

export const visitKindLabels: Readonly<Record<VisitKind, Label>> = {
  kunjungan_kerja: { id: 'Kunjungan kerja', en: 'Work visit' },
  studi_banding: { id: 'Studi banding', en: 'Comparative study visit' },
  studi_komparasi: { id: 'Studi komparasi', en: 'Comparative study' },
  studi_tiru: { id: 'Studi tiru', en: 'Replication study' },
};

export const meetingKindLabels: Readonly<Record<MeetingKind, Label>> = {
  audiensi: { id: 'Audiensi', en: 'Audience' },
  rapat_koordinasi: { id: 'Rapat koordinasi', en: 'Coordination meeting' },
  pertemuan_lain: { id: 'Pertemuan lain', en: 'Other meeting' },
};

export const institutionKindLabels: Readonly<Record<InstitutionKind, Label>> = {
  pemda: { id: 'Pemerintah daerah', en: 'Regional government' },
  dprd: { id: 'DPRD', en: 'Regional parliament (DPRD)' },
  opd: { id: 'OPD', en: 'Regional agency (OPD)' },
  lainnya: { id: 'Lembaga lain', en: 'Other institution' },
};

export const actionStatusLabels: Readonly<Record<ActionStatus, Label>> = {
  direncanakan: { id: 'Direncanakan', en: 'Planned' },
  berjalan: { id: 'Berjalan', en: 'In progress' },
  selesai: { id: 'Selesai', en: 'Done' },
  batal: { id: 'Batal', en: 'Cancelled' },
};

export const programKindLabels: Readonly<Record<ProgramKind, Label>> = {
  kemitraan: { id: 'Kemitraan', en: 'Partnership' },
  bantuan_keuangan: { id: 'Bantuan keuangan', en: 'Financial aid' },
  hibah: { id: 'Hibah', en: 'Grant' },
  program_lain: { id: 'Program lain', en: 'Other program' },
};

export const programStatusLabels: Readonly<Record<ProgramStatus, Label>> = {
  rencana: { id: 'Rencana', en: 'Planned' },
  berjalan: { id: 'Berjalan', en: 'In progress' },
  selesai: { id: 'Selesai', en: 'Completed' },
  outstanding: { id: 'Outstanding (belum tuntas)', en: 'Outstanding' },
  batal: { id: 'Batal', en: 'Cancelled' },
};
