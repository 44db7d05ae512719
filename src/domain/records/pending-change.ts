/**
 * A change to a shared record that takes effect once every other party region has consented
 * (decision 009): removing party regions, publishing, deleting. The same contract for agreements,
 * visits, meetings and programs, read by the server's routes and the UI.
 */
import { z } from 'zod';

export const pendingChangeKinds = ['remove_parties', 'publish', 'delete'] as const;

export const pendingChangeSchema = z.object({
  id: z.uuid(),
  kind: z.enum(pendingChangeKinds),
  /** For remove_parties: the party regions it removes. */
  removeRegionCodes: z.array(z.string()),
  /** Applying it publishes the record (a publication, or a whole edit that also publishes). */
  publishes: z.boolean(),
  /** Party regions whose consent it needs. */
  requiredRegionCodes: z.array(z.string()),
  consentedRegionCodes: z.array(z.string()),
  awaitingRegionCodes: z.array(z.string()),
  proposedBy: z.string().nullable(),
  proposedRegionCode: z.string().nullable(),
  createdAt: z.string(),
  /** The reader may consent (their region is awaited). */
  canConfirm: z.boolean(),
  /** The reader may reject it (an awaited party) or withdraw it (the proposer's region). */
  canReject: z.boolean(),
});

export type PendingChange = z.output<typeof pendingChangeSchema>;
