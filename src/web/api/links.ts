import type { RecordType } from '../../domain/records/kinds';
import { apiGet, apiSend } from './client';

/** Record links (see /api/openapi.json, tag Links): records of any type linked both ways. */

export type LinkedRecordDto = {
  linkId: string;
  direction: 'from' | 'to';
  type: RecordType;
  id: string;
  title: string;
  date: string | null;
  canUnlink: boolean;
};

export function listLinks(
  type: RecordType,
  id: string,
  signal?: AbortSignal,
): Promise<{ items: LinkedRecordDto[]; mayLink: boolean }> {
  return apiGet('/api/links', { type, id }, signal);
}

export function createLink(body: { fromType: RecordType; fromId: string; toType: RecordType; toId: string }) {
  return apiSend<{ id: string }>('POST', '/api/links', body);
}

export function deleteLink(id: string): Promise<{ ok: true }> {
  return apiSend('DELETE', `/api/links/${encodeURIComponent(id)}`);
}
