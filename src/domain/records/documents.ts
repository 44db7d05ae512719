/**
 * Documents and evidence files of every record (issue 11 §1): an agreement's signed scans and drafts,
 * a visit's or meeting's report, the evidence (bukti) of a follow-up action, a program's files. One
 * model, attached to (record type, id); who reads a document follows the record.
 */
import { z } from 'zod';
import { draftDocumentKind, type Label } from '../agreements/kinds.js';
import { recordTypes, type RecordType } from './kinds.js';

/** The record types a document attaches to: every type of the record core. */
export const documentRecordTypes = recordTypes;
export type DocumentRecordType = RecordType;

/**
 * Kinds of file attached to a record other than an agreement (an agreement keeps its own kinds, which
 * the lifecycle guards read). A draft (rancangan) stays with the parties, as on an agreement.
 */
export const evidenceDocumentKinds = [
  'bukti',
  'laporan',
  'notulen',
  'foto',
  'undangan',
  draftDocumentKind,
  'lainnya',
] as const;
export type EvidenceDocumentKind = (typeof evidenceDocumentKinds)[number];
export const evidenceDocumentKindSchema = z.enum(evidenceDocumentKinds);

export const evidenceDocumentKindLabels: Readonly<Record<EvidenceDocumentKind, Label>> = {
  bukti: { id: 'Bukti pelaksanaan', en: 'Evidence of implementation' },
  laporan: { id: 'Laporan', en: 'Report' },
  notulen: { id: 'Notulen', en: 'Minutes' },
  foto: { id: 'Foto kegiatan', en: 'Photo' },
  undangan: { id: 'Undangan', en: 'Invitation' },
  draft: { id: 'Rancangan', en: 'Draft' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};
