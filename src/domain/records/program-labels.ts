/**
 * Program vocabularies in words, in both languages: the UI's selects and badges and the audit trail
 * read them, so a stored key never reaches a screen raw.
 */
import type { Label } from '../agreements/kinds';
import type { ProgramKind, ProgramParentType, ProgramStatus } from './kinds';

export const programKindLabels: Readonly<Record<ProgramKind, Label>> = {
  kemitraan: { id: 'Kemitraan', en: 'Partnership' },
  bantuan_keuangan: { id: 'Bantuan keuangan', en: 'Financial aid' },
  hibah: { id: 'Hibah', en: 'Grant' },
  program_lain: { id: 'Program lain', en: 'Other program' },
};

export const programStatusLabels: Readonly<Record<ProgramStatus, Label>> = {
  rencana: { id: 'Rencana', en: 'Planned' },
  berjalan: { id: 'Berjalan', en: 'Under way' },
  selesai: { id: 'Selesai', en: 'Completed' },
  outstanding: { id: 'Outstanding', en: 'Outstanding' },
  batal: { id: 'Batal', en: 'Cancelled' },
};

export const programParentTypeLabels: Readonly<Record<ProgramParentType, Label>> = {
  agreement: { id: 'Kerja sama', en: 'Agreement' },
  meeting: { id: 'Pertemuan', en: 'Meeting' },
};
