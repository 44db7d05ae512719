import type {
  ActionCommentDto,
  ActionDetailDto,
  ActionDto,
  ActionSummaryDto,
} from '../../domain/records/action-dto';
import type { ActionParentType, ActionStatus } from '../../domain/records/kinds';
import type { ActionFormValues } from '../../domain/records/schema';
import { apiGet, apiSend, buildUrl, type QueryParams } from './client';
import type { ResponseOf } from './contract';
import type { PageDto } from './types';

/**
 * The follow-up actions API (see /api/openapi.json, tag Follow-up actions). Response types come from
 * the domain's contract (domain/records/action-dto.ts), which the server publishes as well.
 */
export type { ActionCommentDto, ActionDetailDto, ActionDto, ActionSummaryDto };

export type ActionListQuery = {
  parentType?: ActionParentType | undefined;
  parentId?: string | undefined;
  opdId?: string | undefined;
  region?: string | undefined;
  status?: ActionStatus | undefined;
  dueBefore?: string | undefined;
  dueAfter?: string | undefined;
  overdue?: boolean | undefined;
  q?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
};

export function listActions(query: ActionListQuery, signal?: AbortSignal): Promise<PageDto<ActionDto>> {
  return apiGet<PageDto<ActionDto>>('/api/actions', query as QueryParams, signal);
}

/** The CSV export of the same filters (a plain link: the browser downloads it). */
export function actionsCsvUrl(query: ActionListQuery): string {
  const { page: _page, pageSize: _pageSize, ...filters } = query;
  return buildUrl('/api/actions.csv', filters as QueryParams);
}

export function getActionSummary(
  parentType: ActionParentType,
  parentId: string,
  signal?: AbortSignal,
): Promise<ActionSummaryDto> {
  return apiGet<ActionSummaryDto>('/api/actions/summary', { parentType, parentId }, signal);
}

export function getAction(id: string, signal?: AbortSignal): Promise<ActionDetailDto> {
  return apiGet<ActionDetailDto>(`/api/actions/${encodeURIComponent(id)}`, undefined, signal);
}

export function createAction(body: ActionFormValues): Promise<ActionDetailDto> {
  return apiSend<ActionDetailDto>('POST', '/api/actions', body);
}

export function deleteAction(id: string): Promise<ResponseOf<'/api/actions/{id}', 'delete'>> {
  return apiSend('DELETE', `/api/actions/${encodeURIComponent(id)}`);
}

export type ProgressBody = {
  status: ActionStatus;
  progress: number;
  evidenceLinks?: Array<{ url: string; label: string | null }>;
  note?: string | null;
  version: number;
};

export function reportProgress(id: string, body: ProgressBody): Promise<ActionDetailDto> {
  return apiSend<ActionDetailDto>('POST', `/api/actions/${encodeURIComponent(id)}/progress`, body);
}

export function listActionComments(
  id: string,
  signal?: AbortSignal,
): Promise<ResponseOf<'/api/actions/{id}/comments', 'get'>> {
  return apiGet(`/api/actions/${encodeURIComponent(id)}/comments`, undefined, signal);
}

export function addActionComment(id: string, body: string): Promise<ActionCommentDto> {
  return apiSend<ActionCommentDto>('POST', `/api/actions/${encodeURIComponent(id)}/comments`, { body });
}
