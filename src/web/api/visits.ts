import type { DeletionResult } from './pending-changes';
import type { VisitKind } from '../../domain/records/kinds';
import type { VisitFormValues } from '../../domain/records/schema';
import { apiGet, apiSend, buildUrl, type QueryParams } from './client';
import type { ItemOf, ResponseOf, Schema } from './contract';

/**
 * The work visits API (see /api/openapi.json, tag Visits) as the browser sees it. Input shapes are the
 * domain's own visit schema, shared with the server.
 */

export type ParticipantDto = VisitListItemDto['visitors'][number];
export type PersonDto = VisitDetailDto['delegates'][number];

export type VisitListItemDto = Schema<'VisitListItem'>;

export type VisitDetailDto = ResponseOf<'/api/visits/{id}', 'get'>;

export type VisitPageDto = ResponseOf<'/api/visits', 'get'>;

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

export type GoodPracticeDto = ItemOf<ResponseOf<'/api/regions/{code}/good-practices', 'get'>>;

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

export function listGoodPractices(
  code: string,
  signal?: AbortSignal,
): Promise<ResponseOf<'/api/regions/{code}/good-practices', 'get'>> {
  return apiGet(`/api/regions/${encodeURIComponent(code)}/good-practices`, undefined, signal);
}
