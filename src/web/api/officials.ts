import type { OfficialTermDto } from './agreements';
import { apiSend } from './client';
import type { ResponseOf } from './contract';

/** The fields of a term of office as the officials register takes them (POST/PATCH /api/officials). */
export type OfficialTermBody = Omit<OfficialTermDto, 'id' | 'createdAt'>;

export function createOfficialTerm(body: OfficialTermBody): Promise<OfficialTermDto> {
  return apiSend<OfficialTermDto>('POST', '/api/officials', body);
}

/** Changes a term; ending it is `{ end: date }`. */
export function updateOfficialTerm(id: string, body: Partial<OfficialTermBody>): Promise<OfficialTermDto> {
  return apiSend<OfficialTermDto>('PATCH', `/api/officials/${encodeURIComponent(id)}`, body);
}

export function deleteOfficialTerm(id: string): Promise<ResponseOf<'/api/officials/{id}', 'delete'>> {
  return apiSend('DELETE', `/api/officials/${encodeURIComponent(id)}`);
}
