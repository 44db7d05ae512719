import type { SectorKey } from '../../domain/taxonomy/sectors';
import { apiGet, apiSend } from './client';
import type { ResponseOf, Schema } from './contract';

/** A perangkat daerah (OPD) of a pemda. */
export type OpdDto = Schema<'Opd'>;

export type OpdFieldsBody = {
  name: string;
  abbreviation?: string | null;
  sectorKeys?: SectorKey[];
};

/** The OPD of one region (GET /api/opds). */
export function listOpds(regionCode: string, signal?: AbortSignal): Promise<ResponseOf<'/api/opds', 'get'>> {
  return apiGet('/api/opds', { regionCode }, signal);
}

export function createOpd(body: OpdFieldsBody & { regionCode: string }): Promise<OpdDto> {
  return apiSend<OpdDto>('POST', '/api/opds', body);
}

export function updateOpd(id: string, body: Partial<OpdFieldsBody>): Promise<OpdDto> {
  return apiSend<OpdDto>('PATCH', `/api/opds/${encodeURIComponent(id)}`, body);
}

export function deleteOpd(id: string): Promise<ResponseOf<'/api/opds/{id}', 'delete'>> {
  return apiSend('DELETE', `/api/opds/${encodeURIComponent(id)}`);
}
