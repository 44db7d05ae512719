import type { ActionParentType } from '../../../domain/records/kinds';
import { apiGet } from '../../api/client';

/** What the action pages show of the record followed up. */
export type ParentInfo = {
  title: string;
  partyRegionCodes: string[];
  /** A meeting's decisions, each of which can become an action. */
  decisions?: Array<{ id: string; text: string }>;
};

/** The API path and the page of each parent type (fixed paths of the record core). */
export const parentPaths: Record<ActionParentType, { api: string; page: string }> = {
  agreement: { api: '/api/agreements', page: '/kerja-sama' },
  visit: { api: '/api/visits', page: '/kunjungan' },
  meeting: { api: '/api/meetings', page: '/pertemuan' },
};

export function getParent(type: ActionParentType, id: string, signal?: AbortSignal): Promise<ParentInfo> {
  return apiGet<ParentInfo>(`${parentPaths[type].api}/${encodeURIComponent(id)}`, undefined, signal);
}
