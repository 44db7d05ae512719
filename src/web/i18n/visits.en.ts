import type { visitsId } from './visits.id';

/** English texts of work visits, good practices and record links; typed against the Indonesian source. */
export const visitsEn: Record<keyof typeof visitsId, string> = {
  'audit.group.visit': 'Work visits',
  'audit.group.link': 'Record links',
  'audit.action.visit.create': 'Visit recorded',
  'audit.action.visit.update': 'Visit changed',
  'audit.action.visit.delete': 'Visit deleted',
  'audit.action.link.create': 'Records linked',
  'audit.action.link.delete': 'Record link removed',
  'audit.entity.visit': 'Visit',
  'audit.entity.link': 'Record link',
};
