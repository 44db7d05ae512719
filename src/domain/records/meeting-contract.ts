/**
 * The answers of /api/meetings, as zod schemas: the server's routes document and send them, the UI
 * reads their types (z.output), so a response shape is written once.
 */
import { z } from 'zod';
import { institutionKindSchema, meetingKindSchema } from './kinds';
import { pendingChangeSchema } from './pending-change';

/** A participant as stored (participantSchema after its defaults). */
export const storedParticipantSchema = z.object({
  regionCode: z.string().nullable(),
  institution: institutionKindSchema,
  organizationId: z.string().nullable(),
  opdId: z.string().nullable(),
  name: z.string().nullable(),
});

/** A person as stored (personSchema after its defaults). */
export const storedPersonSchema = z.object({
  name: z.string(),
  post: z.string().nullable(),
  regionCode: z.string().nullable(),
  institution: institutionKindSchema,
});

/** What the reader may do on a meeting, for the UI to offer only what the server allows. */
export const meetingAccessSchema = z.object({
  update: z.boolean(),
  delete: z.boolean(),
  publish: z.boolean(),
});

/** A decision of a meeting with the follow-up actions made from it that the reader may see. */
export const meetingDecisionSchema = z.object({
  id: z.uuid(),
  position: z.int(),
  text: z.string(),
  actionIds: z.array(z.uuid()),
});

/** One meeting in a list. */
export const meetingListItemSchema = z.object({
  id: z.uuid(),
  kind: meetingKindSchema,
  title: z.string(),
  date: z.string().nullable(),
  place: z.string().nullable(),
  hostRegionCode: z.string().nullable(),
  partyRegionCodes: z.array(z.string()),
  sectors: z.array(z.string()),
  published: z.boolean(),
});

export const meetingListSchema = z.object({
  items: z.array(meetingListItemSchema),
  total: z.int(),
  page: z.int(),
  pageSize: z.int(),
});

/** One meeting with its participants, persons, decisions and what the reader may do. */
export const meetingDetailSchema = meetingListItemSchema.extend({
  participants: z.array(storedParticipantSchema),
  persons: z.array(storedPersonSchema),
  agenda: z.string().nullable(),
  summary: z.string().nullable(),
  notes: z.string().nullable(),
  ownerRegionCode: z.string().nullable(),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  decisions: z.array(meetingDecisionSchema),
  access: meetingAccessSchema,
  /** Changes waiting for the other parties (decision 009); only for its parties. */
  pendingChanges: z.array(pendingChangeSchema),
});

export type MeetingListItem = z.output<typeof meetingListItemSchema>;
export type MeetingList = z.output<typeof meetingListSchema>;
export type MeetingDetail = z.output<typeof meetingDetailSchema>;
export type MeetingDecision = z.output<typeof meetingDecisionSchema>;
