import type { DeletionResult } from './pending-changes';
import type { MeetingDetail, MeetingList } from '../../domain/records/meeting-contract';
import type { MeetingKind } from '../../domain/records/kinds';
import type { MeetingFormValues } from '../../domain/records/schema';
import { apiGet, apiSend, buildUrl } from './client';

/**
 * The meetings API (see /api/openapi.json, tag Meetings). Response types are the server's own
 * contract (domain/records/meeting-contract.ts); inputs are the domain's schema.
 */
export type MeetingListQuery = {
  q?: string | undefined;
  region?: string | undefined;
  kind?: MeetingKind | undefined;
  sector?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  year?: number | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
};

/** What the form sends: the meeting as entered, with whether it is published. */
export type MeetingWriteInput = MeetingFormValues & { published: boolean };

export function listMeetings(query: MeetingListQuery, signal?: AbortSignal): Promise<MeetingList> {
  return apiGet<MeetingList>('/api/meetings', query, signal);
}

export function meetingsCsvUrl(query: MeetingListQuery): string {
  const { page: _page, pageSize: _pageSize, ...filters } = query;
  return buildUrl('/api/meetings.csv', filters);
}

export function getMeeting(id: string, signal?: AbortSignal): Promise<MeetingDetail> {
  return apiGet<MeetingDetail>(`/api/meetings/${encodeURIComponent(id)}`, undefined, signal);
}

export function createMeeting(input: MeetingWriteInput): Promise<MeetingDetail> {
  return apiSend<MeetingDetail>('POST', '/api/meetings', input);
}

export function updateMeeting(id: string, input: MeetingWriteInput, version: number): Promise<MeetingDetail> {
  return apiSend<MeetingDetail>('PUT', `/api/meetings/${encodeURIComponent(id)}`, { ...input, version });
}

export function deleteMeeting(id: string): Promise<DeletionResult> {
  return apiSend<DeletionResult>('DELETE', `/api/meetings/${encodeURIComponent(id)}`);
}

/** Where a decision becomes a follow-up action (the actions page, another feature). */
export function newActionFromDecisionPath(meetingId: string, decisionId: string): string {
  const params = new URLSearchParams({ parentType: 'meeting', parentId: meetingId, decisionId });
  return `/tindak-lanjut/baru?${params.toString()}`;
}
