import type { officialsId } from './officials.id';

/** English texts of the officials register; typed against the Indonesian source. */
export const officialsEn: Record<keyof typeof officialsId, string> = {
  'nav.officials': 'Officials',

  'officials.title': 'Regional officials',
  'officials.intro':
    'Heads, deputies and regional secretaries of {region}, acting ones (Pj., Plt., Plh.) included, with their terms of office. When you enter the signatories of an agreement, Sinergi suggests who held the office on the signing date.',
  'officials.introAll':
    'Heads, deputies and regional secretaries of every regional government, acting ones (Pj., Plt., Plh.) included, with their terms of office.',
  'officials.pickRegion': 'Choose a region to see and manage its officials.',
  'officials.create': 'Add a term of office',
  'officials.new.title': 'Add a term of office',
  'officials.edit.title': 'Edit the term of office',
  'officials.personName': 'Name of the official',
  'officials.personNamePlaceholder': 'e.g. Gani Muhamad',
  'officials.personNameHint': 'Without titles. Pj., Plt. or Plh. is chosen under Capacity.',
  'officials.office': 'Office',
  'officials.actingKind': 'Capacity',
  'officials.start': 'In office from',
  'officials.end': 'In office until',
  'officials.endHint': 'Leave empty while the term runs.',
  'officials.col.office': 'Office',
  'officials.col.name': 'Name',
  'officials.col.period': 'Term',
  'officials.col.status': 'Status',
  'officials.col.actions': 'Actions',
  'officials.period.open': '{start} – present',
  'officials.period.closed': '{start} – {end}',
  'officials.status.current': 'In office',
  'officials.status.ended': 'Ended',
  'officials.status.upcoming': 'Upcoming',
  'officials.total': '{count} terms of office',
  'officials.empty.title': 'No officials recorded yet',
  'officials.empty.hint':
    'Add the head of region and the deputy, acting ones (Pj., Plt., Plh.) included, so that signatory suggestions are right.',
  'officials.endTerm': 'End',
  'officials.endTerm.title': 'End the term of office',
  'officials.endTerm.text': 'Until when did {name} hold the office of {office}?',
  'officials.endTerm.date': 'Last day in office',
  'officials.deleteConfirm':
    'Delete the term of {name} as {office}? Use End for an official whose term is over; delete only a record entered by mistake.',
  'officials.error.DATE_TOO_FAR_IN_FUTURE': 'This date is too far in the future (at the latest {latest}).',
  'officials.error.END_BEFORE_START': 'The end of a term cannot be before its start.',
  'officials.error.OFFICE_NOT_FOR_REGION_LEVEL': 'This office does not exist at the level of this region.',

  'apiError.OFFICIAL_TERM_NOT_FOUND': 'This term of office was not found; it may have been deleted.',
  'issue.OFFICIAL_NOT_OF_PARTY':
    'The chosen official is recorded for another region, not for the party they sign for',
  'audit.action.agreement.confirmations_reset': 'Parties asked to confirm again',
  'audit.field.confirmedParties': 'Parties that had confirmed',
};
