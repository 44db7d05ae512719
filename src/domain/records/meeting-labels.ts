/** Words for the meeting vocabulary in both languages (UI, audit trail, CSV). */
import type { Label } from '../agreements/kinds';
import type { MeetingKind } from './kinds';

export const meetingKindLabels: Readonly<Record<MeetingKind, Label>> = {
  audiensi: { id: 'Audiensi', en: 'Audience' },
  rapat_koordinasi: { id: 'Rapat koordinasi', en: 'Coordination meeting' },
  pertemuan_lain: { id: 'Pertemuan lain', en: 'Other meeting' },
};

/** Which body of a region takes part: one vocabulary for visits and meetings. */
export { institutionKindLabels } from './visit-labels';
