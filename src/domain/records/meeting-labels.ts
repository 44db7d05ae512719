/** Words for the meeting vocabulary in both languages (UI, audit trail, CSV). */
import type { Label } from '../agreements/kinds';
import type { InstitutionKind, MeetingKind } from './kinds';

export const meetingKindLabels: Readonly<Record<MeetingKind, Label>> = {
  audiensi: { id: 'Audiensi', en: 'Audience' },
  rapat_koordinasi: { id: 'Rapat koordinasi', en: 'Coordination meeting' },
  pertemuan_lain: { id: 'Pertemuan lain', en: 'Other meeting' },
};

/** Which body of a region takes part. */
export const institutionKindLabels: Readonly<Record<InstitutionKind, Label>> = {
  pemda: { id: 'Pemerintah daerah', en: 'Regional government' },
  dprd: { id: 'DPRD', en: 'Regional parliament (DPRD)' },
  opd: { id: 'OPD', en: 'Regional agency (OPD)' },
  lainnya: { id: 'Lembaga lain', en: 'Other institution' },
};
