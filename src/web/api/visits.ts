import type { DeletionResult, PendingChange } from './pending-changes';
import type { InstitutionKind, VisitKind } from '../../domain/records/kinds';
import type { VisitFormValues } from '../../domain/records/schema';
import { apiGet, apiSend, buildUrl, type QueryParams } from './client';

/**
 * The work visits API (see /api/openapi.json, tag Visits) as the browser sees it. Input shapes are the
 * domain's own visit schema, shared with the server.
 */

export type ParticipantDto = {
  regionCode: string | null;
  institution: InstitutionKind;
  organizationId: string | null;
  opdId: string | null;
  name: string | null;
};
export type PersonDto = {
  name: string;
  post: string | null;
  regionCode: string | null;
  institution: InstitutionKind;
};

export type VisitListItemDto = {
  id: string;
  title: string;
  kind: VisitKind;
  hostRegionCode: string;
  hostRegionName: string;
  visitors: ParticipantDto[];
  startDate: string | null;
  endDate: string | null;
  place: string | null;
  sectors: string[];
  partyRegionCodes: string[];
  published: boolean;
  version: number;
  updatedAt: string;
};

export type VisitDetailDto = VisitListItemDto & {
  delegates: PersonDto[];
  hosts: PersonDto[];
  topics: Array<{ sector: string | null; text: string }>;
  purpose: string | null;
  outcomes: string | null;
  notes: string | null;
  goodPractices: Array<{ id: string; topic: string; description: string | null; sector: string | null }>;
  ownerRegionCode: string | null;
  createdAt: string;
  access: { update: boolean; delete: boolean; publish: boolean; report: boolean };
  /** Changes waiting for the other parties (decision 009). */
  pendingChanges: PendingChange[];
};

export type VisitPageDto = { items: VisitListItemDto[]; total: number; page: number; pageSize: number };

export type VisitListQuery = {
  region?: string | undefined;
  direction?: 'made' | 'received' | undefined;
  kind?: VisitKind | undefined;
  sector?: string | undefined;
  year?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
};

export type VisitBody = VisitFormValues & { published?: boolean };

export type GoodPracticeDto = {
  id: string;
  topic: string;
  description: string | null;
  sector: string | null;
  visit: { id: string; title: string; startDate: string | null; visitorNames: string[] };
};

export function listVisits(query: VisitListQuery, signal?: AbortSignal): Promise<VisitPageDto> {
  return apiGet('/api/visits', query as QueryParams, signal);
}

/** The CSV export of the same filters (a link the browser downloads). */
export function visitsCsvUrl(query: VisitListQuery): string {
  const { page: _page, pageSize: _pageSize, ...filters } = query;
  return buildUrl('/api/visits.csv', filters as QueryParams);
}

export function getVisit(id: string, signal?: AbortSignal): Promise<VisitDetailDto> {
  return apiGet(`/api/visits/${encodeURIComponent(id)}`, undefined, signal);
}

export function createVisit(body: VisitBody): Promise<VisitDetailDto> {
  return apiSend('POST', '/api/visits', body);
}

export function updateVisit(id: string, body: VisitBody & { version: number }): Promise<VisitDetailDto> {
  return apiSend('PATCH', `/api/visits/${encodeURIComponent(id)}`, body);
}

export function deleteVisit(id: string): Promise<DeletionResult> {
  return apiSend<DeletionResult>('DELETE', `/api/visits/${encodeURIComponent(id)}`);
}

export function listGoodPractices(code: string, signal?: AbortSignal): Promise<{ items: GoodPracticeDto[] }> {
  return apiGet(`/api/regions/${encodeURIComponent(code)}/good-practices`, undefined, signal);
}
