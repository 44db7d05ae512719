import type { MessageKey } from '../../i18n/id';

/**
 * The subtitle of the agreements list, true to what the reader sees: visitors see what regions
 * published, oversight the regions it oversees, national users every region, and a region's users
 * the records of their region and its partners.
 */
export function listIntroKey(user: { role: string; regionCode: string | null } | null): MessageKey {
  if (!user) return 'agr.intro.public';
  if (user.role === 'oversight') return user.regionCode ? 'agr.intro.oversight' : 'agr.intro.national';
  if (!user.regionCode) return 'agr.intro.national';
  return 'agr.intro';
}
