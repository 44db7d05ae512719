import type { Health, HealthReason } from '../../domain/monitoring/health';
import { apiGet } from './client';
import type { Schema } from './contract';

export type { Health, HealthReason };

export type ByHealth = DashboardDto['agreements']['byHealth'];

/** GET /api/dashboard: the officer's home. */
export type DashboardDto = Schema<'Dashboard'>;

/** GET /api/oversight: regions side by side. */
export type OversightDto = Schema<'Oversight'>;

export function getDashboard(signal?: AbortSignal): Promise<DashboardDto> {
  return apiGet('/api/dashboard', undefined, signal);
}

export function getOversight(province: string | null, signal?: AbortSignal): Promise<OversightDto> {
  return apiGet('/api/oversight', province ? { province } : undefined, signal);
}
