/** Labels of the vocabulary of work visits, in Indonesian and English (UI, CSV, audit values). */
import type { Label } from '../agreements/kinds';
import type { InstitutionKind, RecordType, VisitKind } from './kinds';

export const visitKindLabels: Readonly<Record<VisitKind, Label>> = {
  kunjungan_kerja: { id: 'Kunjungan kerja', en: 'Work visit' },
  studi_banding: { id: 'Studi banding', en: 'Benchmarking visit' },
  studi_komparasi: { id: 'Studi komparasi', en: 'Comparative study' },
  studi_tiru: { id: 'Studi tiru', en: 'Learning visit (studi tiru)' },
};

export const institutionKindLabels: Readonly<Record<InstitutionKind, Label>> = {
  pemda: { id: 'Pemerintah daerah', en: 'Regional government' },
  dprd: { id: 'DPRD', en: 'Regional parliament (DPRD)' },
  opd: { id: 'Perangkat daerah (OPD)', en: 'Regional agency (OPD)' },
  lainnya: { id: 'Lembaga lain', en: 'Other institution' },
};

/** Every record type in words (links between records, the audit trail). */
export const recordTypeLabels: Readonly<Record<RecordType, Label>> = {
  agreement: { id: 'Kerja sama', en: 'Agreement' },
  visit: { id: 'Kunjungan', en: 'Visit' },
  meeting: { id: 'Pertemuan', en: 'Meeting' },
  action: { id: 'Tindak lanjut', en: 'Follow-up action' },
  program: { id: 'Program', en: 'Program' },
};
