import type { DeletionResult } from './pending-changes';
import type { ProgramDetailDto, ProgramPageDto } from '../../domain/records/program-api';
import type { ProgramKind, ProgramParentType, ProgramStatus } from '../../domain/records/kinds';
import type { ProgramFormValues } from '../../domain/records/schema';
import { apiGet, apiSend, buildUrl } from './client';

/**
 * The programs API (see /api/openapi.json, tag Programs). Response types come from the domain's
 * zod schemas that the server documents its routes with (domain/records/program-api.ts).
 */
export type { ProgramDetailDto, ProgramListItemDto, ProgramPageDto } from '../../domain/records/program-api';

export type ProgramQuery = {
  region?: string | undefined;
  role?: 'funder' | 'recipient' | undefined;
  kind?: ProgramKind | undefined;
  status?: ProgramStatus | undefined;
  sector?: string | undefined;
  year?: number | undefined;
  parentType?: ProgramParentType | undefined;
  parentId?: string | undefined;
  q?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
};

export type ProgramBody = ProgramFormValues & { published?: boolean };

export function listPrograms(query: ProgramQuery, signal?: AbortSignal): Promise<ProgramPageDto> {
  return apiGet<ProgramPageDto>('/api/programs', query, signal);
}

/** The CSV export of the same selection: one line per program, or per budget year (`rows=budgets`). */
export function programsCsvUrl(query: ProgramQuery, rows: 'programs' | 'budgets' = 'programs'): string {
  const { page: _page, pageSize: _pageSize, ...filters } = query;
  return buildUrl('/api/programs.csv', { ...filters, rows: rows === 'budgets' ? rows : undefined });
}

export function getProgram(id: string, signal?: AbortSignal): Promise<ProgramDetailDto> {
  return apiGet<ProgramDetailDto>(`/api/programs/${encodeURIComponent(id)}`, undefined, signal);
}

export function createProgram(body: ProgramBody): Promise<ProgramDetailDto> {
  return apiSend<ProgramDetailDto>('POST', '/api/programs', body);
}

export function updateProgram(
  id: string,
  body: Partial<ProgramBody> & { version: number },
): Promise<ProgramDetailDto> {
  return apiSend<ProgramDetailDto>('PATCH', `/api/programs/${encodeURIComponent(id)}`, body);
}

export function deleteProgram(id: string): Promise<DeletionResult> {
  return apiSend<DeletionResult>('DELETE', `/api/programs/${encodeURIComponent(id)}`);
}
