/**
 * The records around the agreements (domain.md, "Around the agreements"): work visits, meetings,
 * follow-up actions (tindak lanjut) and funded programs. They share one record core with agreements:
 * party regions, responsible OPD and publication drive who sees and changes them (record-access.ts).
 */
import { z } from 'zod';

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
