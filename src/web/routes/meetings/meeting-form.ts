import type { MeetingKind } from '../../../domain/records/kinds';
import type { MeetingDetail } from '../../../domain/records/meeting-contract';
import { isSectorKey } from '../../../domain/taxonomy/sectors';
import type { MeetingWriteInput } from '../../api/meetings';
import type { ParticipantDraft } from './ParticipantsEditor';

/**
 * The meeting form as the user edits it and its request body, checked with the domain's
 * `meetingInputSchema` as the server checks it. Pure: the page holds the state.
 */

export type Draft = {
  title: string;
  kind: MeetingKind;
  hostRegionCode: string | null;
  participants: ParticipantDraft[];
  persons: Array<{ name: string; post: string }>;
  date: string;
  place: string;
  agenda: string;
  summary: string;
  sectors: string[];
  decisions: Array<{ id: string | null; text: string }>;
  notes: string;
  published: boolean;
};

export const emptyDraft: Draft = {
  title: '',
  kind: 'audiensi',
  hostRegionCode: null,
  participants: [{ regionCode: null, institution: 'pemda', opdId: null, organizationId: null, name: '' }],
  persons: [],
  date: '',
  place: '',
  agenda: '',
  summary: '',
  sectors: [],
  decisions: [],
  notes: '',
  published: false,
};

export function draftOf(meeting: MeetingDetail): Draft {
  return {
    title: meeting.title,
    kind: meeting.kind,
    hostRegionCode: meeting.hostRegionCode,
    participants: meeting.participants.map((participant) => ({
      ...participant,
      name: participant.name ?? '',
    })),
    persons: meeting.persons.map((person) => ({ name: person.name, post: person.post ?? '' })),
    date: meeting.date ?? '',
    place: meeting.place ?? '',
    agenda: meeting.agenda ?? '',
    summary: meeting.summary ?? '',
    sectors: meeting.sectors,
    decisions: meeting.decisions.map((decision) => ({ id: decision.id, text: decision.text })),
    notes: meeting.notes ?? '',
    published: meeting.published,
  };
}

export function inputOf(draft: Draft): MeetingWriteInput {
  return {
    ...draft,
    participants: draft.participants.map((participant) => ({
      ...participant,
      name: participant.name || null,
    })),
    persons: draft.persons.map((person) => ({ name: person.name, post: person.post || null })),
    date: draft.date || null,
    sectors: draft.sectors.filter(isSectorKey),
  };
}
