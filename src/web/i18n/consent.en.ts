import type { consentId } from './consent.id';

/** English texts of changes awaiting the parties' consent (decision 009); typed against the Indonesian source. */
export const consentEn: Record<keyof typeof consentId, string> = {
  'consent.title': "Changes awaiting the parties' consent",
  'consent.publish': 'Publish on the public portal (draft documents stay with the parties)',
  'consent.remove': 'Remove {parties} from the parties',
  'consent.removeAndPublish': 'Remove {parties} from the parties and publish on the public portal',
  'consent.delete': 'Delete this record',
  'consent.proposedBy': 'Proposed by {region}',
  'consent.awaiting': 'Awaiting the consent of {parties}',
  'consent.confirm': 'Agree',
  'consent.reject': 'Reject',
  'consent.withdraw': 'Withdraw',
  'consent.deletePending': 'Deletion proposed: awaiting the consent of {parties}',
};
