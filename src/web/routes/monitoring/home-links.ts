/**
 * The filtered lists behind the numbers of the home page: each number links to the list that shows
 * exactly the records it counts (`own=true`: the reader's region or jurisdiction only).
 */
import type { Health } from '../../api/monitoring';

export const agreementsLink = (filters: Record<string, string>) =>
  `/kerja-sama?${new URLSearchParams({ own: 'true', ...filters }).toString()}`;

export const homeLinks = {
  health: (health: Health) => agreementsLink({ health }),
  awaitingMyConfirmation: agreementsLink({ awaitingMyConfirmation: 'true' }),
  expiring: (days: number) => agreementsLink({ expiringWithinDays: String(days) }),
  ksbWithoutPks: agreementsLink({ ksbWithoutPks: 'true' }),
  actionsOfOpd: (opdId: string) => `/tindak-lanjut?${new URLSearchParams({ opdId }).toString()}`,
  action: (id: string) => `/tindak-lanjut/${id}`,
  agreement: (id: string) => `/kerja-sama/${id}`,
  visit: (id: string) => `/kunjungan/${id}`,
  meeting: (id: string) => `/pertemuan/${id}`,
  region: (code: string) => `/wilayah/${code}`,
  regionAgreements: (code: string, health?: Health) =>
    `/kerja-sama?${new URLSearchParams({ party: code, ...(health ? { health } : {}) }).toString()}`,
};
