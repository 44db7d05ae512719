import type { Health, HealthReason } from '../../domain/monitoring/health';
import { apiGet } from './client';

export type { Health, HealthReason };

export type ByHealth = Record<Health, number>;

/** GET /api/dashboard: the officer's home. */
export type DashboardDto = {
  today: string;
  scope: {
    kind: 'public' | 'opd' | 'jurisdiction' | 'region' | 'national';
    regionCode: string | null;
    opdId: string | null;
  };
  agreements: {
    byHealth: ByHealth;
    awaitingMyConfirmation: number | null;
    expiringWithin30: number;
    expiringWithin90: number;
    ksbWithoutPks: number;
  };
  actions: {
    dueThisMonth: {
      from: string;
      to: string;
      byOpd: Array<{ opdId: string; opdName: string; regionCode: string; count: number }>;
    };
    overdue: number;
  };
  evaluationsDue: { year: number; required: number; agreements: number } | null;
  tasks: Array<{
    id: string;
    title: string;
    parentType: string;
    parentId: string;
    dueDate: string | null;
    status: string;
    progress: number;
  }> | null;
  latestVisits: Array<{ id: string; title: string; kind: string; date: string | null }>;
  latestMeetings: Array<{ id: string; title: string; kind: string; date: string | null }>;
  agenda: Array<{
    month: string;
    items: Array<{ kind: 'agreement_expires' | 'action_due'; id: string; title: string; date: string }>;
  }>;
};

/** GET /api/oversight: regions side by side. */
export type OversightDto = {
  province: string | null;
  year: number;
  evaluationsRecorded: boolean;
  rows: Array<{
    regionCode: string;
    name: string;
    total: number;
    byHealth: ByHealth;
    dormantShare: number;
    sectors: Array<{ sector: string; count: number }>;
    notEvaluatedThisYear: number | null;
  }>;
};

export function getDashboard(signal?: AbortSignal): Promise<DashboardDto> {
  return apiGet('/api/dashboard', undefined, signal);
}

export function getOversight(province: string | null, signal?: AbortSignal): Promise<OversightDto> {
  return apiGet('/api/oversight', province ? { province } : undefined, signal);
}
