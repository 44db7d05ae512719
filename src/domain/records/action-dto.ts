/**
 * The follow-up action (tindak lanjut) as the API answers it: one zod contract that the server's
 * routes publish in the OpenAPI document and the UI reads its types from, so no response shape is
 * written twice.
 */
import { z } from 'zod';
import { actionParentTypeSchema, actionStatusSchema, actionStatuses } from './kinds';

export const actionDtoSchema = z.object({
  id: z.uuid(),
  parentType: actionParentTypeSchema,
  parentId: z.uuid(),
  decisionId: z.uuid().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  /** The owning OPD. */
  opd: z.object({
    id: z.uuid(),
    regionCode: z.string(),
    name: z.string(),
    abbreviation: z.string().nullable(),
  }),
  dueDate: z.string().nullable(),
  status: actionStatusSchema,
  progress: z.int(),
  evidenceLinks: z.array(z.object({ url: z.string(), label: z.string().nullable() })),
  completedAt: z.string().nullable(),
  /** Due before today (WIB) and neither selesai nor batal. */
  overdue: z.boolean(),
  published: z.boolean(),
  /** The parent's party regions, copied when the action was created. */
  partyRegionCodes: z.array(z.string()),
  ownerRegionCode: z.string().nullable(),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ActionDto = z.output<typeof actionDtoSchema>;

export const actionDetailSchema = actionDtoSchema.extend({
  /** The record the action follows up, when the reader sees it. */
  parent: z
    .object({
      type: actionParentTypeSchema,
      id: z.uuid(),
      title: z.string(),
      startDate: z.string().nullable(),
    })
    .nullable(),
  /** What the reader may do on this action (the policy answers). */
  access: z.object({ update: z.boolean(), delete: z.boolean(), report: z.boolean(), comment: z.boolean() }),
});
export type ActionDetailDto = z.output<typeof actionDetailSchema>;

export const actionCommentDtoSchema = z.object({
  id: z.uuid(),
  body: z.string(),
  /** The status and progress reported with it, when it came with a progress report. */
  status: actionStatusSchema.nullable(),
  progress: z.int().nullable(),
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  createdAt: z.string(),
});
export type ActionCommentDto = z.output<typeof actionCommentDtoSchema>;

/** The roll-up of a parent's actions. */
export const actionSummarySchema = z.object({
  total: z.int(),
  byStatus: z.object(
    Object.fromEntries(actionStatuses.map((status) => [status, z.int()])) as Record<
      (typeof actionStatuses)[number],
      z.ZodInt
    >,
  ),
  overdue: z.int(),
  /** Average progress of the actions not cancelled (batal): the parent's rolled-up progress; null: none. */
  progress: z.int().nullable(),
});
export type ActionSummaryDto = z.output<typeof actionSummarySchema>;
