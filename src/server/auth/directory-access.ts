/**
 * Writes to the shared directories (organisations, officials' terms, OPD) answer alike: an entry is
 * readable by everyone, so refusing a change reveals nothing and answers 403 (never 404).
 */
import { forbidden } from '../errors.js';
import { canManageDirectoryEntry, type Actor, type Directory } from './policy.js';

const names: Record<Directory, string> = {
  organization: 'organisations',
  official: 'officials',
  opd: 'OPD',
};

/** Throws 403 FORBIDDEN unless the actor may change an entry owned by `ownerRegionCode`. */
export function assertManagesDirectoryEntry(
  actor: Actor,
  directory: Directory,
  ownerRegionCode: string | null,
): void {
  if (!canManageDirectoryEntry(actor, directory, ownerRegionCode)) {
    throw ownerRegionCode === null
      ? forbidden('ROLE_NOT_ALLOWED', `Only a system administrator may change these ${names[directory]}`)
      : forbidden('OWN_REGION_ONLY', `You may only manage the ${names[directory]} of your own region`);
  }
}
