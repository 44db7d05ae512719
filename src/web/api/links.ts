import type { RecordType } from '../../domain/records/kinds';
import { apiGet, apiSend } from './client';
import type { ItemOf, ResponseOf } from './contract';

/** Record links (see /api/openapi.json, tag Links): records of any type linked both ways. */

export type LinkedRecordDto = ItemOf<ResponseOf<'/api/links', 'get'>>;

export function listLinks(
  type: RecordType,
  id: string,
  signal?: AbortSignal,
): Promise<ResponseOf<'/api/links', 'get'>> {
  return apiGet('/api/links', { type, id }, signal);
}

export function createLink(body: { fromType: RecordType; fromId: string; toType: RecordType; toId: string }) {
  return apiSend<{ id: string }>('POST', '/api/links', body);
}

export function deleteLink(id: string): Promise<ResponseOf<'/api/links/{id}', 'delete'>> {
  return apiSend('DELETE', `/api/links/${encodeURIComponent(id)}`);
}
