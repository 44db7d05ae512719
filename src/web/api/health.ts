import { apiGet } from './client';
import type { HealthDto } from './types';

/** Server status: database kind, version, applied migrations (GET /api/health). */
export function getHealth(signal?: AbortSignal): Promise<HealthDto> {
  return apiGet<HealthDto>('/api/health', undefined, signal);
}
